package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductRuleTest {

    private final ProductRule rule = RiskLevelRules.product();

    @ParameterizedTest
    @CsvSource({"0, 0, 0", "3, 2, 6", "10, 10, 100", "1, 10, 10"})
    void level_withinTheScales(int importance, int likelihood, int level) {
        assertThat(rule.level(importance, likelihood)).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({
        "11, 11, Invalid value for importance (valid values 0 - 10): 11",
        "-1, 2, Invalid value for importance (valid values 0 - 10): -1",
        "2147483647, 2, Invalid value for importance (valid values 0 - 10): 2147483647",
        "3, 11, Invalid value for likelihood (valid values 0 - 10): 11",
        "3, -2147483648, Invalid value for likelihood (valid values 0 - 10): -2147483648"})
    void level_outsideEveryScale(int importance, int likelihood, String message) {
        assertThatThrownBy(() -> rule.level(importance, likelihood)).isInstanceOf(IsmsException.class)
                .hasMessage(message);
    }
}
