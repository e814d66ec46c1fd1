package org.isms4j.core;

import java.util.Objects;
import java.util.List;
import org.immutables.value.Value;
import org.isms4j.core.internal.Grid;

/**
 * A risk-level rule given as an explicit lookup grid over a named row axis and likelihood, such as
 * an ISO/IEC 27005-style 5 × 5 grid of consequence × likelihood that is not a product.
 *
 * <p>The grid is total over its two scales; its levels lie in 0 - 100 and never decrease as the
 * row value or the likelihood rises. Cells are kept row by row, row value ascending, and within
 * a row likelihood ascending. In a {@link RiskModel} the row scale is the importance scale.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class LevelGrid implements RiskLevelRule permits ImmutableLevelGrid {

    /** The highest level a grid cell may hold. */
    public static final int MAX_LEVEL = 100;

    LevelGrid() {}

    /**
     * Returns the name of the row axis, such as {@code importance} or {@code consequence}.
     *
     * @return the name, not blank
     */
    @Value.Parameter
    public abstract String rowAxis();

    /**
     * Returns the scale of the rows.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract RatingScale rowScale();

    /**
     * Returns the scale of likelihood, the columns.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract RatingScale likelihoodScale();

    /**
     * Returns the levels, row by row: row value ascending, and within a row likelihood ascending.
     *
     * @return an unmodifiable list of {@code rowScale().size() * likelihoodScale().size()} levels
     */
    @Value.Parameter
    public abstract List<Integer> cells();

    /**
     * Obtains a grid from its rows.
     *
     * @param rowAxis the name of the row axis, such as {@code consequence}; not blank
     * @param rowScale the scale of the rows, not null
     * @param likelihoodScale the scale of likelihood, not null
     * @param rows one row per row value ascending, each with one level per likelihood ascending;
     *     not null; copied
     * @return the grid, not null
     * @throws IsmsException if the axis name is blank, the grid is not total, a level is outside
     *     0 - 100, or a level decreases as a rating rises; the message names the cell
     */
    public static LevelGrid of(String rowAxis, RatingScale rowScale, RatingScale likelihoodScale, int[][] rows) {
        Objects.requireNonNull(rowAxis, "rowAxis");
        Objects.requireNonNull(rowScale, "rowScale");
        Objects.requireNonNull(likelihoodScale, "likelihoodScale");
        Objects.requireNonNull(rows, "rows");
        Checks.notBlank("row axis", rowAxis);
        List<Integer> cells = grid(rowAxis, rowScale, likelihoodScale).flatten(rows);
        return ImmutableLevelGrid.of(rowAxis, rowScale, likelihoodScale, cells);
    }

    private static Grid grid(String rowAxis, RatingScale rowScale, RatingScale likelihoodScale) {
        return new Grid("Risk level grid", rowAxis, rowScale, "likelihood", likelihoodScale);
    }

    private Grid grid() {
        return grid(rowAxis(), rowScale(), likelihoodScale());
    }

    @Value.Check
    final void check() {
        Checks.notBlank("row axis", rowAxis());
        grid().check(cells(), "risk level", 0, MAX_LEVEL);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IsmsException if the importance is off the row scale or the likelihood off the
     *     likelihood scale
     */
    @Override
    public final int level(int importance, int likelihood) {
        rowScale().check(rowAxis(), importance);
        likelihoodScale().check("likelihood", likelihood);
        return cells().get(grid().index(importance, likelihood));
    }

    @Override
    public final String code() {
        return "grid";
    }

    /**
     * Returns the rows of this grid, row value ascending, as {@link #of} takes them.
     *
     * @return a fresh array of rows, not null
     */
    public final int[][] toRows() {
        return grid().toRows(cells());
    }

}
