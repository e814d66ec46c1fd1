package org.isms4j.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.junit.jupiter.api.Test;

class TreatmentPlanTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 9);

    @Test
    void draft_aControlSeveralRisksName_isOneRowTracedToEach_andUntreatedRisksAddNone() {
        RiskRegister assessed = CanonicalFixture.assessed();
        TreatmentControl training = TreatmentControl.of("教育訓練");
        TreatmentControl labelling = TreatmentControl.of("ラベリング", "A 5.13");
        AssessedRisk r1 = assessed.find(1).orElseThrow().withTreatment(TreatmentDecision.of(
                List.of(TreatmentOption.REDUCE), List.of(training, labelling), TreatmentStatus.PLANNED));
        AssessedRisk r3 = assessed.find(3).orElseThrow().withTreatment(TreatmentDecision.of(
                List.of(TreatmentOption.REDUCE), List.of(TreatmentControl.of("ラベリング", "5.13"), training),
                TreatmentStatus.PLANNED));
        RiskRegister register = assessed.withRisks(List.of(r1, assessed.find(2).orElseThrow(), r3));
        List<PlanItemBuilder> draft = TreatmentPlan.draft(register);
        List<PlanItem> rows = draft.stream().map(b -> b.tasks(List.of("t")).owner("o").plannedStart(DAY)
                .plannedEnd(DAY).build()).toList();
        assertThat(rows).extracting(PlanItem::control).containsExactly(training, labelling);
        assertThat(rows).extracting(r -> List.copyOf(r.riskNumbers())).containsExactly(List.of(1, 3), List.of(1, 3));
        assertThat(TreatmentPlan.of(rows).checkTraces(register).items()).hasSize(2);
        assertThat(TreatmentPlan.draft(assessed)).isEmpty();
        assertThatThrownBy(() -> draft.add(PlanItem.newBuilder())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TreatmentPlan.draft(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("register");
    }
}
