package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RiskModelBuilderTest {

    private static final RiskModel STANDARD = RiskModel.standard();

    /** Each part, its name in the message and the builder method that sets it. */
    private static final List<Object[]> REQUIRED = List.of(
            new Object[] {"model id", "id", (UnaryOperator<RiskModelBuilder>) b -> b.id("isms4j-standard")},
            new Object[] {"model version", "version", (UnaryOperator<RiskModelBuilder>) b -> b.version("1")},
            new Object[] {"rating scales", "ciaScales",
                    (UnaryOperator<RiskModelBuilder>) b -> b.ciaScales(CiaScales.standard())},
            new Object[] {"importance scale", "importanceScale",
                    (UnaryOperator<RiskModelBuilder>) b -> b.importanceScale(RatingScale.standard())},
            new Object[] {"likelihood table", "likelihoodTable",
                    (UnaryOperator<RiskModelBuilder>) b -> b.likelihoodTable(LikelihoodTables.standard())},
            new Object[] {"risk-level rule", "levelRule",
                    (UnaryOperator<RiskModelBuilder>) b -> b.levelRule(RiskLevelRules.product())},
            new Object[] {"acceptance criteria", "acceptanceCriteria",
                    (UnaryOperator<RiskModelBuilder>) b -> b.acceptanceCriteria(AcceptanceCriteria.standard())},
            new Object[] {"important-asset criterion", "importantAssetCriterion",
                    (UnaryOperator<RiskModelBuilder>) b -> b.importantAssetCriterion(
                            ImportantAssetCriteria.anyRatingAtTop())});

    static Stream<Arguments> required() {
        return REQUIRED.stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @SuppressWarnings("unchecked")
    private static RiskModelBuilder allBut(String setter) {
        RiskModelBuilder builder = RiskModel.newBuilder();
        for (Object[] r : REQUIRED) {
            if (!r[1].equals(setter)) {
                builder = ((UnaryOperator<RiskModelBuilder>) r[2]).apply(builder);
            }
        }
        return builder;
    }

    @Test
    void build_givesTheStandardModelFromItsParts_asThePositionalFactoryAndToBuilderDo() {
        RiskModel built = allBut("").build();
        assertThat(built).isEqualTo(STANDARD).isEqualTo(STANDARD.toBuilder().build());
        assertThat(built).isEqualTo(RiskModel.of("isms4j-standard", "1", CiaScales.standard(), RatingScale.standard(),
                LikelihoodTables.standard(), RiskLevelRules.product(), AcceptanceCriteria.standard(),
                ImportantAssetCriteria.anyRatingAtTop()));
        RiskModel acme = STANDARD.toBuilder().id("acme").version("2")
                .importantAssetCriterion(ImportantAssetCriteria.importanceAtLeast(2)).build();
        assertThat(acme.id()).isEqualTo("acme");
        assertThat(acme.likelihoodTable()).isEqualTo(STANDARD.likelihoodTable());
        assertThat(acme.isImportant(CiaRating.of(2, 1, 1))).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("required")
    void build_missingPart_namesIt(String field, String setter) {
        assertThatThrownBy(() -> allBut(setter).build()).isInstanceOf(IsmsException.class)
                .hasMessage("Missing value for %s (required, set with %s)", field, setter);
    }

    @Test
    void build_checksTheParts_andSettersRejectNull() {
        assertThatThrownBy(() -> allBut("").version(" ").build()).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for model version (must not be blank): ' '");
        assertThatThrownBy(() -> allBut("").ciaScales(CiaScales.of(RatingScale.of(1, 4), RatingScale.standard(),
                RatingScale.standard())).build()).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Scales do not fit: the confidentiality scale 1 - 4 is not within the "
                        + "importance scale 1 - 3");
        assertThatThrownBy(() -> RiskModel.newBuilder().likelihoodTable(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("likelihoodTable");
    }
}
