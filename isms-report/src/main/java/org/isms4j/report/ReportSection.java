package org.isms4j.report;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A section of a risk report, such as the heat maps リスクマップ; each starts a printed page, and its
 * code is the section's {@code id} in the HTML, so that a link such as {@code report.html#soa}
 * opens it.
 */
public enum ReportSection implements VocabularyTerm {
    /** 表紙 the cover: company, model, author, approver and dates. */
    COVER("cover", "表紙", "Cover"),
    /** 資産目録 the asset inventory. */
    INVENTORY("inventory", "資産目録", "Asset inventory"),
    /** リスクアセスメント結果報告書 the risks, their first evaluation and treatment. */
    ASSESSMENT("assessment", "リスクアセスメント結果報告書", "Risk assessment report"),
    /** リスクマップ the heat maps before and after treatment. */
    HEAT_MAPS("heat_maps", "リスクマップ", "Risk heat maps"),
    /** 適用宣言書 the Statement of Applicability, all 93 controls. */
    SOA("soa", "適用宣言書", "Statement of Applicability"),
    /** リスク対応計画 the treatment plan, as a table and a timeline. */
    PLAN("plan", "リスク対応計画", "Risk treatment plan"),
    /** 二次評価 the second evaluation and the residual acceptance. */
    SECOND_EVALUATION("second_evaluation", "二次評価と残留リスクの受容", "Second evaluation and residual acceptance"),
    /** ISMSの記録 the ISMS records' tables, in a report that is given them ({@link RiskReport#withRecords}). */
    RECORDS("records", "ISMSの記録", "ISMS records");

    private final TermNames names;

    ReportSection(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the section with a code.
     *
     * @param code the code, such as {@code heat_maps}, not null
     * @return the section, not null
     * @throws IsmsException if no section has that code
     */
    public static ReportSection ofCode(String code) {
        return VocabularyTerm.ofCode(ReportSection.class, "report section", code);
    }
}
