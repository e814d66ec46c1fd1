package org.isms4j.records.document;

import java.util.Objects;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * The number of a document of the documented-information register 採番, such as A-01, B-01,
 * C-12 or D-03: the kind's letter, a hyphen and two digits from 01.
 *
 * <p>Numbers order by kind, then by number: A-02 before A-10 before B-01.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentNumber implements Comparable<DocumentNumber> {

    private static final String VALID = "A-01 - A-99, B-01, C-01 - C-99, D-01 - D-99";

    private final DocumentKind kind;
    private final int number;

    private DocumentNumber(DocumentKind kind, int number) {
        this.kind = kind;
        this.number = number;
    }

    /**
     * Obtains a number from its kind and sequence.
     *
     * @param kind a numbered kind, not {@link DocumentKind#EXTERNAL}, not null
     * @param number the sequence, 1 to the kind's {@link DocumentKind#maxNumber() highest number}
     * @return the number, not null
     * @throws IsmsException if the kind is not numbered or the sequence is outside its range
     */
    public static DocumentNumber of(DocumentKind kind, int number) {
        Objects.requireNonNull(kind, "kind");
        if (!kind.isNumbered()) {
            throw new IsmsException("Invalid document kind for a number: external documents keep their own names");
        }
        Checks.inRange(Checks.format("document number of kind %s", kind.code()), 1, kind.maxNumber(), number);
        return new DocumentNumber(kind, number);
    }

    /**
     * Obtains a number from its text, such as {@code C-01}; the exact inverse of
     * {@link #toString()}.
     *
     * @param text the text, not null
     * @return the number, not null
     * @throws IsmsException if the text is not in a kind's pattern, as
     *     {@code Invalid value for document number (valid values A-01 - A-99, B-01, C-01 - C-99, D-01 - D-99): 'B-02'}
     */
    public static DocumentNumber parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() == 4 && text.charAt(0) >= 'A' && text.charAt(0) <= 'D' && text.charAt(1) == '-'
                && isDigit(text.charAt(2)) && isDigit(text.charAt(3))) {
            DocumentKind kind = DocumentKind.ofPrefix(text.charAt(0));
            int number = (text.charAt(2) - '0') * 10 + text.charAt(3) - '0';
            if (number >= 1 && number <= kind.maxNumber()) {
                return new DocumentNumber(kind, number);
            }
        }
        throw new IsmsException(Checks.format("Invalid value for document number (valid values %s): '%s'", VALID,
                Texts.echo(text)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Returns the kind.
     *
     * @return the kind, never external, not null
     */
    public DocumentKind kind() {
        return kind;
    }

    /**
     * Returns the sequence within the kind.
     *
     * @return 1 - 99
     */
    public int number() {
        return number;
    }

    @Override
    public int compareTo(DocumentNumber other) {
        java.util.Objects.requireNonNull(other, "other");
        int byKind = Character.compare(kind.prefix().get(), other.kind.prefix().get());
        return byKind != 0 ? byKind : Integer.compare(number, other.number);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentNumber && ((DocumentNumber) other).kind == kind
                && ((DocumentNumber) other).number == number;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + number;
    }

    /**
     * Returns the number as written, such as {@code A-01}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return Checks.format("%c-%02d", kind.prefix().get(), number);
    }
}
