package org.isms4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.isms4j.core.RiskModel;
import org.isms4j.json.IsmsJson;
import org.isms4j.json.RiskRegisterReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code isms4j score FILE [-o OUT]}: fills in each evaluation's importance, likelihood, level
 * and priority from the ratings, threat and vulnerability, checks the register strictly against
 * the model, and writes the scored register. Streams in bounded memory, with a progress bar on a
 * terminal and a final count.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {

    @ParentCommand
    IsmsCli cli;

    @Mixin
    InputOptions input;

    @Mixin
    FormatOption inputFormat;

    @Parameters(paramLabel = "FILE", descriptionKey = "score.file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "option.output")
    Path output;

    @Override
    public Integer call() throws IOException {
        inputFormat.applyTo(input);
        InputPath register = InputPath.check(file);
        if (output != null) {
            OutputPath.check(output);
        }
        if (input.formatOf(register) != FileFormat.JSON) {
            throw CliFailure.usage(register + ": score reads a JSON register; convert a CSV register first "
                    + "(isms4j convert)");
        }
        RiskModel model = input.model();
        Path scored = Files.createTempFile("isms4j-score", ".json");
        try {
            long rows;
            try (InputStream in = register.open(); OutputStream out = Files.newOutputStream(scored);
                    Progress progress = Progress.of(cli.err(), register.size(), cli.text("unit.risks"))) {
                long[] count = {0};
                rows = new RegisterScorer(model).fill(in, out, bytes -> progress.update(bytes, ++count[0]));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw CliFailure.invalidInput(register + ": $: Invalid JSON: " + e.getOriginalMessage());
            }
            InputPath.check(scored);
            InputOptions.naming(register, () -> verify(scored, model));
            if (output == null) {
                Files.copy(scored, cli.out());
                cli.out().flush();
                cli.err().println(cli.text("score.done", rows, "stdout"));
            } else {
                Files.move(scored, output, StandardCopyOption.REPLACE_EXISTING);
                cli.out().println(cli.text("score.done", rows, output));
            }
            return CliFailure.OK;
        } finally {
            Files.deleteIfExists(scored);
        }
    }

    /** The strict reader's check of the scored register, row by row. */
    private static long verify(Path scored, RiskModel model) {
        long rows = 0;
        try (InputStream in = Files.newInputStream(scored);
                RiskRegisterReader reader = IsmsJson.strict().riskRegisterReader(in, model)) {
            while (reader.hasNext()) {
                reader.next();
                rows++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }
}
