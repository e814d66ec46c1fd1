package org.isms4j.json.deser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The set of risk numbers a register reader and writer keep. */
class NumberSetTest {

    @Test
    void add_ascendingNumbersThenNumbersBelowTheHighest() {
        NumberSet set = new NumberSet();
        for (int n = 1; n <= 1000; n += 2) {
            assertThat(set.add(n)).isTrue();
        }
        assertThat(set.add(999)).isFalse();
        assertThat(set.add(501)).isFalse();
        assertThat(set.add(500)).isTrue();
        assertThat(set.add(500)).isFalse();
        assertThat(set.add(Integer.MAX_VALUE)).isTrue();
        assertThat(set.add(2)).isTrue();
        assertThat(set.size()).isEqualTo(503);
    }

    @Test
    void add_rejectsNumbersBelowOne() {
        assertThatThrownBy(() -> new NumberSet().add(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a positive number: 0");
    }

    @Test
    void add_agreesWithAHashSet() {
        qt().withExamples(300).forAll(lists().of(integers().between(1, 3000)).ofSizeBetween(0, 2000))
                .checkAssert(numbers -> {
                    NumberSet set = new NumberSet();
                    Set<Integer> expected = new HashSet<>();
                    for (int n : numbers) {
                        assertThat(set.add(n)).isEqualTo(expected.add(n));
                    }
                    assertThat(set.size()).isEqualTo(expected.size());
                });
    }
}
