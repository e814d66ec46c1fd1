package org.isms4j.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;

/**
 * The values of a table's rows, each with its row, and the core factory of the whole that takes
 * them (such as {@code DocumentRegister.of}): a rule across rows that the factory breaks, such as a
 * duplicate document number, is reported at the first row whose value breaks it, found by having
 * the factory judge the table's first rows (a binary search: log n calls).
 *
 * <p>Not part of the API. This class is not thread-safe.
 *
 * @param <R> the value of one row
 */
final class CollectedRows<R> {

    private final List<R> values = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();

    /**
     * Adds the value of the cursor's current row.
     *
     * @param in the cursor
     * @param value the value
     */
    void add(CsvInput<?> in, R value) {
        values.add(value);
        rows.add(in.row());
    }

    /**
     * Returns the values, in row order.
     *
     * @return an unmodifiable view
     */
    List<R> values() {
        return java.util.Collections.unmodifiableList(values);
    }

    /**
     * Returns the row of a value.
     *
     * @param index the value's index
     * @return its row
     */
    int row(int index) {
        return rows.get(index);
    }

    /**
     * Has the factory build the whole from the values, a failure at the first row it fails for.
     *
     * @param <T> the whole
     * @param factory the core factory, taking the values in row order
     * @return the whole
     * @throws IsmsCsvException if the factory fails: at the first row for which it fails on the
     *     rows up to there, or at the table for a table without rows
     */
    <T> T build(Function<List<R>, T> factory) {
        try {
            return factory.apply(values());
        } catch (IsmsException e) {
            throw new IsmsCsvException(firstFailing(factory), null, e.getMessage(), e);
        }
    }

    /** The first row for which the factory fails on the rows up to there, or 0 for a table without rows. */
    private int firstFailing(Function<List<R>, ?> factory) {
        if (values.isEmpty()) {
            return 0;
        }
        // The factory fails on all the values: find the fewest first ones it fails on.
        int low = 1;
        int high = values.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (succeeds(factory, middle)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return rows.get(low - 1);
    }

    private boolean succeeds(Function<List<R>, ?> factory, int count) {
        try {
            factory.apply(values.subList(0, count));
            return true;
        } catch (IsmsException e) {
            return false;
        }
    }
}
