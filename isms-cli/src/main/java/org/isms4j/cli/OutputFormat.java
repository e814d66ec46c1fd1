package org.isms4j.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that draft a document ({@code soa draft},
 * {@code soa migrate}, {@code plan draft}): the output's format, else the extension of
 * {@code -o OUT}, else JSON.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
final class OutputFormat {

    @Option(names = "--format", paramLabel = "json|csv", descriptionKey = "option.outputFormat")
    String format;

    /**
     * Returns the format to write in.
     *
     * @param output the file to write, or null for standard output
     * @return JSON or CSV, not null
     * @throws CliFailure with exit code 1 if {@code output} cannot be written ({@link OutputPath}), 2 if
     *     the format or extension is unknown or not supported yet
     */
    FileFormat of(Path output) {
        if (output != null) {
            OutputPath.check(output);
        }
        if (format == null && output == null) {
            return FileFormat.JSON;
        }
        return FileFormat.of(output == null ? Path.of("stdout") : output, Optional.ofNullable(format)).supported();
    }
}
