package org.isms4j.csv;

import java.util.List;
import java.util.regex.Pattern;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;

/**
 * A cell of several texts joined by {@code "; "}, as the ISMS records' tables write a
 * communication's methods and an annual-plan activity's documents: written only when no text
 * holds the separator, so that the cell splits back into the same texts.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class JoinedCell {

    /** The separator of the texts, as the records' tables join them. */
    static final String SEPARATOR = "; ";

    private static final Pattern SPLIT = Pattern.compile(Pattern.quote(SEPARATOR));

    private JoinedCell() {}

    /**
     * Fails if a text to be joined holds the separator.
     *
     * @param where the text, for the message, such as {@code method 'x' of communication 2}
     * @param text the text
     * @throws IsmsException if the text could not be split back
     */
    static void check(String where, String text) {
        if (text.contains(SEPARATOR)) {
            throw new IsmsException(CsvText.format("Cannot write as CSV: %s holds '%s', which separates the values "
                    + "of its cell", where, SEPARATOR));
        }
    }

    /**
     * Splits a cell into its texts; an empty cell has none.
     *
     * @param <C> the columns
     * @param in the input
     * @param column the column
     * @return the texts, each as written
     */
    static <C extends Enum<C> & VocabularyTerm> List<String> split(CsvInput<C> in, C column) {
        String text = in.cell(column);
        return text.isEmpty() ? List.of() : List.of(SPLIT.split(text, -1));
    }
}
