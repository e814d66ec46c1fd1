package org.isms4j.core.risk;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The exception for a risk evaluation that breaks a rule, keeping the field that failed, such as
 * {@code Invalid first evaluation of risk 1: Invalid value for risk level (model isms4j-standard@1
 * gives 6): 5} with field {@link EvaluationField#LEVEL}, stage {@link EvaluationStage#FIRST} and
 * risk 1.
 *
 * <p>An evaluation's own rules name the field only; a risk register's rules name the risk and the
 * stage too. A reader maps the three to the JSON property or the table cell it read the value
 * from, as {@link java.time.format.DateTimeParseException} keeps the text and the index.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InvalidEvaluationException extends IsmsException {

    private static final long serialVersionUID = 1L;

    /** The field that failed. */
    private final EvaluationField field;
    /** The stage, or null when the evaluation was checked on its own. */
    private final EvaluationStage stage;
    /** The risk number, or 0 when the evaluation was checked on its own. */
    private final int riskNumber;

    /**
     * Creates an exception for an evaluation checked on its own.
     *
     * @param message the message, in the shape
     *     {@code Invalid value for risk level (model isms4j-standard@1 gives 6): 5}; not null
     * @param field the field that failed, not null
     */
    public InvalidEvaluationException(String message, EvaluationField field) {
        this(message, field, null, 0, null);
    }

    /**
     * Creates an exception for an evaluation checked as part of a risk.
     *
     * @param message the message, naming the risk, such as
     *     {@code Invalid risk 3: its first evaluation has asset importance 2, but ...}; not null
     * @param field the field that failed, not null
     * @param stage the stage of the evaluation, not null
     * @param riskNumber the risk's number, 1 or more
     */
    public InvalidEvaluationException(String message, EvaluationField field, EvaluationStage stage, int riskNumber) {
        this(message, field, Objects.requireNonNull(stage, "stage"), Checks.inRange("risk number", 1,
                Integer.MAX_VALUE, riskNumber), null);
    }

    private InvalidEvaluationException(String message, EvaluationField field, EvaluationStage stage, int riskNumber,
            Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.field = Objects.requireNonNull(field, "field");
        this.stage = stage;
        this.riskNumber = riskNumber;
    }

    /**
     * Returns the exception for the same failure in an evaluation of a risk, its message prefixed
     * with the stage and the risk, such as {@code Invalid first evaluation of risk 3: ...}.
     *
     * @param riskNumber the risk's number, 1 or more
     * @param stage the stage of the evaluation, not null
     * @return a new exception with the same field, this one as its cause; not null
     */
    public InvalidEvaluationException ofRisk(int riskNumber, EvaluationStage stage) {
        Objects.requireNonNull(stage, "stage");
        return new InvalidEvaluationException(Checks.format("Invalid %s of risk %d: %s",
                stage.getDisplayName(Locale.ENGLISH), riskNumber, getMessage()), field, stage,
                Checks.inRange("risk number", 1, Integer.MAX_VALUE, riskNumber), this);
    }

    /**
     * Returns the field that failed, such as {@link EvaluationField#LEVEL}.
     *
     * @return the field, not null
     */
    public EvaluationField field() {
        return field;
    }

    /**
     * Returns the stage of the evaluation that failed, when it was checked as part of a risk.
     *
     * @return the stage, or empty for an evaluation checked on its own
     */
    public Optional<EvaluationStage> stage() {
        return Optional.ofNullable(stage);
    }

    /**
     * Returns the number of the risk whose evaluation failed, when it was checked as part of a
     * risk.
     *
     * @return the number, or empty for an evaluation checked on its own
     */
    public OptionalInt riskNumber() {
        return riskNumber == 0 ? OptionalInt.empty() : OptionalInt.of(riskNumber);
    }
}
