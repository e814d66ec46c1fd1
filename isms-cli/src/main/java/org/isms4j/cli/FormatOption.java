package org.isms4j.cli;

import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --format} option of the commands whose {@code --format} is their input's (check,
 * score, convert), overriding the extension.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class FormatOption {

    private final OptionSpec option = OptionSpec.builder("--format").paramLabel("json|csv|xlsx").type(String.class)
            .descriptionKey("option.format").build();

    /**
     * Adds the option to a command.
     *
     * @param spec the command, not null
     */
    void addTo(CommandSpec spec) {
        spec.addOption(option);
    }

    /**
     * Returns the format of an input file: {@code --format}, else its extension.
     *
     * @param file the file, not null
     * @return the format, not null
     * @throws CliFailure with exit code 2 if neither gives a known format
     */
    FileFormat of(InputPath file) {
        return FileFormat.of(file.path(), Optional.ofNullable(option.getValue()));
    }

    /**
     * Gives the format to the input options.
     *
     * @param input the input options, not null
     */
    void applyTo(InputOptions input) {
        input.format = option.getValue();
    }
}
