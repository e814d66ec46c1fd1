package org.isms4j.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isms4j.core.RiskModel;
import org.isms4j.json.IsmsJson;
import org.isms4j.json.RiskRegisterReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code isms4j check FILE…}: validates each file strictly and prints every problem as
 * {@code file: $.path: message} (JSON), {@code file: row 3, column 重要度: message} (CSV) or
 * {@code file: 資産目録!L3: message} (XLSX); a JSON register is read row by row, in bounded memory.
 * Exit code 1 if any file is not valid.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class CheckCommand implements Callable<Integer> {

    private final IsmsCli cli;
    private final InputOptions input = new InputOptions();
    private final FormatOption inputFormat = new FormatOption();
    private final KindOption inputKind = new KindOption();
    private final PositionalParamSpec files = PositionalParamSpec.builder().paramLabel("FILE").arity("1..*")
            .type(List.class).auxiliaryTypes(Path.class).descriptionKey("check.files").required(true).build();

    /**
     * Creates the command of a run.
     *
     * @param cli the run, not null
     */
    CheckCommand(IsmsCli cli) {
        this.cli = cli;
    }

    /**
     * Returns the command's model for picocli.
     *
     * @return the model, not null
     */
    CommandSpec spec() {
        CommandSpec spec = HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("check"));
        input.addTo(spec);
        inputFormat.addTo(spec);
        inputKind.addTo(spec);
        return spec.addPositional(files);
    }

    @Override
    public Integer call() {
        inputFormat.applyTo(input);
        inputKind.applyTo(input);
        int status = CliFailure.OK;
        List<Path> paths = files.getValue();
        for (Path path : paths) {
            try {
                InputPath file = InputPath.check(path);
                cli.out().println(cli.text("check.ok", file, check(file)));
            } catch (CliFailure e) {
                cli.err().println(e.getMessage());
                status = Math.max(status, e.exitCode());
            }
        }
        return status;
    }

    private String check(InputPath file) {
        DocumentKind kind = input.kindOf(file);
        switch (kind) {
            case INVENTORY:
                return cli.text("count.assets", input.inventory(file).size());
            case PLAN:
                return cli.text("count.rows", input.plan(file).items().size());
            case SOA:
                return cli.text("count.decisions", input.soa(file).decisions().size());
            case SOA_2013:
                return cli.text("count.decisions", input.soa2013(file).iso2013Decisions().size());
            default:
                if (input.formatOf(file).isTable()) {
                    return cli.text("count.risks", input.register(file).risks().size());
                }
                RiskModel model = input.model();
                long risks = InputOptions.read(file, in -> countRisks(in, model));
                return cli.text("count.risks", risks);
        }
    }

    private static long countRisks(InputStream in, RiskModel model) {
        long count = 0;
        try (RiskRegisterReader reader = IsmsJson.strict().riskRegisterReader(in, model)) {
            while (reader.hasNext()) {
                reader.next();
                count++;
            }
        }
        return count;
    }
}
