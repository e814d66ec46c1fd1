package org.isms4j.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isms4j.core.RiskModel;
import org.isms4j.json.IsmsJson;
import org.isms4j.json.RiskRegisterReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code isms4j check FILE…}: validates each file strictly and prints every problem as
 * {@code file: $.path: message} (JSON) or {@code file: row 3, column 重要度: message} (CSV); a JSON
 * register is read row by row, in bounded memory. Exit code 1 if any file is not valid.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    IsmsCli cli;

    @Mixin
    InputOptions input;

    @Mixin
    FormatOption inputFormat;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "check.files")
    List<Path> files;

    @Override
    public Integer call() {
        inputFormat.applyTo(input);
        int status = CliFailure.OK;
        for (Path path : files) {
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
                if (input.formatOf(file) == FileFormat.CSV) {
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
