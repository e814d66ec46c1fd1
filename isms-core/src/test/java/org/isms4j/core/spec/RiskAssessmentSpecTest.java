package org.isms4j.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.isms4j.core.CiaRating;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/method.md#canonical-example and #risk-treatment: the canonical three risks, first and second
 * evaluation, treatment vocabulary.
 */
class RiskAssessmentSpecTest {

    private static final RiskModel MODEL = RiskModel.standard();

    @ParameterizedTest(name = "risk {0}: importance {1} x likelihood {2} = level {3}, priority {4}")
    @CsvSource({"1, 3, 2, 6, 2", "2, 2, 2, 4, 3", "3, 3, 3, 9, 1"})
    void firstEvaluation_canonicalRisks(int risk, int importance, int likelihood, int level, int priority) {
        RiskEvaluation first = RiskEvaluation.ofLikelihood(MODEL, importance, likelihood);
        assertThat(first.level()).isEqualTo(level);
        assertThat(first.priority().rank()).isEqualTo(priority);
        assertThat(first.modelId()).isEqualTo(MODEL.id());
    }

    @ParameterizedTest(name = "risk {0}: residual {1} x {2} = level {3}")
    @CsvSource({"1, 2, 1, 2", "2, 1, 1, 1", "3, 2, 3, 6"})
    void secondEvaluation_residualLevels(int risk, int importance, int likelihood, int level) {
        assertThat(RiskEvaluation.ofLikelihood(MODEL, importance, likelihood).level()).isEqualTo(level);
    }

    @Test
    void riskOverSeveralAssets_takesTheHighestImportance() {
        AssetInventory inventory = AssetInventory.of(
                Asset.of(10, "文書A", CiaRating.of(2, 1, 1)), Asset.of(11, "文書B", CiaRating.of(3, 2, 1)),
                Asset.of(13, "文書C", CiaRating.of(1, 1, 1)), Asset.of(26, "文書D", CiaRating.of(2, 2, 2)),
                Asset.of(55, "文書E", CiaRating.of(1, 2, 1)));
        Risk risk3 = Risk.newBuilder().number(3).assetNumbers(List.of(10, 11, 13, 26, 55))
                .riskSource("classification / handling of electronic information unclear").impactArea("external")
                .event("loss/theft of information").lostProperties(SecurityProperty.CONFIDENTIALITY).build();
        RiskEvaluation first = RiskEvaluation.of(MODEL, inventory, risk3, 3, 3);
        assertThat(risk3.assetNumbers()).hasSize(5);
        assertThat(first.importance()).isEqualTo(3);
        assertThat(first.likelihood()).isEqualTo(3);
        assertThat(first.level()).isEqualTo(9);
        assertThat(first.priority().rank()).isEqualTo(1);
    }

    @Test
    void treatmentVocabulary_speaksJapaneseAndEnglish() {
        assertThat(TreatmentOption.values()).extracting(option -> option.getDisplayName(Locale.JAPANESE))
                .containsExactly("回避", "低減", "移転", "保有");
        assertThat(TreatmentStatus.values()).extracting(status -> status.getDisplayName(Locale.JAPANESE))
                .containsExactly("済み", "予定", "未定");
        assertThat(TreatmentStatus.values()).extracting(TreatmentStatus::code)
                .containsExactly("done", "planned", "undecided");
    }
}
