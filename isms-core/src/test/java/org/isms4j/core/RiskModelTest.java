package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskModelTest {

    private static final RiskModel STANDARD = RiskModel.standard();

    private static RiskModel withParts(CiaScales cia, RatingScale importance, LikelihoodTable table, RiskLevelRule rule,
            AcceptanceCriteria criteria, ImportantAssetCriterion criterion) {
        return RiskModel.newBuilder().id("acme").version("2").ciaScales(cia).importanceScale(importance)
                .likelihoodTable(table).levelRule(rule).acceptanceCriteria(criteria).importantAssetCriterion(criterion)
                .build();
    }

    @Test
    void standard_idAndVersion() {
        assertThat(STANDARD.id()).isEqualTo("isms4j-standard");
        assertThat(STANDARD.version()).isEqualTo("1");
        assertThat(STANDARD).hasToString("RiskModel isms4j-standard@1");
    }

    @Test
    void score_isCachedAndAllocatesNoNewScore() {
        assertThat(STANDARD.score(3, 3, 2)).isSameAs(STANDARD.score(3, 3, 2));
        assertThat(STANDARD.score(3, 3, 2)).hasToString(
                "importance 3, likelihood 2, level 6, priority 2 (treat within this term)");
        assertThat(STANDARD.score(1, 1, 1).isAcceptable()).isTrue();
        assertThat(STANDARD.score(2, 2, 3).isAcceptable()).isFalse();
    }

    @Test
    void of_ciaScaleOutsideImportanceScale() {
        CiaScales cia = CiaScales.of(RatingScale.standard(), RatingScale.standard(), RatingScale.of(1, 5));
        assertThatThrownBy(() -> withParts(cia, RatingScale.standard(), LikelihoodTables.standard(),
                RiskLevelRules.product(), AcceptanceCriteria.standard(), ImportantAssetCriteria.anyRatingAtTop()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Scales do not fit: the availability scale 1 - 5 is not within the importance scale 1 - 3,"
                        + " and importance is the highest of the three ratings");
    }

    @Test
    void of_availabilityRated1To5() {
        CiaScales cia = CiaScales.of(RatingScale.standard(), RatingScale.standard(), RatingScale.of(1, 5));
        RiskModel model = withParts(cia, RatingScale.of(1, 5), LikelihoodTables.standard(), RiskLevelRules.product(),
                AcceptanceCriteria.standard(), ImportantAssetCriteria.anyRatingAtTop());
        assertThat(model.score(5, 3, 3).level()).isEqualTo(15);
        assertThat(model.score(5, 3, 3).priority().rank()).isEqualTo(1);
        assertThat(model.isImportant(CiaRating.of(1, 1, 5, cia))).isTrue();
        assertThat(model.isImportant(CiaRating.of(2, 2, 4, cia))).isFalse();
        assertThat(model.isImportant(CiaRating.of(1, 1, 4, CiaScales.of(RatingScale.of(1, 4))))).isFalse();
        assertThatThrownBy(() -> model.checkRating(CiaRating.of(4, 1, 1, CiaScales.of(RatingScale.of(1, 4)))))
                .hasMessage("Invalid value for confidentiality (valid values 1 - 3): 4");
    }

    @Test
    void of_gridRowsNotTheImportanceScale() {
        assertThatThrownBy(() -> withParts(CiaScales.standard(), RatingScale.standard(), LikelihoodTables.standard(),
                RiskLevelRules.fiveByFive(), AcceptanceCriteria.standard(), ImportantAssetCriteria.anyRatingAtTop()))
                .hasMessage("Scales do not fit: the risk level grid's consequence scale 1 - 5 is not the importance "
                        + "scale 1 - 3");
    }

    @Test
    void of_gridColumnsNotTheLikelihoodScale() {
        RatingScale five = RatingScale.of(1, 5);
        assertThatThrownBy(() -> withParts(CiaScales.of(five), five, LikelihoodTables.standard(),
                RiskLevelRules.fiveByFive(), AcceptanceCriteria.standard(), ImportantAssetCriteria.anyRatingAtTop()))
                .hasMessage("Scales do not fit: the risk level grid's likelihood scale 1 - 5 is not the likelihood "
                        + "table's likelihood scale 1 - 3");
    }

    @Test
    void of_iso27005StyleFiveByFive() {
        RatingScale five = RatingScale.of(1, 5);
        int[][] rows = new int[5][5];
        for (int t = 0; t < 5; t++) {
            for (int v = 0; v < 5; v++) {
                rows[t][v] = Math.max(1, (t + v) / 2 + 1);
            }
        }
        LikelihoodTable table = LikelihoodTable.of(five, five, five, rows);
        AcceptanceCriteria criteria = AcceptanceCriteria.of(List.of(AcceptanceThreshold.of(5, "極高", "very high"),
                AcceptanceThreshold.of(4, "高", "high"), AcceptanceThreshold.of(3, "中", "medium")), "低", "low");
        RiskModel model = withParts(CiaScales.of(five), five, table, RiskLevelRules.fiveByFive(), criteria,
                ImportantAssetCriteria.importanceAtLeast(4));
        assertThat(model.score(5, 5, 5).level()).isEqualTo(5);
        assertThat(model.score(5, 5, 5).priority().rank()).isEqualTo(1);
        assertThat(model.score(1, 1, 1).priority().isAcceptable()).isTrue();
        assertThat(model.isImportant(CiaRating.of(4, 1, 1, CiaScales.of(five)))).isTrue();
        assertThat(model.isImportant(CiaRating.of(3, 3, 3, CiaScales.of(five)))).isFalse();
    }

    @Test
    void of_thresholdReachedByNoLevel() {
        AcceptanceCriteria criteria = AcceptanceCriteria.of(List.of(AcceptanceThreshold.of(12, "a", "a"),
                AcceptanceThreshold.of(6, "b", "b")), "受容範囲", "acceptable");
        assertThatThrownBy(() -> STANDARD.withAcceptanceCriteria(criteria))
                .hasMessage("Acceptance threshold for priority 1 (levels 12 - 100) is reached by no risk level the "
                        + "model gives (1 - 9)");
        AcceptanceCriteria adjacent = AcceptanceCriteria.of(List.of(AcceptanceThreshold.of(9, "a", "a"),
                AcceptanceThreshold.of(8, "b", "b")), "受容範囲", "acceptable");
        assertThatThrownBy(() -> STANDARD.withAcceptanceCriteria(adjacent))
                .hasMessage("Acceptance threshold for priority 2 (levels 8 - 8) is reached by no risk level the "
                        + "model gives (1 - 9)");
        AcceptanceCriteria gap = AcceptanceCriteria.of(List.of(AcceptanceThreshold.of(9, "a", "a"),
                AcceptanceThreshold.of(7, "b", "b"), AcceptanceThreshold.of(6, "c", "c")), "受容範囲", "acceptable");
        assertThatThrownBy(() -> STANDARD.withAcceptanceCriteria(gap))
                .hasMessage("Acceptance threshold for priority 2 (levels 7 - 8) is reached by no risk level the "
                        + "model gives (1 - 9)");
    }

    @Test
    void of_minimumImportanceOffScale() {
        assertThatThrownBy(() -> STANDARD.withImportantAssetCriterion(ImportantAssetCriteria.importanceAtLeast(5)))
                .hasMessage("Scales do not fit: the important-asset criterion's minimum importance 5 is not on the "
                        + "importance scale 1 - 3");
        assertThatThrownBy(() -> ImportantAssetCriteria.importanceAtLeast(11))
                .hasMessage("Invalid value for minimum importance (valid values 0 - 10): 11");
        assertThat(ImportantAssetCriteria.importanceAtLeast(2)).hasToString("importance ≥ 2");
        assertThat(ImportantAssetCriteria.anyRatingAtTop()).hasToString("any rating at the top of its scale");
    }

    @Test
    void of_blankIdOrVersion() {
        assertThatThrownBy(() -> STANDARD.withIdAndVersion("", "1"))
                .hasMessage("Invalid value for model id (must not be blank): ''");
        assertThatThrownBy(() -> STANDARD.withIdAndVersion("acme", " "))
                .hasMessage("Invalid value for model version (must not be blank): ' '");
        assertThatThrownBy(() -> STANDARD.withIdAndVersion(null, "1")).isInstanceOf(NullPointerException.class)
                .hasMessage("id");
    }

    @Test
    void withIdAndVersion_keepsTheRest() {
        assertThat(STANDARD.withIdAndVersion("isms4j-standard", "1")).isSameAs(STANDARD);
        RiskModel acme = STANDARD.withIdAndVersion("acme", "2026-04");
        assertThat(acme.id()).isEqualTo("acme");
        assertThat(acme.version()).isEqualTo("2026-04");
        assertThat(acme.likelihoodTable()).isEqualTo(STANDARD.likelihoodTable());
        assertThat(acme).isNotEqualTo(STANDARD);
    }

    @Test
    void scoreOfLikelihood_andPriorityOf_validate() {
        assertThatThrownBy(() -> STANDARD.scoreOfLikelihood(3, 4))
                .hasMessage("Invalid value for likelihood (valid values 1 - 3): 4");
        assertThatThrownBy(() -> STANDARD.scoreOfLikelihood(0, 1))
                .hasMessage("Invalid value for importance (valid values 1 - 3): 0");
        assertThatThrownBy(() -> STANDARD.likelihood(1, 9))
                .hasMessage("Invalid value for vulnerability (valid values 1 - 3): 9");
        assertThatThrownBy(() -> STANDARD.priorityOf(200))
                .hasMessage("Invalid value for risk level (valid values 0 - 100): 200");
    }

    @Test
    void generatedModels_equalTheirRebuild() {
        qt().forAll(RiskModelGenerators.models()).checkAssert(model -> {
            RiskModel copy = RiskModel.newBuilder().id(model.id()).version(model.version()).ciaScales(model.ciaScales())
                    .importanceScale(model.importanceScale()).likelihoodTable(model.likelihoodTable())
                    .levelRule(model.levelRule()).acceptanceCriteria(model.acceptanceCriteria())
                    .importantAssetCriterion(model.importantAssetCriterion()).build();
            assertThat(copy).isEqualTo(model).hasSameHashCodeAs(model);
        });
    }

    @Test
    void score_recordedFactoryValidates() {
        Priority p = AcceptanceCriteria.standard().priorityOf(6);
        assertThat(Score.of(3, 2, 6, p)).isEqualTo(STANDARD.score(3, 3, 2));
        assertThatThrownBy(() -> Score.of(11, 2, 6, p))
                .hasMessage("Invalid value for importance (valid values 0 - 10): 11");
        assertThatThrownBy(() -> Score.of(3, -1, 6, p))
                .hasMessage("Invalid value for likelihood (valid values 0 - 10): -1");
        assertThatThrownBy(() -> Score.of(3, 2, 101, p))
                .hasMessage("Invalid value for risk level (valid values 0 - 100): 101");
        assertThatThrownBy(() -> Score.of(3, 2, 6, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("priority");
    }
}
