package org.isms4j.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.AssessmentColumn;
import org.isms4j.core.report.ReportTable;
import org.isms4j.report.RecordTable;
import org.isms4j.report.ReportSection;

/**
 * Everything a report page shows, laid out and worded in one language: what the templates read.
 *
 * @param lang the page's language, {@code ja} or {@code en}
 * @param title the document's title
 * @param company the company
 * @param cover the cover's fields, label and value
 * @param sections the headings of the sections, by section
 * @param inventory the asset inventory
 * @param assessment the risks with their first evaluation and treatment
 * @param before the heat map of the first evaluations
 * @param after the heat map of the residual risks
 * @param soa the Statement of Applicability
 * @param plan the treatment plan's table
 * @param timeline the treatment plan's timeline
 * @param second the second evaluation and residual acceptance
 * @param notes the second evaluation's findings, label and value
 * @param records the tables of the ISMS records section, none for a report without it
 */
public record ReportView(String lang, String title, String company, List<Field> cover,
        Map<ReportSection, String> sections, ReportTable inventory, ReportTable assessment, HeatMapView before,
        HeatMapView after, SoaView soa, ReportTable plan, TimelineView timeline, ReportTable second,
        List<Field> notes, List<RecordTable> records) {

    /** The columns of the second evaluation before and after the residual priority. */
    private static final List<AssessmentColumn> SECOND_BEFORE = List.of(AssessmentColumn.NUMBER,
            AssessmentColumn.LEVEL, AssessmentColumn.PRIORITY, AssessmentColumn.STATUS,
            AssessmentColumn.RESIDUAL_IMPORTANCE, AssessmentColumn.RESIDUAL_LIKELIHOOD,
            AssessmentColumn.RESIDUAL_LEVEL);
    private static final List<AssessmentColumn> SECOND_AFTER = List.of(AssessmentColumn.ACCEPTED_BY,
            AssessmentColumn.ACCEPTANCE, AssessmentColumn.ACCEPTANCE_DATE, AssessmentColumn.ACCEPTANCE_JUSTIFICATION,
            AssessmentColumn.ACCEPTANCE_EXPIRES);

    /**
     * A labelled value, such as the cover's approver.
     *
     * @param label the label
     * @param value the value
     */
    public record Field(String label, String value) {}

    /**
     * Returns a section's heading.
     *
     * @param section the section
     * @return the heading
     */
    public String heading(ReportSection section) {
        return sections.get(section);
    }

    /**
     * Tells whether the report shows a section: every section, but the ISMS records only when it
     * has records.
     *
     * @param section the section
     * @return true if shown
     */
    public boolean shows(ReportSection section) {
        return section != ReportSection.RECORDS || !records.isEmpty();
    }

    /**
     * Lays out a report.
     *
     * @param company the company, not blank
     * @param register the register, not null
     * @param plan the plan, traced to the register, not null
     * @param soa the statement, not null
     * @param today the date judged on, not null
     * @param records the tables of the ISMS records section, not null
     * @param locale Japanese or English, not null
     * @return the layout
     */
    public static ReportView of(String company, RiskRegister register, TreatmentPlan plan,
            StatementOfApplicability soa, LocalDate today, List<RecordTable> records, Locale locale) {
        Map<ReportSection, String> sections = new java.util.EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            sections.put(section, section.getDisplayName(locale));
        }
        return new ReportView(VocabularyTerm.isJapanese(locale) ? "ja" : "en",
                Label.REPORT_TITLE.getDisplayName(locale), company, cover(company, register, today, locale),
                sections, ReportTable.ofInventory(register.inventory(), locale),
                table(register, List.copyOf(EnumSet.range(AssessmentColumn.NUMBER, AssessmentColumn.STATUS)), locale,
                        false),
                HeatMapView.of(register.heatMapBefore(), register.model(), "heat-map-before",
                        Label.HEAT_MAP_BEFORE.getDisplayName(locale), locale),
                HeatMapView.of(register.heatMapAfter(), register.model(), "heat-map-after",
                        Label.HEAT_MAP_AFTER.getDisplayName(locale), locale),
                SoaView.of(soa, locale), ReportTable.ofPlan(plan, locale), TimelineView.of(plan, today, locale),
                table(register, SECOND_BEFORE, locale, true), notes(register, today, locale), records);
    }

    private static List<Field> cover(String company, RiskRegister register, LocalDate today, Locale locale) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(Label.COMPANY.getDisplayName(locale), company));
        fields.add(new Field(Label.MODEL.getDisplayName(locale),
                register.model().id() + "@" + register.model().version()));
        String none = Label.NOT_RECORDED.getDisplayName(locale);
        String notApproved = Label.NOT_APPROVED.getDisplayName(locale);
        Approval approval = register.approval().orElse(null);
        fields.add(new Field(Label.AUTHOR.getDisplayName(locale), approval == null ? none : approval.author()));
        fields.add(new Field(Label.UPDATED.getDisplayName(locale),
                approval == null ? none : approval.updated().toString()));
        fields.add(new Field(Label.APPROVER.getDisplayName(locale),
                approval == null ? none : approval.approver().orElse(notApproved)));
        fields.add(new Field(Label.APPROVED.getDisplayName(locale),
                approval == null ? none : approval.approved().map(LocalDate::toString).orElse(notApproved)));
        fields.add(new Field(Label.AS_OF.getDisplayName(locale), today.toString()));
        fields.add(new Field(Label.RISKS.getDisplayName(locale), Integer.toString(register.risks().size())));
        return List.copyOf(fields);
    }

    /** The register's rows in some columns; with the residual priority after the residual level. */
    private static ReportTable table(RiskRegister register, List<AssessmentColumn> columns, Locale locale,
            boolean residual) {
        List<String> headings = new ArrayList<>();
        columns.forEach(column -> headings.add(column.getDisplayName(locale)));
        if (residual) {
            headings.add(Label.RESIDUAL_PRIORITY.getDisplayName(locale));
            SECOND_AFTER.forEach(column -> headings.add(column.getDisplayName(locale)));
        }
        List<List<String>> rows = new ArrayList<>(register.risks().size());
        for (AssessedRisk row : register.risks()) {
            List<String> cells = new ArrayList<>(headings.size());
            columns.forEach(column -> cells.add(column.valueOf(row, locale)));
            if (residual) {
                cells.add(row.second().map(e -> e.priority().isAcceptable() ? e.priority().getDisplayName(locale)
                        : Integer.toString(e.priority().rank())).orElse(""));
                SECOND_AFTER.forEach(column -> cells.add(column.valueOf(row, locale)));
            }
            rows.add(cells);
        }
        return ReportTable.of(headings, rows);
    }

    private static List<Field> notes(RiskRegister register, LocalDate today, Locale locale) {
        return List.of(new Field(Label.ABOVE_ACCEPTANCE.getDisplayName(locale), numbers(register.residualAboveAcceptance(), locale)),
                new Field(Label.REVIEW_DUE.getDisplayName(locale) + " (" + today + ")",
                        numbers(register.reviewDue(today), locale)));
    }

    private static String numbers(List<AssessedRisk> risks, Locale locale) {
        if (risks.isEmpty()) {
            return Label.NONE.getDisplayName(locale);
        }
        StringBuilder text = new StringBuilder();
        for (AssessedRisk row : risks) {
            text.append(text.length() == 0 ? "" : ", ").append(row.number());
        }
        return text.toString();
    }
}
