package org.isms4j.core.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.treatment.TreatmentControl;

/**
 * A builder of a row of the risk treatment plan リスク対応計画, each column named, such as row 1
 * of the source:
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.List;
 * import org.isms4j.core.treatment.TreatmentControl;
 * PlanItem row = PlanItem.newBuilder().number(1).control(TreatmentControl.of("モバイル機器の利用ルールを整備・強化"))
 *         .tasks(List.of("ルール検討", "関係者に周知")).owner("委員長")
 *         .plannedStart(LocalDate.of(2023, 8, 10)).plannedEnd(LocalDate.of(2023, 9, 29))
 *         .riskNumbers(List.of(1)).build();
 * System.out.println(row.status().code());
 * // prints: not_started
 * }</pre>
 * The number, the control, the tasks, the owner, the planned start and end and the risk numbers
 * are required. The actual start and end are optional; the status is 未着手 not started unless
 * set, and must agree with the actual dates.
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class PlanItemBuilder {
    private int number;
    private boolean numberSet;
    private TreatmentControl control;
    private Collection<String> tasks;
    private String owner;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private Optional<LocalDate> actualStart = Optional.empty();
    private Optional<LocalDate> actualEnd = Optional.empty();
    private PlanStatus status = PlanStatus.NOT_STARTED;
    private Collection<Integer> riskNumbers;

    PlanItemBuilder() {}

    /**
     * Sets the row's number.
     *
     * @param number the number, 1 or more
     * @return this builder
     */
    public PlanItemBuilder number(int number) {
        this.number = number;
        this.numberSet = true;
        return this;
    }

    /**
     * Sets the control the row carries out.
     *
     * @param control the control, not null
     * @return this builder
     */
    public PlanItemBuilder control(TreatmentControl control) {
        this.control = Objects.requireNonNull(control, "control");
        return this;
    }

    /**
     * Sets the tasks, such as ルール検討 and 関係者に周知.
     *
     * @param tasks the tasks, not empty, none blank; copied when built
     * @return this builder
     */
    public PlanItemBuilder tasks(Collection<String> tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        return this;
    }

    /**
     * Sets the owner 担当, such as 委員長.
     *
     * @param owner the owner, not blank
     * @return this builder
     */
    public PlanItemBuilder owner(String owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
        return this;
    }

    /**
     * Sets the planned start.
     *
     * @param plannedStart the date, not null
     * @return this builder
     */
    public PlanItemBuilder plannedStart(LocalDate plannedStart) {
        this.plannedStart = Objects.requireNonNull(plannedStart, "plannedStart");
        return this;
    }

    /**
     * Sets the planned end.
     *
     * @param plannedEnd the date, not before the planned start; not null
     * @return this builder
     */
    public PlanItemBuilder plannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = Objects.requireNonNull(plannedEnd, "plannedEnd");
        return this;
    }

    /**
     * Sets the actual start; a row with one is in progress or completed.
     *
     * @param actualStart the date, or empty while not started; not null
     * @return this builder
     */
    public PlanItemBuilder actualStart(Optional<LocalDate> actualStart) {
        this.actualStart = Objects.requireNonNull(actualStart, "actualStart");
        return this;
    }

    /**
     * Sets the actual end; a row with one is completed.
     *
     * @param actualEnd the date, or empty while not completed; not null
     * @return this builder
     */
    public PlanItemBuilder actualEnd(Optional<LocalDate> actualEnd) {
        this.actualEnd = Objects.requireNonNull(actualEnd, "actualEnd");
        return this;
    }

    /**
     * Sets the status, 未着手 not started unless set.
     *
     * @param status the status, agreeing with the actual dates; not null
     * @return this builder
     */
    public PlanItemBuilder status(PlanStatus status) {
        this.status = Objects.requireNonNull(status, "status");
        return this;
    }

    /**
     * Sets the numbers of the risks whose treatment names the row's control.
     *
     * @param riskNumbers the numbers, each 1 or more and none repeated; not empty; copied when built
     * @return this builder
     */
    public PlanItemBuilder riskNumbers(Collection<Integer> riskNumbers) {
        this.riskNumbers = Objects.requireNonNull(riskNumbers, "riskNumbers");
        return this;
    }

    /**
     * Builds the row.
     *
     * @return the row, not null
     * @throws IsmsException if a required value is missing, naming it, as
     *     {@code Missing value for owner (required, set with owner)}, or a rule of the row is
     *     broken, such as a risk number given twice: {@code Duplicate risk number: 5}, or a limit
     *     of {@link PlanItem}: a text over {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH}
     *     characters, a date outside {@code 0000-01-01 - 9999-12-31}
     */
    public PlanItem build() {
        if (!numberSet) {
            throw Checks.missing("plan row number", "number");
        }
        if (control == null) {
            throw Checks.missing("control", "control");
        }
        if (tasks == null) {
            throw Checks.missing("tasks", "tasks");
        }
        if (owner == null) {
            throw Checks.missing("owner", "owner");
        }
        if (plannedStart == null) {
            throw Checks.missing("planned start", "plannedStart");
        }
        if (plannedEnd == null) {
            throw Checks.missing("planned end", "plannedEnd");
        }
        if (riskNumbers == null) {
            throw Checks.missing("risk numbers", "riskNumbers");
        }
        return ImmutablePlanItem.builder().number(number).control(control).tasks(tasks).owner(owner)
                .plannedStart(plannedStart).plannedEnd(plannedEnd).actualStart(actualStart).actualEnd(actualEnd)
                .status(status).riskNumbers(Checks.distinct("riskNumbers", "risk number", riskNumbers)).build();
    }
}
