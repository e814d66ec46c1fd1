package org.isms4j.csv;

/**
 * How a cell that a spreadsheet program would take for a formula is written (OWASP's "CSV
 * injection"): a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return.
 */
public enum CellEscaping {

    /**
     * The default: such a cell, and a cell beginning with an apostrophe {@code '}, is written
     * after an apostrophe, so that a spreadsheet shows it as text ({@code =1+1} is written
     * {@code '=1+1}, {@code 'x} is written {@code ''x}); reading removes one leading apostrophe
     * from every cell that has one, and so reads back the text written.
     */
    SPREADSHEET,

    /**
     * Every cell written and read as it is: a table that reads back byte for byte, for programs
     * rather than spreadsheets. A spreadsheet program evaluates a cell such as {@code =1+1}.
     */
    EXACT;

    /**
     * Tells whether a cell is escaped by {@link #SPREADSHEET}.
     *
     * @param cell the cell's text
     * @return true if it begins with one of {@code = + - @ ' }, a tab or a carriage return
     */
    static boolean needsEscape(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'';
    }

    /** Returns a cell as this mode writes it. */
    String escape(String cell) {
        return this == SPREADSHEET && needsEscape(cell) ? "'" + cell : cell;
    }

    /** Returns a cell as this mode reads it. */
    String unescape(String cell) {
        return this == SPREADSHEET && cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
