package org.isms4j.annexa.soa;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A coded reason for including or excluding a control, kept beside the free-text reason, such as
 * risk assessment result リスクアセスメントの結果.
 *
 * <p>The same codes serve inclusion and exclusion: a control may be included because a contract
 * requires it, or excluded because the risk assessment found no risk it would treat.
 */
public enum ReasonCode implements VocabularyTerm {
    /** Legal or regulatory requirement 法令・規制の要求事項. */
    LEGAL_OR_REGULATORY("legal_or_regulatory", "法令・規制の要求事項", "legal or regulatory requirement"),
    /** Contractual requirement 契約上の要求事項. */
    CONTRACTUAL("contractual", "契約上の要求事項", "contractual requirement"),
    /** Business requirement 事業上の要求事項. */
    BUSINESS_REQUIREMENT("business_requirement", "事業上の要求事項", "business requirement"),
    /** Best practice ベストプラクティス. */
    BEST_PRACTICE("best_practice", "ベストプラクティス", "best practice"),
    /** Risk assessment result リスクアセスメントの結果: a risk treatment names the control. */
    RISK_ASSESSMENT_RESULT("risk_assessment_result", "リスクアセスメントの結果", "risk assessment result");

    private final TermNames names;

    ReasonCode(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the term with a code.
     *
     * @param code the code, such as {@code risk_assessment_result}, not null
     * @return the term, not null
     * @throws IsmsException if no term has that code, listing the valid codes
     */
    public static ReasonCode ofCode(String code) {
        return VocabularyTerm.ofCode(ReasonCode.class, "reason code", code);
    }
}
