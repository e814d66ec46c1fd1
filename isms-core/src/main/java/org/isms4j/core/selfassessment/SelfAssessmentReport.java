package org.isms4j.core.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.report.ReportTable;

/**
 * The tables of a self-assessment, with Japanese or English headings, for Markdown through
 * {@link ReportTable#toMarkdown()}: the answers, the part subtotals with the total, the tally of
 * several departments side by side, and the measures decided with what is still open.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SelfAssessmentReport {

    private SelfAssessmentReport() {}

    /**
     * Returns the answer table: one row per question with every {@link SelfAssessmentColumn}, in
     * order of part and number.
     *
     * @param result the result, not null
     * @param locale Japanese or English headings and texts, not null
     * @return the table, not null
     */
    public static ReportTable answers(SelfAssessmentResult result, Locale locale) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(locale, "locale");
        List<String> headings = new ArrayList<>();
        for (SelfAssessmentColumn column : SelfAssessmentColumn.values()) {
            headings.add(column.getDisplayName(locale));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ScoredAnswer row : result.scored()) {
            List<String> cells = new ArrayList<>();
            for (SelfAssessmentColumn column : SelfAssessmentColumn.values()) {
                cells.add(column.valueOf(result, row, locale));
            }
            rows.add(cells);
        }
        return ReportTable.of(headings, rows);
    }

    /**
     * Returns the part subtotals: per part its points, maximum and applicable maximum, then a
     * row 合計 (total).
     *
     * @param result the result, not null
     * @param locale Japanese or English headings and texts, not null
     * @return the table, not null
     */
    public static ReportTable parts(SelfAssessmentResult result, Locale locale) {
        Objects.requireNonNull(result, "result");
        List<List<String>> rows = new ArrayList<>();
        for (PartScore part : result.parts()) {
            rows.add(List.of(part.part().title(locale), Integer.toString(part.total()),
                    Integer.toString(part.maximum()), Integer.toString(part.applicableMaximum())));
        }
        rows.add(List.of(t(locale, "合計", "Total"), Integer.toString(result.total()), Integer.toString(result.maximum()),
                Integer.toString(result.applicableMaximum())));
        return ReportTable.of(List.of(t(locale, "診断項目", "Part"), t(locale, "点数", "Points"),
                t(locale, "満点", "Maximum"), t(locale, "対象の満点", "Applicable maximum")), rows);
    }

    /**
     * Returns the tally side by side: per question each department's answer, the combined answer
     * and the departments that gave it, then a row 合計 (total) with each department's total and
     * the combined one.
     *
     * @param aggregation the tally, not null
     * @param locale Japanese or English headings and texts, not null
     * @return the table, not null
     */
    public static ReportTable aggregation(Aggregation aggregation, Locale locale) {
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(locale, "locale");
        Map<String, SelfAssessmentResult> results = aggregation.departmentResults();
        List<String> headings = new ArrayList<>(List.of("No", t(locale, "診断内容", "Question")));
        headings.addAll(results.keySet());
        headings.add(t(locale, "集計", "Combined"));
        headings.add(t(locale, "回答した部署", "Given by"));
        List<List<String>> rows = new ArrayList<>();
        for (CombinedAnswer answer : aggregation.combined()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(answer.question().number()),
                    answer.question().text(locale)));
            for (Answer given : answer.answersByDepartment().values()) {
                row.add(given.getDisplayName(locale));
            }
            row.add(answer.combined().getDisplayName(locale));
            row.add(String.join(", ", answer.departments()));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>(List.of("", t(locale, "合計", "Total")));
        for (SelfAssessmentResult result : results.values()) {
            totals.add(Integer.toString(result.total()));
        }
        totals.add(Integer.toString(aggregation.result().total()));
        totals.add("");
        rows.add(totals);
        return ReportTable.of(headings, rows);
    }

    /**
     * Returns the measures 対策の決定: per question below target its answer and, when decided, the
     * measure, owner, due date, procedure 実施手順 and completion, in order of part and number.
     *
     * @param plan the plan, not null
     * @param locale Japanese or English headings and texts, not null
     * @return the table, not null
     */
    public static ReportTable measures(MeasurePlan plan, Locale locale) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(locale, "locale");
        List<List<String>> rows = new ArrayList<>();
        for (ScoredAnswer answer : plan.result().belowTarget()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(answer.number()), answer.question().text(locale),
                    answer.answer().getDisplayName(locale)));
            MeasureDecision decision = plan.decisions().stream().filter(d -> d.question() == answer.number())
                    .findFirst().orElse(null);
            if (decision == null) {
                row.addAll(List.of(t(locale, "（未決定）", "(undecided)"), "", "", "", ""));
            } else {
                row.addAll(List.of(decision.measure(), decision.owner(), decision.due().toString(),
                        decision.procedure().orElse(""), decision.completed().map(Object::toString).orElse("")));
            }
            rows.add(row);
        }
        return ReportTable.of(List.of("No", t(locale, "診断内容", "Question"), t(locale, "回答", "Answer"),
                t(locale, "対策", "Measure"), t(locale, "担当", "Owner"), t(locale, "期限", "Due"),
                t(locale, "実施手順", "Procedure"), t(locale, "完了", "Completed")), rows);
    }

    private static String t(Locale locale, String japanese, String english) {
        return VocabularyTerm.isJapanese(Objects.requireNonNull(locale, "locale")) ? japanese : english;
    }
}
