package org.isms4j.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ControlIdTest {

    static final String VALID = "(valid ids 5.1 - 5.37, 6.1 - 6.8, 7.1 - 7.14, 8.1 - 8.34)";

    static Stream<ControlId> ids() {
        return AnnexA.all().stream().map(Control::id);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void parse_toStringIsExactInverse(ControlId id) {
        assertThat(ControlId.parse(id.toString())).isSameAs(id);
        assertThat(ControlId.parse("A." + id)).isSameAs(id);
        assertThat(ControlId.parse("A " + id)).isSameAs(id);
        assertThat(ControlId.of(id.clause(), id.number())).isSameAs(id);
        assertThat(id.toString()).isEqualTo(id.clause() + "." + id.number());
    }

    @Test
    void parse_lenientForms() {
        ControlId id = ControlId.of(5, 12);
        assertThat(ControlId.parse("5.12")).isEqualTo(id);
        assertThat(ControlId.parse("A.5.12")).isEqualTo(id);
        assertThat(ControlId.parse("A 5.12")).isEqualTo(id);
        assertThat(ControlId.parse("a.5.12")).isEqualTo(id);
        assertThat(ControlId.parse("  A.5.12\t")).isEqualTo(id);
        assertThat(ControlId.parse(new StringBuilder("8.34"))).isEqualTo(ControlId.of(8, 34));
        assertThat(id.toString()).isEqualTo("5.12");
    }

    @Test
    void parse_unknownControl() {
        assertThatThrownBy(() -> ControlId.parse("5.99"))
                .isInstanceOf(UnknownControlException.class)
                .hasMessage("Unknown Annex A control: '5.99' " + VALID)
                .extracting(e -> ((UnknownControlException) e).controlId()).isEqualTo("5.99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "5", "5.", ".12", "5.12.1", "5.012", "5.0", "05.12", "4.1", "9.1", "5.38", "6.9",
        "7.15", "8.35", "A5.12", "A..5.12", "A  5.12", "B.5.12", "５．１２", "5,12", "5.1a", "A.", "A", "x", "5.123",
        "A.8.2.1", "-5.1", "5.-1", "+5.1", "5 .12"})
    void parse_malformedOrUnknown(String text) {
        assertThatThrownBy(() -> ControlId.parse(text))
                .isInstanceOf(UnknownControlException.class)
                .hasMessage("Unknown Annex A control: '" + text + "' " + VALID)
                .extracting(e -> ((UnknownControlException) e).controlId()).isEqualTo(text);
    }

    @Test
    void parse_null() {
        assertThatThrownBy(() -> ControlId.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void parse_anyStringThrowsOnlyUnknownControl() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 8)).checkAssert(text -> {
            try {
                ControlId id = ControlId.parse(text);
                assertThat(AnnexA.contains(text)).isTrue();
                assertThat(ControlId.parse(id.toString())).isSameAs(id);
            } catch (UnknownControlException e) {
                assertThat(e.controlId()).isEqualTo(text);
                assertThat(AnnexA.contains(text)).isFalse();
            }
        });
    }

    @Test
    void parse_everyShortStringOverIdAlphabet() {
        char[] alphabet = {'A', '.', ' ', '0', '1', '2', '5', '8', '9'};
        List<String> texts = new ArrayList<>();
        texts.add("");
        for (int length = 1; length <= 5; length++) {
            List<String> longer = new ArrayList<>();
            for (String text : texts) {
                if (text.length() == length - 1) {
                    for (char c : alphabet) {
                        longer.add(text + c);
                    }
                }
            }
            texts.addAll(longer);
        }
        int parsed = 0;
        for (String text : texts) {
            try {
                ControlId id = ControlId.parse(text);
                parsed++;
                assertThat(text.strip()).endsWith(id.toString());
            } catch (UnknownControlException e) {
                assertThat(e).hasMessageStartingWith("Unknown Annex A control: '" + text + "'");
            }
        }
        assertThat(parsed).isPositive();
    }

    @Test
    void of_unknownControl() {
        assertThatThrownBy(() -> ControlId.of(5, 38))
                .isInstanceOf(UnknownControlException.class)
                .isInstanceOf(IsmsException.class)
                .hasMessage("Unknown Annex A control: '5.38' " + VALID);
        assertThatThrownBy(() -> ControlId.of(9, 1)).hasMessage("Unknown Annex A control: '9.1' " + VALID);
        assertThatThrownBy(() -> ControlId.of(5, 0)).hasMessage("Unknown Annex A control: '5.0' " + VALID);
        assertThatThrownBy(() -> ControlId.of(-1, -1)).hasMessage("Unknown Annex A control: '-1.-1' " + VALID);
    }

    @Test
    void compareTo_numericDocumentOrder() {
        assertThat(ControlId.parse("5.2")).isLessThan(ControlId.parse("5.10"));
        assertThat(ControlId.parse("5.37")).isLessThan(ControlId.parse("6.1"));
        assertThat(ControlId.parse("8.9")).isLessThan(ControlId.parse("8.34"));
        List<ControlId> ids = new ArrayList<>(ids().toList());
        Collections.shuffle(ids);
        Collections.sort(ids);
        assertThat(ids).isEqualTo(ids().toList());
        assertThat(ids).extracting(ControlId::toString).startsWith("5.1", "5.2", "5.3").endsWith("8.33", "8.34");
    }

    @Test
    void equals_byControl() {
        assertThat(ControlId.parse("A.5.12")).isEqualTo(ControlId.of(5, 12)).hasSameHashCodeAs(ControlId.of(5, 12));
        assertThat(ControlId.of(5, 12)).isNotEqualTo(ControlId.of(5, 13)).isNotEqualTo("5.12");
    }

    @Test
    void theme_ofClause() {
        assertThat(ControlId.parse("5.12").theme()).isEqualTo(Theme.ORGANIZATIONAL);
        assertThat(ControlId.parse("6.3").theme()).isEqualTo(Theme.PEOPLE);
        assertThat(ControlId.parse("7.4").theme()).isEqualTo(Theme.PHYSICAL);
        assertThat(ControlId.parse("8.34").theme()).isEqualTo(Theme.TECHNOLOGICAL);
        assertThat(ControlId.parse("5.12").clause()).isEqualTo(5);
        assertThat(ControlId.parse("5.12").number()).isEqualTo(12);
    }
}
