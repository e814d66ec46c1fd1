package org.isms4j.core.asset;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The assets of an inventory sorted by number, found by binary search on an int array: no boxing,
 * no hashing, and the same time for any numbers (a hash of chosen numbers can collide).
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
final class NumberIndex {

    private final int[] numbers;
    private final Asset[] assets;

    private NumberIndex(int[] numbers, Asset[] assets) {
        this.numbers = numbers;
        this.assets = assets;
    }

    /**
     * Indexes assets.
     *
     * @param assets the assets
     * @return the index
     * @throws IsmsException if two assets share a number, naming the lowest such number
     */
    static NumberIndex of(List<Asset> assets) {
        Asset[] sorted = assets.toArray(new Asset[0]);
        Arrays.sort(sorted, Comparator.comparingInt(Asset::number));
        int[] numbers = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            numbers[i] = sorted[i].number();
            if (i > 0 && numbers[i] == numbers[i - 1]) {
                throw new IsmsException(Checks.format("Duplicate asset number: %d", numbers[i]));
            }
        }
        return new NumberIndex(numbers, sorted);
    }

    /**
     * Returns the asset with a number.
     *
     * @param number the number
     * @return the asset, or null if there is none
     */
    Asset get(int number) {
        int at = Arrays.binarySearch(numbers, number);
        return at < 0 ? null : assets[at];
    }
}
