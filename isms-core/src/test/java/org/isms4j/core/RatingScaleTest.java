package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class RatingScaleTest {

    @Test
    void standard_is1To3() {
        assertThat(RatingScale.standard()).hasToString("1 - 3");
        assertThat(RatingScale.standard().size()).isEqualTo(3);
        assertThat(RatingScale.of(1, 3)).isSameAs(RatingScale.standard());
    }

    @Test
    void check_outsideScale_namesFieldRangeAndValue() {
        assertThatThrownBy(() -> RatingScale.standard().check("confidentiality", 4))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for confidentiality (valid values 1 - 3): 4");
        assertThatThrownBy(() -> RatingScale.standard().check("threat", 0))
                .hasMessage("Invalid value for threat (valid values 1 - 3): 0");
        assertThat(RatingScale.standard().check("threat", 3)).isEqualTo(3);
    }

    @Test
    void of_tooFewOrTooManyPoints() {
        assertThatThrownBy(() -> RatingScale.of(2, 2)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid scale 2 - 2: a scale has 2 to 10 points, not 1");
        assertThatThrownBy(() -> RatingScale.of(0, 10))
                .hasMessage("Invalid scale 0 - 10: a scale has 2 to 10 points, not 11");
        assertThatThrownBy(() -> RatingScale.of(3, 1))
                .hasMessage("Invalid scale 3 - 1: a scale has 2 to 10 points, not -1");
    }

    @Test
    void of_boundOutside0To10() {
        assertThatThrownBy(() -> RatingScale.of(-1, 3))
                .hasMessage("Invalid value for scale minimum (valid values 0 - 10): -1");
        assertThatThrownBy(() -> RatingScale.of(5, 11))
                .hasMessage("Invalid value for scale maximum (valid values 0 - 10): 11");
    }

    @Test
    void of_acceptsExactlyTheValidBounds() {
        qt().forAll(integers().between(-3, 13), integers().between(-3, 13)).checkAssert((min, max) -> {
            boolean valid = min >= 0 && max <= 10 && max - min + 1 >= 2 && max - min + 1 <= 10;
            if (valid) {
                RatingScale scale = RatingScale.of(min, max);
                assertThat(scale.min()).isEqualTo(min);
                assertThat(scale.max()).isEqualTo(max);
                assertThat(scale.contains(min - 1)).isFalse();
                assertThat(scale.contains(max + 1)).isFalse();
                assertThat(scale.contains(min)).isTrue();
                assertThat(scale.encloses(scale)).isTrue();
            } else {
                assertThatThrownBy(() -> RatingScale.of(min, max)).isInstanceOf(IsmsException.class);
            }
        });
    }

    @Test
    void encloses() {
        assertThat(RatingScale.of(1, 5).encloses(RatingScale.standard())).isTrue();
        assertThat(RatingScale.standard().encloses(RatingScale.of(1, 5))).isFalse();
        assertThat(RatingScale.of(2, 5).encloses(RatingScale.standard())).isFalse();
    }
}
