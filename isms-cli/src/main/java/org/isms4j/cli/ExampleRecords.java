package org.isms4j.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.review.ReviewRecords;

/**
 * The ISMS records of the bundled example company 株式会社エグザンプル as the walkthrough shows them,
 * each the record's own table in Japanese or English: the Plan and Support records of clauses
 * 4 - 8.1, then the Check and Act records of 9 - 10 and the readiness table of the documented
 * information (7.5).
 *
 * <p>This class is immutable and thread-safe.
 */
final class ExampleRecords {

    /** The day of the management review, drafted from the records, and of the readiness check. */
    static final LocalDate REVIEW_DAY = LocalDate.of(2024, 3, 15);

    /**
     * A record's table under its title.
     *
     * @param title the title in the run's language
     * @param table the table
     */
    record Titled(String title, ReportTable table) {}

    private ExampleRecords() {}

    /**
     * Returns the Plan and Support records: context (4.1, 4.2), roles (5.3), objectives (6.2,
     * 9.1), competence (7.2), education and training (7.2, 7.3), communication (7.4), the
     * documented-information register (7.5) and the annual plan (8.1).
     *
     * @param locale Japanese or English
     * @return the tables in clause order
     */
    static List<Titled> planAndSupport(Locale locale) {
        List<Titled> tables = new ArrayList<>();
        tables.add(titled(locale, "外部および内部の課題 (4.1)", "External and internal issues (4.1)",
                ExampleCompany.context().issueTable(locale)));
        tables.add(titled(locale, "利害関係者のニーズ及び期待 (4.2)", "Interested parties' needs and expectations (4.2)",
                ExampleCompany.context().interestedPartyTable(locale)));
        tables.add(titled(locale, "ISMS組織の役割 (5.3)", "ISMS roles (5.3)", ExampleCompany.roles().toTable(locale)));
        tables.add(titled(locale, "ISMS有効性評価表 (6.2, 9.1)", "ISMS effectiveness sheet (6.2, 9.1)",
                ExampleCompany.effectiveness().toTable(locale)));
        tables.add(titled(locale, "力量確認表 (7.2)", "Competence record (7.2)",
                ExampleCompany.departmentHeadCompetenceAfterTraining().toTable(locale)));
        tables.add(titled(locale, "教育計画書 (7.2, 7.3)", "Education plan (7.2, 7.3)",
                ExampleCompany.educationPlan().toTable(locale)));
        tables.add(titled(locale, "教育実施記録 (7.2, 7.3)", "Training record (7.2, 7.3)",
                ExampleCompany.trainingRecordWithTests().attendeeTable(locale)));
        tables.add(titled(locale, "コミュニケーション (7.4)", "Communication (7.4)",
                ExampleCompany.communication().toTable(locale)));
        tables.add(titled(locale, "文書化した情報の一覧 (7.5)", "Documented information (7.5)",
                ExampleCompany.documents().toTable(locale)));
        tables.add(titled(locale, "ISMS年間計画表 (8.1)", "ISMS annual plan (8.1)",
                ExampleCompany.annualPlan().toTable(locale)));
        return List.copyOf(tables);
    }

    /**
     * Returns the Check and Act records: the internal audit plan and its findings (9.2), the
     * management review drafted from the records (9.3), and the readiness of the documented
     * information the standard requires (7.5.1 a).
     *
     * @param plan the walkthrough's treatment plan, an input of the management review
     * @param locale Japanese or English
     * @return the tables in clause order, the readiness table last
     */
    static List<Titled> checkAndAct(TreatmentPlan plan, Locale locale) {
        List<Titled> tables = new ArrayList<>();
        tables.add(titled(locale, "内部監査計画書 (9.2)", "Internal audit plan (9.2)",
                ExampleCompany.auditPlan().toTable(locale)));
        tables.add(titled(locale, "内部監査結果報告書：指摘事項 (9.2)", "Internal audit report: findings (9.2)",
                ExampleCompany.auditReport().findingTable(locale)));
        ReviewRecords records = ReviewRecords.of(Optional.empty(), List.of(), Optional.of(ExampleCompany.effectiveness()),
                List.of(ExampleCompany.auditReport()), Optional.of(plan));
        tables.add(titled(locale, "マネジメントレビュー（記録からの下書き） (9.3)", "Management review, drafted from the records (9.3)",
                records.draft(REVIEW_DAY, List.of(ExampleCompany.TOP, ExampleCompany.CHAIR, ExampleCompany.AUDIT_LEAD),
                        locale).toTable(locale)));
        tables.add(titled(locale, "準備状況：必要な文書化した情報 (7.5.1 a) " + REVIEW_DAY,
                "Readiness: the documented information required (7.5.1 a) " + REVIEW_DAY,
                ExampleCompany.readinessCheck().toTable(ExampleCompany.documents(), REVIEW_DAY, locale)));
        return List.copyOf(tables);
    }

    private static Titled titled(Locale locale, String ja, String en, ReportTable table) {
        return new Titled(locale.getLanguage().equals("ja") ? ja : en, table);
    }
}
