package org.isms4j.core.selfassessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * An organisation's bands of self-assessment totals, such as 80 and above 良好 (good), 50 and above
 * 要改善 (needs work). The source's self-assessment gives no bands and the library ships none:
 * they are the organisation's configuration.
 *
 * <p>The bands are kept from the highest minimum down; minimums and codes are unique. A total
 * below the lowest minimum is in no band.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreBands {

    ScoreBands() {}

    /**
     * Returns the bands, highest minimum first.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    @Value.Parameter
    public abstract List<ScoreBand> bands();

    /**
     * Obtains bands.
     *
     * @param bands the bands, at least one, minimums and codes unique; copied and put highest first
     * @return the bands, not null
     * @throws IsmsException if there is no band, or two share a minimum or a code
     */
    public static ScoreBands of(List<ScoreBand> bands) {
        Objects.requireNonNull(bands, "bands");
        List<ScoreBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparingInt(ScoreBand::minimum).reversed());
        return ImmutableScoreBands.of(sorted);
    }

    @Value.Check
    final void check() {
        if (bands().isEmpty()) {
            throw new IsmsException("Invalid score bands: there is at least one band");
        }
        Set<Integer> minimums = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (ScoreBand band : bands()) {
            if (!minimums.add(band.minimum())) {
                throw new IsmsException(Checks.format("Duplicate band minimum: %d", band.minimum()));
            }
            if (!codes.add(band.code())) {
                throw new IsmsException(Checks.format("Duplicate band code: '%s'", band.code()));
            }
        }
    }

    /**
     * Returns the band a total falls in: the one with the highest minimum not above it.
     *
     * @param total the total, such as 62
     * @return the band, or empty when the total is below every minimum
     */
    public final Optional<ScoreBand> bandOf(int total) {
        for (ScoreBand band : bands()) {
            if (total >= band.minimum()) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the band of a result's total.
     *
     * @param result the result, not null
     * @return the band, or empty when the total is below every minimum
     */
    public final Optional<ScoreBand> bandOf(SelfAssessmentResult result) {
        return bandOf(Objects.requireNonNull(result, "result").total());
    }
}
