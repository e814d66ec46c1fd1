package org.isms4j.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --kind} option of the commands that read any of the documents ({@code check},
 * {@code convert}): what a CSV table or an XLSX workbook holds, which its content does not say
 * as a JSON document's {@code format} does.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class KindOption {

    private final OptionSpec option = OptionSpec.builder("--kind").paramLabel("inventory|register|plan|soa|soa2013")
            .type(String.class).descriptionKey("option.kind").build();

    /**
     * Adds the option to a command.
     *
     * @param spec the command, not null
     */
    void addTo(CommandSpec spec) {
        spec.addOption(option);
    }

    /**
     * Gives the kind to the input options.
     *
     * @param input the input options, not null
     */
    void applyTo(InputOptions input) {
        input.kind = option.getValue();
    }
}
