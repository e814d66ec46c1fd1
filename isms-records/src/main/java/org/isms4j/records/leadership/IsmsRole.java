package org.isms4j.records.leadership;

import java.util.Optional;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A role of the ISMS organisation chart ISMS運用組織図 (clause 5.3), such as ISMS内部監査責任者
 * the internal-audit lead.
 *
 * <p>Each role has the place the source's chart gives it: top management at the head, the
 * committee chair and the internal-audit lead reporting to top management, every other role
 * reporting to the chair. The internal-audit lead always reports to top management, so that the
 * audit stays independent of those who run the ISMS.
 */
public enum IsmsRole implements VocabularyTerm {
    /** トップマネジメント top management: the highest authority of the scope, often the president. */
    TOP_MANAGEMENT("top_management", "トップマネジメント", "top management"),
    /** 情報セキュリティ委員長 committee chair: directs the implementation and operation of the ISMS. */
    COMMITTEE_CHAIR("committee_chair", "情報セキュリティ委員長", "information security committee chair"),
    /** ISMS内部監査責任者 internal-audit lead: directs the audits of the ISMS and its operation. */
    INTERNAL_AUDIT_LEAD("internal_audit_lead", "ISMS内部監査責任者", "ISMS internal audit lead"),
    /** ISMS教育責任者 education lead: plans and carries out ISMS education. */
    EDUCATION_LEAD("education_lead", "ISMS教育責任者", "ISMS education lead"),
    /** ISMS文書管理責任者 document-control lead: keeps the ISMS documents and records. */
    DOCUMENT_CONTROL_LEAD("document_control_lead", "ISMS文書管理責任者", "ISMS document control lead"),
    /** ISMS事務局 secretariat: runs the ISMS's day-to-day work and communication. */
    SECRETARIAT("secretariat", "ISMS事務局", "ISMS secretariat"),
    /** 情報システム管理者 information systems manager: applies the safeguards of the information systems. */
    SYSTEMS_MANAGER("systems_manager", "情報システム管理者", "information systems manager"),
    /** 部門管理者 department head (情報セキュリティ委員): represents and manages a department in the ISMS. */
    DEPARTMENT_HEAD("department_head", "部門管理者", "department head");

    private final TermNames names;

    IsmsRole(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the role this one reports to on the source's chart.
     *
     * @return top management for the chair and the internal-audit lead, the chair for the others,
     *     empty for top management
     */
    public Optional<IsmsRole> reportsTo() {
        switch (this) {
            case TOP_MANAGEMENT:
                return Optional.empty();
            case COMMITTEE_CHAIR:
            case INTERNAL_AUDIT_LEAD:
                return Optional.of(TOP_MANAGEMENT);
            default:
                return Optional.of(COMMITTEE_CHAIR);
        }
    }

    /**
     * Tells whether an organisation has one holder of the role at most; department heads and the
     * secretariat may be several people.
     *
     * @return true for every role except department head and secretariat
     */
    public boolean isSingleHolder() {
        return this != DEPARTMENT_HEAD && this != SECRETARIAT;
    }

    /**
     * Returns the role with a code.
     *
     * @param code the code, such as {@code internal_audit_lead}, not null
     * @return the role, not null
     * @throws IsmsException if no role has that code
     */
    public static IsmsRole ofCode(String code) {
        return VocabularyTerm.ofCode(IsmsRole.class, "ISMS role", code);
    }
}
