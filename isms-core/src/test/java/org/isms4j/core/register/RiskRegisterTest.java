package org.isms4j.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.isms4j.core.CiaRating;
import org.isms4j.core.InvalidRatingException;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.risk.EvaluationField;
import org.isms4j.core.risk.EvaluationStage;
import org.isms4j.core.risk.InvalidEvaluationException;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.core.treatment.TreatmentDecision;
import org.junit.jupiter.api.Test;

class RiskRegisterTest {

    private static final RiskModel MODEL = RiskModel.standard();

    @Test
    void unknownAsset() {
        RiskRegister register = CanonicalFixture.assessed();
        AssessedRisk stray = AssessedRisk.of(Risk.newBuilder().number(4).assetNumbers(List.of(9, 99)).riskSource("s")
                .impactArea("a").event("e").lostProperties(SecurityProperty.INTEGRITY).build(),
                RiskEvaluation.ofLikelihood(MODEL, 3, 1));
        List<AssessedRisk> rows = new ArrayList<>(register.risks());
        rows.add(stray);
        assertThatThrownBy(() -> register.withRisks(rows)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid risk 4: it cites asset 99, which is not in the asset inventory");
    }

    @Test
    void byPriority_tiesByLevelThenNumber() {
        AssetInventory inventory = AssetInventory.of(Asset.of(1, "a", CiaRating.of(3, 1, 1)),
                Asset.of(2, "b", CiaRating.of(2, 1, 1)), Asset.of(3, "c", CiaRating.of(1, 1, 1)));
        List<AssessedRisk> rows = List.of(
                AssessedRisk.of(Risk.newBuilder().number(1).assetNumbers(List.of(3)).riskSource("s").impactArea("a")
                        .event("e").lostProperties(SecurityProperty.INTEGRITY).build(),
                        RiskEvaluation.ofLikelihood(MODEL, 1, 1)),
                AssessedRisk.of(Risk.newBuilder().number(2).assetNumbers(List.of(2)).riskSource("s").impactArea("a")
                        .event("e").lostProperties(SecurityProperty.INTEGRITY).build(),
                        RiskEvaluation.ofLikelihood(MODEL, 2, 3)),
                AssessedRisk.of(Risk.newBuilder().number(3).assetNumbers(List.of(1)).riskSource("s").impactArea("a")
                        .event("e").lostProperties(SecurityProperty.INTEGRITY).build(),
                        RiskEvaluation.ofLikelihood(MODEL, 3, 2)),
                AssessedRisk.of(Risk.newBuilder().number(4).assetNumbers(List.of(2)).riskSource("s").impactArea("a")
                        .event("e").lostProperties(SecurityProperty.INTEGRITY).build(),
                        RiskEvaluation.ofLikelihood(MODEL, 2, 3)),
                AssessedRisk.of(Risk.newBuilder().number(5).assetNumbers(List.of(1)).riskSource("s").impactArea("a")
                        .event("e").lostProperties(SecurityProperty.INTEGRITY).build(),
                        RiskEvaluation.ofLikelihood(MODEL, 3, 3)),
                AssessedRisk.of(Risk.newBuilder().number(6).assetNumbers(List.of(3)).riskSource("s").impactArea("a")
                        .event("e").lostProperties(SecurityProperty.INTEGRITY).build(),
                        RiskEvaluation.ofLikelihood(MODEL, 1, 2)));
        RiskRegister register = RiskRegister.of(MODEL, inventory, rows);
        assertThat(register.byPriority()).extracting(AssessedRisk::number).containsExactly(5, 2, 3, 4, 6, 1);
        assertThat(register.find(4)).isPresent();
        assertThat(register.find(7)).isEmpty();
    }

    @Test
    void duplicateRiskNumber() {
        RiskRegister register = CanonicalFixture.assessed();
        List<AssessedRisk> rows = new ArrayList<>(register.risks());
        rows.add(register.risks().get(0));
        assertThatThrownBy(() -> register.withRisks(rows)).hasMessage("Duplicate risk number: 1");
    }

    @Test
    void evaluationOfAnotherModel() {
        RiskModel other = MODEL.withIdAndVersion("acme", "2");
        AssessedRisk row = AssessedRisk.of(CanonicalFixture.risks().get(0), RiskEvaluation.ofLikelihood(other, 3, 2));
        assertThatThrownBy(() -> RiskRegister.of(MODEL, CanonicalFixture.inventory(), List.of(row)))
                .hasMessage("Invalid risk 1: its first evaluation was scored by acme@2, not by the register's model "
                        + "isms4j-standard@1");
        AssessedRisk ours = AssessedRisk.of(CanonicalFixture.risks().get(0), RiskEvaluation.ofLikelihood(MODEL, 3, 2));
        assertThatThrownBy(() -> ours.withSecond(RiskEvaluation.ofLikelihood(other, 2, 1)))
                .hasMessage("Invalid evaluation of risk 1: the second evaluation was scored by acme@2, the first by "
                        + "isms4j-standard@1; both use the same model");
    }

    @Test
    void of_rejectsAnEvaluationItsModelCannotGive_firstOrSecond() {
        Risk risk = CanonicalFixture.risks().get(2);
        RiskEvaluation importance10 = RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3)
                .importanceOverride(10).score(Score.of(10, 3, 30, MODEL.priorityOf(9))).build();
        InvalidEvaluationException e = catchThrowableOfType(InvalidEvaluationException.class,
                () -> RiskRegister.of(MODEL, CanonicalFixture.inventory(), List.of(AssessedRisk.of(risk, importance10))));
        assertThat(e).hasMessage("Invalid first evaluation of risk 3: Invalid value for importance override "
                + "(valid values 1 - 3): 10");
        assertThat(e.field()).isEqualTo(EvaluationField.IMPORTANCE_OVERRIDE);
        assertThat(e.stage()).hasValue(EvaluationStage.FIRST);
        assertThat(e.riskNumber()).hasValue(3);

        RiskEvaluation level7 = RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3)
                .score(Score.of(3, 3, 7, MODEL.priorityOf(7))).build();
        AssessedRisk second = AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(MODEL, 3, 3)).withSecond(level7);
        e = catchThrowableOfType(InvalidEvaluationException.class,
                () -> CanonicalFixture.assessed().withRisks(List.of(second)));
        assertThat(e).hasMessage("Invalid second evaluation of risk 3: Invalid value for risk level "
                + "(model isms4j-standard@1 gives 9): 7");
        assertThat(e.field()).isEqualTo(EvaluationField.LEVEL);
        assertThat(e.stage()).hasValue(EvaluationStage.SECOND);
    }

    @Test
    void of_rejectsAnInventoryRatingOffTheModelsScales() {
        List<Asset> assets = new ArrayList<>(CanonicalFixture.inventory().assets());
        assets.set(0, Asset.of(assets.get(0).number(), assets.get(0).name(), CiaRating.ofRecord(3, 0, 2)));
        InvalidRatingException e = catchThrowableOfType(InvalidRatingException.class,
                () -> RiskRegister.of(MODEL, AssetInventory.of(assets), List.of()));
        assertThat(e).hasMessage("Invalid rating of asset 9: Invalid value for integrity (valid values 1 - 3): 0");
        assertThat(e.property()).isEqualTo(SecurityProperty.INTEGRITY);
        assertThat(e.assetNumber()).hasValue(9);
    }

    @Test
    void assetImportanceMustBeTheAssetsHighest() {
        AssessedRisk row = AssessedRisk.of(CanonicalFixture.risks().get(0), RiskEvaluation.ofLikelihood(MODEL, 2, 2));
        assertThatThrownBy(() -> RiskRegister.of(MODEL, CanonicalFixture.inventory(), List.of(row)))
                .hasMessage("Invalid risk 1: its first evaluation has asset importance 2, but the highest importance "
                        + "of its assets is 3");
        AssessedRisk overridden = AssessedRisk.of(CanonicalFixture.risks().get(0),
                RiskEvaluation.ofLikelihood(MODEL, 3, 2).withImportanceOverride(MODEL, 1));
        RiskRegister register = RiskRegister.of(MODEL, CanonicalFixture.inventory(), List.of(overridden));
        assertThat(register.risks().get(0).first().level()).isEqualTo(2);
        assertThat(register.risks().get(0).first().assetImportance()).isEqualTo(3);
    }

    @Test
    void retainedAboveAcceptance_needsAJustification() {
        AssessedRisk row = AssessedRisk.of(CanonicalFixture.risks().get(0), RiskEvaluation.ofLikelihood(MODEL, 3, 2));
        assertThatThrownBy(() -> row.withTreatment(TreatmentDecision.retain(""))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid treatment of risk 1: it is retained at level 6, priority 2, above the acceptance "
                        + "threshold, without a justification");
        assertThat(row.withTreatment(TreatmentDecision.retain("保険で補償済み")).treatment()).isPresent();
        AssessedRisk low = AssessedRisk.of(CanonicalFixture.risks().get(0), RiskEvaluation.ofLikelihood(MODEL, 3, 1));
        assertThat(low.withTreatment(TreatmentDecision.retain("")).treatment()).isPresent();
    }

    @Test
    void approval_rules() {
        Approval drafted = Approval.drafted("ISMS事務局", LocalDate.of(2023, 9, 30));
        assertThat(drafted.isApproved()).isFalse();
        assertThatThrownBy(() -> drafted.approvedBy("委員長", LocalDate.of(2023, 9, 29)))
                .hasMessage("Invalid approval: the approval date 2023-09-29 is before the update date 2023-09-30");
        assertThatThrownBy(() -> drafted.approvedBy(" ", LocalDate.of(2023, 10, 1)))
                .hasMessage("Invalid value for approver (must not be blank): ' '");
        assertThatThrownBy(() -> Approval.drafted("", LocalDate.of(2023, 9, 30)))
                .hasMessage("Invalid value for author (must not be blank): ''");
        Approval approved = drafted.approvedBy("委員長", LocalDate.of(2023, 9, 30));
        assertThat(Approval.ofRecord("ISMS事務局", LocalDate.of(2023, 9, 30), Optional.of("委員長"),
                Optional.of(LocalDate.of(2023, 9, 30)))).isEqualTo(approved);
        assertThat(Approval.ofRecord("ISMS事務局", LocalDate.of(2023, 9, 30), Optional.empty(), Optional.empty()))
                .isEqualTo(drafted);
        assertThatThrownBy(() -> Approval.ofRecord("ISMS事務局", LocalDate.of(2023, 9, 30), Optional.of("委員長"),
                Optional.empty())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid approval: the approver and the approval date are given together");
        assertThatThrownBy(() -> Approval.ofRecord("ISMS事務局", LocalDate.of(2023, 9, 30), Optional.empty(),
                Optional.of(LocalDate.of(2023, 9, 30)))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid approval: the approver and the approval date are given together");
        assertThatThrownBy(() -> Approval.ofRecord("ISMS事務局", LocalDate.of(2023, 9, 30), Optional.of(""),
                Optional.of(LocalDate.of(2023, 9, 30)))).hasMessage("Invalid value for approver (must not be blank): ''");
        assertThat(approved.approver()).hasValue("委員長");
        assertThat(approved.approved()).hasValue(LocalDate.of(2023, 9, 30));
    }

    @Test
    void acceptance_rules() {
        LocalDate day = LocalDate.of(2023, 10, 2);
        assertThatThrownBy(() -> ResidualAcceptance.of("owner", ResidualDecision.ACCEPTED, day, "ok").withExpires(day))
                .hasMessage("Invalid acceptance: the expiry 2023-10-02 is not after the decision date 2023-10-02");
        assertThat(ResidualAcceptance.of("owner", ResidualDecision.ACCEPTED, day, "ok").withExpires(day.plusDays(1)))
                .isEqualTo(ResidualAcceptance.of("owner", ResidualDecision.ACCEPTED, day, "ok",
                        Optional.of(day.plusDays(1))));
        assertThatThrownBy(() -> ResidualAcceptance.of("owner", ResidualDecision.REJECTED, day, ""))
                .hasMessage("Invalid value for justification (must not be blank): ''");
        ResidualAcceptance forever = ResidualAcceptance.of("owner", ResidualDecision.ACCEPTED, day, "ok");
        assertThat(forever.isReviewDue(LocalDate.of(2099, 1, 1))).isFalse();
        assertThat(forever.isAccepted()).isTrue();
        assertThat(ResidualAcceptance.of("owner", ResidualDecision.REJECTED, day, "追加対策が必要")
                .isAccepted()).isFalse();
        assertThat(ResidualDecision.ofCode("rejected")).isEqualTo(ResidualDecision.REJECTED);
    }

    /** Generated registers: valid ones are accepted and every view agrees with a direct count. */
    @Test
    void generatedRegisters_viewsAgreeWithTheirDefinitions() {
        qt().withExamples(200).forAll(integers().between(1, 40), integers().allPositive()).checkAssert((size, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<Asset> assets = new ArrayList<>();
            for (int n = 1; n <= size; n++) {
                assets.add(Asset.of(n, "asset " + n, CiaRating.of(random.nextInt(1, 4), random.nextInt(1, 4),
                        random.nextInt(1, 4))));
            }
            AssetInventory inventory = AssetInventory.of(assets);
            List<AssessedRisk> rows = new ArrayList<>();
            for (int n = 1; n <= size; n++) {
                List<Integer> cited = List.copyOf(new java.util.TreeSet<>(
                        List.of(random.nextInt(1, size + 1), random.nextInt(1, size + 1))));
                Risk risk = Risk.newBuilder().number(n).assetNumbers(cited).riskSource("source").impactArea("area")
                        .event("event").lostProperties(SecurityProperty.AVAILABILITY).build();
                AssessedRisk row = AssessedRisk.of(risk, RiskEvaluation.of(MODEL, inventory.highestImportance(cited),
                        random.nextInt(1, 4), random.nextInt(1, 4)));
                if (random.nextBoolean()) {
                    row = row.withSecond(RiskEvaluation.ofLikelihood(MODEL, random.nextInt(1, 4), random.nextInt(1, 4)));
                }
                rows.add(row);
            }
            RiskRegister register = RiskRegister.of(MODEL, inventory, rows);
            assertThat(register.heatMapBefore().total()).isEqualTo(size);
            assertThat(register.heatMapAfter().total()).isEqualTo(size);
            assertThat(register.needingTreatment()).allSatisfy(r -> assertThat(r.first().level()).isGreaterThan(3));
            assertThat(register.risks().size() - register.needingTreatment().size())
                    .isEqualTo((int) rows.stream().filter(r -> r.first().level() <= 3).count());
            assertThat(register.residualAboveAcceptance())
                    .allSatisfy(r -> assertThat(r.second().orElseThrow().level()).isGreaterThan(3));
            List<AssessedRisk> ordered = register.byPriority();
            assertThat(ordered).hasSize(size);
            for (int i = 1; i < ordered.size(); i++) {
                assertThat(ordered.get(i).first().priority().isMoreUrgentThan(ordered.get(i - 1).first().priority()))
                        .isFalse();
            }
            for (AssessedRisk row : rows) {
                int before = register.heatMapBefore().count(row.first().importance(), row.first().likelihood());
                assertThat(before).isPositive();
                assertThat(row.reduction().isPresent()).isEqualTo(row.second().isPresent());
            }
        });
    }

    /** Generated registers with one rule broken are rejected naming that rule. */
    @Test
    void generatedBrokenRegisters_areRejected() {
        qt().withExamples(200).forAll(integers().between(1, 20), integers().between(0, 2), integers().allPositive())
                .checkAssert((size, rule, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<Asset> assets = new ArrayList<>();
                    for (int n = 1; n <= size; n++) {
                        assets.add(Asset.of(n, "asset " + n, CiaRating.of(random.nextInt(1, 4), 1, 1)));
                    }
                    AssetInventory inventory = AssetInventory.of(assets);
                    List<AssessedRisk> rows = new ArrayList<>();
                    for (int n = 1; n <= size; n++) {
                        int asset = random.nextInt(1, size + 1);
                        rows.add(AssessedRisk.of(Risk.newBuilder().number(n).assetNumbers(List.of(asset))
                                .riskSource("s").impactArea("a").event("e").lostProperties(SecurityProperty.INTEGRITY)
                                .build(),
                                RiskEvaluation.ofLikelihood(MODEL, inventory.get(asset).importance(), 2)));
                    }
                    int broken = random.nextInt(0, size);
                    AssessedRisk row = rows.get(broken);
                    String expected;
                    if (rule == 0) {
                        rows.set(broken, AssessedRisk.of(Risk.newBuilder().number(row.number())
                                .assetNumbers(List.of(size + 1)).riskSource("s").impactArea("a").event("e")
                                .lostProperties(SecurityProperty.INTEGRITY).build(), row.first()));
                        expected = "it cites asset " + (size + 1);
                    } else if (rule == 1) {
                        rows.add(row);
                        expected = "Duplicate risk number: " + row.number();
                    } else {
                        int wrong = row.first().assetImportance() == 3 ? 2 : 3;
                        rows.set(broken, AssessedRisk.of(row.risk(), RiskEvaluation.ofLikelihood(MODEL, wrong, 2)));
                        expected = "has asset importance " + wrong;
                    }
                    assertThatThrownBy(() -> RiskRegister.of(MODEL, inventory, rows)).isInstanceOf(IsmsException.class)
                            .hasMessageContaining(expected);
                });
    }
}
