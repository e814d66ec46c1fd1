package org.isms4j.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --format} option of the commands that draft a document ({@code soa draft},
 * {@code soa migrate}, {@code plan draft}): the output's format, else the extension of
 * {@code -o OUT}, else JSON.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class OutputFormat {

    private final OptionSpec option = OptionSpec.builder("--format").paramLabel("json|csv|xlsx").type(String.class)
            .descriptionKey("option.outputFormat").build();

    /**
     * Adds the option to a command.
     *
     * @param spec the command, not null
     */
    void addTo(CommandSpec spec) {
        spec.addOption(option);
    }

    /**
     * Returns the format to write in.
     *
     * @param output the file to write, or null for standard output
     * @return JSON, CSV or XLSX, not null
     * @throws CliFailure with exit code 1 if {@code output} cannot be written ({@link OutputPath}), 2 if
     *     the format or extension is unknown, or a workbook would go to a terminal ({@link DocumentOutput})
     */
    FileFormat of(Path output) {
        if (output != null) {
            OutputPath.check(output);
        }
        String format = option.getValue();
        FileFormat chosen = format == null && output == null ? FileFormat.JSON
                : FileFormat.of(output == null ? Path.of("stdout") : output, Optional.ofNullable(format));
        DocumentOutput.check(output, chosen);
        return chosen;
    }
}
