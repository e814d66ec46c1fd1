package org.isms4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;

class SortedIntSetTest {

    private static final SortedIntSet RISK_3 = SortedIntSet.copyOf(List.of(55, 10, 26, 11, 13), "element", "number");

    @Test
    void copyOf_sorts() {
        assertThat(RISK_3).containsExactly(10, 11, 13, 26, 55);
        assertThat(RISK_3.size()).isEqualTo(5);
        assertThat(RISK_3.first()).isEqualTo(10);
        assertThat(RISK_3.last()).isEqualTo(55);
        assertThat(RISK_3.intAt(2)).isEqualTo(13);
        assertThat(RISK_3.comparator()).isNull();
        assertThat(SortedIntSet.copyOf(List.of(1, 2, 3), "element", "number")).containsExactly(1, 2, 3);
    }

    @Test
    void copyOf_refusesARepeatedNumber() {
        assertThatThrownBy(() -> SortedIntSet.copyOf(List.of(5, 5), "element", "asset number"))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate asset number: 5");
        assertThatThrownBy(() -> SortedIntSet.copyOf(List.of(9, 5, 7, 5), "element", "asset number"))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate asset number: 5");
        assertThatThrownBy(() -> SortedIntSet.copyOf(new int[] {5, 5}, "asset number"))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate asset number: 5");
    }

    @Test
    void copyOf_keepsASetOfThisClass() {
        assertThat(SortedIntSet.copyOf(RISK_3, "element", "number")).isSameAs(RISK_3);
    }

    @Test
    void copyOf_nullElement() {
        assertThatThrownBy(() -> SortedIntSet.copyOf(Arrays.asList(1, null), "assetNumbers element", "number"))
                .isInstanceOf(NullPointerException.class).hasMessage("assetNumbers element");
    }

    @Test
    void ofAscending_copiesTheFirstNumbers() {
        int[] values = {3, 9, 40, 7};
        SortedIntSet set = SortedIntSet.ofAscending(values, 3);
        values[0] = 100;
        assertThat(set).containsExactly(3, 9, 40);
        assertThat(SortedIntSet.ofAscending(values, 0)).isEmpty();
    }

    @Test
    void ofAscending_notAscending() {
        assertThatThrownBy(() -> SortedIntSet.ofAscending(new int[] {3, 3}, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SortedIntSet.ofAscending(new int[] {3, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalsAndHashCode_asAnySetOfTheSameNumbers() {
        TreeSet<Integer> tree = new TreeSet<>(List.of(10, 11, 13, 26, 55));
        assertThat(RISK_3).isEqualTo(tree).hasSameHashCodeAs(tree).hasToString(tree.toString());
        assertThat(tree).isEqualTo(RISK_3);
        assertThat(RISK_3).isEqualTo(Set.of(55, 26, 13, 11, 10)).isNotEqualTo(Set.of(10, 11));
    }

    @Test
    void contains() {
        assertThat(RISK_3.contains(26)).isTrue();
        assertThat(RISK_3.contains(27)).isFalse();
        assertThat(RISK_3.contains("26")).isFalse();
        assertThat(RISK_3.contains(null)).isFalse();
    }

    @Test
    void subsets_asATreeSetGivesThem() {
        TreeSet<Integer> tree = new TreeSet<>(RISK_3);
        for (int from = 9; from <= 56; from++) {
            assertThat(RISK_3.headSet(from)).as("headSet(%d)", from).isEqualTo(tree.headSet(from));
            assertThat(RISK_3.tailSet(from)).as("tailSet(%d)", from).isEqualTo(tree.tailSet(from));
            for (int to = from; to <= 56; to++) {
                SortedSet<Integer> sub = RISK_3.subSet(from, to);
                assertThat(sub).as("subSet(%d, %d)", from, to).containsExactlyElementsOf(tree.subSet(from, to));
            }
        }
        assertThat(RISK_3.subSet(11, 26).first()).isEqualTo(11);
        assertThat(RISK_3.subSet(11, 26).last()).isEqualTo(13);
        assertThatThrownBy(() -> RISK_3.subSet(26, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void empty_hasNoFirstOrLast() {
        SortedIntSet empty = SortedIntSet.copyOf(List.of(), "element", "number");
        assertThat(empty).isEmpty();
        assertThatThrownBy(empty::first).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(empty::last).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> empty.iterator().next()).isInstanceOf(NoSuchElementException.class);
        assertThat(RISK_3.toArray()).containsExactly(10, 11, 13, 26, 55);
    }

    @Test
    void everyChange_throws() {
        assertThatThrownBy(() -> RISK_3.add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RISK_3.remove(10)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RISK_3.addAll(List.of(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RISK_3.removeAll(List.of(10))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RISK_3.retainAll(List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RISK_3.removeIf(n -> true)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(RISK_3::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RISK_3.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(RISK_3).containsExactly(10, 11, 13, 26, 55);
    }

    /**
     * On generated numbers and bounds, every subset answers as the same subset of a TreeSet:
     * size, order, first and last, contains, toArray, intAt (and its bounds), equality.
     */
    @Test
    void subsets_generated_answerAsATreeSetsSubsets() {
        qt().forAll(lists().of(integers().between(-20, 60)).ofSizeBetween(0, 30), integers().between(-25, 65),
                integers().between(-25, 65)).checkAssert((numbers, a, b) -> {
            int low = Math.min(a, b);
            int high = Math.max(a, b);
            TreeSet<Integer> tree = new TreeSet<>(numbers);
            SortedIntSet set = SortedIntSet.copyOf(List.copyOf(tree), "numbers element", "number");
            List<SortedSet<Integer>> ours = List.of(set, set.headSet(high), set.tailSet(low), set.subSet(low, high),
                    set.tailSet(low).headSet(high));
            List<SortedSet<Integer>> theirs = List.of(tree, tree.headSet(high), tree.tailSet(low),
                    tree.subSet(low, high), tree.tailSet(low).headSet(high));
            for (int k = 0; k < ours.size(); k++) {
                SortedIntSet subset = (SortedIntSet) ours.get(k);
                SortedSet<Integer> expected = theirs.get(k);
                assertThat(subset).containsExactlyElementsOf(expected);
                assertThat(subset.toArray()).containsExactly(expected.toArray());
                assertThat(subset.toArray(new Integer[0])).containsExactly(expected.toArray(new Integer[0]));
                assertThat(subset).isEqualTo(expected).hasSameHashCodeAs(expected);
                assertThat(subset.isEmpty()).isEqualTo(expected.isEmpty());
                int place = 0;
                for (int number : expected) {
                    assertThat(subset.intAt(place++)).isEqualTo(number);
                }
                int size = expected.size();
                assertThatThrownBy(() -> subset.intAt(size)).isInstanceOf(IndexOutOfBoundsException.class);
                assertThatThrownBy(() -> subset.intAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
                for (int n = -21; n <= 61; n++) {
                    assertThat(subset.contains(n)).isEqualTo(expected.contains(n));
                }
                if (!expected.isEmpty()) {
                    assertThat(subset.first()).isEqualTo(expected.first());
                    assertThat(subset.last()).isEqualTo(expected.last());
                }
            }
        });
    }
}
