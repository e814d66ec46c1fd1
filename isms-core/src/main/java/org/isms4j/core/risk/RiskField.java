package org.isms4j.core.risk;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A field of an identified risk that a rule checks, such as its lost properties 喪失する特性, of
 * which there must be at least one; {@link InvalidRiskException#field()} names the one that
 * failed, so that a reader can point at the property or cell it read it from.
 */
public enum RiskField implements VocabularyTerm {
    /** 番号 the risk number. */
    NUMBER("number", "番号", "risk number"),
    /** 資産番号 the numbers of the assets the risk concerns. */
    ASSET_NUMBERS("asset_numbers", "資産番号", "asset numbers"),
    /** リスク源 the risk source. */
    RISK_SOURCE("risk_source", "リスク源", "risk source"),
    /** 影響領域 the impact area. */
    IMPACT_AREA("impact_area", "影響領域", "impact area"),
    /** 事象 the event. */
    EVENT("event", "事象", "event"),
    /** 喪失する特性 the security properties the event loses. */
    LOST_PROPERTIES("lost_properties", "喪失する特性", "lost properties"),
    /** 原因 the cause. */
    CAUSE("cause", "原因", "cause"),
    /** 起こり得る結果 the consequence. */
    CONSEQUENCE("consequence", "起こり得る結果", "consequence");

    private final TermNames names;

    RiskField(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the field with a code.
     *
     * @param code the code, such as {@code lost_properties}, not null
     * @return the field, not null
     * @throws IsmsException if no field has that code, listing the valid codes
     */
    public static RiskField ofCode(String code) {
        return VocabularyTerm.ofCode(RiskField.class, "risk field", code);
    }
}
