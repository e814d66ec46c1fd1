package org.isms4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.isms4j.csv.IsmsCsv;
import org.isms4j.report.RiskReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code isms4j report FILE --format html|md|csv|xlsx [-o OUT]}: the documents of a register for
 * people: the HTML report with its heat maps, the Markdown documents, or the register as a CSV
 * table with headings in the run's language. XLSX is not supported yet (exit code 2).
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    IsmsCli cli;

    @Mixin
    InputOptions input;

    @Parameters(paramLabel = "FILE", descriptionKey = "report.file")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "html|md|csv|xlsx", descriptionKey = "report.format")
    String format;

    @Option(names = "--plan", paramLabel = "PLAN", descriptionKey = "option.plan")
    Path plan;

    @Option(names = "--soa", paramLabel = "SOA", descriptionKey = "option.soa")
    Path soa;

    @Option(names = "--company", paramLabel = "NAME", defaultValue = "—", descriptionKey = "option.company")
    String company;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "option.asOf")
    String asOf;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "option.output")
    Path output;

    @Override
    public Integer call() throws IOException {
        String kind = format.toLowerCase(Locale.ROOT);
        if (!List.of("html", "md", "csv", "xlsx").contains(kind)) {
            throw CliFailure.usage("Unknown report format: '" + format + "' (valid values html, md, csv, xlsx)");
        }
        if (kind.equals("xlsx")) {
            FileFormat.XLSX.supported();
        }
        InputPath registerFile = InputPath.check(file);
        if (output != null) {
            OutputPath.check(output);
        }
        Optional<InputPath> planFile = Optional.ofNullable(plan).map(InputPath::check);
        Optional<InputPath> soaFile = Optional.ofNullable(soa).map(InputPath::check);
        LocalDate date = date();
        RiskRegister register = input.register(registerFile);
        Optional<TreatmentPlan> treatmentPlan = planFile.map(input::plan);
        StatementOfApplicability statement = soaFile.map(input::soa).orElseGet(() -> SoaReport.draft(register));
        byte[] document = switch (kind) {
            case "html" -> InputOptions.naming(registerFile, () -> RiskReport.of(company, register,
                    treatmentPlan.orElse(TreatmentPlan.of(List.of())), statement, date).toHtml(cli.locale()))
                    .getBytes(StandardCharsets.UTF_8);
            case "csv" -> IsmsCsv.of(cli.locale()).writeRiskRegister(register).getBytes(StandardCharsets.UTF_8);
            default -> markdown(register, statement, treatmentPlan);
        };
        write(cli, output, document);
        return CliFailure.OK;
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

    /**
     * Writes a document to a file, or to standard output without one.
     *
     * @param cli the run, not null
     * @param output the file, or null for standard output
     * @param document the bytes, not null
     * @throws IOException if the file cannot be written
     */
    static void write(IsmsCli cli, Path output, byte[] document) throws IOException {
        if (output == null) {
            cli.out().write(document);
            if (document.length > 0 && document[document.length - 1] != '\n') {
                cli.out().println();
            }
            cli.out().flush();
            return;
        }
        OutputPath.check(output);
        try {
            Files.write(output, document);
        } catch (IOException e) {
            throw CliFailure.invalidInput(output + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        }
        cli.out().println(cli.text("written", output));
    }
}
