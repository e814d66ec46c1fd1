package org.isms4j.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;

class AssetTest {

    private static final Asset REGISTER = Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2));

    @Test
    void of_descriptiveColumnsStartEmpty() {
        assertThat(REGISTER.businessCategory()).isEmpty();
        assertThat(REGISTER.remarks()).isEmpty();
        assertThat(REGISTER.userScope()).isEmpty();
        assertThat(REGISTER.riskOwner()).isEmpty();
        assertThat(REGISTER.managingDepartment()).isEmpty();
        assertThat(REGISTER.medium()).isEmpty();
        assertThat(REGISTER.importance()).isEqualTo(3);
    }

    @Test
    void with_setsEveryColumn() {
        Asset full = REGISTER.withBusinessCategory("人事").withRemarks("社員基本情報").withUserScope("人事部")
                .withRiskOwner("人事部長").withManagingDepartment("人事部").withMedium("社員PC")
                .withRating(CiaRating.of(2, 2, 2));
        assertThat(full.businessCategory()).isEqualTo("人事");
        assertThat(full.remarks()).isEqualTo("社員基本情報");
        assertThat(full.userScope()).isEqualTo("人事部");
        assertThat(full.riskOwner()).isEqualTo("人事部長");
        assertThat(full.managingDepartment()).isEqualTo("人事部");
        assertThat(full.medium()).isEqualTo("社員PC");
        assertThat(full.importance()).isEqualTo(2);
        assertThat(full.number()).isEqualTo(1);
        assertThat(REGISTER.withMedium("")).isEqualTo(REGISTER);
    }

    @Test
    void of_invalid() {
        assertThatThrownBy(() -> Asset.of(0, "x", CiaRating.of(1, 1, 1))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for asset number (valid values 1 - 2147483647): 0");
        assertThatThrownBy(() -> Asset.of(1, " ", CiaRating.of(1, 1, 1)))
                .hasMessage("Invalid value for asset name (must not be blank): ' '");
        assertThatThrownBy(() -> Asset.of(1, null, CiaRating.of(1, 1, 1))).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> Asset.of(1, "x", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("rating");
        assertThatThrownBy(() -> REGISTER.withMedium(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("medium");
    }
}
