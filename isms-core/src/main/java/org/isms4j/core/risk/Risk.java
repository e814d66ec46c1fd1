package org.isms4j.core.risk;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.internal.CheckedCopyStyle;

/**
 * An identified risk, one row of the risk assessment report リスクアセスメント結果報告書 before its
 * evaluation, such as risk 1: asset 9, risk source "mobile-device usage rules not established",
 * impact area external 外部, event "loss or theft while carried outside", losing confidentiality.
 *
 * <p>A risk concerns one or more assets of the inventory, by number, at most
 * {@value Limits#MAX_LIST_SIZE} of them. Its descriptive columns are free text of at most
 * {@value Limits#MAX_TEXT_LENGTH} characters: risk source リスク源, impact area 影響領域, event
 * 事象, cause 原因 and consequence 起こり得る結果; the cause and consequence start empty.
 *
 * <p>This class is immutable and thread-safe.
 */
@CheckedCopyStyle
@Value.Immutable
public abstract class Risk {

    Risk() {}

    /**
     * Returns the risk's number, such as 3.
     *
     * @return the number, 1 or more
     */
    @Value.Parameter
    public abstract int number();

    /**
     * Returns the numbers of the assets the risk concerns, ascending, such as 10, 11, 13, 26, 55.
     *
     * @return an unmodifiable, non-empty sorted set, not null
     */
    @Value.Parameter
    public abstract SortedSet<Integer> assetNumbers();

    /**
     * Returns the risk source リスク源: the threat or weakness, such as "mobile-device usage rules
     * not established".
     *
     * @return the risk source, not blank
     */
    @Value.Parameter
    public abstract String riskSource();

    /**
     * Returns the impact area 影響領域, such as 外部 (external) or 全社 (company-wide).
     *
     * @return the impact area, not blank
     */
    @Value.Parameter
    public abstract String impactArea();

    /**
     * Returns the event 事象, such as "misdelivery".
     *
     * @return the event, not blank
     */
    @Value.Parameter
    public abstract String event();

    /**
     * Returns the security properties the event loses, such as confidentiality.
     *
     * @return an unmodifiable, non-empty set, not null
     */
    @Value.Parameter
    public abstract Set<SecurityProperty> lostProperties();

    /**
     * Returns the cause 原因, such as 「【事象】に対し【リスク源】である」.
     *
     * @return the cause, empty unless set, not null
     */
    @Value.Parameter
    public abstract String cause();

    /**
     * Returns the consequence 起こり得る結果.
     *
     * @return the consequence, empty unless set, not null
     */
    @Value.Parameter
    public abstract String consequence();

    /**
     * Returns a builder of a risk, each column named, such as
     * {@code Risk.newBuilder().number(2).assetNumbers(List.of(40)).riskSource("教育不足による社員の意識の低さ")
     * .impactArea("全社").event("誤送信").lostProperties(SecurityProperty.CONFIDENTIALITY).build()}.
     *
     * @return a new builder, not null
     */
    public static RiskBuilder newBuilder() {
        return new RiskBuilder();
    }

    @Value.Check
    final void check() {
        try {
            Checks.inRange("risk number", 1, Integer.MAX_VALUE, number());
        } catch (IsmsException e) {
            throw new InvalidRiskException(e.getMessage(), RiskField.NUMBER);
        }
        if (assetNumbers().isEmpty()) {
            throw new InvalidRiskException(Checks.format(
                    "Invalid asset numbers of risk %d: a risk concerns at least one asset", number()),
                    RiskField.ASSET_NUMBERS);
        }
        try {
            Checks.inRange("asset number", 1, Integer.MAX_VALUE, assetNumbers().first());
            Checks.listSize("asset numbers", assetNumbers());
        } catch (IsmsException e) {
            throw new InvalidRiskException(e.getMessage(), RiskField.ASSET_NUMBERS);
        }
        if (lostProperties().isEmpty()) {
            throw new InvalidRiskException(Checks.format(
                    "Invalid lost properties of risk %d: a risk loses at least one security property", number()),
                    RiskField.LOST_PROPERTIES);
        }
        text(RiskField.CAUSE, cause());
        text(RiskField.CONSEQUENCE, consequence());
    }

    /** Checks a text of the risk that may be empty, naming its field. */
    private static void text(RiskField field, String text) {
        try {
            Checks.text(field.names().english(), text);
        } catch (IsmsException e) {
            throw new InvalidRiskException(e.getMessage(), field);
        }
    }

    /**
     * Returns a copy with another cause.
     *
     * @param cause the cause, not null, may be empty
     * @return the copy, {@code this} if unchanged
     * @throws InvalidRiskException if the cause is longer than {@value Limits#MAX_TEXT_LENGTH}
     *     characters, field {@link RiskField#CAUSE}
     */
    public final Risk withCause(String cause) {
        Objects.requireNonNull(cause, "cause");
        return cause.equals(cause()) ? this : ImmutableRisk.of(number(), assetNumbers(), riskSource(), impactArea(),
                event(), lostProperties(), cause, consequence());
    }

    /**
     * Returns a copy with another consequence.
     *
     * @param consequence the consequence, not null, may be empty
     * @return the copy, {@code this} if unchanged
     * @throws InvalidRiskException if the consequence is longer than
     *     {@value Limits#MAX_TEXT_LENGTH} characters, field {@link RiskField#CONSEQUENCE}
     */
    public final Risk withConsequence(String consequence) {
        Objects.requireNonNull(consequence, "consequence");
        return consequence.equals(consequence()) ? this : ImmutableRisk.of(number(), assetNumbers(), riskSource(),
                impactArea(), event(), lostProperties(), cause(), consequence);
    }

    /**
     * Returns a copy that loses other security properties.
     *
     * @param lostProperties the properties, not empty, none null and none repeated; copied
     * @return the copy, {@code this} if unchanged
     * @throws InvalidRiskException if there is none, or one is given twice:
     *     {@code Duplicate lost property: 'confidentiality'}; field {@link RiskField#LOST_PROPERTIES}
     */
    public final Risk withLostProperties(Iterable<SecurityProperty> lostProperties) {
        Set<SecurityProperty> properties = EnumSet.noneOf(SecurityProperty.class);
        try {
            properties.addAll(Checks.distinct("lostProperties", "lost property", lostProperties));
        } catch (IsmsException e) {
            throw new InvalidRiskException(e.getMessage(), RiskField.LOST_PROPERTIES);
        }
        return properties.equals(lostProperties()) ? this : ImmutableRisk.of(number(), assetNumbers(), riskSource(),
                impactArea(), event(), properties, cause(), consequence());
    }
}
