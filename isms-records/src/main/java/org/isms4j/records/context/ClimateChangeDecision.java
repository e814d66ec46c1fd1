package org.isms4j.records.context;

import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * The organisation's decision whether climate change is a relevant issue, which ISO/IEC
 * 27001:2022 Amd 1:2024 adds to clause 4.1 (気候変動), such as "not relevant: the office work of
 * the scope depends on no climate-sensitive site".
 *
 * <p>The decision is recorded either way and always with its rationale.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClimateChangeDecision {

    ClimateChangeDecision() {}

    /**
     * Tells whether climate change is a relevant issue.
     *
     * @return true if relevant
     */
    @Value.Parameter
    public abstract boolean isRelevant();

    /**
     * Returns the rationale of the decision.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String rationale();

    /**
     * Obtains the decision that climate change is a relevant issue.
     *
     * @param rationale why, not blank
     * @return the decision, not null
     * @throws IsmsException if the rationale is blank
     */
    public static ClimateChangeDecision relevant(String rationale) {
        return ImmutableClimateChangeDecision.of(true, rationale);
    }

    /**
     * Obtains the decision that climate change is not a relevant issue.
     *
     * @param rationale why not, not blank
     * @return the decision, not null
     * @throws IsmsException if the rationale is blank
     */
    public static ClimateChangeDecision notRelevant(String rationale) {
        return ImmutableClimateChangeDecision.of(false, rationale);
    }

    @Value.Check
    final void check() {
        Texts.notBlank("climate change rationale", rationale());
    }
}
