package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LevelGridTest {

    @Test
    void fiveByFive_isNotAProduct() {
        LevelGrid grid = RiskLevelRules.fiveByFive();
        assertThat(grid.rowAxis()).isEqualTo("consequence");
        assertThat(grid.level(5, 5)).isEqualTo(5);
        assertThat(grid.level(1, 1)).isEqualTo(1);
        assertThat(grid.level(3, 3)).isEqualTo(3);
        assertThat(grid.level(2, 3)).isNotEqualTo(2 * 3);
        assertThat(grid.code()).isEqualTo("grid");
        assertThat(grid.toRows()[4]).containsExactly(3, 4, 4, 5, 5);
    }

    @Test
    void product_multiplies() {
        assertThat(RiskLevelRules.product().level(3, 2)).isEqualTo(6);
        assertThat(RiskLevelRules.product().code()).isEqualTo("product");
        assertThat(RiskLevelRules.product()).isSameAs(RiskLevelRules.product());
        assertThat(RiskLevelRules.product()).hasToString("importance × likelihood");
    }

    @Test
    void of_blankAxis() {
        RatingScale s = RatingScale.standard();
        assertThatThrownBy(() -> LevelGrid.of(" ", s, s, new int[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for row axis (must not be blank): ' '");
    }

    @Test
    void of_levelAbove100_namesTheCell() {
        RatingScale s = RatingScale.of(1, 2);
        assertThatThrownBy(() -> LevelGrid.of("impact", s, s, new int[][] {{1, 2}, {3, 101}}))
                .hasMessage("Invalid value for risk level in cell (impact 2, likelihood 2) (valid values 0 - 100): 101");
    }

    @Test
    void of_notMonotone_namesTheCells() {
        RatingScale s = RatingScale.of(1, 2);
        assertThatThrownBy(() -> LevelGrid.of("impact", s, s, new int[][] {{1, 5}, {3, 4}}))
                .hasMessage("Risk level grid is not monotone: cell (impact 2, likelihood 2) = 4 is below "
                        + "cell (impact 1, likelihood 2) = 5; risk level must not decrease as impact rises");
    }

    @Test
    void level_offScale_namesTheAxis() {
        assertThatThrownBy(() -> RiskLevelRules.fiveByFive().level(6, 1))
                .hasMessage("Invalid value for consequence (valid values 1 - 5): 6");
        assertThatThrownBy(() -> RiskLevelRules.fiveByFive().level(1, 0))
                .hasMessage("Invalid value for likelihood (valid values 1 - 5): 0");
    }
}
