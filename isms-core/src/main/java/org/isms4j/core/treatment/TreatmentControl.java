package org.isms4j.core.treatment;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.core.internal.Checks;
import org.isms4j.core.internal.ControlNumbers;

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
        long numbers = ControlNumbers.parse(id, 2);
        int theme = (int) (numbers >> 8);
        int number = (int) numbers & 0xff;
        if (numbers < 0 || theme < 5 || theme > 8 || number < 1) {
            throw new IsmsException(Checks.format(
                    "Invalid value for Annex A control (a theme 5 - 8 and a number, such as 5.12): '%s'", id));
        }
        return theme + "." + number;
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
