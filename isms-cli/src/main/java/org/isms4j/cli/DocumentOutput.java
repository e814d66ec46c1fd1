package org.isms4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.isms4j.core.IsmsException;

/**
 * Where a command's document goes: the file the user names ({@code -o OUT}, {@code convert}'s
 * {@code OUT}), checked by {@link OutputPath} before anything is read, else standard output. A
 * workbook is binary: it goes to standard output only when that is redirected, never to a
 * terminal. A document the library cannot write (a value a table's cell could not carry back) is
 * one line naming the file.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DocumentOutput {

    private DocumentOutput() {}

    /**
     * Checks where a document is to go, before anything is read.
     *
     * @param output the file, or null for standard output
     * @param format the document's format, not null
     * @throws CliFailure with exit code 1 if the file cannot be written ({@link OutputPath#check}),
     *     2 if a workbook would go to a terminal
     */
    static void check(Path output, FileFormat format) {
        if (output != null) {
            OutputPath.check(output);
        } else if (format == FileFormat.XLSX && System.console() != null) {
            throw CliFailure.usage("An XLSX workbook is not written to a terminal: give -o OUT.xlsx, "
                    + "or redirect standard output");
        }
    }

    /**
     * Writes a document with the library, turning its refusal into one line that names the file.
     *
     * @param output the file the document is for, or null for standard output
     * @param writing the writing, not null
     * @return the document's bytes, not null
     * @throws CliFailure with exit code 1 if the writing throws {@link IsmsException}
     */
    static byte[] encode(Path output, Supplier<byte[]> writing) {
        try {
            return writing.get();
        } catch (IsmsException e) {
            throw CliFailure.invalidInput((output == null ? "stdout" : output.toString()) + ": cannot be written: "
                    + e.getMessage());
        }
    }

    /**
     * Writes a document in a format to a file, saying so on standard output, or to standard output
     * without one.
     *
     * @param cli the run, not null
     * @param output the file, or null for standard output
     * @param format the document's format, not null
     * @param document the bytes, not null
     * @throws IOException if standard output fails
     * @throws CliFailure with exit code 1 if the file cannot be written, 2 if a workbook would go to a terminal
     */
    static void write(IsmsCli cli, Path output, FileFormat format, byte[] document) throws IOException {
        check(output, format);
        write(cli, output, document, format == FileFormat.XLSX);
    }

    /**
     * Writes a text document (HTML, Markdown, JSON, CSV) to a file, saying so on standard output,
     * or to standard output without one, ending in a line break.
     *
     * @param cli the run, not null
     * @param output the file, or null for standard output
     * @param document the UTF-8 bytes, not null
     * @throws IOException if standard output fails
     * @throws CliFailure with exit code 1 if the file cannot be written
     */
    static void writeText(IsmsCli cli, Path output, byte[] document) throws IOException {
        if (output != null) {
            OutputPath.check(output);
        }
        write(cli, output, document, false);
    }

    private static void write(IsmsCli cli, Path output, byte[] document, boolean binary) throws IOException {
        if (output == null) {
            cli.out().write(document);
            if (!binary && document.length > 0 && document[document.length - 1] != '\n') {
                cli.out().println();
            }
            cli.out().flush();
            return;
        }
        try {
            Files.write(output, document);
        } catch (IOException e) {
            throw CliFailure.invalidInput(output + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        }
        cli.out().println(cli.text("written", output));
    }
}
