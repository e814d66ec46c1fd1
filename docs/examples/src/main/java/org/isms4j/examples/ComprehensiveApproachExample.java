package org.isms4j.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.AssessmentColumn;
import org.isms4j.core.report.ReportTable;

/**
 * Teaching example, LV.3 網羅的アプローチ (comprehensive approach): the source's three canonical
 * risks from the risk assessment report through treatment, the Statement of Applicability, the
 * treatment plan and the second evaluation.
 *
 * <p>Read it top to bottom; {@link CanonicalRegister} builds the data step by step. Run it with
 * {@code main}.
 */
public final class ComprehensiveApproachExample {

    private ComprehensiveApproachExample() {}

    /**
     * Prints the example.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Prints the example to a stream.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        RiskModel model = RiskModel.standard();

        // 1. Risk assessment: three risks, importance from their assets, likelihood rated by the
        //    assessor, level = importance × likelihood, priority from the acceptance criteria.
        RiskRegister assessed = CanonicalRegister.assessed(model);
        out.println("1. First evaluation 一次評価");
        for (AssessedRisk row : assessed.byPriority()) {
            out.printf("   risk %d: %d × %d = %d, priority %s%n", row.number(), row.first().importance(),
                    row.first().likelihood(), row.first().level(), row.first().priority());
        }

        // 2. Treatment: all three are reduced 低減; risk 3's controls are compared with Annex A
        //    (5.12 classification, 5.13 labelling).
        RiskRegister treated = CanonicalRegister.treated(model);
        out.println("2. Treatment リスク対応: Annex A controls by risk " + treated.annexAControlsByRisk());

        // 3. Statement of Applicability: the draft makes every named Annex A control applicable for
        //    the risk assessment result; the other controls still need a decision.
        StatementOfApplicability soa = SoaReport.draft(treated);
        out.println("3. Statement of Applicability 適用宣言書: " + (93 - soa.undecided().size())
                + " applicable, " + soa.undecided().size() + " undecided, complete: " + soa.isComplete());

        // 4. Treatment plan: one row per control, with owner and dates; progress as of a date.
        TreatmentPlan plan = CanonicalRegister.plan().checkTraces(treated);
        out.println("4. Treatment plan リスク対応計画: " + plan.progress() + ", overdue on 2024-01-15: "
                + plan.overdue(LocalDate.of(2024, 1, 15)).size());

        // 5. Second evaluation: importance and likelihood re-rated after treatment; residual
        //    levels 2, 1, 6. Risk 3 stays above the acceptance criteria: its owner accepts it
        //    for now, with a date for review.
        out.println("5. Second evaluation 二次評価");
        ReportTable report = ReportTable.of(List.of("No", "Level", "Residual", "Reduced by"),
                treated.risks().stream().map(row -> List.of(Integer.toString(row.number()),
                        AssessmentColumn.LEVEL.valueOf(row, Locale.ENGLISH),
                        AssessmentColumn.RESIDUAL_LEVEL.valueOf(row, Locale.ENGLISH),
                        Integer.toString(row.reduction().getAsInt()))).toList());
        out.print(report.toMarkdown());
        out.println("   above acceptance after treatment: risk "
                + treated.residualAboveAcceptance().get(0).number() + ", review due from "
                + treated.residualAboveAcceptance().get(0).acceptance().orElseThrow().expires().orElseThrow());
    }
}
