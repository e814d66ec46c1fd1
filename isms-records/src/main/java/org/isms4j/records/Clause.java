package org.isms4j.records;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * A clause of the requirements of ISO/IEC 27001:2022, 4 to 10 with their sub-clauses, such as
 * 6.1.2 (information security risk assessment, 情報セキュリティリスクアセスメント) or 9.3.
 *
 * <p>Only numbers the standard has are valid: the clauses 4 - 10, their sub-clauses (4.1 - 4.4,
 * 5.1 - 5.3, 6.1 - 6.3, 7.1 - 7.5, 8.1 - 8.3, 9.1 - 9.3, 10.1 - 10.2) and the numbered
 * sub-sub-clauses 6.1.1 - 6.1.3, 7.5.1 - 7.5.3, 9.2.1 - 9.2.2 and 9.3.1 - 9.3.3. Clauses order as
 * the standard orders them: 9.3 before 10.1, 6.1.3 before 6.2. The titles are not shipped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Clause implements Comparable<Clause> {

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,2})(?:\\.([0-9]{1,2})(?:\\.([0-9]{1,2}))?)?");

    /** Sub-clauses per clause 4 - 10. */
    private static final int[] SUB_CLAUSES = {4, 3, 3, 5, 3, 3, 2};

    private static final String VALID = "4 - 10, 4.1 - 4.4, 5.1 - 5.3, 6.1 - 6.3, 7.1 - 7.5, 8.1 - 8.3, 9.1 - 9.3, "
            + "10.1 - 10.2, 6.1.1 - 6.1.3, 7.5.1 - 7.5.3, 9.2.1 - 9.2.2, 9.3.1 - 9.3.3";

    private final int[] parts;

    private Clause(int[] parts) {
        this.parts = parts;
    }

    /**
     * Obtains a clause from its numbers, such as {@code of(9, 3, 2)} for 9.3.2.
     *
     * @param numbers one to three numbers: the clause 4 - 10, then a sub-clause and a
     *     sub-sub-clause the standard has; not null
     * @return the clause, not null
     * @throws IsmsException if the standard has no such clause
     */
    public static Clause of(int... numbers) {
        Objects.requireNonNull(numbers, "numbers");
        int[] parts = numbers.clone();
        if (!exists(parts)) {
            StringBuilder text = new StringBuilder();
            for (int part : parts) {
                text.append(text.length() == 0 ? "" : ".").append(part);
            }
            throw unknown(text.toString());
        }
        return new Clause(parts);
    }

    /**
     * Obtains a clause from its text, such as {@code "6.1.2"}; the exact inverse of
     * {@link #toString()}.
     *
     * @param text the number, not null
     * @return the clause, not null
     * @throws IsmsException if the text is no clause of the standard
     */
    public static Clause parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw unknown(text.toString());
        }
        int count = matcher.group(3) != null ? 3 : matcher.group(2) != null ? 2 : 1;
        int[] parts = new int[count];
        for (int i = 0; i < count; i++) {
            String group = matcher.group(i + 1);
            if (group.length() > 1 && group.charAt(0) == '0') {
                throw unknown(text.toString());
            }
            parts[i] = Integer.parseInt(group);
        }
        if (!exists(parts)) {
            throw unknown(text.toString());
        }
        return new Clause(parts);
    }

    private static boolean exists(int[] parts) {
        if (parts.length < 1 || parts.length > 3 || parts[0] < 4 || parts[0] > 10) {
            return false;
        }
        if (parts.length == 1) {
            return true;
        }
        if (parts[1] < 1 || parts[1] > SUB_CLAUSES[parts[0] - 4]) {
            return false;
        }
        return parts.length == 2 || (parts[2] >= 1 && parts[2] <= subSubClauses(parts[0], parts[1]));
    }

    private static int subSubClauses(int clause, int sub) {
        switch (clause * 100 + sub) {
            case 601:
            case 705:
            case 903:
                return 3;
            case 902:
                return 2;
            default:
                return 0;
        }
    }

    private static IsmsException unknown(String text) {
        return Checks.unknown("ISO/IEC 27001 clause", Checks.echo(text),
                VALID);
    }

    /**
     * Returns the clause this one belongs to, 4 - 10: 9 for 9.3.2.
     *
     * @return the clause number
     */
    public int clause() {
        return parts[0];
    }

    /**
     * Returns the depth: 1 for 9, 2 for 9.3, 3 for 9.3.2.
     *
     * @return 1 - 3
     */
    public int depth() {
        return parts.length;
    }

    /**
     * Tells whether this clause is the other or lies within it: 9.3.2 lies within 9.3 and 9.
     *
     * @param other the enclosing clause, not null
     * @return true if this clause is the other or one of its sub-clauses
     */
    public boolean isWithin(Clause other) {
        Objects.requireNonNull(other, "other");
        return other.parts.length <= parts.length
                && Arrays.equals(parts, 0, other.parts.length, other.parts, 0, other.parts.length);
    }

    @Override
    public int compareTo(Clause other) {
        Objects.requireNonNull(other, "other");
        return Arrays.compare(parts, other.parts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clause && Arrays.equals(parts, ((Clause) other).parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    /**
     * Returns the number as the standard writes it, such as {@code 6.1.2}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            text.append('.').append(parts[i]);
        }
        return text.toString();
    }
}
