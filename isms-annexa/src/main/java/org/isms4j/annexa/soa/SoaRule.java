package org.isms4j.annexa.soa;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A rule a complete Statement of Applicability keeps, such as "an excluded control has a reason
 * for exclusion" 除外の理由.
 *
 * <p>An SoA is complete when it decides every control of the catalogue and each decision keeps
 * the rules: an applicable control has a reason for inclusion; an excluded control has a reason
 * for exclusion and no implementation status. A reason is free text that is not blank, or at
 * least one {@link ReasonCode}.
 */
public enum SoaRule implements VocabularyTerm {
    /** Every control is decided, applicable or excluded 適用可否の決定. */
    DECIDED("decided", "適用可否の決定", "every control decided"),
    /** An applicable control has a reason for inclusion 適用の理由. */
    INCLUSION_REASON("inclusion_reason", "適用の理由", "reason for inclusion"),
    /** An excluded control has a reason for exclusion 除外の理由. */
    EXCLUSION_REASON("exclusion_reason", "除外の理由", "reason for exclusion"),
    /** An excluded control has no implementation status 除外時の実施状況なし. */
    NO_STATUS_WHEN_EXCLUDED("no_status_when_excluded", "除外時の実施状況なし", "no implementation status when excluded");

    private final TermNames names;

    SoaRule(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the rule with a code.
     *
     * @param code the code, such as {@code exclusion_reason}, not null
     * @return the rule, not null
     * @throws IsmsException if no rule has that code, listing the valid codes
     */
    public static SoaRule ofCode(String code) {
        return VocabularyTerm.ofCode(SoaRule.class, "SoA rule", code);
    }
}
