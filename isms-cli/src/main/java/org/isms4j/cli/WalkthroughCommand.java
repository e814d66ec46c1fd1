package org.isms4j.cli;

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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.quick.IncidentCase;
import org.isms4j.core.quick.ScoredAsset;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.ReportTable;
import org.isms4j.examples.CanonicalRegister;
import org.isms4j.examples.QuickApproachExample;
import org.isms4j.json.IsmsJson;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.report.RecordTable;
import org.isms4j.report.RiskReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code isms4j walkthrough [--lang ja|en] [--html DIR]}: the source's three levels in order, on
 * the bundled example. LV.1 クイックアプローチ: the incident case, the inventory filtered to the
 * employee's PC and its three rows scored 9, 6, 6. LV.2 ベースラインアプローチ: the example
 * self-assessment scored, its unknown answers listed. LV.3 網羅的アプローチ: the inventory, the risk
 * assessment report, the whole Statement of Applicability with its summary, the plan and the second
 * evaluation (residual 2, 1, 6); then the ISMS records of the example company 株式会社エグザンプル,
 * Plan and Support (clauses 4 - 8), Check and Act (9 - 10) and the readiness table. With {@code --html DIR} the LV.3 documents are also written as the
 * HTML report {@code DIR/isms4j-walkthrough.html}, the records in its ISMS records
 * section.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class WalkthroughCommand implements Callable<Integer> {

    /** The bundled register, the source's canonical three risks, beside {@link CanonicalRegister}. */
    static final String BUNDLED_REGISTER = "example-register.json";
    /** The bundled treatment plan. */
    static final String BUNDLED_PLAN = "example-plan.json";
    /** The bundled LV.2 answer sheet, beside this class. */
    static final String BUNDLED_SHEET = "example-sheet.json";
    /** The name of the HTML report in {@code --html DIR}. */
    static final String HTML_NAME = "isms4j-walkthrough.html";
    /** The company and date of the bundled example's HTML report. */
    private static final String COMPANY = "株式会社サンプル";
    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 15);

    private final IsmsCli cli;
    private final OptionSpec htmlOption = OptionSpec.builder("--html").paramLabel("DIR").type(Path.class)
            .descriptionKey("walkthrough.html").build();

    /**
     * Creates the command of a run.
     *
     * @param cli the run, not null
     */
    WalkthroughCommand(IsmsCli cli) {
        this.cli = cli;
    }

    /**
     * Returns the command's model for picocli.
     *
     * @return the model, not null
     */
    CommandSpec spec() {
        return HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("walkthrough")).addOption(htmlOption);
    }

    @Override
    public Integer call() throws IOException {
        Path html = htmlOption.getValue();
        if (html != null && Files.isDirectory(OutputPath.checkDirectory(html))) {
            OutputPath.check(html.resolve(HTML_NAME));
        }
        PrintStream out = cli.out();
        out.println("# " + cli.t("isms4j ウォークスルー：三つのレベル", "isms4j walkthrough: the three levels"));
        quickApproach(out);
        baseline(out);
        RiskRegister register = bundled(CanonicalRegister.class, BUNDLED_REGISTER,
                in -> IsmsJson.strict().readRiskRegister(in, RiskModel.standard()));
        TreatmentPlan plan = bundled(CanonicalRegister.class, BUNDLED_PLAN, in -> IsmsJson.strict().readTreatmentPlan(in));
        plan.checkTraces(register);
        StatementOfApplicability soa = SoaReport.draft(register);
        out.println();
        out.println("## " + cli.t("LV.3 網羅的アプローチ", "LV.3 comprehensive approach") + " — "
                + register.model().id() + "@" + register.model().version());
        new AssessmentPrinter(out, cli.locale(), "###").print(register, soa, Optional.of(plan));
        records(out, "## " + cli.t("ISMS の記録：Plan・Support（箇条 4–8）", "ISMS records: Plan and Support (clauses 4 - 8)")
                + " — " + ExampleCompany.COMPANY, ExampleRecords.planAndSupport(cli.locale()));
        records(out, "## " + cli.t("ISMS の記録：Check・Act（箇条 9–10）と準備状況", "ISMS records: Check and Act (clauses 9 - 10) and readiness")
                + " — " + ExampleCompany.COMPANY, ExampleRecords.checkAndAct(plan, cli.locale()));
        if (html != null) {
            Path file = html.resolve(HTML_NAME);
            try {
                Files.createDirectories(html);
                Files.writeString(file, RiskReport.of(COMPANY, register, plan, soa, AS_OF).withRecords(recordTables(plan)).toHtml(cli.locale()),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CliFailure.invalidInput(file + ": cannot be written (" + e.getClass().getSimpleName() + ")");
            }
            out.println();
            out.println(cli.text("walkthrough.htmlWritten", file.toAbsolutePath()));
        }
        return CliFailure.OK;
    }

    /** The ISMS records for the HTML report: Plan and Support, then Check and Act and the readiness table. */
    private List<RecordTable> recordTables(TreatmentPlan plan) {
        List<RecordTable> tables = new ArrayList<>();
        for (ExampleRecords.Titled table : ExampleRecords.planAndSupport(cli.locale())) {
            tables.add(RecordTable.of(table.title(), table.table()));
        }
        for (ExampleRecords.Titled table : ExampleRecords.checkAndAct(plan, cli.locale())) {
            tables.add(RecordTable.of(table.title(), table.table()));
        }
        return tables;
    }

    private static void records(PrintStream out, String heading, List<ExampleRecords.Titled> tables) {
        out.println();
        out.println(heading);
        for (ExampleRecords.Titled table : tables) {
            out.println();
            out.println("### " + table.title());
            out.println();
            out.print(table.table().toMarkdown());
        }
    }

    private void quickApproach(PrintStream out) {
        out.println();
        out.println("## " + cli.t("LV.1 クイックアプローチ", "LV.1 quick approach"));
        AssetInventory inventory = QuickApproachExample.inventory();
        IncidentCase incident = QuickApproachExample.incidentCase();
        out.println();
        out.println(cli.t("事故事例: ", "Incident case: ") + incident.name());
        out.println();
        out.print(ReportTable.ofInventory(AssetInventory.of(inventory.filter(incident.filter())), cli.locale())
                .toMarkdown());
        out.println();
        List<List<String>> rows = new ArrayList<>();
        for (ScoredAsset row : incident.assess(RiskModel.standard(), inventory, QuickApproachExample.likelihoods())) {
            rows.add(List.of(Integer.toString(row.asset().number()), row.asset().name(),
                    Integer.toString(row.score().importance()), Integer.toString(row.score().likelihood()),
                    Integer.toString(row.score().level()), row.score().priority().getDisplayName(cli.locale())));
        }
        out.print(ReportTable.of(List.of(cli.t("資産番号", "Asset"), cli.t("資産名", "Name"), cli.t("重要度", "Importance"),
                cli.t("被害発生可能性", "Likelihood"), cli.t("リスクレベル", "Level"), cli.t("優先順位", "Priority")), rows)
                .toMarkdown());
    }

    private void baseline(PrintStream out) {
        out.println();
        out.println("## " + cli.t("LV.2 ベースラインアプローチ：情報セキュリティ自社診断", "LV.2 baseline approach: self-assessment"));
        out.println();
        new SelfAssessmentPrinter(out, cli.locale())
                .print(bundled(WalkthroughCommand.class, BUNDLED_SHEET, SelfAssessCommand::readSheet).result());
    }

    private static <T> T bundled(Class<?> beside, String name, Function<InputStream, T> reader) {
        try (InputStream in = Objects.requireNonNull(beside.getResourceAsStream(name), name)) {
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
