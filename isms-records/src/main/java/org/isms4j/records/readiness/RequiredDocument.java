package org.isms4j.records.readiness;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.records.Clause;

/**
 * A piece of documented information ISO/IEC 27001:2022 requires (the list the course gives under
 * 7.5), with the clause that requires it; such as 8.2 リスクアセスメントの結果 the results of the risk
 * assessment.
 */
public enum RequiredDocument implements VocabularyTerm {
    /** 4.3 ISMSの適用範囲 the scope. */
    SCOPE("scope", "4.3", "ISMSの適用範囲", "scope of the ISMS"),
    /** 5.2 情報セキュリティ方針 the policy. */
    POLICY("policy", "5.2", "情報セキュリティ方針", "information security policy"),
    /** 6.1.2 リスクアセスメントプロセス the risk assessment process. */
    RISK_ASSESSMENT_PROCESS("risk_assessment_process", "6.1.2", "リスクアセスメントプロセスに関わる文書化された情報",
            "risk assessment process"),
    /** 6.1.3 リスク対応プロセス the risk treatment process. */
    RISK_TREATMENT_PROCESS("risk_treatment_process", "6.1.3", "リスク対応プロセスに関わる文書化された情報",
            "risk treatment process"),
    /** 6.1.3 d) 適用宣言書 the Statement of Applicability. */
    STATEMENT_OF_APPLICABILITY("statement_of_applicability", "6.1.3", "適用宣言書", "Statement of Applicability"),
    /** 6.2 情報セキュリティ目的 the objectives. */
    OBJECTIVES("objectives", "6.2", "情報セキュリティ目的に関わる文書化された情報", "information security objectives"),
    /** 7.2 力量の証拠 evidence of competence. */
    COMPETENCE("competence", "7.2", "力量の証拠", "evidence of competence"),
    /** 8.1 ISMSのプロセス実施 operational planning and control. */
    OPERATIONAL_PLANNING("operational_planning", "8.1", "ISMSのプロセス実施に関わる文書化された情報",
            "operational planning and control"),
    /** 8.2 リスクアセスメントの結果 the results of the risk assessment. */
    RISK_ASSESSMENT_RESULTS("risk_assessment_results", "8.2", "リスクアセスメントの結果", "risk assessment results"),
    /** 8.3 リスク対応の結果 the results of the risk treatment. */
    RISK_TREATMENT_RESULTS("risk_treatment_results", "8.3", "リスク対応の結果", "risk treatment results"),
    /** 9.1 監視・測定の結果 monitoring and measurement results. */
    MONITORING_RESULTS("monitoring_results", "9.1", "監視・測定の結果", "monitoring and measurement results"),
    /** 9.2 監査プログラムの実施、結果 the audit programme and its results. */
    AUDIT_PROGRAMME("audit_programme", "9.2", "監査プログラムの実施、結果に関わる文書化された情報",
            "audit programme and results"),
    /** 9.3 マネジメントレビューの結果 the results of the management review. */
    MANAGEMENT_REVIEW("management_review", "9.3", "マネジメントレビューの結果", "management review results"),
    /** 10.2 不適合の内容と処置、処置の結果 nonconformities, actions and their results. */
    NONCONFORMITIES("nonconformities", "10.2", "不適合の内容と処置、処置の結果", "nonconformities and corrective actions");

    private final Clause clause;
    private final TermNames names;

    RequiredDocument(String code, String clause, String japanese, String english) {
        this.clause = Clause.parse(clause);
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the clause that requires it.
     *
     * @return the clause, such as 6.1.3 for the Statement of Applicability, not null
     */
    public Clause clause() {
        return clause;
    }

    /**
     * Returns the required document with a code.
     *
     * @param code the code, such as {@code policy}, not null
     * @return the document, not null
     * @throws IsmsException if no document has that code
     */
    public static RequiredDocument ofCode(String code) {
        return VocabularyTerm.ofCode(RequiredDocument.class, "required document", code);
    }
}
