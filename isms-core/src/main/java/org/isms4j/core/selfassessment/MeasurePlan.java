package org.isms4j.core.selfassessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The measures decided after a self-assessment (対策の決定と周知): one {@link MeasureDecision} per
 * question below target, and the follow-up list of what is still open, such as question 3 with
 * a measure due 2024-06-30 and questions 2 and 4 not yet decided.
 *
 * <p>A decision answers a question the result has below target, and a question has one decision
 * at most; others are rejected.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasurePlan {

    MeasurePlan() {}

    /**
     * Returns the result the measures answer.
     *
     * @return the result, not null
     */
    @Value.Parameter
    public abstract SelfAssessmentResult result();

    /**
     * Returns the decisions, in the order given.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    @Value.Parameter
    public abstract List<MeasureDecision> decisions();

    /**
     * Obtains a plan.
     *
     * @param result the result, not null
     * @param decisions the decisions, each for a question below target, one per question; copied
     * @return the plan, not null
     * @throws IsmsException if a decision answers a question the result does not have below
     *     target, or two answer the same question
     */
    public static MeasurePlan of(SelfAssessmentResult result, List<MeasureDecision> decisions) {
        Objects.requireNonNull(decisions, "decisions");
        return ImmutableMeasurePlan.of(result, decisions);
    }

    @Value.Check
    final void check() {
        Set<Integer> decided = new HashSet<>();
        for (MeasureDecision decision : decisions()) {
            ScoredAnswer answer = result().scored(decision.question());
            if (!answer.isBelowTarget()) {
                throw new IsmsException(Checks.format(
                        "Invalid measure decision for question %d: the question is answered '%s', not below target",
                        decision.question(), answer.answer().code()));
            }
            if (!decided.add(decision.question())) {
                throw new IsmsException(Checks.format("Duplicate measure decision for question %d",
                        decision.question()));
            }
        }
    }

    /**
     * Returns a copy with one more decision.
     *
     * @param decision the decision, for a question below target without one; not null
     * @return the copy
     * @throws IsmsException if the question is not below target or already decided
     */
    public final MeasurePlan with(MeasureDecision decision) {
        Objects.requireNonNull(decision, "decision");
        List<MeasureDecision> decisions = new ArrayList<>(decisions());
        decisions.add(decision);
        return of(result(), decisions);
    }

    /**
     * Returns the questions below target that have no decision yet.
     *
     * @return an unmodifiable list in order of part and number, not null
     */
    public final List<ScoredAnswer> undecided() {
        Set<Integer> decided = new HashSet<>();
        for (MeasureDecision decision : decisions()) {
            decided.add(decision.question());
        }
        List<ScoredAnswer> undecided = new ArrayList<>();
        for (ScoredAnswer answer : result().belowTarget()) {
            if (!decided.contains(answer.number())) {
                undecided.add(answer);
            }
        }
        return Collections.unmodifiableList(undecided);
    }

    /**
     * Returns the follow-up list: the open decisions, soonest due first (then by question number).
     *
     * @return an unmodifiable list, not null
     */
    public final List<MeasureDecision> openItems() {
        List<MeasureDecision> open = new ArrayList<>();
        for (MeasureDecision decision : decisions()) {
            if (decision.isOpen()) {
                open.add(decision);
            }
        }
        open.sort(Comparator.comparing(MeasureDecision::due).thenComparingInt(MeasureDecision::question));
        return Collections.unmodifiableList(open);
    }

    /**
     * Returns the open decisions overdue on a date, soonest due first.
     *
     * @param today the date to judge on, not null
     * @return an unmodifiable list, not null
     */
    public final List<MeasureDecision> overdue(LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<MeasureDecision> overdue = new ArrayList<>();
        for (MeasureDecision decision : openItems()) {
            if (decision.isOverdue(today)) {
                overdue.add(decision);
            }
        }
        return Collections.unmodifiableList(overdue);
    }
}
