package org.isms4j.core.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SortedSet;
import java.util.function.Predicate;
import org.isms4j.core.Checks;

/**
 * An immutable set of ints kept ascending in one array, such as the asset numbers 10, 11, 13, 26
 * and 55 of a risk: a {@link SortedSet} of {@link Integer} in natural order that costs the array
 * and no node per number, and that a reader fills from an array without sorting again.
 *
 * <p>Not part of the API: the package is exported only to the isms4j modules. The set equals any
 * set of the same numbers and has its hash code ({@link AbstractSet}); every method that would
 * change it throws {@link UnsupportedOperationException}. Subsets share the array.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SortedIntSet extends AbstractSet<Integer> implements SortedSet<Integer> {

    private static final int[] NONE = new int[0];

    /** The numbers, ascending and distinct in {@code values[from, to)}. */
    private final int[] values;
    private final int from;
    private final int to;

    private SortedIntSet(int[] values, int from, int to) {
        this.values = values;
        this.from = from;
        this.to = to;
    }

    /**
     * Returns the set of some numbers, sorted; a set of this class is returned as it is.
     *
     * @param numbers the numbers, not null, no element null, none repeated
     * @param element what an element is called in the exception for a null one, such as
     *     {@code assetNumbers element}
     * @param field what a number is called in the exception for a repeat, such as
     *     {@code asset number}
     * @return the set, not null
     * @throws NullPointerException naming {@code element} if an element is null
     * @throws IsmsException if a number is given twice: {@code Duplicate asset number: 5}
     */
    public static SortedIntSet copyOf(Collection<Integer> numbers, String element, String field) {
        Objects.requireNonNull(numbers, "numbers");
        if (numbers instanceof SortedIntSet) {
            return (SortedIntSet) numbers;
        }
        int[] values = new int[numbers.size()];
        int count = 0;
        boolean ascending = true;
        for (Integer number : numbers) {
            int value = Objects.requireNonNull(number, element);
            if (count == values.length) {
                values = Arrays.copyOf(values, Math.max(4, count * 2));
            }
            ascending &= count == 0 || value > values[count - 1];
            values[count++] = value;
        }
        return sorted(values, count, ascending, field);
    }

    /**
     * Returns the set of the numbers of an array, sorted; the array is copied.
     *
     * @param numbers the numbers, not null, none repeated
     * @param field what a number is called in the exception, such as {@code asset number}
     * @return the set, not null
     * @throws IsmsException if a number is given twice: {@code Duplicate asset number: 5}
     */
    public static SortedIntSet copyOf(int[] numbers, String field) {
        return owning(numbers.clone(), field);
    }

    /**
     * Returns the set of the numbers of an array that the caller hands over: the array is sorted
     * in place and kept, not copied.
     *
     * @param values the numbers, not null, none repeated; not used by the caller afterwards
     * @param field what a number is called in the exception, such as {@code asset number}
     * @return the set, not null
     * @throws IsmsException if a number is given twice: {@code Duplicate asset number: 5}
     */
    public static SortedIntSet owning(int[] values, String field) {
        boolean ascending = true;
        for (int i = 1; i < values.length && ascending; i++) {
            ascending = values[i] > values[i - 1];
        }
        return sorted(values, values.length, ascending, field);
    }

    /**
     * The set of the first {@code count} values, which this method owns, sorted unless ascending;
     * a repeated value is refused.
     */
    private static SortedIntSet sorted(int[] values, int count, boolean ascending, String field) {
        if (!ascending) {
            Arrays.sort(values, 0, count);
            for (int i = 1; i < count; i++) {
                if (values[i] == values[i - 1]) {
                    throw Checks.duplicate(field, values[i]);
                }
            }
        }
        return new SortedIntSet(count == values.length ? values : Arrays.copyOf(values, count), 0, count);
    }

    /**
     * Returns the set of the first numbers of an array that holds them ascending, copying them.
     *
     * @param values the array, not null
     * @param count how many of its first numbers the set holds
     * @return the set, not null
     * @throws IllegalArgumentException if the numbers are not strictly ascending
     */
    public static SortedIntSet ofAscending(int[] values, int count) {
        Objects.checkFromToIndex(0, count, values.length);
        for (int i = 1; i < count; i++) {
            if (values[i] <= values[i - 1]) {
                throw new IllegalArgumentException("Not strictly ascending at index " + i + ": "
                        + values[i - 1] + ", " + values[i]);
            }
        }
        return new SortedIntSet(count == 0 ? NONE : Arrays.copyOf(values, count), 0, count);
    }

    /**
     * Returns the place of a number in ascending order.
     *
     * @param number the number
     * @return the place, 0 to {@code size() - 1}, or -1 if the set does not hold the number
     */
    public int indexOf(int number) {
        int i = Arrays.binarySearch(values, from, to, number);
        return i >= 0 ? i - from : -1;
    }

    /**
     * Returns a number by its place in ascending order.
     *
     * @param index the place, 0 to {@code size() - 1}
     * @return the number
     * @throws IndexOutOfBoundsException if there is no such place
     */
    public int intAt(int index) {
        Objects.checkIndex(index, to - from);
        return values[from + index];
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public boolean isEmpty() {
        return to == from;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Integer && Arrays.binarySearch(values, from, to, (Integer) o) >= 0;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public Integer next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                return values[next++];
            }
        };
    }

    @Override
    public Object[] toArray() {
        Object[] array = new Object[to - from];
        for (int i = from; i < to; i++) {
            array[i - from] = values[i];
        }
        return array;
    }

    @Override
    public Comparator<? super Integer> comparator() {
        return null;
    }

    @Override
    public Integer first() {
        if (to == from) {
            throw new NoSuchElementException();
        }
        return values[from];
    }

    @Override
    public Integer last() {
        if (to == from) {
            throw new NoSuchElementException();
        }
        return values[to - 1];
    }

    @Override
    public SortedSet<Integer> headSet(Integer toElement) {
        return new SortedIntSet(values, from, place(toElement));
    }

    @Override
    public SortedSet<Integer> tailSet(Integer fromElement) {
        return new SortedIntSet(values, place(fromElement), to);
    }

    @Override
    public SortedSet<Integer> subSet(Integer fromElement, Integer toElement) {
        int start = place(fromElement);
        int end = place(toElement);
        if (fromElement > toElement) {
            throw new IllegalArgumentException("fromElement > toElement");
        }
        return new SortedIntSet(values, start, end);
    }

    /** Returns the place of the first number at or above a number. */
    private int place(Integer number) {
        int i = Arrays.binarySearch(values, from, to, Objects.requireNonNull(number, "element"));
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public boolean add(Integer e) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends Integer> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIf(Predicate<? super Integer> filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }
}
