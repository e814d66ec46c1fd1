package org.isms4j.core.selfassessment;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * Whom a question of a baseline checklist speaks to, after the telework security guideline
 * (テレワークセキュリティガイドライン): 経営者 (management), システム・セキュリティ管理者 (system
 * and security administrators) or テレワーク勤務者 (teleworkers).
 *
 * <p>A question with no target role speaks to whoever knows the state of measures.
 */
public enum TargetRole implements VocabularyTerm {
    /** 経営者 management. */
    MANAGEMENT("management", "経営者", "management"),
    /** システム・セキュリティ管理者 system and security administrators. */
    ADMINISTRATOR("administrator", "システム・セキュリティ管理者", "system and security administrators"),
    /** テレワーク勤務者 teleworkers. */
    TELEWORKER("teleworker", "テレワーク勤務者", "teleworkers");

    private final TermNames names;

    TargetRole(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the role with a code.
     *
     * @param code the code, such as {@code teleworker}; not null
     * @return the role, not null
     * @throws IsmsException if no role has that code, listing the valid codes
     */
    public static TargetRole ofCode(String code) {
        return VocabularyTerm.ofCode(TargetRole.class, "target role", code);
    }
}
