package org.isms4j.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanItemBuilder;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;

/**
 * docs/method.md#treatment-plan: the plan lists every control of the report's treatments, one row each, traced to
 * its risks; with the tasks, owners and dates of the source it is the source's plan.
 */
class TreatmentPlanDraftSpecTest {

    @Test
    void draft_laysOutTheSourcesFiveRows_controlsAndAnnexAIdsFromTheReport() {
        List<PlanItemBuilder> draft = TreatmentPlan.draft(CanonicalFixture.treated());
        List<PlanItem> rows = new ArrayList<>();
        for (PlanItemBuilder row : draft) {
            rows.add(row.tasks(List.of("-")).owner("-").plannedStart(LocalDate.of(2023, 8, 10))
                    .plannedEnd(LocalDate.of(2023, 8, 10)).build());
        }
        assertThat(rows).extracting(PlanItem::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows).extracting(r -> r.control().text()).containsExactly("モバイル機器の利用ルールを整備・強化", "教育訓練",
                "情報の分類定義", "分類ごとの情報の取扱いルール", "ラベリング");
        assertThat(rows).extracting(r -> r.control().annexA()).containsExactly(Optional.empty(), Optional.empty(),
                Optional.of("5.12"), Optional.empty(), Optional.of("5.13"));
        assertThat(rows).extracting(r -> List.copyOf(r.riskNumbers())).containsExactly(List.of(1), List.of(2),
                List.of(3), List.of(3), List.of(3));
    }

    @Test
    void draft_completedWithTheSourcesTasksOwnersAndDates_isTheSourcesPlan() {
        TreatmentPlan source = CanonicalFixture.plan();
        List<PlanItemBuilder> draft = TreatmentPlan.draft(CanonicalFixture.treated());
        assertThat(draft).hasSameSizeAs(source.items());
        List<PlanItem> rows = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            PlanItem expected = source.items().get(i);
            rows.add(draft.get(i).tasks(expected.tasks()).owner(expected.owner()).plannedStart(expected.plannedStart())
                    .plannedEnd(expected.plannedEnd()).actualStart(expected.actualStart())
                    .actualEnd(expected.actualEnd()).status(expected.status()).build());
        }
        TreatmentPlan plan = TreatmentPlan.of(rows).checkTraces(CanonicalFixture.treated());
        assertThat(plan).isEqualTo(source);
    }
}
