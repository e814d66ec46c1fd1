package org.isms4j.core.asset;

import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;

/**
 * One row of the asset inventory 資産目録 (情報資産管理台帳), such as asset 1, the staff register
 * 社員名簿 of HR 人事, stored on the staff member's PC and rated (3, 3, 2).
 *
 * <p>Besides number, name and rating an asset has the descriptive columns of docs/method.md#asset-inventory, each
 * free text and empty unless set: business category 業務分類, remarks 備考, user scope 利用者範囲,
 * risk owner リスク所有者, managing department 管理部署 and medium / storage location 媒体・保存先.
 * Every text, the name too, holds at most {@value Limits#MAX_TEXT_LENGTH} characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Asset {

    Asset() {}

    /**
     * Returns the asset's number in the inventory, such as 9.
     *
     * @return the number, 1 or more
     */
    public abstract int number();

    /**
     * Returns the asset's name 情報資産名称, such as 社員名簿.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the confidentiality, integrity and availability rating.
     *
     * @return the rating, not null
     */
    public abstract CiaRating rating();

    /**
     * Returns the business category 業務分類, such as 人事.
     *
     * @return the category, empty unless set, not null
     */
    @Value.Default
    public String businessCategory() {
        return "";
    }

    /**
     * Returns the remarks 備考, such as 社員基本情報.
     *
     * @return the remarks, empty unless set, not null
     */
    @Value.Default
    public String remarks() {
        return "";
    }

    /**
     * Returns the user scope 利用者範囲, such as 人事部.
     *
     * @return the scope, empty unless set, not null
     */
    @Value.Default
    public String userScope() {
        return "";
    }

    /**
     * Returns the risk owner リスク所有者, such as 人事部長.
     *
     * @return the owner, empty unless set, not null
     */
    @Value.Default
    public String riskOwner() {
        return "";
    }

    /**
     * Returns the managing department 管理部署, such as 人事部.
     *
     * @return the department, empty unless set, not null
     */
    @Value.Default
    public String managingDepartment() {
        return "";
    }

    /**
     * Returns the medium or storage location 媒体・保存先, such as 社員PC (the staff member's PC).
     *
     * @return the medium, empty unless set, not null
     */
    @Value.Default
    public String medium() {
        return "";
    }

    /**
     * Obtains an asset with a number, a name and a rating; the descriptive columns start empty.
     *
     * @param number the number, 1 or more
     * @param name the name, not blank
     * @param rating the rating, not null
     * @return the asset, not null
     * @throws IsmsException if the number is below 1, or the name is blank or longer than
     *     {@value Limits#MAX_TEXT_LENGTH} characters
     */
    public static Asset of(int number, String name, CiaRating rating) {
        Objects.requireNonNull(name, "name");
        Checks.notBlank("asset name", name);
        return ImmutableAsset.builder().number(number).name(name).rating(rating).build();
    }

    @Value.Check
    final void check() {
        Checks.inRange("asset number", 1, Integer.MAX_VALUE, number());
        Checks.notBlank("asset name", name());
        Checks.text("business category", businessCategory());
        Checks.text("remarks", remarks());
        Checks.text("user scope", userScope());
        Checks.text("risk owner", riskOwner());
        Checks.text("managing department", managingDepartment());
        Checks.text("medium", medium());
    }

    /**
     * Returns the importance 重要度: the highest of the three ratings.
     *
     * @return the importance
     */
    public final int importance() {
        return rating().importance();
    }

    /**
     * Returns a copy with another business category.
     *
     * @param businessCategory the category, such as 人事; not null, may be empty
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the text is longer than {@value Limits#MAX_TEXT_LENGTH} characters
     */
    public abstract Asset withBusinessCategory(String businessCategory);

    /**
     * Returns a copy with other remarks.
     *
     * @param remarks the remarks, not null, may be empty
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the text is longer than {@value Limits#MAX_TEXT_LENGTH} characters
     */
    public abstract Asset withRemarks(String remarks);

    /**
     * Returns a copy with another user scope.
     *
     * @param userScope the scope, not null, may be empty
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the text is longer than {@value Limits#MAX_TEXT_LENGTH} characters
     */
    public abstract Asset withUserScope(String userScope);

    /**
     * Returns a copy with another risk owner.
     *
     * @param riskOwner the owner, not null, may be empty
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the text is longer than {@value Limits#MAX_TEXT_LENGTH} characters
     */
    public abstract Asset withRiskOwner(String riskOwner);

    /**
     * Returns a copy with another managing department.
     *
     * @param managingDepartment the department, not null, may be empty
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the text is longer than {@value Limits#MAX_TEXT_LENGTH} characters
     */
    public abstract Asset withManagingDepartment(String managingDepartment);

    /**
     * Returns a copy with another medium or storage location.
     *
     * @param medium the medium, such as 社員PC; not null, may be empty
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the text is longer than {@value Limits#MAX_TEXT_LENGTH} characters
     */
    public abstract Asset withMedium(String medium);

    /**
     * Returns a copy with another rating.
     *
     * @param rating the rating, not null
     * @return the copy, {@code this} if unchanged
     */
    public abstract Asset withRating(CiaRating rating);
}
