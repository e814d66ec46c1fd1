package org.isms4j.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.junit.jupiter.api.Test;

class AssetInventoryTest {

    private static final AssetInventory INVENTORY = AssetInventory.of(
            Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)).withMedium("社員PC"),
            Asset.of(2, "見積書", CiaRating.of(2, 2, 1)).withMedium("ファイルサーバ"),
            Asset.of(3, "顧客リスト", CiaRating.of(3, 3, 3)).withMedium("社員PC"));

    @Test
    void get_andFind() {
        assertThat(INVENTORY.get(2).name()).isEqualTo("見積書");
        assertThat(INVENTORY.find(3)).isPresent();
        assertThat(INVENTORY.find(4)).isEmpty();
        assertThatThrownBy(() -> INVENTORY.get(4)).isInstanceOf(IsmsException.class)
                .hasMessage("Unknown asset number: 4");
        assertThat(INVENTORY.size()).isEqualTo(3);
    }

    @Test
    void of_duplicateNumber() {
        assertThatThrownBy(() -> AssetInventory.of(Asset.of(1, "a", CiaRating.of(1, 1, 1)),
                Asset.of(1, "b", CiaRating.of(1, 1, 1)))).hasMessage("Duplicate asset number: 1");
    }

    @Test
    void filter_byMedium_keepsOrder() {
        assertThat(INVENTORY.filter(asset -> asset.medium().equals("社員PC"))).extracting(Asset::number)
                .containsExactly(1, 3);
    }

    @Test
    void importantAssets_underTheStandardCriterion() {
        assertThat(INVENTORY.importantAssets(RiskModel.standard())).extracting(Asset::number).containsExactly(1, 3);
    }

    @Test
    void highestImportance() {
        assertThat(INVENTORY.highestImportance(Set.of(2))).isEqualTo(2);
        assertThat(INVENTORY.highestImportance(List.of(2, 3))).isEqualTo(3);
        assertThatThrownBy(() -> INVENTORY.highestImportance(List.of(2, 9))).hasMessage("Unknown asset number: 9");
        assertThatThrownBy(() -> INVENTORY.highestImportance(List.of()))
                .hasMessage("Invalid asset numbers: a risk concerns at least one asset");
    }

    @Test
    void highestImportance_isTheMaximumOverGeneratedAssets() {
        qt().forAll(lists().of(integers().between(1, 3)).ofSizeBetween(1, 30)).checkAssert(importances -> {
            List<Asset> assets = new ArrayList<>();
            for (int n = 0; n < importances.size(); n++) {
                int i = importances.get(n);
                assets.add(Asset.of(n + 1, "asset " + (n + 1), CiaRating.of(1, i, 1)));
            }
            AssetInventory inventory = AssetInventory.of(assets);
            List<Integer> numbers = new ArrayList<>();
            for (int n = 1; n <= assets.size(); n++) {
                numbers.add(n);
            }
            int highest = inventory.highestImportance(numbers);
            assertThat(importances).contains(highest);
            assertThat(importances).allSatisfy(i -> assertThat(i).isLessThanOrEqualTo(highest));
        });
    }
}
