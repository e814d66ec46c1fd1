package org.isms4j.annexa.soa;

import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.annexa.ControlId;

/**
 * A rule of a complete Statement of Applicability that one control breaks, such as control 7.4
 * excluded without a reason for exclusion.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SoaProblem {

    SoaProblem() {}

    /**
     * Returns the control, such as 7.4.
     *
     * @return the control, not null
     */
    @Value.Parameter
    public abstract ControlId controlId();

    /**
     * Returns the rule the control's decision breaks, such as {@link SoaRule#EXCLUSION_REASON}.
     *
     * @return the rule, not null
     */
    @Value.Parameter
    public abstract SoaRule rule();

    /**
     * Obtains a problem.
     *
     * @param controlId the control, not null
     * @param rule the rule broken, not null
     * @return the problem, not null
     */
    public static SoaProblem of(ControlId controlId, SoaRule rule) {
        return ImmutableSoaProblem.of(Objects.requireNonNull(controlId, "controlId"), Objects.requireNonNull(rule, "rule"));
    }

    /**
     * Returns the problem as a sentence naming the control and the fields, such as
     * {@code Control 7.4 is excluded without a reason for exclusion}.
     *
     * @return the message, not null
     */
    public final String message() {
        switch (rule()) {
            case DECIDED:
                return "Control " + controlId() + " has no decision: every control is applicable or excluded";
            case INCLUSION_REASON:
                return "Control " + controlId() + " is applicable without a reason for inclusion";
            case EXCLUSION_REASON:
                return "Control " + controlId() + " is excluded without a reason for exclusion";
            case NO_STATUS_WHEN_EXCLUDED:
                return "Control " + controlId() + " is excluded but has an implementation status";
            default:
                throw new AssertionError(rule());
        }
    }

    /**
     * Returns the message.
     *
     * @return the message, not null
     * @see #message()
     */
    @Override
    public String toString() {
        return message();
    }
}
