package org.isms4j.core;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.core.internal.Grid;

/**
 * A conversion table 換算表 from threat occurrence 脅威 and vulnerability exploitability 脆弱性 to
 * the likelihood 被害発生可能性 of damage, such as the source's 3 × 3 table where threat 3 and
 * vulnerability 3 give likelihood 3 and threat 2 and vulnerability 1 give likelihood 1.
 *
 * <p>A table is total: it has one cell for every threat and every vulnerability on its scales.
 * It is monotone: a likelier threat or an easier vulnerability never gives a lower likelihood.
 * Cells are kept row by row, threat ascending, and within a row vulnerability ascending.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LikelihoodTable {

    LikelihoodTable() {}

    /**
     * Returns the scale of threat occurrence 起こりやすさ.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract RatingScale threatScale();

    /**
     * Returns the scale of vulnerability exploitability つけ込みやすさ.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract RatingScale vulnerabilityScale();

    /**
     * Returns the scale of likelihood the cells take.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract RatingScale likelihoodScale();

    /**
     * Returns the cells, row by row: threat ascending, and within a row vulnerability ascending.
     *
     * @return the cells, an unmodifiable list of {@code threatScale().size() *
     *     vulnerabilityScale().size()} values, not null
     */
    @Value.Parameter
    public abstract List<Integer> cells();

    /**
     * Obtains a table from its rows.
     *
     * <p>The source's table reads, as rows for threat 1, 2 and 3 with vulnerability 1, 2, 3
     * ascending: {@code {{1, 1, 1}, {1, 1, 2}, {1, 2, 3}}}.
     *
     * @param threatScale the scale of threat, not null
     * @param vulnerabilityScale the scale of vulnerability, not null
     * @param likelihoodScale the scale of the cells, not null
     * @param rows one row per threat value ascending, each with one cell per vulnerability value
     *     ascending; not null; copied
     * @return the table, not null
     * @throws IsmsException if the table is not total over its scales, a cell is off the
     *     likelihood scale, or likelihood decreases as threat or vulnerability rises; the message
     *     names the cell
     */
    public static LikelihoodTable of(RatingScale threatScale, RatingScale vulnerabilityScale,
            RatingScale likelihoodScale, int[][] rows) {
        Objects.requireNonNull(threatScale, "threatScale");
        Objects.requireNonNull(vulnerabilityScale, "vulnerabilityScale");
        Objects.requireNonNull(likelihoodScale, "likelihoodScale");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(likelihoodScale, "likelihoodScale");
        List<Integer> cells = grid(threatScale, vulnerabilityScale).flatten(rows);
        return ImmutableLikelihoodTable.of(threatScale, vulnerabilityScale, likelihoodScale, cells);
    }

    private static Grid grid(RatingScale threatScale, RatingScale vulnerabilityScale) {
        return new Grid("Likelihood table", "threat", threatScale, "vulnerability", vulnerabilityScale);
    }

    @Value.Check
    final void check() {
        grid(threatScale(), vulnerabilityScale())
                .check(cells(), "likelihood", likelihoodScale().min(), likelihoodScale().max());
    }

    /**
     * Returns the likelihood for a threat and a vulnerability, such as 2 for threat 3 and
     * vulnerability 2 in the source's table.
     *
     * @param threat the threat occurrence, on the threat scale
     * @param vulnerability the vulnerability exploitability, on the vulnerability scale
     * @return the likelihood, on the likelihood scale
     * @throws IsmsException if threat or vulnerability is off its scale
     */
    public final int likelihood(int threat, int vulnerability) {
        threatScale().check("threat", threat);
        vulnerabilityScale().check("vulnerability", vulnerability);
        return cells().get(grid(threatScale(), vulnerabilityScale()).index(threat, vulnerability));
    }

    /**
     * Returns the rows of this table, threat ascending, as {@link #of} takes them.
     *
     * @return a fresh array of rows, not null
     */
    public final int[][] toRows() {
        return grid(threatScale(), vulnerabilityScale()).toRows(cells());
    }
}
