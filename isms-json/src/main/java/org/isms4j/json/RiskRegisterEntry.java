package org.isms4j.json;

import java.util.Objects;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;

/**
 * One row of a risk register: an identified risk and its first evaluation 一次評価, such as risk 1
 * over asset 9 (mobile-device usage rules not established) with importance 3, likelihood 2,
 * level 6 and priority 2.
 *
 * <p>Treatment, the treatment plan and the second evaluation 二次評価 are not part of a row yet;
 * the register format keeps room for them as optional properties of the row.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiskRegisterEntry {

    private final Risk risk;
    private final RiskEvaluation firstEvaluation;

    private RiskRegisterEntry(Risk risk, RiskEvaluation firstEvaluation) {
        this.risk = risk;
        this.firstEvaluation = firstEvaluation;
    }

    /**
     * Obtains a row.
     *
     * @param risk the risk, not null
     * @param firstEvaluation its first evaluation, not null
     * @return the row, not null
     */
    public static RiskRegisterEntry of(Risk risk, RiskEvaluation firstEvaluation) {
        return new RiskRegisterEntry(Objects.requireNonNull(risk, "risk"),
                Objects.requireNonNull(firstEvaluation, "firstEvaluation"));
    }

    /**
     * Returns the risk.
     *
     * @return the risk, not null
     */
    public Risk risk() {
        return risk;
    }

    /**
     * Returns the first evaluation 一次評価.
     *
     * @return the evaluation, not null
     */
    public RiskEvaluation firstEvaluation() {
        return firstEvaluation;
    }

    /**
     * Returns a copy with another first evaluation, such as the risk scored again under a new
     * model.
     *
     * @param evaluation the evaluation, not null
     * @return the copy, {@code this} if unchanged
     */
    public RiskRegisterEntry withFirstEvaluation(RiskEvaluation evaluation) {
        return firstEvaluation.equals(evaluation) ? this : of(risk, evaluation);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RiskRegisterEntry
                && risk.equals(((RiskRegisterEntry) other).risk)
                && firstEvaluation.equals(((RiskRegisterEntry) other).firstEvaluation);
    }

    @Override
    public int hashCode() {
        return 31 * risk.hashCode() + firstEvaluation.hashCode();
    }

    /**
     * Returns the row as text, such as {@code risk 1: importance 3, likelihood 2, level 6, ...}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "risk " + risk.number() + ": " + firstEvaluation.score();
    }
}
