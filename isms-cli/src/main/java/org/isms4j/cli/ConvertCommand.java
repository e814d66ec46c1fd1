package org.isms4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.json.IsmsJson;
import org.isms4j.json.JsonDocument;
import org.isms4j.json.RiskRegisterReader;
import org.isms4j.json.RiskRegisterWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code isms4j convert IN OUT}: converts an inventory, register, plan or Statement of
 * Applicability between JSON, CSV and XLSX in every direction, {@code IN}'s format by its
 * extension or {@code --format}, {@code OUT}'s by its extension. A JSON register converted to
 * JSON streams row by row in bounded memory, with a progress bar; a register written as a table
 * (CSV, XLSX) takes its inventory to {@code OUT-inventory.csv} or {@code OUT-inventory.xlsx} beside
 * it, since a table holds only the register's rows. A CSV table has no place for the register's
 * approval record, and the command says so; a workbook keeps it.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class ConvertCommand implements Callable<Integer> {

    private final IsmsCli cli;
    private final InputOptions input = new InputOptions();
    private final FormatOption inputFormat = new FormatOption();
    private final KindOption inputKind = new KindOption();
    private final PositionalParamSpec inParameter = PositionalParamSpec.builder().index("0").paramLabel("IN")
            .type(Path.class).descriptionKey("convert.in").required(true).build();
    private final PositionalParamSpec outParameter = PositionalParamSpec.builder().index("1").paramLabel("OUT")
            .type(Path.class).descriptionKey("convert.out").required(true).build();

    private Path out;

    /**
     * Creates the command of a run.
     *
     * @param cli the run, not null
     */
    ConvertCommand(IsmsCli cli) {
        this.cli = cli;
    }

    /**
     * Returns the command's model for picocli.
     *
     * @return the model, not null
     */
    CommandSpec spec() {
        CommandSpec spec = HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("convert"));
        input.addTo(spec);
        inputFormat.addTo(spec);
        inputKind.addTo(spec);
        return spec.addPositional(inParameter).addPositional(outParameter);
    }

    @Override
    public Integer call() throws IOException {
        Path in = inParameter.getValue();
        out = outParameter.getValue();
        inputFormat.applyTo(input);
        inputKind.applyTo(input);
        InputPath file = InputPath.check(in);
        OutputPath.check(out);
        FileFormat from = input.formatOf(file);
        FileFormat to = outputFormat();
        DocumentKind kind = input.kindOf(file);
        if (kind == DocumentKind.REGISTER && from == FileFormat.JSON && to == FileFormat.JSON) {
            long rows = stream(file);
            cli.out().println(cli.text("convert.done", rows, out));
            return CliFailure.OK;
        }
        DocumentCodec writer = to.codec(cli.locale());
        byte[] document = switch (kind) {
            case INVENTORY -> {
                AssetInventory inventory = input.inventory(file);
                yield DocumentOutput.encode(out, () -> writer.writeInventory(inventory));
            }
            case PLAN -> {
                TreatmentPlan plan = input.plan(file);
                yield DocumentOutput.encode(out, () -> writer.writePlan(plan));
            }
            case SOA -> {
                StatementOfApplicability soa = input.soa(file);
                yield DocumentOutput.encode(out, () -> writer.writeSoa(soa));
            }
            case SOA_2013 -> {
                if (to != FileFormat.JSON) {
                    throw CliFailure.usage(out + ": a 2013-based Statement of Applicability is a JSON document only; "
                            + "soa migrate writes the 2022 one, as JSON, CSV or XLSX");
                }
                yield JsonCodec.utf8(IsmsJson.strict().write(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY,
                        input.soa2013(file)));
            }
            default -> register(input.register(file), to, writer);
        };
        DocumentOutput.write(cli, out, to, document);
        return CliFailure.OK;
    }

    /** The format of {@code OUT}, by its extension: {@code --format} is the input's. */
    private FileFormat outputFormat() {
        try {
            return FileFormat.of(out, Optional.empty());
        } catch (CliFailure e) {
            throw CliFailure.usage(out + ": the extension of OUT gives the format to write: .json, .csv or .xlsx");
        }
    }

    /** A register's document; for a table, its inventory written beside it first. */
    private byte[] register(RiskRegister register, FileFormat to, DocumentCodec writer) throws IOException {
        byte[] document = DocumentOutput.encode(out, () -> writer.writeRegister(register));
        if (to.isTable()) {
            if (register.approval().isPresent() && !to.holdsApproval()) {
                cli.err().println(cli.text("convert.noApproval", out));
            }
            Path inventory = inventoryBeside(out, to);
            DocumentOutput.write(cli, inventory, to,
                    DocumentOutput.encode(inventory, () -> writer.writeInventory(register.inventory())));
        }
        return document;
    }

    /**
     * The file a register table's inventory goes to: {@code register.csv} → {@code register-inventory.csv},
     * {@code register.xlsx} → {@code register-inventory.xlsx}.
     */
    static Path inventoryBeside(Path register, FileFormat format) {
        String name = register.getFileName().toString();
        String extension = "." + format.code();
        String stem = name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
        return register.resolveSibling(stem + "-inventory" + extension);
    }

    private long stream(InputPath file) {
        return InputOptions.read(file, source -> {
            long rows = 0;
            try (OutputStream target = Files.newOutputStream(out);
                    RiskRegisterReader reader = IsmsJson.strict().riskRegisterReader(source, input.model());
                    Progress progress = Progress.of(cli.err(), file.size(), cli.text("unit.risks"))) {
                RiskRegisterWriter writer = reader.approval().isPresent()
                        ? IsmsJson.strict().riskRegisterWriter(target, reader.model(), reader.inventory(),
                                reader.approval().get())
                        : IsmsJson.strict().riskRegisterWriter(target, reader.model(), reader.inventory());
                long read = 0;
                while (reader.hasNext()) {
                    writer.write(reader.next());
                    rows++;
                    read++;
                    if (read % 1024 == 0) {
                        progress.update(counted(source), rows);
                    }
                }
                writer.close();
            } catch (IOException e) {
                throw CliFailure.invalidInput(out + ": cannot be written (" + e.getClass().getSimpleName() + ")");
            }
            return rows;
        });
    }

    private static long counted(InputStream source) {
        return source instanceof CountingInput counting ? counting.count() : 0;
    }
}
