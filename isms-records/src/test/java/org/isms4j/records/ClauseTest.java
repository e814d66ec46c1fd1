package org.isms4j.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClauseTest {

    private static final String VALID = "(valid values 4 - 10, 4.1 - 4.4, 5.1 - 5.3, 6.1 - 6.3, 7.1 - 7.5, 8.1 - 8.3, "
            + "9.1 - 9.3, 10.1 - 10.2, 6.1.1 - 6.1.3, 7.5.1 - 7.5.3, 9.2.1 - 9.2.2, 9.3.1 - 9.3.3)";

    /** Every clause of ISO/IEC 27001:2022's requirements, in the standard's order: 41 numbers. */
    static List<String> everyClause() {
        return List.of("4", "4.1", "4.2", "4.3", "4.4", "5", "5.1", "5.2", "5.3", "6", "6.1", "6.1.1", "6.1.2", "6.1.3",
                "6.2", "6.3", "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3", "8", "8.1", "8.2", "8.3",
                "9", "9.1", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2", "9.3.3", "10", "10.1", "10.2");
    }

    static Stream<String> clauses() {
        return everyClause().stream();
    }

    @ParameterizedTest
    @MethodSource("clauses")
    void parse_everyClause_roundTripsAndMatchesOf(String text) {
        Clause clause = Clause.parse(text);
        assertThat(clause.toString()).isEqualTo(text);
        int[] numbers = Stream.of(text.split("\\.")).mapToInt(Integer::parseInt).toArray();
        assertThat(Clause.of(numbers)).isEqualTo(clause).hasSameHashCodeAs(clause);
        assertThat(clause.depth()).isEqualTo(numbers.length);
        assertThat(clause.clause()).isEqualTo(numbers[0]);
        assertThat(clause.isWithin(Clause.of(numbers[0]))).isTrue();
    }

    @Test
    void everyClause_count() {
        assertThat(everyClause()).hasSize(41).doesNotHaveDuplicates();
    }

    @Test
    void order_isTheStandardsOrder() {
        List<Clause> sorted = new ArrayList<>(everyClause().stream().map(Clause::parse).toList());
        java.util.Collections.reverse(sorted);
        sorted.sort(null);
        assertThat(sorted).extracting(Clause::toString).containsExactlyElementsOf(everyClause());
    }

    @Test
    void isWithin_onlyItsOwnBranch() {
        assertThat(Clause.parse("9.3.2").isWithin(Clause.parse("9.3"))).isTrue();
        assertThat(Clause.parse("9.3").isWithin(Clause.parse("9.3.2"))).isFalse();
        assertThat(Clause.parse("9.2.1").isWithin(Clause.parse("9.3"))).isFalse();
        assertThat(Clause.parse("10.1").isWithin(Clause.parse("9"))).isFalse();
        assertThat(Clause.parse("10.1").isWithin(Clause.parse("10"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "11", "4.5", "6.4", "6.1.4", "6.2.1", "7.6", "9.4", "10.3", "09.1", "9.01", "9.", ".9",
        "9.3.2.1", "A.5.1", "", " 9.1", "９.1"})
    void parse_noClauseOfTheStandard_isRejected(String text) {
        assertThatThrownBy(() -> Clause.parse(text)).isInstanceOf(IsmsException.class)
                .hasMessage("Unknown ISO/IEC 27001 clause: '" + text + "' " + VALID);
    }

    @Test
    void of_noClauseOfTheStandard_isRejected() {
        assertThatThrownBy(() -> Clause.of(6, 4)).isInstanceOf(IsmsException.class)
                .hasMessage("Unknown ISO/IEC 27001 clause: '6.4' " + VALID);
        assertThatThrownBy(() -> Clause.of()).isInstanceOf(IsmsException.class)
                .hasMessage("Unknown ISO/IEC 27001 clause: '' " + VALID);
    }

    @Test
    void parse_anyText_isAClauseOrIsmsException() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 8)).checkAssert(text -> {
            try {
                assertThat(Clause.parse(text).toString()).isEqualTo(text);
            } catch (IsmsException e) {
                assertThat(everyClause()).doesNotContain(text);
            }
        });
    }

    @Test
    void of_everyNumberNearTheStandards_isAcceptedExactlyWhenTheStandardHasIt() {
        int accepted = 0;
        for (int a = 0; a <= 12; a++) {
            for (int b = -1; b <= 7; b++) {
                for (int c = -1; c <= 5; c++) {
                    if (b < 0 && c >= 0) {
                        continue;
                    }
                    int[] numbers = b < 0 ? new int[] {a} : c < 0 ? new int[] {a, b} : new int[] {a, b, c};
                    String text = java.util.Arrays.stream(numbers).mapToObj(Integer::toString)
                            .collect(java.util.stream.Collectors.joining("."));
                    boolean valid = everyClause().contains(text);
                    if (valid) {
                        accepted++;
                        assertThat(Clause.of(numbers)).hasToString(text);
                    } else {
                        assertThatThrownBy(() -> Clause.of(numbers)).as(text).isInstanceOf(IsmsException.class);
                    }
                }
            }
        }
        assertThat(accepted).isEqualTo(41);
    }

    @Test
    void parse_longText_isCutInTheMessage() {
        String text = "9".repeat(100);
        assertThatThrownBy(() -> Clause.parse(text)).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Unknown ISO/IEC 27001 clause: '" + "9".repeat(64) + "…'");
    }
}
