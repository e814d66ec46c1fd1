package org.isms4j.annexa;

import java.util.Objects;
import org.isms4j.core.Checks;
import org.isms4j.core.treatment.TreatmentControl;

/**
 * The id of an ISO/IEC 27001:2013 Annex A control, such as A.8.2.1 (classification of
 * information), for reading statements of applicability written against the 2013 edition.
 *
 * <p>An id is always one of the 114 controls of the 2013 edition, A.5.1.1 - A.18.2.3, in 14
 * clauses and 35 categories. Ids are ordered as the document orders them, numerically, so A.9.4.5
 * sorts before A.10.1.1. There is one instance per control.
 *
 * <p>{@link #parse(CharSequence)} accepts {@code A.8.2.1}, {@code 8.2.1} and {@code A 8.2.1} (an
 * {@code a} in lowercase too), with surrounding whitespace; {@link #toString()} prints the
 * canonical form {@code A.8.2.1}, so that {@code Iso2013ControlId.parse(id.toString()).equals(id)}
 * for every id. Numbers have no leading zeros.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Iso2013ControlId implements Comparable<Iso2013ControlId> {

    /** The number of controls of the 2013 edition, 114. */
    static final int COUNT = 114;

    private static final int FIRST_CLAUSE = 5;
    private static final int LAST_CLAUSE = 18;
    /** The number of controls in each category, by clause (from A.5) and category (from 1). */
    private static final int[][] SIZES = {
        {2}, {5, 2}, {2, 3, 1}, {4, 3, 3}, {2, 6, 1, 5}, {2}, {6, 9}, {4, 1, 1, 4, 1, 2, 1}, {3, 4}, {3, 9, 1},
        {3, 2}, {7}, {3, 1}, {5, 3},
    };
    /** The index of the first control of each category, by clause and category. */
    private static final int[][] OFFSETS = new int[SIZES.length][];
    private static final Iso2013ControlId[] IDS = new Iso2013ControlId[COUNT];

    static {
        int index = 0;
        for (int c = 0; c < SIZES.length; c++) {
            OFFSETS[c] = new int[SIZES[c].length];
            for (int k = 0; k < SIZES[c].length; k++) {
                OFFSETS[c][k] = index;
                for (int n = 1; n <= SIZES[c][k]; n++) {
                    IDS[index] = new Iso2013ControlId(c + FIRST_CLAUSE, k + 1, n, index);
                    index++;
                }
            }
        }
    }

    private final int clause;
    private final int category;
    private final int number;
    private final int index;
    /**
     * The canonical text, made on first use: reading the correspondence creates every id and
     * prints none. A racy single check, as in {@link String#hashCode()}: threads that race compute
     * equal immutable strings.
     */
    private String text;

    private Iso2013ControlId(int clause, int category, int number, int index) {
        this.clause = clause;
        this.category = category;
        this.number = number;
        this.index = index;
    }

    /**
     * Obtains the id of a 2013 control from its numbers, such as (8, 2, 1) for A.8.2.1.
     *
     * @param clause the clause, 5 - 18
     * @param category the category (control objective) within the clause, 1 or more
     * @param number the control's number within the category, 1 or more
     * @return the id, not null
     * @throws UnknownControlException if no 2013 control has these numbers, as
     *     {@code Unknown ISO/IEC 27001:2013 control: 'A.8.2.9' (valid ids A.8.2.1 - A.8.2.3)}
     */
    public static Iso2013ControlId of(int clause, int category, int number) {
        int index = indexOf(clause, category, number);
        if (index < 0) {
            throw unknown("A." + clause + "." + category + "." + number, clause, category);
        }
        return IDS[index];
    }

    /**
     * Obtains an id from text, such as {@code A.8.2.1}, {@code 8.2.1} or {@code A 8.2.1}.
     *
     * @param text the text, not null
     * @return the id, not null
     * @throws UnknownControlException if the text is malformed or names no 2013 control, as
     *     {@code Unknown ISO/IEC 27001:2013 control: 'A.8.2.9' (valid ids A.8.2.1 - A.8.2.3)};
     *     no other exception is thrown for any text
     */
    public static Iso2013ControlId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        long parsed = numbers(text);
        if (parsed < 0) {
            throw unknown(text, -1, -1);
        }
        int clause = (int) (parsed >> 16);
        int category = (int) (parsed >> 8) & 0xff;
        int number = (int) parsed & 0xff;
        int index = indexOf(clause, category, number);
        if (index < 0) {
            throw unknown(text, clause, category);
        }
        return IDS[index];
    }

    private static UnknownControlException unknown(CharSequence text, int clause, int category) {
        String valid = "A.5.1.1 - A.18.2.3";
        if (clause >= FIRST_CLAUSE && clause <= LAST_CLAUSE && category >= 1
                && category <= SIZES[clause - FIRST_CLAUSE].length) {
            valid = "A." + clause + "." + category + ".1 - A." + clause + "." + category + "."
                    + SIZES[clause - FIRST_CLAUSE][category - 1];
        }
        return new UnknownControlException(
                "Unknown ISO/IEC 27001:2013 control: " + Checks.quote(text.toString()) + " (valid ids " + valid + ")",
                text);
    }

    /**
     * Returns the index of a control a text names, or -1; allocates nothing, throws nothing.
     *
     * @param text the text, not null
     * @return the index 0 - 113, or -1
     */
    static int indexOf(CharSequence text) {
        long parsed = numbers(text);
        if (parsed < 0) {
            return -1;
        }
        return indexOf((int) (parsed >> 16), (int) (parsed >> 8) & 0xff, (int) parsed & 0xff);
    }

    private static int indexOf(int clause, int category, int number) {
        if (clause < FIRST_CLAUSE || clause > LAST_CLAUSE) {
            return -1;
        }
        int[] sizes = SIZES[clause - FIRST_CLAUSE];
        if (category < 1 || category > sizes.length || number < 1 || number > sizes[category - 1]) {
            return -1;
        }
        return OFFSETS[clause - FIRST_CLAUSE][category - 1] + number - 1;
    }

    /** Reads the three numbers of {@code [A.|A ]c.k.n}, packed as {@code c << 16 | k << 8 | n}; -1 if another shape. */
    private static long numbers(CharSequence text) {
        return TreatmentControl.annexANumbers(text, 3);
    }

    /**
     * Returns the id at an index of the document order.
     *
     * @param index the index, 0 - 113
     * @return the id, not null
     */
    static Iso2013ControlId ofIndex(int index) {
        return IDS[index];
    }

    /**
     * Returns the clause, such as 8 for A.8.2.1.
     *
     * @return the clause, 5 - 18
     */
    public int clause() {
        return clause;
    }

    /**
     * Returns the category (control objective) within the clause, such as 2 for A.8.2.1.
     *
     * @return the category, 1 or more
     */
    public int category() {
        return category;
    }

    /**
     * Returns the number within the category, such as 1 for A.8.2.1.
     *
     * @return the number, 1 or more
     */
    public int number() {
        return number;
    }

    /**
     * Returns the position in document order, 0 for A.5.1.1 to 113 for A.18.2.3.
     *
     * @return the index, 0 - 113
     */
    int index() {
        return index;
    }

    /**
     * Compares ids in document order: A.9.4.5 before A.10.1.1.
     *
     * @param other the other id, not null
     * @return negative, zero or positive as this id comes before, with or after the other
     */
    @Override
    public int compareTo(Iso2013ControlId other) {
        Objects.requireNonNull(other, "other");
        return Integer.compare(index, other.index);
    }

    /**
     * Tells whether another object is the same id.
     *
     * @param other the object, may be null
     * @return true if the other object is an id of the same 2013 control
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Iso2013ControlId && ((Iso2013ControlId) other).index == index;
    }

    @Override
    public int hashCode() {
        return index;
    }

    /**
     * Returns the canonical text, such as {@code A.8.2.1}, which {@link #parse(CharSequence)} reads
     * back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String result = text;
        if (result == null) {
            // StringBuilder rather than '+': string concatenation bootstraps invokedynamic, which
            // costs milliseconds in a cold JVM.
            result = new StringBuilder(8).append("A.").append(clause).append('.').append(category).append('.')
                    .append(number).toString();
            text = result;
        }
        return result;
    }
}
