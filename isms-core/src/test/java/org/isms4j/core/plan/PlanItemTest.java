package org.isms4j.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.isms4j.core.IsmsException;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.core.treatment.TreatmentControl;
import org.junit.jupiter.api.Test;

class PlanItemTest {

    private static final LocalDate START = LocalDate.of(2023, 8, 10);
    private static final LocalDate END = LocalDate.of(2023, 9, 29);
    private static final TreatmentControl CONTROL = TreatmentControl.of("モバイル機器の利用ルールを整備・強化");

    private static PlanItem row() {
        return PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("ルール検討", "関係者に周知")).owner("委員長")
                .plannedStart(START).plannedEnd(END).riskNumbers(List.of(1)).build();
    }

    @Test
    void lifecycle() {
        PlanItem row = row();
        assertThat(row.status()).isEqualTo(PlanStatus.NOT_STARTED);
        PlanItem started = row.startedOn(START);
        assertThat(started.status()).isEqualTo(PlanStatus.IN_PROGRESS);
        PlanItem done = started.completedOn(END);
        assertThat(done.status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(done.isOverdue(END.plusYears(1))).isFalse();
        assertThat(started.isOverdue(END)).isFalse();
        assertThat(started.isOverdue(END.plusDays(1))).isTrue();
    }

    @Test
    void invalidRows() {
        assertThatThrownBy(() -> row().completedOn(END)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid plan row 1: it has an actual end 2023-09-29 but no actual start");
        assertThatThrownBy(() -> row().startedOn(START).completedOn(START.minusDays(1)))
                .hasMessage("Invalid plan row 1: the actual end 2023-08-09 is before the actual start 2023-08-10");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("t")).owner("o")
                .plannedStart(END).plannedEnd(START).riskNumbers(List.of(1)).build())
                .hasMessage("Invalid plan row 1: the planned end 2023-08-10 is before the planned start 2023-09-29");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of()).owner("o")
                .plannedStart(START).plannedEnd(END).riskNumbers(List.of(1)).build())
                .hasMessage("Invalid plan row 1: it has at least one task");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("t")).owner("o")
                .plannedStart(START).plannedEnd(END).riskNumbers(List.of()).build())
                .hasMessage("Invalid plan row 1: it traces to at least one risk");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("t")).owner(" ")
                .plannedStart(START).plannedEnd(END).riskNumbers(List.of(1)).build())
                .hasMessage("Invalid value for owner (must not be blank): ' '");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(0).control(CONTROL).tasks(List.of("t")).owner("o")
                .plannedStart(START).plannedEnd(END).riskNumbers(List.of(1)).build())
                .hasMessage("Invalid value for plan row number (valid values 1 - 2147483647): 0");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("t")).owner("o")
                .plannedStart(START).plannedEnd(END).actualStart(Optional.of(START)).actualEnd(Optional.of(END))
                .status(PlanStatus.IN_PROGRESS).riskNumbers(List.of(1)).build())
                .hasMessageEndingWith("(start 2023-08-10, end 2023-09-29): an actual end means completed");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("t")).owner("o")
                .plannedStart(START).plannedEnd(END).actualStart(Optional.empty()).actualEnd(Optional.empty())
                .status(PlanStatus.IN_PROGRESS).riskNumbers(List.of(1)).build())
                .hasMessageEndingWith("(start none, end none): in progress needs an actual start");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("t")).owner("o")
                .plannedStart(START).plannedEnd(END).actualStart(Optional.of(START)).actualEnd(Optional.of(END))
                .status(PlanStatus.NOT_STARTED).riskNumbers(List.of(1)).build())
                .hasMessageEndingWith("an actual end means completed");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("t")).owner("o")
                .plannedStart(START).plannedEnd(END).actualStart(Optional.of(START)).actualEnd(Optional.empty())
                .status(PlanStatus.NOT_STARTED).riskNumbers(List.of(1)).build())
                .hasMessageEndingWith("an actual start means in progress");
        assertThat(PlanStatus.ofCode("in_progress")).isEqualTo(PlanStatus.IN_PROGRESS);
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("t")).owner("o")
                .plannedStart(START).plannedEnd(END).actualStart(Optional.of(START)).actualEnd(Optional.empty())
                .status(PlanStatus.COMPLETED).riskNumbers(List.of(1)).build())
                .hasMessage("Invalid plan row 1: status completed does not agree with its actual dates (start "
                        + "2023-08-10, end none): completed needs an actual end");
    }

    /** Over every combination of actual dates and status: accepted exactly when they agree. */
    @Test
    void generatedRecords_acceptedExactlyWhenDatesAndStatusAgree() {
        qt().forAll(integers().between(-1, 20), integers().between(-1, 20), integers().between(0, 2))
                .checkAssert((startOffset, endOffset, statusIndex) -> {
                    Optional<LocalDate> start = startOffset < 0 ? Optional.empty() : Optional.of(START.plusDays(startOffset));
                    Optional<LocalDate> end = endOffset < 0 ? Optional.empty() : Optional.of(START.plusDays(endOffset));
                    PlanStatus status = PlanStatus.values()[statusIndex];
                    boolean datesOk = (end.isEmpty() || start.isPresent())
                            && (end.isEmpty() || !end.get().isBefore(start.get()));
                    boolean statusOk = status == PlanStatus.COMPLETED ? end.isPresent()
                            : status == PlanStatus.IN_PROGRESS ? start.isPresent() && end.isEmpty() : start.isEmpty();
                    if (datesOk && statusOk) {
                        assertThat(PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("t")).owner("o")
                                .plannedStart(START).plannedEnd(END).actualStart(start).actualEnd(end).status(status)
                                .riskNumbers(List.of(1)).build().status()).isEqualTo(status);
                    } else {
                        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("t"))
                                .owner("o").plannedStart(START).plannedEnd(END).actualStart(start).actualEnd(end)
                                .status(status).riskNumbers(List.of(1)).build()).isInstanceOf(IsmsException.class)
                                .hasMessageStartingWith("Invalid plan row 1:");
                    }
                });
    }

    @Test
    void plan_duplicateRowsAndTraces() {
        assertThatThrownBy(() -> TreatmentPlan.of(List.of(row(), row()))).hasMessage("Duplicate plan row number: 1");
        RiskRegister register = CanonicalFixture.treated();
        TreatmentPlan strayRisk = TreatmentPlan.of(List.of(PlanItem.newBuilder().number(1).control(CONTROL)
                .tasks(List.of("t")).owner("o").plannedStart(START).plannedEnd(END).riskNumbers(List.of(7)).build()));
        assertThatThrownBy(() -> strayRisk.checkTraces(register))
                .hasMessage("Invalid plan row 1: it traces to risk 7, which is not in the register");
        TreatmentPlan wrongRisk = TreatmentPlan.of(List.of(PlanItem.newBuilder().number(1).control(CONTROL)
                .tasks(List.of("t")).owner("o").plannedStart(START).plannedEnd(END).riskNumbers(List.of(2)).build()));
        assertThatThrownBy(() -> wrongRisk.checkTraces(register))
                .hasMessage("Invalid plan row 1: risk 2's treatment does not name its control "
                        + "'モバイル機器の利用ルールを整備・強化'");
        TreatmentPlan untreated = TreatmentPlan.of(List.of(PlanItem.newBuilder().number(1).control(CONTROL)
                .tasks(List.of("t")).owner("o").plannedStart(START).plannedEnd(END).riskNumbers(List.of(1)).build()));
        assertThatThrownBy(() -> untreated.checkTraces(CanonicalFixture.assessed()))
                .hasMessage("Invalid plan row 1: risk 1's treatment does not name its control "
                        + "'モバイル機器の利用ルールを整備・強化'");
    }

    @Test
    void repeatedRiskNumber_isRefusedNotMerged() {
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(CONTROL).tasks(List.of("t")).owner("o")
                .plannedStart(START).plannedEnd(END).riskNumbers(List.of(5, 5)).build())
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate risk number: 5");
    }
}
