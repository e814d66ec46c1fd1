package org.isms4j.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.isms4j.core.CiaRating;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.junit.jupiter.api.Test;

/** docs/method.md#asset-inventory: the asset inventory, importance and the quick-approach rows. */
class AssetInventorySpecTest {

    private static final AssetInventory QUICK_APPROACH = AssetInventory.of(
            Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)).withBusinessCategory("人事").withRemarks("社員基本情報")
                    .withMedium("社員PC"),
            Asset.of(2, "当社宛請求書", CiaRating.of(3, 3, 2)).withBusinessCategory("経理").withRemarks("過去3年分")
                    .withMedium("社員PC"),
            Asset.of(3, "顧客リスト", CiaRating.of(3, 3, 3)).withBusinessCategory("営業").withRemarks("得意先")
                    .withMedium("社員PC"));

    @Test
    void importance_isTheHighestRating() {
        assertThat(CiaRating.of(1, 2, 3).importance()).isEqualTo(3);
        assertThat(CiaRating.of(2, 1, 1).importance()).isEqualTo(2);
    }

    @Test
    void quickApproachRows_haveImportance3() {
        assertThat(QUICK_APPROACH.assets()).extracting(Asset::importance).containsExactly(3, 3, 3);
    }

    @Test
    void quickApproachRows_withLikelihood322_scoreLevels966() {
        RiskModel model = RiskModel.standard();
        int[] likelihood = {3, 2, 2};
        List<Integer> levels = QUICK_APPROACH.assets().stream()
                .map(asset -> model.scoreOfLikelihood(asset.importance(),
                        likelihood[asset.number() - 1]))
                .map(Score::level)
                .collect(Collectors.toList());
        assertThat(levels).containsExactly(9, 6, 6);
    }

    @Test
    void importantAssets_areThoseWithAnyRatingEqualTo3() {
        RiskModel model = RiskModel.standard();
        assertThat(model.isImportant(CiaRating.of(3, 1, 1))).isTrue();
        assertThat(model.isImportant(CiaRating.of(1, 1, 3))).isTrue();
        assertThat(model.isImportant(CiaRating.of(2, 2, 2))).isFalse();
        assertThat(QUICK_APPROACH.importantAssets(model)).hasSize(3);
    }

    @Test
    void ratings_runFrom1To3() {
        assertThat(RiskModel.standard().ciaScales().confidentiality().min()).isEqualTo(1);
        assertThat(RiskModel.standard().ciaScales().availability().max()).isEqualTo(3);
    }
}
