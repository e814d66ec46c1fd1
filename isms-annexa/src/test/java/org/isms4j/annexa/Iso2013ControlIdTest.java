package org.isms4j.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class Iso2013ControlIdTest {

    static Stream<Iso2013ControlId> ids() {
        return AnnexA.all2013().stream().map(Iso2013Control::id);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void parse_toStringIsExactInverse(Iso2013ControlId id) {
        assertThat(Iso2013ControlId.parse(id.toString())).isSameAs(id);
        String numbers = id.toString().substring(2);
        assertThat(Iso2013ControlId.parse(numbers)).isSameAs(id);
        assertThat(Iso2013ControlId.parse("A " + numbers)).isSameAs(id);
        assertThat(Iso2013ControlId.of(id.clause(), id.category(), id.number())).isSameAs(id);
        assertThat(id.toString()).isEqualTo("A." + id.clause() + "." + id.category() + "." + id.number());
    }

    @Test
    void parse_lenientForms() {
        Iso2013ControlId id = Iso2013ControlId.of(8, 2, 1);
        assertThat(Iso2013ControlId.parse("A.8.2.1")).isEqualTo(id);
        assertThat(Iso2013ControlId.parse("8.2.1")).isEqualTo(id);
        assertThat(Iso2013ControlId.parse("A 8.2.1")).isEqualTo(id);
        assertThat(Iso2013ControlId.parse(" a.8.2.1 ")).isEqualTo(id);
        assertThat(id.toString()).isEqualTo("A.8.2.1");
    }

    @Test
    void parse_unknownControlInKnownCategory() {
        assertThatThrownBy(() -> Iso2013ControlId.parse("A.8.2.9"))
                .isInstanceOf(UnknownControlException.class)
                .hasMessage("Unknown ISO/IEC 27001:2013 control: 'A.8.2.9' (valid ids A.8.2.1 - A.8.2.3)")
                .extracting(e -> ((UnknownControlException) e).controlId()).isEqualTo("A.8.2.9");
        assertThatThrownBy(() -> Iso2013ControlId.of(18, 2, 4))
                .hasMessage("Unknown ISO/IEC 27001:2013 control: 'A.18.2.4' (valid ids A.18.2.1 - A.18.2.3)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "A.", "8.2", "A.8.2", "A.8.2.1.1", "A.19.1.1", "A.4.1.1", "A.8.4.1", "A.8.0.1",
        "A.08.2.1", "A.8.2.01", "A.8.2.100", "A.5.1.0", "5.12", "x.y.z", "A..8.2.1", "A.8..2.1", "A.8.2.", "A-8.2.1",
        "A.8.2.1x"})
    void parse_malformedOrUnknown(String text) {
        assertThatThrownBy(() -> Iso2013ControlId.parse(text))
                .isInstanceOf(UnknownControlException.class)
                .hasMessageStartingWith("Unknown ISO/IEC 27001:2013 control: '" + text + "' (valid ids ");
    }

    @Test
    void parse_garbageNamesWholeRange() {
        assertThatThrownBy(() -> Iso2013ControlId.parse("nonsense"))
                .hasMessage("Unknown ISO/IEC 27001:2013 control: 'nonsense' (valid ids A.5.1.1 - A.18.2.3)");
        assertThatThrownBy(() -> Iso2013ControlId.of(19, 1, 1))
                .hasMessage("Unknown ISO/IEC 27001:2013 control: 'A.19.1.1' (valid ids A.5.1.1 - A.18.2.3)");
    }

    @Test
    void parse_null() {
        assertThatThrownBy(() -> Iso2013ControlId.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void parse_anyStringThrowsOnlyUnknownControl() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 10)).checkAssert(text -> {
            try {
                Iso2013ControlId id = Iso2013ControlId.parse(text);
                assertThat(AnnexA.find2013(text)).map(Iso2013Control::id).contains(id);
            } catch (UnknownControlException e) {
                assertThat(e.controlId()).isEqualTo(text);
                assertThat(AnnexA.find2013(text)).isEmpty();
            }
        });
        qt().forAll(strings().numeric()).checkAssert(text -> assertThat(AnnexA.find2013(text)).isEmpty());
    }

    @Test
    void compareTo_numericDocumentOrder() {
        assertThat(Iso2013ControlId.parse("A.9.4.5")).isLessThan(Iso2013ControlId.parse("A.10.1.1"));
        assertThat(Iso2013ControlId.parse("A.12.1.2")).isLessThan(Iso2013ControlId.parse("A.12.2.1"));
        List<Iso2013ControlId> ids = new ArrayList<>(ids().toList());
        Collections.shuffle(ids);
        Collections.sort(ids);
        assertThat(ids).isEqualTo(ids().toList());
    }

    @Test
    void equals_byControl() {
        assertThat(Iso2013ControlId.parse("8.2.1")).isEqualTo(Iso2013ControlId.of(8, 2, 1))
                .hasSameHashCodeAs(Iso2013ControlId.of(8, 2, 1))
                .isNotEqualTo(Iso2013ControlId.of(8, 2, 2))
                .isNotEqualTo("A.8.2.1");
    }

    @Test
    void accessors_numbers() {
        Iso2013ControlId id = Iso2013ControlId.parse("A.18.2.3");
        assertThat(id.clause()).isEqualTo(18);
        assertThat(id.category()).isEqualTo(2);
        assertThat(id.number()).isEqualTo(3);
    }
}
