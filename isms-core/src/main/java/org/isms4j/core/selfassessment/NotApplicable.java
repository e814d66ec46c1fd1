package org.isms4j.core.selfassessment;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * How a question set scores the answer "not applicable" 該当しない, which it admits only when it
 * has one of these: either the question is excluded from the maximum (it scores nothing and
 * counts for nothing), or it is scored as a configured answer of the scale, such as
 * 実施している.
 *
 * <p>The source's sheet has no "not applicable"; a set that admits it says how it counts, so that
 * the score is never silently changed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NotApplicable {

    private static final NotApplicable EXCLUDED = ImmutableNotApplicable.of(Optional.empty());

    NotApplicable() {}

    /**
     * Returns the code of the answer a not-applicable question is scored as.
     *
     * @return the code, or empty when the question is excluded from the maximum
     */
    @Value.Parameter
    public abstract Optional<String> scoredAs();

    /**
     * Returns the treatment that excludes a not-applicable question from the maximum: it scores
     * nothing, and the applicable maximum drops by the question's full points.
     *
     * @return the treatment, not null
     */
    public static NotApplicable excludedFromMaximum() {
        return EXCLUDED;
    }

    /**
     * Returns the treatment that scores a not-applicable question as an answer of the scale.
     *
     * @param code the answer's code, such as {@code implemented}; on every scale of the set that
     *     uses the treatment, which checks it
     * @return the treatment, not null
     * @throws IsmsException if the code is blank
     */
    public static NotApplicable scoredAs(String code) {
        Objects.requireNonNull(code, "code");
        return ImmutableNotApplicable.of(Optional.of(Checks.notBlank("not-applicable answer", code)));
    }

    /**
     * Tells whether a not-applicable question is excluded from the maximum.
     *
     * @return true if excluded, false if scored as an answer
     */
    public final boolean isExcludedFromMaximum() {
        return scoredAs().isEmpty();
    }

    /**
     * Returns the treatment as text: {@code excluded from the maximum} or
     * {@code scored as implemented}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return scoredAs().map(code -> "scored as " + code).orElse("excluded from the maximum");
    }
}
