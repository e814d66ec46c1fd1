package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CiaRatingTest {

    static Stream<Arguments> allStandardRatings() {
        return RiskModelPropertyTest.standardInputs();
    }

    @ParameterizedTest(name = "({0}, {1}, {2})")
    @MethodSource("allStandardRatings")
    void importance_isOneOfItsInputsAndNotBelowAny(int c, int i, int a) {
        CiaRating rating = CiaRating.of(c, i, a);
        assertThat(rating.importance()).isIn(c, i, a);
        assertThat(rating.importance()).isGreaterThanOrEqualTo(c).isGreaterThanOrEqualTo(i)
                .isGreaterThanOrEqualTo(a);
        assertThat(List.of(rating.confidentiality(), rating.integrity(), rating.availability()))
                .containsExactly(c, i, a);
        assertThat(rating.ratingOf(SecurityProperty.CONFIDENTIALITY)).isEqualTo(c);
        assertThat(rating.ratingOf(SecurityProperty.INTEGRITY)).isEqualTo(i);
        assertThat(rating.ratingOf(SecurityProperty.AVAILABILITY)).isEqualTo(a);
        assertThat(CiaRating.of(c, i, a)).isSameAs(rating);
        assertThat(rating.isAnyAtTop(CiaScales.standard())).isEqualTo(c == 3 || i == 3 || a == 3);
    }

    @Test
    void of_outOfStandardScale_namesTheDimension() {
        assertThatThrownBy(() -> CiaRating.of(4, 1, 1)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for confidentiality (valid values 1 - 3): 4");
        assertThatThrownBy(() -> CiaRating.of(1, 0, 1))
                .hasMessage("Invalid value for integrity (valid values 1 - 3): 0");
        assertThatThrownBy(() -> CiaRating.of(1, 1, -7))
                .hasMessage("Invalid value for availability (valid values 1 - 3): -7");
    }

    @Test
    void of_perDimensionScales() {
        CiaScales scales = CiaScales.of(RatingScale.standard(), RatingScale.standard(), RatingScale.of(1, 5));
        CiaRating rating = CiaRating.of(2, 1, 5, scales);
        assertThat(rating.importance()).isEqualTo(5);
        assertThat(rating.isAnyAtTop(scales)).isTrue();
        assertThat(CiaRating.of(3, 1, 4, scales).isAnyAtTop(scales)).isTrue();
        assertThat(CiaRating.of(2, 2, 4, scales).isAnyAtTop(scales)).isFalse();
        assertThatThrownBy(() -> CiaRating.of(4, 1, 1, scales))
                .hasMessage("Invalid value for confidentiality (valid values 1 - 3): 4");
        assertThat(scales.enclosing()).isEqualTo(RatingScale.of(1, 5));
        assertThat(scales.scaleOf(SecurityProperty.AVAILABILITY)).isEqualTo(RatingScale.of(1, 5));
        assertThat(scales.scaleOf(SecurityProperty.INTEGRITY)).isEqualTo(RatingScale.standard());
    }

    @Test
    void of_generatedRatings_acceptedExactlyOnTheScale() {
        org.quicktheories.QuickTheory.qt().forAll(org.quicktheories.generators.SourceDSL.integers().between(-5, 8),
                org.quicktheories.generators.SourceDSL.integers().between(-5, 8),
                org.quicktheories.generators.SourceDSL.integers().between(-5, 8)).checkAssert((c, i, a) -> {
                    String firstBad = c < 1 || c > 3 ? "confidentiality " + c
                            : i < 1 || i > 3 ? "integrity " + i : a < 1 || a > 3 ? "availability " + a : null;
                    if (firstBad == null) {
                        assertThat(CiaRating.of(c, i, a).importance()).isEqualTo(Math.max(c, Math.max(i, a)));
                    } else {
                        String[] fieldAndValue = firstBad.split(" ");
                        assertThatThrownBy(() -> CiaRating.of(c, i, a)).isInstanceOf(IsmsException.class)
                                .hasMessage("Invalid value for %s (valid values 1 - 3): %s", fieldAndValue[0],
                                        fieldAndValue[1]);
                    }
                });
    }

    @Test
    void of_nullScales_throwsNamingTheParameter() {
        assertThatThrownBy(() -> CiaRating.of(1, 1, 1, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("scales");
    }

    @Test
    void ofRecord_checksOnlyTheSharedRange() {
        assertThat(CiaRating.ofRecord(0, 10, 5).importance()).isEqualTo(10);
        assertThat(CiaRating.ofRecord(3, 3, 2)).isSameAs(CiaRating.of(3, 3, 2));
        assertThatThrownBy(() -> CiaRating.ofRecord(11, 1, 1))
                .hasMessage("Invalid value for confidentiality (valid values 0 - 10): 11");
        assertThatThrownBy(() -> CiaRating.ofRecord(1, -1, 1))
                .hasMessage("Invalid value for integrity (valid values 0 - 10): -1");
        assertThatThrownBy(() -> CiaRating.ofRecord(1, 1, 12))
                .hasMessage("Invalid value for availability (valid values 0 - 10): 12");
    }

    @Test
    void toString_isCompact() {
        assertThat(CiaRating.of(3, 3, 2)).hasToString("C3/I3/A2");
    }
}
