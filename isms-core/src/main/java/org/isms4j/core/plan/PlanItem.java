package org.isms4j.core.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;
import org.isms4j.core.treatment.TreatmentControl;

/**
 * One row of the risk treatment plan リスク対応計画 (docs/method.md#treatment-plan): a control, its tasks, the owner
 * 担当, planned and actual start and end, and the status; such as row 1 of the source:
 * "モバイル機器の利用ルールを整備・強化", tasks "ルール検討" and "関係者に周知", owner 委員長, planned
 * 2023-08-10 to 2023-09-29.
 *
 * <p>Dates and status agree: an actual end means completed and completed needs an actual end; in
 * progress needs an actual start; not started has no actual date; an end is never before its
 * start. The row traces to the risks whose treatment names its control.
 *
 * <p>Limits ({@link Limits}): the owner and each task hold at most {@value Limits#MAX_TEXT_LENGTH}
 * characters, and so do the tasks together with a line break between each, as the plan's Tasks
 * column writes them; at most {@value Limits#MAX_LIST_SIZE} tasks and risk numbers; every date in
 * {@code 0000-01-01 - 9999-12-31}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanItem {

    PlanItem() {}

    /**
     * Returns the row's number.
     *
     * @return the number, 1 or more
     */
    public abstract int number();

    /**
     * Returns the control the row carries out.
     *
     * @return the control, not null
     */
    public abstract TreatmentControl control();

    /**
     * Returns the tasks, such as ルール検討 and 関係者に周知.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<String> tasks();

    /**
     * Returns the owner 担当, such as 委員長.
     *
     * @return the owner, not blank
     */
    public abstract String owner();

    /**
     * Returns the planned start.
     *
     * @return the date, not null
     */
    public abstract LocalDate plannedStart();

    /**
     * Returns the planned end.
     *
     * @return the date, not before the planned start, not null
     */
    public abstract LocalDate plannedEnd();

    /**
     * Returns the actual start.
     *
     * @return the date, or empty while not started
     */
    public abstract Optional<LocalDate> actualStart();

    /**
     * Returns the actual end.
     *
     * @return the date, or empty while not completed
     */
    public abstract Optional<LocalDate> actualEnd();

    /**
     * Returns the status.
     *
     * @return the status, not null
     */
    public abstract PlanStatus status();

    /**
     * Returns the numbers of the risks whose treatment names this row's control.
     *
     * @return an unmodifiable, non-empty sorted set, not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> riskNumbers();

    /**
     * Returns a builder of a row, each column named, such as
     * {@code PlanItem.newBuilder().number(2).control(TreatmentControl.of("教育訓練")).tasks(List.of("教材作成"))
     * .owner("ISMS事務局").plannedStart(start).plannedEnd(end).riskNumbers(List.of(2)).build()}.
     *
     * @return a new builder, not null
     */
    public static PlanItemBuilder newBuilder() {
        return new PlanItemBuilder();
    }

    /**
     * Returns a copy started on a date: in progress.
     *
     * @param actualStart the actual start, not null
     * @return the copy
     * @throws IsmsException if the row already has an actual end, or the date lies outside
     *     {@code 0000-01-01 - 9999-12-31}
     */
    public final PlanItem startedOn(LocalDate actualStart) {
        Objects.requireNonNull(actualStart, "actualStart");
        return ImmutablePlanItem.builder().from(this).actualStart(actualStart).status(PlanStatus.IN_PROGRESS).build();
    }

    /**
     * Returns a copy completed on a date: completed.
     *
     * @param actualEnd the actual end, not before the actual start, not null
     * @return the copy
     * @throws IsmsException if the row was never started, the end is before the start, or the
     *     date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public final PlanItem completedOn(LocalDate actualEnd) {
        Objects.requireNonNull(actualEnd, "actualEnd");
        return ImmutablePlanItem.builder().from(this).actualEnd(actualEnd).status(PlanStatus.COMPLETED).build();
    }

    /**
     * Obtains a row as it was recorded, such as one read back from a file; {@link #newBuilder()}
     * names each column, and this positional factory stays for the readers that use it.
     *
     * @param number the row's number
     * @param control the control
     * @param tasks the tasks
     * @param owner the owner
     * @param plannedStart the planned start
     * @param plannedEnd the planned end
     * @param actualStart the actual start, or empty
     * @param actualEnd the actual end, or empty
     * @param status the status
     * @param riskNumbers the risks traced
     * @return the row, not null
     * @throws IsmsException if a rule of the row is broken
     */
    public static PlanItem ofRecord(int number, TreatmentControl control, Collection<String> tasks, String owner,
            LocalDate plannedStart, LocalDate plannedEnd, Optional<LocalDate> actualStart,
            Optional<LocalDate> actualEnd, PlanStatus status, Collection<Integer> riskNumbers) {
        return newBuilder().number(number).control(control).tasks(tasks).owner(owner).plannedStart(plannedStart)
                .plannedEnd(plannedEnd).actualStart(actualStart).actualEnd(actualEnd).status(status)
                .riskNumbers(riskNumbers).build();
    }

    @Value.Check
    final void check() {
        Checks.inRange("plan row number", 1, Integer.MAX_VALUE, number());
        Checks.notBlank("owner", owner());
        if (tasks().isEmpty()) {
            throw new IsmsException(Checks.format("Invalid plan row %d: it has at least one task", number()));
        }
        for (String task : tasks()) {
            Checks.notBlank("task", task);
        }
        Checks.lines("tasks", tasks());
        if (riskNumbers().isEmpty()) {
            throw new IsmsException(Checks.format("Invalid plan row %d: it traces to at least one risk", number()));
        }
        Checks.inRange("risk number", 1, Integer.MAX_VALUE, riskNumbers().first());
        Checks.listSize("risk numbers", riskNumbers());
        Checks.date("planned start", plannedStart());
        Checks.date("planned end", plannedEnd());
        actualStart().ifPresent(date -> Checks.date("actual start", date));
        actualEnd().ifPresent(date -> Checks.date("actual end", date));
        notBefore("planned end", plannedEnd(), "planned start", plannedStart());
        if (actualEnd().isPresent() && actualStart().isEmpty()) {
            throw new IsmsException(Checks.format(
                    "Invalid plan row %d: it has an actual end %s but no actual start", number(), actualEnd().get()));
        }
        actualEnd().ifPresent(end -> notBefore("actual end", end, "actual start", actualStart().get()));
        boolean ended = actualEnd().isPresent();
        boolean started = actualStart().isPresent();
        switch (status()) {
            case COMPLETED:
                if (!ended) {
                    throw mismatch("completed needs an actual end");
                }
                break;
            case IN_PROGRESS:
                if (!started || ended) {
                    throw mismatch(ended ? "an actual end means completed" : "in progress needs an actual start");
                }
                break;
            default:
                if (started) {
                    throw mismatch(ended ? "an actual end means completed" : "an actual start means in progress");
                }
        }
    }

    private void notBefore(String later, LocalDate laterDate, String earlier, LocalDate earlierDate) {
        if (laterDate.isBefore(earlierDate)) {
            throw new IsmsException(Checks.format("Invalid plan row %d: the %s %s is before the %s %s", number(), later,
                    laterDate, earlier, earlierDate));
        }
    }

    private IsmsException mismatch(String rule) {
        return new IsmsException(Checks.format(
                "Invalid plan row %d: status %s does not agree with its actual dates (start %s, end %s): %s", number(),
                status().code(), actualStart().map(LocalDate::toString).orElse("none"),
                actualEnd().map(LocalDate::toString).orElse("none"), rule));
    }

    /**
     * Tells whether the row is overdue on a date: not completed and its planned end has passed.
     *
     * @param today the date to judge on, not null
     * @return true if overdue
     */
    public final boolean isOverdue(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return status() != PlanStatus.COMPLETED && today.isAfter(plannedEnd());
    }
}
