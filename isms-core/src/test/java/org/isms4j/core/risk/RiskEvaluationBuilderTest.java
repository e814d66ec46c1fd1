package org.isms4j.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.OptionalInt;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskEvaluationBuilderTest {

    private static final RiskModel MODEL = RiskModel.standard();

    @Test
    void build_givesWhatTheModelScoredAndThePositionalFactoryGives() {
        RiskEvaluation built = RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3).importanceOverride(2)
                .threat(3).vulnerability(3).score(MODEL.score(2, 3, 3)).build();
        assertThat(built).isEqualTo(RiskEvaluation.of(MODEL, 3, 3, 3).withImportanceOverride(MODEL, 2));
        assertThat(RiskEvaluation.newBuilder().modelId("isms4j-standard").modelVersion("1").assetImportance(3)
                .score(MODEL.scoreOfLikelihood(3, 2)).build()).isEqualTo(RiskEvaluation.ofLikelihood(MODEL, 3, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "modelId | model | modelId or scoredBy",
        "modelVersion | model | modelVersion or scoredBy",
        "assetImportance | asset importance | assetImportance",
        "score | score | score"})
    void build_missingRequiredValue_namesIt(String left, String field, String setter) {
        RiskEvaluationBuilder builder = RiskEvaluation.newBuilder();
        if (!left.equals("modelId")) {
            builder.modelId("isms4j-standard");
        }
        if (!left.equals("modelVersion")) {
            builder.modelVersion("1");
        }
        if (!left.equals("assetImportance")) {
            builder.assetImportance(3);
        }
        if (!left.equals("score")) {
            builder.score(MODEL.scoreOfLikelihood(3, 2));
        }
        assertThatThrownBy(builder::build).isInstanceOf(IsmsException.class)
                .hasMessage("Missing value for %s (required, set with %s)", field, setter);
    }

    @Test
    void build_threatWithoutVulnerability_namesTheMissingOne() {
        InvalidEvaluationException e = catchThrowableOfType(InvalidEvaluationException.class,
                () -> RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3).threat(3)
                        .score(MODEL.scoreOfLikelihood(3, 3)).build());
        assertThat(e).hasMessage("Invalid evaluation: threat (3) and vulnerability (none) are given together or not "
                + "at all");
        assertThat(e.field()).isEqualTo(EvaluationField.VULNERABILITY);
        assertThat(e.stage()).isEmpty();
        assertThat(e.riskNumber()).isEmpty();
        e = catchThrowableOfType(InvalidEvaluationException.class,
                () -> RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3).vulnerability(3)
                        .score(MODEL.scoreOfLikelihood(3, 3)).build());
        assertThat(e.field()).isEqualTo(EvaluationField.THREAT);
        e = catchThrowableOfType(InvalidEvaluationException.class,
                () -> RiskEvaluation.newBuilder().scoredBy(MODEL).assetImportance(3).score(Score.of(2, 3, 6,
                        MODEL.priorityOf(6))).build());
        assertThat(e.field()).isEqualTo(EvaluationField.IMPORTANCE);
        assertThatThrownBy(() -> RiskEvaluation.newBuilder().scoredBy(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("model");
    }
}
