package org.isms4j.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * The priority 優先順位 a risk level earns under the acceptance criteria, such as priority 2,
 * 今期中に対応 (treat within this term), or "acceptable" (受容範囲) for a level below every
 * threshold.
 *
 * <p>Rank 1 is the most urgent; rank {@value #ACCEPTABLE_RANK} means acceptable: the risk may be
 * retained. The code is the rank as text, or {@code acceptable}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Priority implements VocabularyTerm {

    /** The rank of an acceptable level, one that needs no treatment. */
    public static final int ACCEPTABLE_RANK = 0;

    Priority() {}

    /**
     * Returns the rank: 1 for the most urgent, {@value #ACCEPTABLE_RANK} for acceptable.
     *
     * @return the rank, 0 or more
     */
    @Value.Parameter
    public abstract int rank();

    /**
     * Returns the code and the meaning in Japanese and English, such as
     * ({@code 1}, 早急に対応, treat immediately).
     *
     * @return the names, not null
     */
    @Override
    @Value.Parameter
    public abstract TermNames names();

    /**
     * Obtains a priority that needs treatment.
     *
     * @param rank the rank, 1 or more
     * @param japanese the meaning in Japanese, such as 早急に対応; not blank
     * @param english the meaning in English, such as {@code treat immediately}; not blank
     * @return the priority, not null
     * @throws IsmsException if the rank is below 1 or a meaning is blank
     */
    public static Priority of(int rank, String japanese, String english) {
        Checks.inRange("priority", 1, Integer.MAX_VALUE, rank);
        return ImmutablePriority.of(rank, TermNames.of(Integer.toString(rank), japanese, english));
    }

    /**
     * Obtains the acceptable priority: a level in the acceptance range 受容範囲.
     *
     * @param japanese the meaning in Japanese, such as 受容範囲; not blank
     * @param english the meaning in English, such as {@code acceptable}; not blank
     * @return the acceptable priority, not null
     * @throws IsmsException if a meaning is blank
     */
    public static Priority acceptable(String japanese, String english) {
        return ImmutablePriority.of(ACCEPTABLE_RANK, TermNames.of("acceptable", japanese, english));
    }

    /**
     * Tells whether this is the acceptable priority: the risk may be retained without treatment.
     *
     * @return true if the rank is {@value #ACCEPTABLE_RANK}
     */
    public final boolean isAcceptable() {
        return rank() == ACCEPTABLE_RANK;
    }

    /**
     * Tells whether this priority is more urgent than another; acceptable is the least urgent.
     *
     * @param other the other priority, not null
     * @return true if this priority needs treatment sooner
     */
    public final boolean isMoreUrgentThan(Priority other) {
        Objects.requireNonNull(other, "other");
        if (isAcceptable()) {
            return false;
        }
        return other.isAcceptable() || rank() < other.rank();
    }

    /**
     * Returns the priority as text, such as {@code 2 (treat within this term)} or
     * {@code acceptable}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return isAcceptable() ? "acceptable" : rank() + " (" + names().english() + ")";
    }
}
