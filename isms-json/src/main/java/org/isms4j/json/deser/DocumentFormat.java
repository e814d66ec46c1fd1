package org.isms4j.json.deser;

import java.io.IOException;
import org.isms4j.core.Checks;
import org.isms4j.json.Formats;

/**
 * The {@code format} and {@code formatVersion} properties that open every document, such as
 * {@code "format": "isms4j.risk-model", "formatVersion": 1}: a reader accepts exactly its own.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class DocumentFormat {

    private DocumentFormat() {}

    /**
     * Reads and checks the {@code format} property.
     *
     * @param in the input
     * @param expected the document's format, such as {@link Formats#RISK_MODEL}
     * @throws IOException if the parser fails
     */
    static void format(JsonInput in, String expected) throws IOException {
        String format = in.text("format");
        if (!format.equals(expected)) {
            throw in.error(Checks.unknown("format", JsonFailures.escape(format, JsonInput.QUOTED_TEXT_LIMIT), expected)
                    .getMessage());
        }
    }

    /**
     * Reads and checks the {@code formatVersion} property.
     *
     * @param in the input
     * @throws IOException if the parser fails
     */
    static void version(JsonInput in) throws IOException {
        in.intIn("formatVersion", "format version", Formats.VERSION, Formats.VERSION);
    }
}
