package org.isms4j.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isms4j.annexa.soa.DecisionState;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.SoaSummary;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.ReportTable;

/**
 * Prints the documents of LV.3 網羅的アプローチ as Markdown, in Japanese or English: the asset
 * inventory 資産目録, the risk assessment report リスクアセスメント結果報告書, the Statement of
 * Applicability 適用宣言書 (all 93 controls, then the summary by theme and state), the treatment plan
 * リスク対応計画 and the second evaluation 二次評価.
 *
 * <p>This class is not thread-safe: it writes to one stream.
 */
final class AssessmentPrinter {

    private final PrintStream out;
    private final Locale locale;
    private final String level;

    /**
     * Creates a printer.
     *
     * @param out where to print, not null
     * @param locale {@link Locale#JAPANESE} or {@link Locale#ENGLISH}
     * @param level the Markdown heading level of the sections, such as {@code ##}
     */
    AssessmentPrinter(PrintStream out, Locale locale, String level) {
        this.out = out;
        this.locale = locale;
        this.level = level;
    }

    private String t(String ja, String en) {
        return locale.getLanguage().equals("ja") ? ja : en;
    }

    /**
     * Prints a section heading.
     *
     * @param ja the Japanese title
     * @param en the English title
     */
    void heading(String ja, String en) {
        out.println();
        out.println(level + " " + t(ja, en));
        out.println();
    }

    /**
     * Prints every document of a register.
     *
     * @param register the register, not null
     * @param soa the Statement of Applicability, not null
     * @param plan the treatment plan, if any
     */
    void print(RiskRegister register, StatementOfApplicability soa, Optional<TreatmentPlan> plan) {
        heading("資産目録", "Asset inventory");
        out.print(ReportTable.ofInventory(register.inventory(), locale).toMarkdown());
        heading("リスクアセスメント結果報告書", "Risk assessment report");
        out.print(ReportTable.ofAssessment(register, locale).toMarkdown());
        register.approval().ifPresent(approval -> out.println(t("作成者／更新者: ", "Author / updater: ")
                + approval.author() + " " + approval.updated() + approval.approver().map(a -> t("、承認者: ",
                        "; approver: ") + a + " " + approval.approved().orElseThrow()).orElse("")));
        heading("適用宣言書", "Statement of Applicability");
        out.print(SoaReport.table(soa, locale).toMarkdown());
        out.println();
        printSummary(soa);
        heading("リスク対応計画", "Risk treatment plan");
        if (plan.isPresent()) {
            out.print(ReportTable.ofPlan(plan.get(), locale).toMarkdown());
        } else {
            out.println(t("（リスク対応計画の指定なし）", "(no treatment plan given)"));
        }
        heading("二次評価", "Second evaluation");
        out.print(secondEvaluation(register).toMarkdown());
    }

    private ReportTable secondEvaluation(RiskRegister register) {
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
        return ReportTable.of(List.of(t("番号", "No"), t("一次評価 リスクレベル", "First level"),
                t("二次評価", "Residual"), t("低減幅", "Reduced by"), t("残留リスクの優先順位", "Residual priority"),
                t("残留リスクの受容", "Residual acceptance")), rows);
    }

    private void printSummary(StatementOfApplicability soa) {
        SoaSummary summary = soa.summary();
        out.print(summary.table(locale).toMarkdown());
        int undecided = summary.total(DecisionState.UNDECIDED);
        out.println(soa.isComplete() ? t("全 93 管理策の適用可否が決定済み", "Every one of the 93 controls is decided")
                : t("適用可否が未決定の管理策: " + undecided + " 件（適用宣言書は未完成）",
                        "Controls not yet decided: " + undecided + " (the statement is not finished)"));
    }
}
