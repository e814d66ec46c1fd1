package org.isms4j.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The set of risk numbers answers as a hash set does, for any order of any numbers. */
class NumberSetTest {

    @Test
    void add_answersAsAHashSet_forAnyNumbers() {
        qt().withExamples(300).forAll(lists().of(integers().between(-50, 400)).ofSizeBetween(0, 600))
                .checkAssert(NumberSetTest::agrees);
        qt().withExamples(100).forAll(lists().of(integers().all()).ofSizeBetween(0, 300))
                .checkAssert(NumberSetTest::agrees);
    }

    /** Descending numbers never take the ascending path: every one goes through the runs. */
    @Test
    void add_ofDescendingNumbers_mergesRunsAndStillFindsEach() {
        NumberSet set = new NumberSet();
        for (int n = 100_000; n >= 1; n--) {
            assertThat(set.add(n)).isTrue();
        }
        for (int n = 1; n <= 100_000; n += 997) {
            assertThat(set.add(n)).as("repeat of %d", n).isFalse();
        }
        assertThat(set.add(Integer.MAX_VALUE)).isTrue();
        assertThat(set.add(0)).isTrue();
    }

    private static void agrees(List<Integer> numbers) {
        NumberSet set = new NumberSet();
        Set<Integer> expected = new HashSet<>();
        for (int n : numbers) {
            assertThat(set.add(n)).as("add(%d)", n).isEqualTo(expected.add(n));
        }
    }
}
