package org.isms4j.records.competence;

import java.util.Objects;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * The appointment criterion 任命基準 a competence record gives, A, B or C, computed from the
 * ratings and improvement plans of its items, never typed in.
 *
 * <p>A: every item is rated 3 or more. B: every item rated 2 or less has an improvement plan; the
 * person is appointed provisionally and confirmed once the improvement is confirmed. C: some item
 * rated 2 or less has no plan. A is better than B, B better than C.
 */
public enum Appointment implements VocabularyTerm {
    /** A 任命可 appointable: every item is rated 3 or more. */
    A("a", "任命可", "appointable", 3),
    /** B 改善確認後任命可 appointable once the improvement is confirmed; provisional until then. */
    B("b", "改善確認後任命可", "appointable once improvement is confirmed", 2),
    /** C 任命不可・再任命 not appointable: some item rated 2 or less has no improvement plan. */
    C("c", "任命不可・再任命", "not appointable; re-appoint", 1);

    private final TermNames names;
    private final int rank;

    Appointment(String code, String japanese, String english, int rank) {
        this.names = TermNames.of(code, japanese, english);
        this.rank = rank;
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Tells whether this criterion is better than another: A over B over C.
     *
     * @param other the other criterion, not null
     * @return true if strictly better
     */
    public boolean isBetterThan(Appointment other) {
        Objects.requireNonNull(other, "other");
        return rank > other.rank;
    }

    /**
     * Tells whether the person may be appointed now, for good or provisionally.
     *
     * @return true for A and B
     */
    public boolean isAppointable() {
        return this != C;
    }

    /**
     * Tells whether an appointment is provisional, to be confirmed after improvement.
     *
     * @return true for B
     */
    public boolean isProvisional() {
        return this == B;
    }

    /**
     * Returns the criterion with a code.
     *
     * @param code the code, such as {@code b}, not null
     * @return the criterion, not null
     * @throws IsmsException if no criterion has that code
     */
    public static Appointment ofCode(String code) {
        return VocabularyTerm.ofCode(Appointment.class, "appointment criterion", code);
    }
}
