package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RiskModelBuilderTest {

    private static final RiskModel STANDARD = RiskModel.standard();

    private static final RequiredValues<RiskModelBuilder> REQUIRED = RequiredValues.of(RiskModel::newBuilder)
            .and("model id", "id", b -> b.id("isms4j-standard"))
            .and("model version", "version", b -> b.version("1"))
            .and("rating scales", "ciaScales", b -> b.ciaScales(CiaScales.standard()))
            .and("importance scale", "importanceScale", b -> b.importanceScale(RatingScale.standard()))
            .and("likelihood table", "likelihoodTable", b -> b.likelihoodTable(LikelihoodTables.standard()))
            .and("risk-level rule", "levelRule", b -> b.levelRule(RiskLevelRules.product()))
            .and("acceptance criteria", "acceptanceCriteria", b -> b.acceptanceCriteria(AcceptanceCriteria.standard()))
            .and("important-asset criterion", "importantAssetCriterion",
                    b -> b.importantAssetCriterion(ImportantAssetCriteria.anyRatingAtTop()));

    static Stream<Arguments> required() {
        return REQUIRED.arguments();
    }

    @Test
    void build_givesTheStandardModelFromItsParts_asToBuilderDoes() {
        RiskModel built = REQUIRED.allBut("").build();
        assertThat(built).isEqualTo(STANDARD).isEqualTo(STANDARD.toBuilder().build());
        RiskModel acme = STANDARD.toBuilder().id("acme").version("2")
                .importantAssetCriterion(ImportantAssetCriteria.importanceAtLeast(2)).build();
        assertThat(acme.id()).isEqualTo("acme");
        assertThat(acme.likelihoodTable()).isEqualTo(STANDARD.likelihoodTable());
        assertThat(acme.isImportant(CiaRating.of(2, 1, 1))).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("required")
    void build_missingPart_namesIt(String field, String setter) {
        assertThatThrownBy(() -> REQUIRED.allBut(setter).build()).isInstanceOf(IsmsException.class)
                .hasMessage("Missing value for %s (required, set with %s)", field, setter);
    }

    @Test
    void build_checksTheParts_andSettersRejectNull() {
        assertThatThrownBy(() -> REQUIRED.allBut("").version(" ").build()).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for model version (must not be blank): ' '");
        assertThatThrownBy(() -> REQUIRED.allBut("").ciaScales(CiaScales.of(RatingScale.of(1, 4), RatingScale.standard(),
                RatingScale.standard())).build()).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Scales do not fit: the confidentiality scale 1 - 4 is not within the "
                        + "importance scale 1 - 3");
        assertThatThrownBy(() -> RiskModel.newBuilder().likelihoodTable(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("likelihoodTable");
    }
}
