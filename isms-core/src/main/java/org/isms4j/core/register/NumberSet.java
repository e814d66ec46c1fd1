package org.isms4j.core.register;

import java.util.Arrays;

/**
 * A set of ints, the risk numbers of a register checked as its rows come: a few bytes a number,
 * and time that grows as n log² n whatever the numbers are, since nothing is hashed.
 *
 * <p>Numbers that come ascending, as a register's usually do, are appended to a sorted array.
 * Any other number goes to a small buffer searched in full; a full buffer is sorted into a run,
 * and runs of equal length are merged, so that at most one run of each power-of-two length
 * stands and a lookup is a binary search in each.
 *
 * <p>Not part of the API. This class is not thread-safe.
 */
final class NumberSet {

    private static final int BUFFER = 64;

    /** The numbers that came ascending, in {@code ascending[0, count)}. */
    private int[] ascending = new int[BUFFER];
    private int count;
    /** The other numbers: the newest, unsorted, in {@code buffer[0, buffered)}. */
    private final int[] buffer = new int[BUFFER];
    private int buffered;
    /** The older others: {@code runs[k]} is null or sorted, of length {@code BUFFER << k}. */
    private int[][] runs = new int[4][];

    /**
     * Adds a number.
     *
     * @param number the number
     * @return true if it was not yet held
     */
    boolean add(int number) {
        if (count == 0 || number > ascending[count - 1]) {
            if (count == ascending.length) {
                ascending = Arrays.copyOf(ascending, count * 2);
            }
            ascending[count++] = number;
            return true;
        }
        if (contains(number)) {
            return false;
        }
        buffer[buffered++] = number;
        if (buffered == BUFFER) {
            spill();
        }
        return true;
    }

    private boolean contains(int number) {
        if (Arrays.binarySearch(ascending, 0, count, number) >= 0) {
            return true;
        }
        for (int i = 0; i < buffered; i++) {
            if (buffer[i] == number) {
                return true;
            }
        }
        for (int[] run : runs) {
            if (run != null && Arrays.binarySearch(run, number) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Sorts the full buffer into a run and merges runs of equal length. */
    private void spill() {
        int[] run = buffer.clone();
        Arrays.sort(run);
        buffered = 0;
        int k = 0;
        while (true) {
            if (k == runs.length) {
                runs = Arrays.copyOf(runs, k * 2);
            }
            if (runs[k] == null) {
                runs[k] = run;
                return;
            }
            run = merge(runs[k], run);
            runs[k++] = null;
        }
    }

    private static int[] merge(int[] a, int[] b) {
        int[] merged = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int m = 0;
        while (i < a.length && j < b.length) {
            merged[m++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        System.arraycopy(a, i, merged, m, a.length - i);
        System.arraycopy(b, j, merged, m + a.length - i, b.length - j);
        return merged;
    }
}
