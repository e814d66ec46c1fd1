package org.isms4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.core.selfassessment.ScoredAnswer;
import org.isms4j.core.selfassessment.SelfAssessmentReport;
import org.isms4j.core.selfassessment.SelfAssessmentResult;
import org.isms4j.json.IsmsJson;

/**
 * The walkthrough: a risk register printed as the asset inventory, the risk assessment report,
 * the Statement of Applicability summary, the treatment plan and the second evaluation; with the
 * bundled example, the LV.2 self-assessment of a sample sheet follows.
 *
 * <p>Without a file it reads the bundled example, the source's canonical three risks
 * ({@code example-register.json} and {@code example-plan.json}, written from
 * {@link CanonicalRegister}); given a path it reads and scores the user's own JSON register (and
 * plan), under the standard model or the one {@code --model} names. A bad file prints its JSON
 * path and the message, and exits 1 without a stack trace.
 *
 * <p>Run it with {@code ./mvnw -q -Pwalkthrough package -DskipTests -pl docs/examples -am}; add
 * {@code -Dwalkthrough.args="--lang ja"} for Japanese, or
 * {@code -Dwalkthrough.args="--lang en /path/to/register.json"} for your own register.
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
     * @param args {@code --lang ja|en}, {@code --model model.json}, then optionally a register
     *     and a plan file
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
        List<String> files = new ArrayList<>();
        String modelFile = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                String lang = args[++i];
                if (!lang.equals("ja") && !lang.equals("en")) {
                    err.println("Unknown language: '" + lang + "' (valid values ja, en)");
                    return 2;
                }
                locale = Locale.forLanguageTag(lang);
            } else if (args[i].equals("--model") && i + 1 < args.length) {
                modelFile = args[++i];
            } else if (!args[i].startsWith("--") && files.size() < 2) {
                files.add(args[i]);
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        String source = files.isEmpty() ? "the bundled example" : files.get(0);
        try {
            IsmsJson json = IsmsJson.strict();
            RiskModel model = modelFile == null ? RiskModel.standard() : read(modelFile, json::readRiskModel);
            RiskRegister register;
            Optional<TreatmentPlan> plan;
            if (files.isEmpty()) {
                register = json.readRiskRegister(bundled(BUNDLED_REGISTER), model);
                plan = Optional.of(json.readTreatmentPlan(bundled(BUNDLED_PLAN)));
            } else {
                register = read(files.get(0), in -> json.readRiskRegister(in, model));
                if (files.size() == 2) {
                    source = files.get(1);
                    plan = Optional.of(read(files.get(1), json::readTreatmentPlan));
                } else {
                    plan = Optional.empty();
                }
            }
            Walkthrough walkthrough = new Walkthrough(locale, out);
            walkthrough.print(register, plan);
            if (files.isEmpty()) {
                walkthrough.printSelfAssessment(sampleSheet().result());
            }
            return 0;
        } catch (IsmsException e) {
            err.println(source + ": " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static final String USAGE = "Usage: walkthrough [--lang ja|en] [--model model.json] [register.json "
            + "[plan.json]]";
    static final String BUNDLED_REGISTER = "example-register.json";
    static final String BUNDLED_PLAN = "example-plan.json";

    private static InputStream bundled(String name) {
        return Objects.requireNonNull(Walkthrough.class.getResourceAsStream(name), name);
    }

    private static <T> T read(String file, Function<InputStream, T> reader) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read '" + file + "': " + e.getClass().getSimpleName(), e);
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

    private void print(RiskRegister register, Optional<TreatmentPlan> plan) {
        plan.ifPresent(p -> p.checkTraces(register));
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
        if (plan.isPresent()) {
            out.print(ReportTable.ofPlan(plan.get(), locale).toMarkdown());
        } else {
            out.println(t("（リスク対応計画の指定なし）", "(no treatment plan given)"));
        }
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

    /**
     * Returns the sample sheet of the LV.2 section: the bundled Part 1 基本的対策 answered
     * 実施している, 一部実施している, 実施している, 実施していない and 分からない, 9 of 20 points.
     *
     * @return the sheet, not null
     */
    static AnswerSheet sampleSheet() {
        return AnswerSheet.of(QuestionSets.selfAssessmentPart1(), "情報システム担当", "本社", LocalDate.of(2024, 4, 1),
                Map.of(1, "implemented", 2, "partly_implemented", 3, "implemented", 4, "not_implemented", 5, "unknown"));
    }

    private void printSelfAssessment(SelfAssessmentResult result) {
        heading("LV.2 ベースラインアプローチ：情報セキュリティ自社診断", "LV.2 baseline approach: self-assessment");
        out.print(SelfAssessmentReport.answers(result, locale).toMarkdown());
        out.println();
        out.print(SelfAssessmentReport.parts(result, locale).toMarkdown());
        out.println(t("「分からない」: ", "Unknown: ") + numbers(result.unknown()) + t("、実施していない・一部実施: ",
                "; below target: ") + numbers(result.belowTarget()));
    }

    private static String numbers(List<ScoredAnswer> answers) {
        return answers.stream().map(a -> Integer.toString(a.number())).collect(Collectors.joining(", "));
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
