package org.isms4j.csv;

import java.io.IOException;
import java.util.List;

/**
 * The rows of a table as text cells, one row at a time: what {@link IsmsCsv}'s table readers read
 * a CSV file as, and what a reader of another format that holds the same tables (such as a
 * workbook's sheet) gives them, so that one reading of each table serves every format.
 *
 * <p>A failure of reading names the row as {@link #row()} counts it and the cell by its index in
 * the row ({@link IsmsCsvException#cellIndex()}), from which the format names its own location.
 * Implementations are not thread-safe: one reader reads them once.
 */
public interface TableRows {

    /**
     * Reads the next row's cells, each as its text; a cell without a value is the empty string.
     *
     * @param maxCells the most cells the caller accepts; a source returns at most one more, so
     *     that a longer row is seen without being held whole
     * @return the cells, not null and none null; or null after the last row
     * @throws IsmsCsvException if the row cannot be read, at the row and cell where it fails
     * @throws IOException if the source fails
     */
    List<String> next(int maxCells) throws IOException;

    /**
     * Returns the number of the row last read, as the table's user counts rows: 1 for the first
     * row of the file or sheet; 0 before the first.
     *
     * @return the row, 0 or more
     */
    int row();

    /**
     * Tells whether a row may leave out its empty cells at the end, as a sheet does, where a row
     * has no length of its own: such a row is read as if its missing cells were empty. A CSV
     * record has its length, and a short one is an error.
     *
     * @return true if missing cells at the end of a row are empty; false by default
     */
    default boolean omitsTrailingEmptyCells() {
        return false;
    }
}
