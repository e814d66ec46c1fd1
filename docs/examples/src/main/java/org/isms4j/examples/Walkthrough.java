package org.isms4j.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isms4j.annexa.Theme;
import org.isms4j.annexa.soa.DecisionState;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.SoaSummary;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.ReportTable;

/**
 * The walkthrough: the bundled example register (the source's canonical three risks) printed as
 * the asset inventory, the risk assessment report, the Statement of Applicability summary, the
 * treatment plan and the second evaluation.
 *
 * <p>Run it with {@code ./mvnw -q -Pwalkthrough package -DskipTests -pl docs/examples -am}; add
 * {@code -Dwalkthrough.args="--lang ja"} for Japanese.
 */
public final class Walkthrough {

    private final Locale locale;
    private final PrintStream out;

    private Walkthrough(Locale locale, PrintStream out) {
        this.locale = locale;
        this.out = out;
    }

    /**
     * Runs the walkthrough.
     *
     * @param args {@code --lang ja} or {@code --lang en} (the default)
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = run(out, new PrintStream(System.err, true, StandardCharsets.UTF_8), args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the walkthrough, printing to the given streams.
     *
     * @param out where the report goes
     * @param err where errors go
     * @param args the command-line arguments
     * @return the exit status: 0, 1 for a bad register, 2 for a usage error
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Locale locale = Locale.ENGLISH;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                String lang = args[++i];
                if (!lang.equals("ja") && !lang.equals("en")) {
                    err.println("Unknown language: '" + lang + "' (valid values ja, en)");
                    return 2;
                }
                locale = Locale.forLanguageTag(lang);
            } else {
                err.println("Usage: walkthrough [--lang ja|en]");
                return 2;
            }
        }
        try {
            RiskModel model = RiskModel.standard();
            new Walkthrough(locale, out).print(CanonicalRegister.treated(model), CanonicalRegister.plan());
            return 0;
        } catch (IsmsException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private String t(String ja, String en) {
        return locale.getLanguage().equals("ja") ? ja : en;
    }

    private void heading(String ja, String en) {
        out.println();
        out.println("## " + t(ja, en));
        out.println();
    }

    private void print(RiskRegister register, TreatmentPlan plan) {
        plan.checkTraces(register);
        out.println("# " + t("リスクアセスメントとリスク対応", "Risk assessment and treatment") + " — "
                + register.model().id() + "@" + register.model().version());
        heading("資産目録", "Asset inventory");
        out.print(ReportTable.ofInventory(register.inventory(), locale).toMarkdown());
        heading("リスクアセスメント結果報告書", "Risk assessment report");
        out.print(ReportTable.ofAssessment(register, locale).toMarkdown());
        register.approval().ifPresent(approval -> out.println(t("作成者／更新者: ", "Author / updater: ")
                + approval.author() + " " + approval.updated() + approval.approver().map(a -> t("、承認者: ",
                        "; approver: ") + a + " " + approval.approved().orElseThrow()).orElse("")));
        heading("適用宣言書（集計）", "Statement of Applicability (summary)");
        printSummary(SoaReport.draft(register));
        heading("リスク対応計画", "Risk treatment plan");
        out.print(ReportTable.ofPlan(plan, locale).toMarkdown());
        heading("二次評価", "Second evaluation");
        List<List<String>> rows = new ArrayList<>();
        for (AssessedRisk row : register.risks()) {
            rows.add(List.of(Integer.toString(row.number()), Integer.toString(row.first().level()),
                    row.second().map(s -> s.importance() + " × " + s.likelihood() + " = " + s.level()).orElse("—"),
                    row.reduction().isPresent() ? Integer.toString(row.reduction().getAsInt()) : "—",
                    row.residual().priority().getDisplayName(locale),
                    row.acceptance().map(a -> a.decision().getDisplayName(locale) + " (" + a.riskOwner() + ", "
                            + a.decided() + a.expires().map(e -> t("、見直し ", ", review from ") + e).orElse("") + ")")
                            .orElse("")));
        }
        out.print(ReportTable.of(List.of(t("番号", "No"), t("一次評価 リスクレベル", "First level"),
                t("二次評価", "Residual"), t("低減幅", "Reduced by"), t("残留リスクの優先順位", "Residual priority"),
                t("残留リスクの受容", "Residual acceptance")), rows).toMarkdown());
    }

    private void printSummary(StatementOfApplicability soa) {
        SoaSummary summary = soa.summary();
        List<String> headings = new ArrayList<>();
        headings.add(t("テーマ", "Theme"));
        for (DecisionState state : DecisionState.values()) {
            headings.add(state.getDisplayName(locale));
        }
        headings.add(t("計", "Total"));
        List<List<String>> rows = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            List<String> row = new ArrayList<>();
            row.add(theme.getDisplayName(locale));
            for (DecisionState state : DecisionState.values()) {
                row.add(Integer.toString(summary.count(theme, state)));
            }
            row.add(Integer.toString(summary.total(theme)));
            rows.add(row);
        }
        out.print(ReportTable.of(headings, rows).toMarkdown());
        out.println(t("完全性: ", "Complete: ") + soa.isComplete() + t("（未決定 ", " (undecided: ")
                + soa.undecided().size() + t("）", ")"));
    }
}
