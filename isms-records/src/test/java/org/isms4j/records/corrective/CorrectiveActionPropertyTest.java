package org.isms4j.records.corrective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.isms4j.core.IsmsException;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.FindingGrade;
import org.junit.jupiter.api.Test;

/** Any sequence of attempted steps leaves a corrective action in a valid state, or is rejected. */
class CorrectiveActionPropertyTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 26);

    /** Attempts step {@code kind} (0 - 6) dated {@code offset} days after the request. */
    private static CorrectiveAction attempt(CorrectiveAction action, int kind, int offset) {
        ActionStep step = ActionStep.of("内容", "佐藤", "山田", DAY.plusDays(offset));
        switch (kind) {
            case 0:
                return action.corrected(step);
            case 1:
                return action.evaluated(CauseEvaluation.of(false, false, offset % 2 == 0, step));
            case 2:
                return action.causeRemovalPlanned(step);
            case 3:
                return action.implemented(step);
            case 4:
                return action.confirmed(step);
            default:
                return action.reviewed(step, offset % 3 == 0);
        }
    }

    @Test
    void anySequence_keepsOrderAndDates() {
        qt().forAll(lists().of(integers().between(0, 5).zip(integers().between(-3, 30), (k, d) -> new int[] {k, d}))
                .ofSizeBetween(0, 12)).checkAssert(attempts -> {
                    CorrectiveAction action = CorrectiveAction.of("24-01", "管理部", NonconformityOrigin.INCIDENT,
                            FindingGrade.MAJOR_NONCONFORMITY, Clause.parse("10.2"),
                            ActionStep.of("内容", "佐藤", "山田", DAY));
                    for (int[] a : attempts) {
                        ActionStage before = action.stage();
                        try {
                            action = attempt(action, a[0], a[1]);
                            assertThat(action.stage().isAfter(before)).isTrue();
                        } catch (IsmsException rejected) {
                            assertThat(action.stage()).isEqualTo(before);
                        }
                    }
                    List<ActionStep> steps = action.steps();
                    for (int i = 1; i < steps.size(); i++) {
                        assertThat(steps.get(i).date()).isAfterOrEqualTo(steps.get(i - 1).date());
                    }
                    assertThat(action.isClosed()).isEqualTo(action.effectiveness().isPresent());
                    assertThat(action.followUpAuditNeeded().isPresent()).isEqualTo(action.isClosed());
                    assertThat(action.causeRemoval().isPresent()).isEqualTo(action.causeRemoval().isPresent()
                            && action.evaluation().get().causeRemovalNeeded());
                    if (action.implementation().isPresent()) {
                        assertThat(action.evaluation()).isPresent();
                        assertThat(action.causeRemoval().isPresent())
                                .isEqualTo(action.evaluation().get().causeRemovalNeeded());
                    }
                });
    }
}
