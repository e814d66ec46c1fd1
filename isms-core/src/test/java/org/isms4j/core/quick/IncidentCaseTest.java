package org.isms4j.core.quick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.junit.jupiter.api.Test;

class IncidentCaseTest {

    private static final AssetInventory INVENTORY = AssetInventory.of(
            Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)).withMedium("社員PC"),
            Asset.of(2, "会社案内", CiaRating.of(1, 1, 1)).withMedium("Webサイト"));

    @Test
    void assess_missingLikelihood() {
        IncidentCase leak = IncidentCase.onMedium("退職者による情報漏えい", "社員PC");
        assertThatThrownBy(() -> leak.assess(RiskModel.standard(), INVENTORY, Map.of(2, 1)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Missing likelihood for asset 1 (社員名簿), which incident case '退職者による情報漏えい' picks");
        assertThatThrownBy(() -> leak.assess(RiskModel.standard(), INVENTORY, Map.of(1, 4)))
                .hasMessage("Invalid value for likelihood (valid values 1 - 3): 4");
    }

    @Test
    void of_anyFilter() {
        IncidentCase all = IncidentCase.of("全資産", asset -> true);
        assertThat(all.assess(RiskModel.standard(), INVENTORY, Map.of(1, 1, 2, 1))).hasSize(2);
        assertThat(all.name()).isEqualTo("全資産");
        assertThatThrownBy(() -> IncidentCase.onMedium("x", " "))
                .hasMessage("Invalid value for medium (must not be blank): ' '");
        assertThatThrownBy(() -> IncidentCase.of("", asset -> true))
                .hasMessage("Invalid value for incident case (must not be blank): ''");
    }
}
