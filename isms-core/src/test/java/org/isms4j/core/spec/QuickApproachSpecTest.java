package org.isms4j.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.isms4j.core.CiaRating;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.quick.IncidentCase;
import org.isms4j.core.quick.ScoredAsset;
import org.junit.jupiter.api.Test;

/** docs/method.md#quick-approach: the LV.1 quick approach, an incident case over the inventory, 9 / 6 / 6. */
class QuickApproachSpecTest {

    @Test
    void leavingEmployeeLeak_onTheStaffPc_scores966() {
        AssetInventory inventory = AssetInventory.of(
                Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)).withBusinessCategory("人事").withMedium("社員PC"),
                Asset.of(2, "会社案内", CiaRating.of(1, 1, 2)).withBusinessCategory("広報").withMedium("Webサイト"),
                Asset.of(3, "当社宛請求書", CiaRating.of(3, 3, 2)).withBusinessCategory("経理").withMedium("社員PC"),
                Asset.of(4, "顧客リスト", CiaRating.of(3, 3, 3)).withBusinessCategory("営業").withMedium("社員PC"));
        IncidentCase leak = IncidentCase.onMedium("退職者による情報漏えい", "社員PC");
        List<ScoredAsset> rows = leak.assess(RiskModel.standard(), inventory, Map.of(1, 3, 3, 2, 4, 2));
        assertThat(rows).extracting(row -> row.asset().name()).containsExactly("社員名簿", "当社宛請求書", "顧客リスト");
        assertThat(rows).extracting(row -> row.score().importance()).containsExactly(3, 3, 3);
        assertThat(rows).extracting(row -> row.score().level()).containsExactly(9, 6, 6);
        assertThat(rows).extracting(row -> row.score().priority().rank()).containsExactly(1, 2, 2);
    }
}
