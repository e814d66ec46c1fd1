package org.isms4j.cli;

import java.nio.file.Path;
import org.isms4j.core.RiskModel;
import org.isms4j.json.IsmsJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --model MODEL.json} option of the commands that read a register: the risk model the
 * register was scored by, an {@code isms4j.risk-model} document, else the standard 3 × 3 model.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class ModelOption {

    private final OptionSpec option = OptionSpec.builder("--model").paramLabel("MODEL.json").type(Path.class)
            .descriptionKey("option.model").build();

    private RiskModel riskModel;

    /**
     * Adds the option to a command.
     *
     * @param spec the command, not null
     */
    void addTo(CommandSpec spec) {
        spec.addOption(option);
    }

    /**
     * Returns the risk model: the one {@code --model} names, read once, else the standard model.
     *
     * @return the model, not null
     * @throws CliFailure with exit code 1 if the model's file cannot be read or is not a valid model
     */
    RiskModel model() {
        if (riskModel == null) {
            Path file = option.getValue();
            riskModel = file == null ? RiskModel.standard()
                    : InputOptions.read(InputPath.check(file), in -> IsmsJson.strict().readRiskModel(in));
        }
        return riskModel;
    }
}
