package org.isms4j.records.objective;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * One objective of the ISMS有効性評価表 with its evaluation once made: the 【計画】 of clause 6.2 and
 * the 【評価】 of clause 9.1, such as objective 1 evaluated ○ on 2024-03-29.
 *
 * <p>No evaluation predates the objective it evaluates, an objective is evaluated once, and a
 * recorded result always has its evaluation date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EffectivenessRecord {

    EffectivenessRecord() {}

    /**
     * Returns the objective and its plan.
     *
     * @return the objective, not null
     */
    @Value.Parameter
    public abstract SecurityObjective objective();

    /**
     * Returns the evaluation.
     *
     * @return the evaluation, or empty while the objective is not yet evaluated
     */
    @Value.Parameter
    public abstract Optional<Evaluation> evaluation();

    /**
     * Obtains the record of an objective not yet evaluated.
     *
     * @param objective the objective, not null
     * @return the record, not null
     */
    public static EffectivenessRecord of(SecurityObjective objective) {
        return ImmutableEffectivenessRecord.of(objective, Optional.empty());
    }

    /**
     * Obtains a record as it was written, such as one read back from a file, where the result
     * and its date are separate cells.
     *
     * @param objective the objective, not null
     * @param result the result, or empty if not evaluated
     * @param date the evaluation date, present exactly when the result is
     * @param remarks the remarks, empty unless evaluated, not null
     * @return the record, not null
     * @throws IsmsException if a result has no date, a date or remarks have no result, or the
     *     date is before the objective was set
     */
    public static EffectivenessRecord ofRecord(SecurityObjective objective, Optional<EvaluationResult> result,
            Optional<LocalDate> date, String remarks) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(remarks, "remarks");
        if (result.isPresent() && date.isEmpty()) {
            throw new IsmsException(Checks.format(
                    "Invalid evaluation of objective %d: the result %s has no evaluation date", objective.number(),
                    result.get().code()));
        }
        if (result.isEmpty() && (date.isPresent() || !remarks.isEmpty())) {
            throw new IsmsException(Checks.format(
                    "Invalid evaluation of objective %d: an evaluation date or remarks need a result",
                    objective.number()));
        }
        return ImmutableEffectivenessRecord.of(objective,
                result.map(r -> Evaluation.of(r, date.get(), remarks)));
    }

    /**
     * Returns a copy with the objective evaluated.
     *
     * @param evaluation the evaluation, dated no earlier than the objective was set, not null
     * @return the copy, not null
     * @throws IsmsException if the objective is already evaluated or the evaluation predates it
     */
    public final EffectivenessRecord evaluated(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        if (evaluation().isPresent()) {
            throw new IsmsException(Checks.format("Invalid evaluation of objective %d: it is already evaluated on %s",
                    objective().number(), evaluation().get().date()));
        }
        return ImmutableEffectivenessRecord.of(objective(), Optional.of(evaluation));
    }

    /**
     * Tells whether the objective is evaluated.
     *
     * @return true once evaluated
     */
    public final boolean isEvaluated() {
        return evaluation().isPresent();
    }

    @Value.Check
    final void check() {
        evaluation().filter(e -> e.date().isBefore(objective().setOn())).ifPresent(e -> {
            throw new IsmsException(Checks.format(
                    "Invalid evaluation of objective %d: the evaluation date %s is before the objective was set on %s",
                    objective().number(), e.date(), objective().setOn()));
        });
    }
}
