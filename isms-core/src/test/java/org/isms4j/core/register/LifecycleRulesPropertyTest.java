package org.isms4j.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.junit.jupiter.api.Test;

/** The lifecycle rules over generated treatments, acceptances and plans: each holds exactly as stated. */
class LifecycleRulesPropertyTest {

    private static final RiskModel MODEL = RiskModel.standard();
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    @Test
    void treatments_acceptedExactlyWhenReduceNamesAControlAndRetainedAboveAcceptanceIsJustified() {
        qt().withExamples(500).forAll(integers().between(0, 15), integers().between(0, 2), integers().between(1, 9),
                integers().between(0, 1)).checkAssert((optionBits, controlCount, cell, justified) -> {
                    Set<TreatmentOption> options = EnumSet.noneOf(TreatmentOption.class);
                    for (TreatmentOption option : TreatmentOption.values()) {
                        if ((optionBits & 1 << List.of(TreatmentOption.values()).indexOf(option)) != 0) {
                            options.add(option);
                        }
                    }
                    List<TreatmentControl> controls = new ArrayList<>();
                    for (int c = 0; c < controlCount; c++) {
                        controls.add(TreatmentControl.of("control " + c));
                    }
                    int importance = (cell - 1) / 3 + 1;
                    int likelihood = (cell - 1) % 3 + 1;
                    RiskEvaluation first = RiskEvaluation.ofLikelihood(MODEL, importance, likelihood);
                    AssessedRisk row = AssessedRisk.of(Risk.newBuilder().number(1).assetNumbers(List.of(1))
                            .riskSource("s").impactArea("a").event("e").lostProperties(SecurityProperty.INTEGRITY)
                            .build(), first);
                    boolean decisionValid = !options.isEmpty()
                            && (!options.contains(TreatmentOption.REDUCE) || !controls.isEmpty());
                    boolean justificationNeeded = options.contains(TreatmentOption.RETAIN)
                            && !first.priority().isAcceptable();
                    if (!decisionValid) {
                        assertThatThrownBy(() -> TreatmentDecision.of(options, controls, TreatmentStatus.PLANNED))
                                .isInstanceOf(IsmsException.class).hasMessageStartingWith("Invalid treatment:");
                        return;
                    }
                    TreatmentDecision decision = TreatmentDecision.of(options, controls, TreatmentStatus.PLANNED)
                            .withJustification(justified == 1 ? "理由" : "");
                    if (justificationNeeded && justified == 0) {
                        assertThatThrownBy(() -> row.withTreatment(decision)).isInstanceOf(IsmsException.class)
                                .hasMessageContaining("above the acceptance threshold, without a justification");
                    } else {
                        assertThat(row.withTreatment(decision).treatment()).contains(decision);
                    }
                });
    }

    @Test
    void acceptances_reviewDueExactlyFromTheirExpiry() {
        qt().withExamples(300).forAll(integers().between(-1, 400), integers().between(-400, 800))
                .checkAssert((expiryOffset, todayOffset) -> {
                    Optional<LocalDate> expires = expiryOffset < 0 ? Optional.empty()
                            : Optional.of(DAY.plusDays(expiryOffset));
                    if (expires.isPresent() && !expires.get().isAfter(DAY)) {
                        assertThatThrownBy(() -> ResidualAcceptance.of("owner", ResidualDecision.ACCEPTED, DAY, "ok",
                                expires)).isInstanceOf(IsmsException.class);
                        return;
                    }
                    ResidualAcceptance acceptance = ResidualAcceptance.of("owner", ResidualDecision.ACCEPTED, DAY, "ok",
                            expires);
                    LocalDate today = DAY.plusDays(todayOffset);
                    assertThat(acceptance.isReviewDue(today))
                            .isEqualTo(expires.isPresent() && !today.isBefore(expires.get()));
                });
    }

    @Test
    void plans_progressAndOverdueAgreeWithTheirRows() {
        qt().withExamples(200).forAll(integers().between(0, 30), integers().allPositive()).checkAssert((size, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<PlanItem> items = new ArrayList<>();
            for (int n = 1; n <= size; n++) {
                LocalDate start = DAY.plusDays(random.nextInt(0, 60));
                PlanItem item = PlanItem.newBuilder().number(n).control(TreatmentControl.of("c" + n))
                        .tasks(List.of("task")).owner("owner").plannedStart(start)
                        .plannedEnd(start.plusDays(random.nextInt(0, 60))).riskNumbers(List.of(1)).build();
                int stage = random.nextInt(0, 3);
                if (stage >= 1) {
                    item = item.startedOn(start.plusDays(random.nextInt(0, 10)));
                }
                if (stage == 2) {
                    item = item.completedOn(item.actualStart().orElseThrow().plusDays(random.nextInt(0, 10)));
                }
                items.add(item);
            }
            TreatmentPlan plan = TreatmentPlan.of(items);
            LocalDate today = DAY.plusDays(random.nextInt(0, 150));
            assertThat(plan.progress().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(size);
            for (PlanStatus status : PlanStatus.values()) {
                assertThat(plan.progress().get(status))
                        .isEqualTo((int) items.stream().filter(i -> i.status() == status).count());
            }
            assertThat(plan.overdue(today)).containsExactlyElementsOf(items.stream()
                    .filter(i -> i.status() != PlanStatus.COMPLETED && today.isAfter(i.plannedEnd())).toList());
        });
    }
}
