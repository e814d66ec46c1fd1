package org.isms4j.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.junit.jupiter.api.Test;

class RiskEvaluationTest {

    private static final RiskModel MODEL = RiskModel.standard();

    @Test
    void of_threatAndVulnerability() {
        RiskEvaluation evaluation = RiskEvaluation.of(MODEL, 3, 3, 2);
        assertThat(evaluation.threat()).hasValue(3);
        assertThat(evaluation.vulnerability()).hasValue(2);
        assertThat(evaluation.likelihood()).isEqualTo(2);
        assertThat(evaluation.level()).isEqualTo(6);
        assertThat(evaluation.priority().rank()).isEqualTo(2);
        assertThat(evaluation.isImportanceOverridden()).isFalse();
        assertThat(evaluation.modelVersion()).isEqualTo("1");
    }

    @Test
    void withImportanceOverride_staysVisible() {
        RiskEvaluation evaluation = RiskEvaluation.of(MODEL, 3, 3, 2).withImportanceOverride(MODEL, 2);
        assertThat(evaluation.assetImportance()).isEqualTo(3);
        assertThat(evaluation.importanceOverride()).hasValue(2);
        assertThat(evaluation.isImportanceOverridden()).isTrue();
        assertThat(evaluation.importance()).isEqualTo(2);
        assertThat(evaluation.level()).isEqualTo(4);
        assertThat(evaluation.priority().rank()).isEqualTo(3);
        RiskEvaluation direct = RiskEvaluation.ofLikelihood(MODEL, 3, 3).withImportanceOverride(MODEL, 1);
        assertThat(direct.level()).isEqualTo(3);
        assertThat(direct.priority().isAcceptable()).isTrue();
        assertThatThrownBy(() -> direct.withImportanceOverride(MODEL, 4))
                .hasMessage("Invalid value for importance (valid values 1 - 3): 4");
    }

    @Test
    void anotherModel_neverRewritesAnEvaluation() {
        RiskEvaluation evaluation = RiskEvaluation.of(MODEL, 3, 3, 2);
        RiskModel next = MODEL.withIdAndVersion("isms4j-standard", "2");
        assertThatThrownBy(() -> evaluation.withImportanceOverride(next, 2)).isInstanceOf(IsmsException.class)
                .hasMessage("Model mismatch: this evaluation was scored by isms4j-standard@1, not by "
                        + "isms4j-standard@2");
        assertThat(evaluation.modelVersion()).isEqualTo("1");
    }

    @Test
    void recorded_checksConsistency() {
        Score six = MODEL.scoreOfLikelihood(3, 2);
        RiskEvaluation recorded = RiskEvaluation.newBuilder().modelId("isms4j-standard").modelVersion("1")
                .assetImportance(3).threat(3).vulnerability(2).score(six).build();
        assertThat(recorded).isEqualTo(RiskEvaluation.of(MODEL, 3, 3, 2));
        assertThatThrownBy(() -> RiskEvaluation.newBuilder().modelId("m").modelVersion("1").assetImportance(3)
                .threat(3).score(six).build())
                .hasMessage("Invalid evaluation: threat (3) and vulnerability (none) are given together or not at all");
        assertThatThrownBy(() -> RiskEvaluation.newBuilder().modelId("m").modelVersion("1").assetImportance(3)
                .importanceOverride(2).score(six).build())
                .hasMessage("Invalid value for importance (the override gives 2): 3");
        assertThatThrownBy(() -> RiskEvaluation.newBuilder().modelId("").modelVersion("1").assetImportance(3)
                .score(six).build()).hasMessage("Invalid value for model id (must not be blank): ''");
        assertThatThrownBy(() -> RiskEvaluation.newBuilder().modelId("m").modelVersion("1").assetImportance(11)
                .score(six).build()).hasMessage("Invalid value for asset importance (valid values 0 - 10): 11");
    }

    @Test
    void checkScoredBy_acceptsWhatTheModelGives_andNamesWhatDiffers() {
        RiskEvaluation.of(MODEL, 3, 3, 2).checkScoredBy(MODEL);
        RiskEvaluation.ofLikelihood(MODEL, 3, 2).withImportanceOverride(MODEL, 2).checkScoredBy(MODEL);
        org.isms4j.core.Priority two = MODEL.priorityOf(6);
        RiskEvaluation wrongLevel = RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3)
                .score(Score.of(3, 2, 9, MODEL.priorityOf(9))).build();
        assertThatThrownBy(() -> wrongLevel.checkScoredBy(MODEL)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for risk level (model isms4j-standard@1 gives 6): 9");
        RiskEvaluation wrongLikelihood = RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3).threat(3)
                .vulnerability(2)
                .score(Score.of(3, 3, 9, MODEL.priorityOf(9))).build();
        assertThatThrownBy(() -> wrongLikelihood.checkScoredBy(MODEL))
                .hasMessage("Invalid value for likelihood (model isms4j-standard@1 gives 2): 3");
        RiskEvaluation wrongPriority = RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3)
                .score(Score.of(3, 2, 6, MODEL.priorityOf(9))).build();
        assertThatThrownBy(() -> wrongPriority.checkScoredBy(MODEL))
                .hasMessage("Invalid value for priority (model isms4j-standard@1 gives '2'): '1'");
        RiskEvaluation offScale = RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3).importanceOverride(4)
                .score(Score.of(4, 2, 8, two)).build();
        assertThatThrownBy(() -> offScale.checkScoredBy(MODEL))
                .hasMessage("Invalid value for importance override (valid values 1 - 3): 4");
        RiskEvaluation badThreat = RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3)
                .threat(5).vulnerability(2).score(Score.of(3, 2, 6, two)).build();
        assertThatThrownBy(() -> badThreat.checkScoredBy(MODEL))
                .hasMessage("Invalid value for threat (valid values 1 - 3): 5");
        RiskEvaluation badVulnerability = RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3)
                .threat(2).vulnerability(0).score(Score.of(3, 2, 6, two)).build();
        assertThatThrownBy(() -> badVulnerability.checkScoredBy(MODEL))
                .hasMessage("Invalid value for vulnerability (valid values 1 - 3): 0");
        RiskEvaluation badAssets = RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(0).importanceOverride(3)
                .score(Score.of(3, 2, 6, two)).build();
        assertThatThrownBy(() -> badAssets.checkScoredBy(MODEL))
                .hasMessage("Invalid value for asset importance (valid values 1 - 3): 0");
        RiskEvaluation badLikelihood = RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3)
                .score(Score.of(3, 5, 15, MODEL.priorityOf(9))).build();
        assertThatThrownBy(() -> badLikelihood.checkScoredBy(MODEL))
                .hasMessage("Invalid value for likelihood (valid values 1 - 3): 5");
        assertThatThrownBy(() -> RiskEvaluation.of(MODEL, 3, 3, 2)
                .checkScoredBy(MODEL.withIdAndVersion("isms4j-standard", "2"))).hasMessageStartingWith("Model mismatch");
    }

    @Test
    void of_offScaleInputs() {
        assertThatThrownBy(() -> RiskEvaluation.of(MODEL, 3, 7, 1))
                .hasMessage("Invalid value for threat (valid values 1 - 3): 7");
        assertThatThrownBy(() -> RiskEvaluation.ofLikelihood(MODEL, 4, 1))
                .hasMessage("Invalid value for importance (valid values 1 - 3): 4");
    }
}
