package org.isms4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.report.RiskReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code isms4j report FILE --format html|md|csv|xlsx [-o OUT]}: the documents of a register for
 * people: the HTML report with its heat maps, the Markdown documents, or the register as a CSV
 * table or an XLSX workbook with headings in the run's language (the workbook with the company and
 * the approval record in its header block).
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class ReportCommand implements Callable<Integer> {

    /** What {@code --format} takes. */
    private static final List<String> FORMATS = List.of("html", "md", "csv", "xlsx");

    private final IsmsCli cli;
    private final InputOptions input = new InputOptions();
    private final PositionalParamSpec fileParameter = PositionalParamSpec.builder().paramLabel("FILE")
            .type(Path.class).descriptionKey("report.file").required(true).build();
    private final OptionSpec formatOption = OptionSpec.builder("--format").required(true)
            .paramLabel("html|md|csv|xlsx").type(String.class).descriptionKey("report.format").build();
    private final OptionSpec planOption = OptionSpec.builder("--plan").paramLabel("PLAN").type(Path.class)
            .descriptionKey("option.plan").build();
    private final OptionSpec soaOption = OptionSpec.builder("--soa").paramLabel("SOA").type(Path.class)
            .descriptionKey("option.soa").build();
    private final OptionSpec companyOption = OptionSpec.builder("--company").paramLabel("NAME").type(String.class)
            .descriptionKey("option.company").build();
    private final OptionSpec asOfOption = OptionSpec.builder("--as-of").paramLabel("YYYY-MM-DD").type(String.class)
            .descriptionKey("option.asOf").build();
    private final OutputOption outputOption = new OutputOption();

    private Path plan;
    private Path soa;
    private String company;
    private String asOf;
    private Path output;

    /**
     * Creates the command of a run.
     *
     * @param cli the run, not null
     */
    ReportCommand(IsmsCli cli) {
        this.cli = cli;
    }

    /**
     * Returns the command's model for picocli.
     *
     * @return the model, not null
     */
    CommandSpec spec() {
        CommandSpec spec = HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("report"));
        input.addTo(spec);
        for (OptionSpec option : List.of(formatOption, planOption, soaOption, companyOption, asOfOption)) {
            spec.addOption(option);
        }
        outputOption.addTo(spec);
        return spec.addPositional(fileParameter);
    }

    @Override
    public Integer call() throws IOException {
        String format = formatOption.getValue();
        plan = planOption.getValue();
        soa = soaOption.getValue();
        company = companyOption.getValue();
        asOf = asOfOption.getValue();
        output = outputOption.path();
        String kind = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(kind)) {
            throw CliFailure.usage("Unknown report format: '" + format + "' (valid values html, md, csv, xlsx)");
        }
        if (company != null && company.isBlank()) {
            throw CliFailure.usage("Invalid value for --company (a name, not blank): '" + company + "'");
        }
        refuseUnused(kind);
        InputPath registerFile = InputPath.check(fileParameter.getValue());
        Optional<FileFormat> table = kind.equals("csv") || kind.equals("xlsx") ? Optional.of(FileFormat.ofCode(kind))
                : Optional.empty();
        DocumentOutput.check(output, table.orElse(FileFormat.JSON));
        Optional<InputPath> planFile = Optional.ofNullable(plan).map(InputPath::check);
        Optional<InputPath> soaFile = Optional.ofNullable(soa).map(InputPath::check);
        LocalDate date = date();
        RiskRegister register = input.register(registerFile);
        if (table.isPresent()) {
            DocumentCodec writer = table.get().codec(cli.locale(), Optional.ofNullable(company));
            DocumentOutput.write(cli, output, table.get(),
                    DocumentOutput.encode(output, () -> writer.writeRegister(register)));
            return CliFailure.OK;
        }
        Optional<TreatmentPlan> treatmentPlan = planFile.map(input::plan);
        StatementOfApplicability statement = soaFile.map(input::soa).orElseGet(() -> SoaReport.draft(register));
        byte[] document = kind.equals("html")
                ? InputOptions.naming(registerFile, () -> RiskReport.of(company == null ? "—" : company, register,
                        treatmentPlan.orElse(TreatmentPlan.of(List.of())), statement, date).toHtml(cli.locale()))
                        .getBytes(StandardCharsets.UTF_8)
                : markdown(register, statement, treatmentPlan);
        DocumentOutput.writeText(cli, output, document);
        return CliFailure.OK;
    }

    /** Refuses an option the format does not use, rather than ignore it. */
    private void refuseUnused(String kind) {
        refuseUnused(kind, "--plan", plan != null, "html", "md");
        refuseUnused(kind, "--soa", soa != null, "html", "md");
        refuseUnused(kind, "--as-of", asOf != null, "html");
        refuseUnused(kind, "--company", company != null, "html", "xlsx");
    }

    private static void refuseUnused(String kind, String option, boolean given, String... usedBy) {
        if (given && !List.of(usedBy).contains(kind)) {
            throw CliFailure.usage(option + " is not used by --format " + kind + " (only by --format "
                    + String.join(" or ", usedBy) + ")");
        }
    }

    private LocalDate date() {
        return asOf == null ? LocalDate.now() : DateArgument.parse("--as-of", asOf);
    }

    private byte[] markdown(RiskRegister register, StatementOfApplicability statement, Optional<TreatmentPlan> p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        out.println("# " + cli.t("リスクアセスメントとリスク対応", "Risk assessment and treatment") + " — "
                + register.model().id() + "@" + register.model().version());
        new AssessmentPrinter(out, cli.locale(), "##").print(register, statement, p);
        return bytes.toByteArray();
    }
}
