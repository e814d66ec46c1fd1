package org.isms4j.annexa;

import java.util.Objects;
import org.isms4j.core.Checks;
import org.isms4j.core.treatment.TreatmentControl;

/**
 * The id of an ISO/IEC 27001:2022 Annex A control, such as 5.12 (classification of information
 * 情報の分類).
 *
 * <p>An id is always one of the 93 controls of the catalogue: 5.1 - 5.37, 6.1 - 6.8, 7.1 - 7.14
 * and 8.1 - 8.34. Ids are ordered as the document orders them, by clause and then by number, so
 * 5.2 sorts before 5.10. There is one instance per control, so ids may be compared with
 * {@code ==}, though {@link #equals(Object)} is the documented way.
 *
 * <p>{@link #parse(CharSequence)} accepts the forms in use: {@code 5.12}, {@code A.5.12} and
 * {@code A 5.12} (an {@code a} in lowercase too), with surrounding whitespace (the ideographic
 * space U+3000 too), the same spellings a risk treatment's {@code TreatmentControl} reads;
 * {@link #toString()} prints the canonical form {@code 5.12}, so that
 * {@code ControlId.parse(id.toString()).equals(id)} for every id. Numbers have no leading zeros.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ControlId implements Comparable<ControlId> {

    /** The number of controls, 93. */
    static final int COUNT = 93;

    private static final String VALID_IDS = "(valid ids 5.1 - 5.37, 6.1 - 6.8, 7.1 - 7.14, 8.1 - 8.34)";

    /** The index of the first control of each clause, by clause; -1 where there is no theme. */
    private static final int[] OFFSETS = new int[Theme.LAST_CLAUSE + 1];
    /** The number of controls of each clause, by clause. */
    private static final int[] SIZES = new int[Theme.LAST_CLAUSE + 1];
    private static final ControlId[] IDS = new ControlId[COUNT];

    static {
        int index = 0;
        for (int clause = Theme.FIRST_CLAUSE; clause <= Theme.LAST_CLAUSE; clause++) {
            int size = Theme.ofClause(clause).size();
            OFFSETS[clause] = index;
            SIZES[clause] = size;
            for (int number = 1; number <= size; number++) {
                IDS[index] = new ControlId(clause, number, index);
                index++;
            }
        }
    }

    private final int clause;
    private final int number;
    private final int index;
    /**
     * The canonical text, made on first use: the catalogue's first access creates every id and
     * prints none. A racy single check, as in {@link String#hashCode()}: threads that race compute
     * equal immutable strings.
     */
    private String text;

    private ControlId(int clause, int number, int index) {
        this.clause = clause;
        this.number = number;
        this.index = index;
    }

    /**
     * Obtains the id of a control from its clause and number, such as (5, 12) for 5.12.
     *
     * @param clause the clause, 5 - 8
     * @param number the control's number in its clause, such as 1 - 37 in clause 5
     * @return the id, not null
     * @throws UnknownControlException if no control has that clause and number, as
     *     {@code Unknown Annex A control: '5.99' (valid ids 5.1 - 5.37, 6.1 - 6.8, 7.1 - 7.14, 8.1 - 8.34)}
     */
    public static ControlId of(int clause, int number) {
        int index = indexOf(clause, number);
        if (index < 0) {
            throw unknown(clause + "." + number);
        }
        return IDS[index];
    }

    /**
     * Obtains an id from text, such as {@code 5.12}, {@code A.5.12} or {@code A 5.12}.
     *
     * @param text the text, not null
     * @return the id, not null
     * @throws UnknownControlException if the text is malformed or names no control, as
     *     {@code Unknown Annex A control: '5.99' (valid ids 5.1 - 5.37, 6.1 - 6.8, 7.1 - 7.14, 8.1 - 8.34)};
     *     no other exception is thrown for any text
     */
    public static ControlId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int index = indexOf(text);
        if (index < 0) {
            throw unknown(text);
        }
        return IDS[index];
    }

    /**
     * Returns the exception for text that names no control.
     *
     * @param text the text
     * @return the exception, not null
     */
    static UnknownControlException unknown(CharSequence text) {
        return new UnknownControlException(
                "Unknown Annex A control: " + Checks.quote(text.toString()) + " " + VALID_IDS, text);
    }

    /**
     * Returns the id at an index of the document order.
     *
     * @param index the index, 0 - 92
     * @return the id, not null
     */
    static ControlId ofIndex(int index) {
        return IDS[index];
    }

    /**
     * Returns the index of a control in document order, or -1 if there is no such control.
     *
     * @param clause the clause
     * @param number the number
     * @return the index 0 - 92, or -1
     */
    static int indexOf(int clause, int number) {
        if (clause < Theme.FIRST_CLAUSE || clause > Theme.LAST_CLAUSE || number < 1 || number > SIZES[clause]) {
            return -1;
        }
        return OFFSETS[clause] + number - 1;
    }

    /**
     * Returns the index of the control a text names, or -1 if the text is malformed or names no
     * control. Allocates nothing and throws nothing.
     *
     * @param text the text, not null
     * @return the index 0 - 92, or -1
     */
    static int indexOf(CharSequence text) {
        long numbers = TreatmentControl.annexANumbers(text, 2);
        return numbers < 0 ? -1 : indexOf((int) (numbers >> 8), (int) numbers & 0xff);
    }

    /**
     * Returns the clause, such as 5 for 5.12.
     *
     * @return the clause, 5 - 8
     */
    public int clause() {
        return clause;
    }

    /**
     * Returns the number within the clause, such as 12 for 5.12.
     *
     * @return the number, 1 or more
     */
    public int number() {
        return number;
    }

    /**
     * Returns the theme of the control's clause, such as organizational for 5.12.
     *
     * @return the theme, not null
     */
    public Theme theme() {
        return Theme.ofClause(clause);
    }

    /**
     * Returns the position in document order, 0 for 5.1 to 92 for 8.34.
     *
     * @return the index, 0 - 92
     */
    int index() {
        return index;
    }

    /**
     * Compares ids in document order: 5.2 before 5.10, 5.37 before 6.1.
     *
     * @param other the other id, not null
     * @return negative, zero or positive as this id comes before, with or after the other
     */
    @Override
    public int compareTo(ControlId other) {
        Objects.requireNonNull(other, "other");
        return Integer.compare(index, other.index);
    }

    /**
     * Tells whether another object is the same id.
     *
     * @param other the object, may be null
     * @return true if the other object is an id of the same control
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ControlId && ((ControlId) other).index == index;
    }

    @Override
    public int hashCode() {
        return index;
    }

    /**
     * Returns the canonical text, such as {@code 5.12}, which {@link #parse(CharSequence)} reads
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
            result = new StringBuilder(5).append(clause).append('.').append(number).toString();
            text = result;
        }
        return result;
    }
}
