package org.isms4j.json.deser;

import java.util.Arrays;

/**
 * A set of positive ints: the risk numbers a register reader or writer has seen, so that a
 * register of a million risks checks their uniqueness in a few megabytes.
 *
 * <p>Numbers that arrive ascending, as a register's usually do, are appended to a sorted array
 * (4 bytes each, no hashing); a number below the highest seen is looked up there by binary search
 * and otherwise kept in an open-addressing table (about 8 bytes each).
 *
 * <p>Not part of the API. This class is not thread-safe.
 */
public final class NumberSet {

    private static final int INITIAL_CAPACITY = 64;

    /** The numbers that arrived ascending, in {@code sorted[0, count)}. */
    private int[] sorted = new int[INITIAL_CAPACITY];
    private int count;

    /** The other numbers; slot 0 is empty, since every number held is 1 or more. */
    private int[] slots = new int[INITIAL_CAPACITY];
    private int others;

    /**
     * Adds a number.
     *
     * @param number the number, 1 or more
     * @return true if it was not yet held
     * @throws IllegalArgumentException if the number is below 1
     */
    public boolean add(int number) {
        if (number <= 0) {
            throw new IllegalArgumentException("Not a positive number: " + number);
        }
        if (count == 0 || number > sorted[count - 1]) {
            if (count == sorted.length) {
                sorted = Arrays.copyOf(sorted, count * 2);
            }
            sorted[count++] = number;
            return true;
        }
        if (Arrays.binarySearch(sorted, 0, count, number) >= 0) {
            return false;
        }
        if ((others + 1) * 2 > slots.length) {
            grow();
        }
        if (!insert(slots, number)) {
            return false;
        }
        others++;
        return true;
    }

    /**
     * Returns how many numbers are held.
     *
     * @return the count
     */
    public int size() {
        return count + others;
    }

    private static boolean insert(int[] table, int number) {
        int mask = table.length - 1;
        for (int i = mix(number) & mask;; i = (i + 1) & mask) {
            int held = table[i];
            if (held == 0) {
                table[i] = number;
                return true;
            }
            if (held == number) {
                return false;
            }
        }
    }

    private void grow() {
        int[] larger = new int[slots.length * 2];
        for (int number : slots) {
            if (number != 0) {
                insert(larger, number);
            }
        }
        slots = larger;
    }

    /** Spreads consecutive numbers over the table (the finalizer of MurmurHash3). */
    private static int mix(int number) {
        int h = number * 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
