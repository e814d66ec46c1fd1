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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code isms4j score FILE [-o OUT]}: fills in each evaluation's importance, likelihood, level
 * and priority from the ratings, threat and vulnerability, checks the register strictly against
 * the model, and writes the scored register. Streams in bounded memory, with a progress bar on a
 * terminal and a final count.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class ScoreCommand implements Callable<Integer> {

    private final IsmsCli cli;
    private final ModelOption model = new ModelOption();
    private final FormatOption inputFormat = new FormatOption();
    private final OutputOption outputOption = new OutputOption();
    private final PositionalParamSpec file = PositionalParamSpec.builder().paramLabel("FILE").type(Path.class)
            .descriptionKey("score.file").required(true).build();

    /**
     * Creates the command of a run.
     *
     * @param cli the run, not null
     */
    ScoreCommand(IsmsCli cli) {
        this.cli = cli;
    }

    /**
     * Returns the command's model for picocli.
     *
     * @return the model, not null
     */
    CommandSpec spec() {
        CommandSpec spec = HelpOptions.addTo(CommandSpec.wrapWithoutInspection(this).name("score"));
        model.addTo(spec);
        inputFormat.addTo(spec);
        outputOption.addTo(spec);
        return spec.addPositional(file);
    }

    @Override
    public Integer call() throws IOException {
        InputPath register = InputPath.check(file.getValue());
        Path output = outputOption.path();
        if (output != null) {
            OutputPath.check(output);
        }
        FileFormat format = inputFormat.of(register);
        if (format != FileFormat.JSON) {
            throw CliFailure.usage(register + ": score reads a JSON register; convert " + format.withArticle()
                    + " register to JSON first (isms4j convert)");
        }
        RiskModel riskModel = model.model();
        Path scored = Files.createTempFile("isms4j-score", ".json");
        try {
            long rows;
            try (InputStream in = register.open(); OutputStream out = Files.newOutputStream(scored);
                    Progress progress = Progress.of(cli.err(), register.size(), cli.text("unit.risks"))) {
                long[] count = {0};
                rows = new RegisterScorer(riskModel).fill(in, out, bytes -> progress.update(bytes, ++count[0]));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw CliFailure.invalidInput(register + ": $: Invalid JSON: " + e.getOriginalMessage());
            }
            InputPath.check(scored);
            InputOptions.naming(register, () -> verify(scored, riskModel));
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
