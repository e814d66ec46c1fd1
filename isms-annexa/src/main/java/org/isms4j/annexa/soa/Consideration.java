package org.isms4j.annexa.soa;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.isms4j.annexa.ControlId;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The record that a suggestion of the {@link GapCheck} was considered 検討済み, so that it stops
 * coming back: a control, for one risk or for all risks, with the reason, who recorded it and
 * when, such as 6.6 confidentiality agreements for risk 2, 「就業規則に守秘義務を定めている」, by
 * ISMS事務局 on 2023-09-30.
 *
 * <p>A consideration answers "did we miss anything?" for the control: the assessor looked at it
 * and decided it needs no treatment of its own there. It is not an SoA decision; the control's
 * applicability is still decided in the {@link StatementOfApplicability}. A consideration may
 * name a control the check would not suggest (one a treatment names, or one that preserves no
 * property the risk loses): it then changes nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Consideration {

    Consideration() {}

    /**
     * Returns the control considered, such as 6.6.
     *
     * @return the control, not null
     */
    public abstract ControlId controlId();

    /**
     * Returns the number of the risk the control was considered for.
     *
     * @return the number, 1 or more, or empty when considered for all risks; not null
     */
    public abstract OptionalInt riskNumber();

    /**
     * Returns why the control needs no treatment of its own, such as 「就業規則に守秘義務を定めている」.
     *
     * @return the reason, not blank
     */
    public abstract String reason();

    /**
     * Returns who recorded the consideration, such as ISMS事務局.
     *
     * @return the name, not blank
     */
    public abstract String author();

    /**
     * Returns the date of the consideration.
     *
     * @return the date, not null
     */
    public abstract LocalDate decided();

    /**
     * Obtains the record that a control was considered for one risk.
     *
     * @param controlId the control, not null
     * @param riskNumber the risk's number, 1 or more
     * @param reason why the control needs no treatment of its own, not blank
     * @param author who recorded it, not blank
     * @param decided the date, in 0000-01-01 - 9999-12-31, not null
     * @return the record, not null
     * @throws IsmsException if the risk number is below 1, a text is blank or longer than
     *     {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH} characters, or the date outside its range
     */
    public static Consideration of(ControlId controlId, int riskNumber, String reason, String author,
            LocalDate decided) {
        return of(controlId, OptionalInt.of(riskNumber), reason, author, decided);
    }

    /**
     * Obtains the record that a suggestion was considered: its control for its risk.
     *
     * @param suggestion the suggestion, not null
     * @param reason why the control needs no treatment of its own, not blank
     * @param author who recorded it, not blank
     * @param decided the date, in 0000-01-01 - 9999-12-31, not null
     * @return the record, not null
     * @throws IsmsException if a text is blank or longer than
     *     {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH} characters, or the date outside its range
     */
    public static Consideration of(Suggestion suggestion, String reason, String author, LocalDate decided) {
        Objects.requireNonNull(suggestion, "suggestion");
        return of(suggestion.controlId(), suggestion.riskNumber(), reason, author, decided);
    }

    /**
     * Obtains the record that a control was considered for all risks, such as 7.4 physical
     * security monitoring for an office without premises of its own.
     *
     * @param controlId the control, not null
     * @param reason why the control needs no treatment of its own, not blank
     * @param author who recorded it, not blank
     * @param decided the date, in 0000-01-01 - 9999-12-31, not null
     * @return the record, not null
     * @throws IsmsException if a text is blank or longer than
     *     {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH} characters, or the date outside its range
     */
    public static Consideration ofAllRisks(ControlId controlId, String reason, String author, LocalDate decided) {
        return of(controlId, OptionalInt.empty(), reason, author, decided);
    }

    private static Consideration of(ControlId controlId, OptionalInt riskNumber, String reason, String author,
            LocalDate decided) {
        return ImmutableConsideration.builder().controlId(Objects.requireNonNull(controlId, "controlId"))
                .riskNumber(riskNumber).reason(Checks.notBlank("reason", reason))
                .author(Checks.notBlank("author", author)).decided(Checks.date("decision date", Objects.requireNonNull(decided, "decided")))
                .build();
    }

    @Value.Check
    final void check() {
        if (riskNumber().isPresent()) {
            Checks.inRange("risk number", 1, Integer.MAX_VALUE, riskNumber().getAsInt());
        }
    }

    /**
     * Tells whether the control was considered for all risks.
     *
     * @return true if no risk number is given
     */
    public final boolean isForAllRisks() {
        return riskNumber().isEmpty();
    }

    /**
     * Tells whether the record covers a risk: it is for that risk or for all risks.
     *
     * @param riskNumber the risk's number
     * @return true if the record covers the risk
     */
    public final boolean covers(int riskNumber) {
        return isForAllRisks() || riskNumber().getAsInt() == riskNumber;
    }

    /**
     * Returns the record as text, such as {@code 6.6 for risk 2: 就業規則に守秘義務を定めている (ISMS事務局, 2023-09-30)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return controlId() + (isForAllRisks() ? " for all risks" : " for risk " + riskNumber().getAsInt()) + ": "
                + reason() + " (" + author() + ", " + decided() + ")";
    }
}
