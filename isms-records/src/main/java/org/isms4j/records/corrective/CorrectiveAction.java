package org.isms4j.records.corrective;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.internal.Texts;

/**
 * The corrective request and answer 是正要求書兼回答書 (clause 10.2): a nonconformity with its
 * reference number 整理番号, department 対象部門, origin, grade, clause and content, then the steps
 * recorded in order — correction 修正, evaluation of similar nonconformities and the cause,
 * cause removal 原因除去 (when needed), implementation report 実施報告, confirmation 処置確認 and
 * effectiveness review 有効性 with whether a follow-up audit is needed; each step with author,
 * approver and date.
 *
 * <p>The steps are a state machine: a step cannot be recorded before the one it depends on, no
 * step is recorded twice, and no step is dated before the one before it (named by its stage, as
 * {@code Invalid corrective action 24-01: corrected dated 2024-02-25 is before requested, dated
 * 2024-02-26}). An action is
 * {@linkplain ActionStage#CLOSED closed} exactly when its effectiveness is reviewed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CorrectiveAction {

    CorrectiveAction() {}

    /**
     * Returns the reference number 整理番号, such as 24-01.
     *
     * @return the text, not blank
     */
    public abstract String number();

    /**
     * Returns the department 対象部門.
     *
     * @return the name, not blank
     */
    public abstract String department();

    /**
     * Returns where the nonconformity came from.
     *
     * @return the origin, not null
     */
    public abstract NonconformityOrigin origin();

    /**
     * Returns the grade 指摘のランク.
     *
     * @return the grade, not null
     */
    public abstract FindingGrade grade();

    /**
     * Returns the clause 要求事項項番.
     *
     * @return the clause, not null
     */
    public abstract Clause clause();

    /**
     * Returns the request: the content 内容 with its author, approver and date of issue 発効日.
     *
     * @return the step, not null
     */
    public abstract ActionStep request();

    /**
     * Returns the correction 修正 and its planned date.
     *
     * @return the step, or empty until recorded
     */
    public abstract Optional<ActionStep> correction();

    /**
     * Returns the evaluation of similar nonconformities and the cause.
     *
     * @return the evaluation, or empty until recorded
     */
    public abstract Optional<CauseEvaluation> evaluation();

    /**
     * Returns the plan to remove the cause 原因除去 and its planned date.
     *
     * @return the step, or empty until recorded or when not needed
     */
    public abstract Optional<ActionStep> causeRemoval();

    /**
     * Returns the implementation report 実施報告 and its completion date.
     *
     * @return the step, or empty until recorded
     */
    public abstract Optional<ActionStep> implementation();

    /**
     * Returns the confirmation 処置確認 and its date.
     *
     * @return the step, or empty until recorded
     */
    public abstract Optional<ActionStep> confirmation();

    /**
     * Returns the effectiveness review 有効性 and its date.
     *
     * @return the step, or empty until recorded
     */
    public abstract Optional<ActionStep> effectiveness();

    /**
     * Tells whether a follow-up audit is needed フォロー監査の要・不要.
     *
     * @return the answer, present exactly with the effectiveness review
     */
    public abstract Optional<Boolean> followUpAuditNeeded();

    /**
     * Obtains a corrective request.
     *
     * @param number the reference number, not blank
     * @param department the department, not blank
     * @param origin the origin, not null
     * @param grade the grade, not null
     * @param clause the clause, not null
     * @param request the content with author, approver and date of issue, not null
     * @return the action, stage requested, not null
     * @throws IsmsException if a text is blank
     */
    public static CorrectiveAction of(String number, String department, NonconformityOrigin origin, FindingGrade grade,
            Clause clause, ActionStep request) {
        return ImmutableCorrectiveAction.builder().number(number).department(department).origin(origin).grade(grade)
                .clause(clause).request(request).build();
    }

    /**
     * Returns a copy with the correction.
     *
     * @param step the correction, not before the request, not null
     * @return the copy, not null
     * @throws IsmsException if it is already recorded or dated before the request
     */
    public final CorrectiveAction corrected(ActionStep step) {
        Objects.requireNonNull(step, "step");
        requireNext(ActionStage.CORRECTED);
        return ImmutableCorrectiveAction.builder().from(this).correction(step).build();
    }

    /**
     * Returns a copy with the evaluation of similar nonconformities and the cause.
     *
     * @param evaluation the evaluation, not before the correction, not null
     * @return the copy, not null
     * @throws IsmsException if there is no correction yet, it is already recorded, or it is dated
     *     before the correction
     */
    public final CorrectiveAction evaluated(CauseEvaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        requireNext(ActionStage.EVALUATED);
        return ImmutableCorrectiveAction.builder().from(this).evaluation(evaluation).build();
    }

    /**
     * Returns a copy with the plan to remove the cause.
     *
     * @param step the plan, not before the evaluation, not null
     * @return the copy, not null
     * @throws IsmsException if the cause is not evaluated yet, its removal is not needed, the plan
     *     is already recorded, or it is dated before the evaluation
     */
    public final CorrectiveAction causeRemovalPlanned(ActionStep step) {
        Objects.requireNonNull(step, "step");
        requireNext(ActionStage.CAUSE_REMOVAL_PLANNED);
        return ImmutableCorrectiveAction.builder().from(this).causeRemoval(step).build();
    }

    /**
     * Returns a copy with the implementation report.
     *
     * @param step the report, not before the step before it, not null
     * @return the copy, not null
     * @throws IsmsException if the step it depends on is missing, it is already recorded or it is
     *     dated before the step before it
     */
    public final CorrectiveAction implemented(ActionStep step) {
        Objects.requireNonNull(step, "step");
        requireNext(ActionStage.IMPLEMENTED);
        return ImmutableCorrectiveAction.builder().from(this).implementation(step).build();
    }

    /**
     * Returns a copy with the confirmation.
     *
     * @param step the confirmation, not before the implementation, not null
     * @return the copy, not null
     * @throws IsmsException if there is no implementation report yet, it is already recorded, or
     *     it is dated before the implementation
     */
    public final CorrectiveAction confirmed(ActionStep step) {
        Objects.requireNonNull(step, "step");
        requireNext(ActionStage.CONFIRMED);
        return ImmutableCorrectiveAction.builder().from(this).confirmation(step).build();
    }

    /**
     * Returns a copy closed by its effectiveness review.
     *
     * @param step the review, not before the confirmation, not null
     * @param followUpAuditNeeded whether a follow-up audit is needed
     * @return the copy, closed, not null
     * @throws IsmsException if there is no confirmation yet, the action is already closed, or the
     *     review is dated before the confirmation
     */
    public final CorrectiveAction reviewed(ActionStep step, boolean followUpAuditNeeded) {
        Objects.requireNonNull(step, "step");
        requireNext(ActionStage.CLOSED);
        return ImmutableCorrectiveAction.builder().from(this).effectiveness(step)
                .followUpAuditNeeded(followUpAuditNeeded).build();
    }

    private void requireNext(ActionStage next) {
        ActionStage stage = stage();
        if (!next.isAfter(stage) || (next == ActionStage.CAUSE_REMOVAL_PLANNED && !causeRemovalNeeded())) {
            throw new IsmsException(Checks.format("Invalid corrective action %s: %s cannot be recorded at stage %s%s",
                    Texts.echo(number()), next.code(), stage.code(),
                    next == ActionStage.CAUSE_REMOVAL_PLANNED && stage == ActionStage.EVALUATED
                            ? " (the evaluation needs no cause removal)" : ""));
        }
        ActionStage needed = previous(next);
        if (needed != stage) {
            throw new IsmsException(Checks.format(
                    "Invalid corrective action %s: %s cannot be recorded before %s (stage %s)", Texts.echo(number()),
                    next.code(), needed.code(), stage.code()));
        }
    }

    private boolean causeRemovalNeeded() {
        return evaluation().map(CauseEvaluation::causeRemovalNeeded).orElse(false);
    }

    /** The stage a stage depends on. */
    private ActionStage previous(ActionStage stage) {
        if (stage == ActionStage.IMPLEMENTED) {
            return causeRemovalNeeded() ? ActionStage.CAUSE_REMOVAL_PLANNED : ActionStage.EVALUATED;
        }
        return stage.previous();
    }

    /**
     * Returns the stage reached: the last step recorded.
     *
     * @return the stage, not null
     */
    public final ActionStage stage() {
        if (effectiveness().isPresent()) {
            return ActionStage.CLOSED;
        }
        if (confirmation().isPresent()) {
            return ActionStage.CONFIRMED;
        }
        if (implementation().isPresent()) {
            return ActionStage.IMPLEMENTED;
        }
        if (causeRemoval().isPresent()) {
            return ActionStage.CAUSE_REMOVAL_PLANNED;
        }
        if (evaluation().isPresent()) {
            return ActionStage.EVALUATED;
        }
        return correction().isPresent() ? ActionStage.CORRECTED : ActionStage.REQUESTED;
    }

    /**
     * Tells whether the action is closed: its effectiveness is reviewed.
     *
     * @return true once reviewed
     */
    public final boolean isClosed() {
        return stage() == ActionStage.CLOSED;
    }

    /**
     * Returns the steps recorded, in order, with their stages.
     *
     * @return an unmodifiable list of the recorded steps, the request first, not null
     */
    public final List<ActionStep> steps() {
        return List.copyOf(recorded().values());
    }

    /** The steps recorded, in order, by the stage each reaches. */
    private Map<ActionStage, ActionStep> recorded() {
        Map<ActionStage, ActionStep> steps = new EnumMap<>(ActionStage.class);
        steps.put(ActionStage.REQUESTED, request());
        correction().ifPresent(s -> steps.put(ActionStage.CORRECTED, s));
        evaluation().map(CauseEvaluation::cause).ifPresent(s -> steps.put(ActionStage.EVALUATED, s));
        causeRemoval().ifPresent(s -> steps.put(ActionStage.CAUSE_REMOVAL_PLANNED, s));
        implementation().ifPresent(s -> steps.put(ActionStage.IMPLEMENTED, s));
        confirmation().ifPresent(s -> steps.put(ActionStage.CONFIRMED, s));
        effectiveness().ifPresent(s -> steps.put(ActionStage.CLOSED, s));
        return steps;
    }

    @Value.Check
    final void check() {
        Texts.notBlank("corrective action number", number());
        Texts.notBlank("department", department());
        String record = Checks.format("corrective action %s", Texts.echo(number()));
        ActionStage previous = null;
        LocalDate before = null;
        for (Map.Entry<ActionStage, ActionStep> step : recorded().entrySet()) {
            LocalDate date = step.getValue().date();
            if (before != null && date.isBefore(before)) {
                throw new IsmsException(Checks.format("Invalid %s: %s dated %s is before %s, dated %s", record,
                        step.getKey().code(), date, previous.code(), before));
            }
            previous = step.getKey();
            before = date;
        }
    }
}
