package org.isms4j.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands whose {@code --format} is their input's (check,
 * score, convert), overriding the extension.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class FormatOption {

    @Option(names = "--format", paramLabel = "json|csv|xlsx", descriptionKey = "option.format")
    String format;

    /**
     * Gives the format to the input options.
     *
     * @param input the input options, not null
     */
    void applyTo(InputOptions input) {
        input.format = format;
    }
}
