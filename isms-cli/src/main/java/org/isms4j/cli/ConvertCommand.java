package org.isms4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.csv.IsmsCsv;
import org.isms4j.json.IsmsJson;
import org.isms4j.json.JsonDocument;
import org.isms4j.json.RiskRegisterReader;
import org.isms4j.json.RiskRegisterWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code isms4j convert IN OUT}: converts an inventory, register, plan or Statement of
 * Applicability between JSON and CSV, each format by its extension. A JSON register converted to
 * JSON streams row by row in bounded memory, with a progress bar; a register written as CSV takes
 * its inventory to {@code OUT-inventory.csv} beside it, since a CSV register holds only the rows.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    IsmsCli cli;

    @Mixin
    InputOptions input;

    @Mixin
    FormatOption inputFormat;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "convert.in")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "convert.out")
    Path out;

    @Override
    public Integer call() throws IOException {
        inputFormat.applyTo(input);
        InputPath file = InputPath.check(in);
        OutputPath.check(out);
        FileFormat from = input.formatOf(file);
        FileFormat to = FileFormat.of(out, Optional.empty()).supported();
        DocumentKind kind = input.kindOf(file);
        IsmsCsv csv = IsmsCsv.of(cli.locale());
        IsmsJson json = IsmsJson.strict();
        if (kind == DocumentKind.REGISTER && from == FileFormat.JSON && to == FileFormat.JSON) {
            long rows = stream(file);
            cli.out().println(cli.text("convert.done", rows, out));
            return CliFailure.OK;
        }
        String document = switch (kind) {
            case INVENTORY -> {
                AssetInventory inventory = input.inventory(file);
                yield to == FileFormat.JSON ? json.writeAssetInventory(inventory) : csv.writeAssetInventory(inventory);
            }
            case PLAN -> to == FileFormat.JSON ? json.writeTreatmentPlan(input.plan(file))
                    : csv.writeTreatmentPlan(input.plan(file));
            case SOA -> to == FileFormat.JSON ? json.writeStatementOfApplicability(input.soa(file))
                    : csv.writeStatementOfApplicability(input.soa(file));
            case SOA_2013 -> {
                if (to != FileFormat.JSON) {
                    throw CliFailure.usage(out + ": a 2013-based Statement of Applicability has no CSV table; "
                            + "soa migrate writes the 2022 one, as JSON or CSV");
                }
                yield json.write(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, input.soa2013(file));
            }
            default -> {
                RiskRegister register = input.register(file);
                if (to == FileFormat.CSV) {
                    register.approval().ifPresent(approval -> cli.err().println(cli.text("convert.noApproval", out)));
                    Path inventory = inventoryBeside(out);
                    ReportCommand.write(cli, inventory,
                            csv.writeAssetInventory(register.inventory()).getBytes(StandardCharsets.UTF_8));
                    yield csv.writeRiskRegister(register);
                }
                yield json.writeRiskRegister(register);
            }
        };
        ReportCommand.write(cli, out, document.getBytes(StandardCharsets.UTF_8));
        return CliFailure.OK;
    }

    /** The file a CSV register's inventory goes to: {@code register.csv} → {@code register-inventory.csv}. */
    static Path inventoryBeside(Path register) {
        String name = register.getFileName().toString();
        String stem = name.endsWith(".csv") ? name.substring(0, name.length() - ".csv".length()) : name;
        return register.resolveSibling(stem + "-inventory.csv");
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
