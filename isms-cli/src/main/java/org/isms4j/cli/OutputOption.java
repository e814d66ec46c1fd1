package org.isms4j.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code -o, --output OUT} option of the commands that write one document: the file to write
 * ({@link DocumentOutput}), else standard output.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class OutputOption {

    private final OptionSpec option = OptionSpec.builder("-o", "--output").paramLabel("OUT").type(Path.class)
            .descriptionKey("option.output").build();

    /**
     * Adds the option to a command.
     *
     * @param spec the command, not null
     */
    void addTo(CommandSpec spec) {
        spec.addOption(option);
    }

    /**
     * Returns the file to write.
     *
     * @return the file, or null for standard output
     */
    Path path() {
        return option.getValue();
    }
}
