package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of scoring, exhaustively for the standard model and for generated valid models. */
class RiskModelPropertyTest {

    static Stream<Arguments> standardInputs() {
        Stream.Builder<Arguments> inputs = Stream.builder();
        for (int i = 1; i <= 3; i++) {
            for (int t = 1; t <= 3; t++) {
                for (int v = 1; v <= 3; v++) {
                    inputs.add(Arguments.of(i, t, v));
                }
            }
        }
        return inputs.build();
    }

    @ParameterizedTest(name = "importance {0}, threat {1}, vulnerability {2}")
    @MethodSource("standardInputs")
    void standardModel_neverBetterWhenAnInputGetsWorse(int importance, int threat, int vulnerability) {
        assertMonotoneAt(RiskModel.standard(), importance, threat, vulnerability);
    }

    @ParameterizedTest(name = "importance {0}, threat {1}, vulnerability {2}")
    @MethodSource("standardInputs")
    void standardModel_scoreIsProductAndCriteria(int importance, int threat, int vulnerability) {
        assertConsistentAt(RiskModel.standard(), importance, threat, vulnerability);
    }

    @Test
    void generatedModels_neverBetterWhenAnInputGetsWorse() {
        qt().withExamples(300).forAll(RiskModelGenerators.models()).checkAssert(model -> {
            forEachInput(model, (i, t, v) -> assertMonotoneAt(model, i, t, v));
        });
    }

    @Test
    void generatedModels_scoreAgreesWithItsParts() {
        qt().withExamples(300).forAll(RiskModelGenerators.models()).checkAssert(model -> {
            forEachInput(model, (i, t, v) -> assertConsistentAt(model, i, t, v));
        });
    }

    @Test
    void generatedModels_rejectEveryInputOffItsScale() {
        qt().withExamples(300)
                .forAll(RiskModelGenerators.models(), integers().between(-50, 60), integers().between(0, 2))
                .checkAssert((model, value, which) -> {
                    RatingScale importance = model.importanceScale();
                    RatingScale threat = model.likelihoodTable().threatScale();
                    RatingScale vulnerability = model.likelihoodTable().vulnerabilityScale();
                    RatingScale scale = which == 0 ? importance : which == 1 ? threat : vulnerability;
                    String field = which == 0 ? "importance" : which == 1 ? "threat" : "vulnerability";
                    int i = which == 0 ? value : importance.min();
                    int t = which == 1 ? value : threat.min();
                    int v = which == 2 ? value : vulnerability.min();
                    if (scale.contains(value)) {
                        assertThat(model.score(i, t, v)).isNotNull();
                    } else {
                        assertThatThrownBy(() -> model.score(i, t, v)).isInstanceOf(IsmsException.class)
                                .hasMessage("Invalid value for %s (valid values %d - %d): %d", field, scale.min(),
                                        scale.max(), value);
                    }
                });
    }

    interface InputConsumer {
        void accept(int importance, int threat, int vulnerability);
    }

    static void forEachInput(RiskModel model, InputConsumer consumer) {
        RatingScale importance = model.importanceScale();
        RatingScale threat = model.likelihoodTable().threatScale();
        RatingScale vulnerability = model.likelihoodTable().vulnerabilityScale();
        for (int i = importance.min(); i <= importance.max(); i++) {
            for (int t = threat.min(); t <= threat.max(); t++) {
                for (int v = vulnerability.min(); v <= vulnerability.max(); v++) {
                    consumer.accept(i, t, v);
                }
            }
        }
    }

    static void assertMonotoneAt(RiskModel model, int importance, int threat, int vulnerability) {
        Score score = model.score(importance, threat, vulnerability);
        if (model.importanceScale().contains(importance + 1)) {
            assertNotBetter(score, model.score(importance + 1, threat, vulnerability));
        }
        if (model.likelihoodTable().threatScale().contains(threat + 1)) {
            assertNotBetter(score, model.score(importance, threat + 1, vulnerability));
        }
        if (model.likelihoodTable().vulnerabilityScale().contains(vulnerability + 1)) {
            assertNotBetter(score, model.score(importance, threat, vulnerability + 1));
        }
    }

    private static void assertNotBetter(Score before, Score worse) {
        assertThat(worse.likelihood()).isGreaterThanOrEqualTo(before.likelihood());
        assertThat(worse.level()).isGreaterThanOrEqualTo(before.level());
        assertThat(before.priority().isMoreUrgentThan(worse.priority()))
                .as("%s is less urgent than %s", worse, before).isFalse();
    }

    static void assertConsistentAt(RiskModel model, int importance, int threat, int vulnerability) {
        Score score = model.score(importance, threat, vulnerability);
        int likelihood = model.likelihoodTable().likelihood(threat, vulnerability);
        assertThat(score.importance()).isEqualTo(importance);
        assertThat(score.likelihood()).isEqualTo(likelihood);
        assertThat(model.likelihood(threat, vulnerability)).isEqualTo(likelihood);
        assertThat(score.level()).isEqualTo(model.levelRule().level(importance, likelihood));
        assertThat(score.priority()).isEqualTo(model.acceptanceCriteria().priorityOf(score.level()));
        assertThat(model.priorityOf(score.level())).isEqualTo(score.priority());
        assertThat(model.scoreOfLikelihood(importance, likelihood)).isSameAs(score);
    }
}
