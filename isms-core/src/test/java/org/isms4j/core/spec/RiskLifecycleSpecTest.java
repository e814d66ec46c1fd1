package org.isms4j.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.HeatMap;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.treatment.TreatmentStatus;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;

/**
 * docs/method.md#canonical-example, #risk-treatment and #treatment-plan: the canonical three risks
 * from first evaluation to residual acceptance.
 */
class RiskLifecycleSpecTest {

    private final RiskRegister register = CanonicalFixture.treated();

    @Test
    void firstEvaluation_6_4_9_withPriorities_2_3_1() {
        assertThat(register.risks()).extracting(r -> r.first().importance()).containsExactly(3, 2, 3);
        assertThat(register.risks()).extracting(r -> r.first().likelihood()).containsExactly(2, 2, 3);
        assertThat(register.risks()).extracting(r -> r.first().level()).containsExactly(6, 4, 9);
        assertThat(register.risks()).extracting(r -> r.first().priority().rank()).containsExactly(2, 3, 1);
    }

    @Test
    void risk3_takesTheHighestImportanceOfItsFiveAssets() {
        AssessedRisk risk3 = register.find(3).orElseThrow();
        assertThat(risk3.risk().assetNumbers()).containsExactly(10, 11, 13, 26, 55);
        assertThat(risk3.first().assetImportance()).isEqualTo(3);
        assertThat(risk3.first().isImportanceOverridden()).isFalse();
    }

    @Test
    void treatment_statusesAndAnnexAControls() {
        assertThat(register.risks()).extracting(r -> r.treatment().orElseThrow().status())
                .containsExactly(TreatmentStatus.DONE, TreatmentStatus.PLANNED, TreatmentStatus.UNDECIDED);
        assertThat(register.annexAControlsByRisk()).isEqualTo(Map.of(3, List.of("5.12", "5.13")));
    }

    @Test
    void secondEvaluation_residual_2_1_6() {
        assertThat(register.risks()).extracting(r -> r.second().orElseThrow().importance()).containsExactly(2, 1, 2);
        assertThat(register.risks()).extracting(r -> r.second().orElseThrow().likelihood()).containsExactly(1, 1, 3);
        assertThat(register.risks()).extracting(r -> r.second().orElseThrow().level()).containsExactly(2, 1, 6);
        assertThat(register.risks()).extracting(r -> r.reduction().getAsInt()).containsExactly(4, 3, 3);
        assertThat(register.residualAboveAcceptance()).extracting(AssessedRisk::number).containsExactly(3);
    }

    @Test
    void views_byPriorityAndNeedingTreatment() {
        assertThat(register.byPriority()).extracting(AssessedRisk::number).containsExactly(3, 1, 2);
        assertThat(register.needingTreatment()).extracting(AssessedRisk::number).containsExactly(1, 2, 3);
    }

    @Test
    void heatMaps_beforeAndAfter() {
        HeatMap before = register.heatMapBefore();
        assertThat(before.count(3, 2)).isEqualTo(1);
        assertThat(before.count(2, 2)).isEqualTo(1);
        assertThat(before.count(3, 3)).isEqualTo(1);
        assertThat(before.total()).isEqualTo(3);
        HeatMap after = register.heatMapAfter();
        assertThat(after.count(2, 1)).isEqualTo(1);
        assertThat(after.count(1, 1)).isEqualTo(1);
        assertThat(after.count(2, 3)).isEqualTo(1);
        assertThat(after.count(3, 3)).isZero();
    }

    @Test
    void approvalAndResidualAcceptance() {
        assertThat(register.approval().orElseThrow().isApproved()).isTrue();
        assertThat(register.reviewDue(LocalDate.of(2024, 3, 31))).isEmpty();
        assertThat(register.reviewDue(LocalDate.of(2024, 4, 1))).extracting(AssessedRisk::number).containsExactly(3);
    }

    @Test
    void plan_tracesProgressAndOverdue() {
        TreatmentPlan plan = CanonicalFixture.plan().checkTraces(register);
        assertThat(plan.progress()).containsEntry(PlanStatus.COMPLETED, 1).containsEntry(PlanStatus.IN_PROGRESS, 1)
                .containsEntry(PlanStatus.NOT_STARTED, 3);
        assertThat(plan.overdue(LocalDate.of(2024, 1, 15))).extracting(i -> i.number()).containsExactly(2, 3, 4);
        assertThat(PlanStatus.IN_PROGRESS.getDisplayName(java.util.Locale.JAPANESE)).isEqualTo("着手");
        assertThat(PlanStatus.COMPLETED.getDisplayName(java.util.Locale.JAPANESE)).isEqualTo("終了");
        assertThat(PlanStatus.NOT_STARTED.getDisplayName(java.util.Locale.JAPANESE)).isEqualTo("未着手");
    }
}
