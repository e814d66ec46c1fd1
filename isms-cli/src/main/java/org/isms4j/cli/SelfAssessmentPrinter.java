package org.isms4j.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.isms4j.core.selfassessment.Aggregation;
import org.isms4j.core.selfassessment.ScoredAnswer;
import org.isms4j.core.selfassessment.SelfAssessmentReport;
import org.isms4j.core.selfassessment.SelfAssessmentResult;

/**
 * Prints LV.2 ベースラインアプローチ results as Markdown: a sheet's answers and part totals with the
 * total and the questions answered 分からない (unknown) or below target, and the tally of several
 * departments' sheets.
 *
 * <p>This class is not thread-safe: it writes to one stream.
 */
final class SelfAssessmentPrinter {

    private final PrintStream out;
    private final Locale locale;

    SelfAssessmentPrinter(PrintStream out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    private String t(String ja, String en) {
        return locale.getLanguage().equals("ja") ? ja : en;
    }

    /**
     * Prints one sheet's result.
     *
     * @param result the result, not null
     */
    void print(SelfAssessmentResult result) {
        out.print(SelfAssessmentReport.answers(result, locale).toMarkdown());
        out.println();
        out.print(SelfAssessmentReport.parts(result, locale).toMarkdown());
        out.println(t("合計点: ", "Total: ") + result.total() + " / " + result.maximum());
        out.println(t("「分からない」: ", "Unknown: ") + numbers(result.unknown()) + t("、実施していない・一部実施: ",
                "; below target: ") + numbers(result.belowTarget()));
    }

    /**
     * Prints the tally of several sheets.
     *
     * @param aggregation the tally, not null
     */
    void print(Aggregation aggregation) {
        out.print(SelfAssessmentReport.aggregation(aggregation, locale).toMarkdown());
    }

    private String numbers(List<ScoredAnswer> answers) {
        return answers.isEmpty() ? t("なし", "none")
                : answers.stream().map(a -> Integer.toString(a.number())).collect(Collectors.joining(", "));
    }
}
