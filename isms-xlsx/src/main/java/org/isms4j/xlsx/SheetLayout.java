package org.isms4j.xlsx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isms4j.core.VocabularyTerm;

/**
 * What the writer and the reader know of a table's sheet: its name (also the title of its
 * header block) in Japanese and English, the type of each column's cells and the closed
 * vocabulary a column offers as a drop-down list. The risk tables' sheets are {@link RiskSheet},
 * the ISMS records' and the LV.2 answer sheet's {@link RecordSheet}.
 *
 * <p>Not part of the API. Implementations are immutable and thread-safe.
 */
interface SheetLayout {

    /** What a column's cells are written as. */
    enum Kind {
        /** A text cell, formatted as text so that a spreadsheet keeps {@code 5.10} as written. */
        TEXT,
        /** A number cell when the text is a whole number, else a text cell (a priority's 受容範囲). */
        INTEGER,
        /** A date cell, formatted {@code yyyy-mm-dd}, when a spreadsheet can hold the date. */
        DATE
    }

    /**
     * Returns the sheet's name in Japanese, also the title of its header block.
     *
     * @return the name, such as 資産目録
     */
    String japaneseName();

    /**
     * Returns the sheet's name in English.
     *
     * @return the name, such as {@code Asset inventory}
     */
    String englishName();

    /**
     * Returns the sheet's name, also the title of its header block.
     *
     * @param locale the language
     * @return the name
     */
    default String sheetName(Locale locale) {
        return VocabularyTerm.isJapanese(locale) ? japaneseName() : englishName();
    }

    /**
     * Tells whether a text is the sheet's name in either language.
     *
     * @param text the text
     * @return true if so
     */
    default boolean isNamed(String text) {
        return japaneseName().equals(text) || englishName().equals(text);
    }

    /**
     * Returns the number of columns.
     *
     * @return the count
     */
    int width();

    /**
     * Returns the kind of a column's cells.
     *
     * @param index the column's index
     * @return the kind
     */
    Kind kind(int index);

    /**
     * Returns the closed vocabulary a column offers as a list, if it has one.
     *
     * @param index the column's index
     * @param locale the language of the terms
     * @return the terms as the cells write them, or empty
     */
    Optional<List<String>> vocabulary(int index, Locale locale);

    /**
     * Tells whether a column holds several terms in a cell, so that its list only suggests.
     *
     * @param index the column's index
     * @return true if so
     */
    boolean severalTerms(int index);
}
