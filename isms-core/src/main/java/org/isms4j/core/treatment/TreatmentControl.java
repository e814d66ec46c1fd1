package org.isms4j.core.treatment;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * A control 管理策 a risk treatment names, such as "情報の分類定義" (classification scheme) carrying
 * out Annex A control 5.12, or "教育訓練" (education and training) named in free text only.
 *
 * <p>Controls outside Annex A are allowed (docs/method.md#treatment-process); an Annex A reference is kept as the
 * control's canonical id text, such as {@code 5.12}, read from the spellings isms-annexa's
 * {@code ControlId.parse} reads too: {@code A.5.12}, {@code A 5.12} or {@code 5.12}, the prefix in
 * either case, whitespace around it ignored. The isms-annexa module resolves it against the
 * catalogue.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TreatmentControl {

    TreatmentControl() {}

    /**
     * Returns the control as the organisation words it, such as 情報の分類定義.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String text();

    /**
     * Returns the Annex A control this control carries out, as canonical id text such as
     * {@code 5.12}.
     *
     * @return the id, or empty for a control outside Annex A
     */
    @Value.Parameter
    public abstract Optional<String> annexA();

    /**
     * Obtains a control outside Annex A, or not yet compared with it.
     *
     * @param text the control, not blank
     * @return the control, not null
     * @throws IsmsException if the text is blank
     */
    public static TreatmentControl of(String text) {
        Objects.requireNonNull(text, "text");
        return ImmutableTreatmentControl.of(Checks.notBlank("control", text), Optional.empty());
    }

    /**
     * Obtains a control that carries out an Annex A control.
     *
     * @param text the control, not blank
     * @param annexA the Annex A id, such as {@code 5.12} or {@code A.5.12}; not null
     * @return the control, with the id in canonical form, not null
     * @throws IsmsException if the text is blank or the id is not of the form {@code 5.12}
     */
    public static TreatmentControl of(String text, String annexA) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(annexA, "annexA");
        Objects.requireNonNull(annexA, "annexA");
        return ImmutableTreatmentControl.of(Checks.notBlank("control", text), Optional.of(canonical(annexA)));
    }

    /**
     * Returns an Annex A id in canonical form: {@code A.5.12}, {@code a.5.12}, {@code A 5.12} and
     * {@code 5.12} all give {@code 5.12}; whitespace around the id is ignored.
     *
     * @param id the id text, not null
     * @return the canonical id, not null
     * @throws IsmsException if the text is not an Annex A id of the form theme 5 - 8, dot, number
     */
    public static String canonical(String id) {
        Objects.requireNonNull(id, "id");
        long numbers = annexANumbers(id, 2);
        int theme = (int) (numbers >> 8);
        int number = (int) numbers & 0xff;
        if (numbers < 0 || theme < 5 || theme > 8 || number < 1) {
            throw new IsmsException(Checks.format(
                    "Invalid value for Annex A control (a theme 5 - 8 and a number, such as 5.12): '%s'", Checks.echo(id)));
        }
        return theme + "." + number;
    }

    /**
     * Reads the numbers of an Annex A control id as every isms4j module spells it: an optional
     * prefix {@code A.} or {@code A } (either case), then numbers separated by dots, each one or
     * two digits without a leading zero, such as {@code A.8.24}, {@code A 8.24} or {@code 8.24}
     * (ISO/IEC 27001:2022) and {@code A.8.2.1} (the 2013 edition). Whitespace around the id is
     * ignored: ASCII spaces and control characters, and Unicode whitespace such as the
     * ideographic space U+3000 a Japanese spreadsheet may leave. {@link #canonical(String)} and
     * isms-annexa's {@code ControlId.parse} and {@code Iso2013ControlId.parse} read ids with it.
     *
     * <p>The numbers are packed eight bits each, the first highest: {@code A.8.24} read in two
     * parts gives {@code 8 << 8 | 24}, {@code A.8.2.1} in three gives
     * {@code 8 << 16 | 2 << 8 | 1}. Whether the numbers name a control is left to the caller.
     * Allocates nothing, and throws nothing for any text.
     *
     * @param text the text, not null
     * @param parts how many numbers the id has, 1 - 7
     * @return the packed numbers, or -1 if the text has another shape
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if {@code parts} is outside 1 - 7
     */
    public static long annexANumbers(CharSequence text, int parts) {
        Objects.requireNonNull(text, "text");
        if (parts < 1 || parts > 7) {
            throw new IllegalArgumentException("parts must be 1 - 7: " + parts);
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end && (text.charAt(start) == 'A' || text.charAt(start) == 'a')) {
            if (end - start < 2 || (text.charAt(start + 1) != '.' && text.charAt(start + 1) != ' ')) {
                return -1;
            }
            start += 2;
        }
        long packed = 0;
        int position = start;
        for (int part = 0; part < parts; part++) {
            if (part > 0) {
                if (position >= end || text.charAt(position) != '.') {
                    return -1;
                }
                position++;
            }
            int value = 0;
            int digits = 0;
            while (position < end && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
                if (digits == 2 || (digits == 1 && value == 0)) {
                    return -1;
                }
                value = value * 10 + text.charAt(position) - '0';
                digits++;
                position++;
            }
            if (digits == 0) {
                return -1;
            }
            packed = packed << 8 | value;
        }
        return position == end ? packed : -1;
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c);
    }

    @Value.Check
    final void check() {
        Checks.notBlank("control", text());
    }

    /**
     * Returns the control as text, such as {@code 情報の分類定義 (5.12)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return annexA().map(id -> text() + " (" + id + ")").orElse(text());
    }
}
