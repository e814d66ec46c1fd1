package org.isms4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RatingScale;

/**
 * The shape of a two-way lookup table over two rating scales, such as the likelihood table
 * (threat × vulnerability) or a risk-level grid (importance × likelihood): naming, flattening and
 * the totality and monotonicity checks both share.
 *
 * <p>Cells are kept row by row, row value ascending, and within a row column value ascending.
 *
 * @param table what the table is called in messages, such as {@code Likelihood table}
 * @param rowAxis the row axis, such as {@code threat}
 * @param rowScale the scale of the rows
 * @param columnAxis the column axis, such as {@code vulnerability}
 * @param columnScale the scale of the columns
 */
public record Grid(String table, String rowAxis, RatingScale rowScale, String columnAxis, RatingScale columnScale) {

    /**
     * Creates a grid shape.
     *
     * @param table what the table is called in messages
     * @param rowAxis the row axis
     * @param rowScale the scale of the rows
     * @param columnAxis the column axis
     * @param columnScale the scale of the columns
     * @throws NullPointerException if an argument is null
     */
    public Grid {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rowAxis, "rowAxis");
        Objects.requireNonNull(rowScale, "rowScale");
        Objects.requireNonNull(columnAxis, "columnAxis");
        Objects.requireNonNull(columnScale, "columnScale");
    }

    /**
     * Returns the index of a cell in the flat list.
     *
     * @param row the row value, on the row scale
     * @param column the column value, on the column scale
     * @return the index
     */
    public int index(int row, int column) {
        return (row - rowScale.min()) * columnScale.size() + column - columnScale.min();
    }

    /**
     * Flattens rows into cells, checking that there is one row per row value and one cell per
     * column value.
     *
     * @param rows the rows, row value ascending
     * @return the cells, row by row
     * @throws IsmsException if the rows are not total over the scales
     */
    public List<Integer> flatten(int[][] rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.length != rowScale.size()) {
            throw new IsmsException(Checks.format("%s is not total: it has %d rows, but %s scale %s needs %d",
                    table, rows.length, Checks.echo(rowAxis), rowScale, rowScale.size()));
        }
        List<Integer> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            int[] row = Objects.requireNonNull(rows[r], "rows[" + r + "]");
            if (row.length != columnScale.size()) {
                throw new IsmsException(Checks.format(
                        "%s is not total: the row for %s %d has %d cells, but %s scale %s needs %d",
                        table, Checks.echo(rowAxis), rowScale.min() + r, row.length, Checks.echo(columnAxis), columnScale,
                        columnScale.size()));
            }
            for (int cell : row) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /**
     * Turns cells back into rows.
     *
     * @param cells the cells, row by row
     * @return a fresh array of rows
     */
    public int[][] toRows(List<Integer> cells) {
        int[][] rows = new int[rowScale.size()][columnScale.size()];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                rows[r][c] = cells.get(r * columnScale.size() + c);
            }
        }
        return rows;
    }

    /**
     * Checks that cells are total over the scales, each within {@code min..max}, and never
     * decrease as the row or the column value rises.
     *
     * @param cells the cells, row by row
     * @param cellField what a cell's value is called, such as {@code likelihood}
     * @param min the lowest valid cell value
     * @param max the highest valid cell value
     * @throws IsmsException naming the first cell that breaks a rule
     */
    public void check(List<Integer> cells, String cellField, int min, int max) {
        int expected = rowScale.size() * columnScale.size();
        if (cells.size() != expected) {
            throw new IsmsException(Checks.format("%s is not total: it has %d cells, but %s scale %s and %s scale %s need %d",
                    table, cells.size(), Checks.echo(rowAxis), rowScale, Checks.echo(columnAxis), columnScale, expected));
        }
        for (int r = rowScale.min(); r <= rowScale.max(); r++) {
            for (int c = columnScale.min(); c <= columnScale.max(); c++) {
                int cell = cells.get(index(r, c));
                if (cell < min || cell > max) {
                    throw Checks.outOfRange(cellField + " in " + cellName(r, c), min, max, cell);
                }
                if (r > rowScale.min() && cell < cells.get(index(r - 1, c))) {
                    throw notMonotone(cells, cellField, r, c, r - 1, c, rowAxis);
                }
                if (c > columnScale.min() && cell < cells.get(index(r, c - 1))) {
                    throw notMonotone(cells, cellField, r, c, r, c - 1, columnAxis);
                }
            }
        }
    }

    private IsmsException notMonotone(List<Integer> cells, String cellField, int r, int c, int lowerR, int lowerC,
            String axis) {
        return new IsmsException(Checks.format(
                "%s is not monotone: %s = %d is below %s = %d; %s must not decrease as %s rises",
                table, cellName(r, c), cells.get(index(r, c)), cellName(lowerR, lowerC), cells.get(index(lowerR, lowerC)),
                cellField, Checks.echo(axis)));
    }

    private String cellName(int row, int column) {
        return Checks.format("cell (%s %d, %s %d)", Checks.echo(rowAxis), row, Checks.echo(columnAxis), column);
    }
}
