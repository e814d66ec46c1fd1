package org.isms4j.core.report;

import java.util.function.Function;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.asset.Asset;

/** A column of the asset inventory 資産目録, in the source's order (docs/method.md#asset-inventory), such as 情報資産名称. */
public enum InventoryColumn implements VocabularyTerm {
    /** 番号 number. */
    NUMBER("number", "番号", "No", asset -> Integer.toString(asset.number())),
    /** 業務分類 business category. */
    BUSINESS_CATEGORY("business_category", "業務分類", "Business category", Asset::businessCategory),
    /** 情報資産名称 asset name. */
    NAME("name", "情報資産名称", "Asset", Asset::name),
    /** 備考 remarks. */
    REMARKS("remarks", "備考", "Remarks", Asset::remarks),
    /** 利用者範囲 user scope. */
    USER_SCOPE("user_scope", "利用者範囲", "User scope", Asset::userScope),
    /** リスク所有者 risk owner. */
    RISK_OWNER("risk_owner", "リスク所有者", "Risk owner", Asset::riskOwner),
    /** 管理部署 managing department. */
    MANAGING_DEPARTMENT("managing_department", "管理部署", "Managing department", Asset::managingDepartment),
    /** 媒体・保存先 medium or storage location. */
    MEDIUM("medium", "媒体・保存先", "Medium / storage", Asset::medium),
    /** 機密性 confidentiality. */
    CONFIDENTIALITY("confidentiality", "機密性", "Confidentiality", a -> Integer.toString(a.rating().confidentiality())),
    /** 完全性 integrity. */
    INTEGRITY("integrity", "完全性", "Integrity", a -> Integer.toString(a.rating().integrity())),
    /** 可用性 availability. */
    AVAILABILITY("availability", "可用性", "Availability", a -> Integer.toString(a.rating().availability())),
    /** 重要度 importance. */
    IMPORTANCE("importance", "重要度", "Importance", a -> Integer.toString(a.importance()));

    private final TermNames names;
    private final Function<Asset, String> value;

    InventoryColumn(String code, String japanese, String english, Function<Asset, String> value) {
        this.names = TermNames.of(code, japanese, english);
        this.value = value;
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns this column's cell for an asset.
     *
     * @param asset the asset, not null
     * @return the text, not null
     */
    public String valueOf(Asset asset) {
        return value.apply(asset);
    }

    /**
     * Returns the column with a code.
     *
     * @param code the code, such as {@code medium}, not null
     * @return the column, not null
     * @throws IsmsException if no column has that code
     */
    public static InventoryColumn ofCode(String code) {
        return VocabularyTerm.ofCode(InventoryColumn.class, "asset inventory column", code);
    }
}
