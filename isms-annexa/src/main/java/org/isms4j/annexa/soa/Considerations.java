package org.isms4j.annexa.soa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.isms4j.annexa.ControlId;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The considerations 検討済みの記録 of a {@link GapCheck} as one value, to save and load them:
 * such as 6.6 for risk 2 and 7.4 for all risks, in document order of their controls.
 *
 * <p>No two cover the same control and risk (the same risk twice, or a risk and all risks); which
 * risks exist is the check's to say, when the value is given to
 * {@link GapCheck#withConsidered(Iterable)}, which takes it as it is iterable. To save a check's
 * considerations, take {@code Considerations.of(check.considerations())}; isms-json writes and
 * reads the value as the document {@code isms4j.gap-considerations}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Considerations implements Iterable<Consideration> {

    /** In document order of their controls; for one control all risks, then by risk. */
    static final Comparator<Consideration> ORDER = Comparator.comparing(Consideration::controlId)
            .thenComparingInt(c -> c.riskNumber().orElse(0));

    private static final Considerations EMPTY = new Considerations(List.of());

    private final List<Consideration> list;

    private Considerations(List<Consideration> list) {
        this.list = list;
    }

    /**
     * Returns no considerations.
     *
     * @return the empty value, not null
     */
    public static Considerations empty() {
        return EMPTY;
    }

    /**
     * Obtains considerations, sorted in document order of their controls.
     *
     * @param considerations the considerations, in any order; not null, without null elements;
     *     copied
     * @return the value, not null
     * @throws IsmsException if two cover the same control and risk, such as
     *     {@code Duplicate consideration of control 6.6 for risk 1 and for all risks}
     */
    public static Considerations of(Iterable<Consideration> considerations) {
        Objects.requireNonNull(considerations, "considerations");
        List<Consideration> sorted = new ArrayList<>();
        for (Consideration consideration : considerations) {
            sorted.add(Objects.requireNonNull(consideration, "considerations element"));
        }
        sorted.sort(ORDER);
        Set<ControlId> forAllRisks = new HashSet<>();
        Map<ControlId, Set<Integer>> forOneRisk = new HashMap<>();
        for (Consideration consideration : sorted) {
            ControlId id = consideration.controlId();
            if (consideration.isForAllRisks()) {
                // For one control, the record for all risks sorts before those for one risk.
                if (!forAllRisks.add(id)) {
                    throw duplicate(consideration, "for all risks");
                }
                continue;
            }
            int number = consideration.riskNumber().getAsInt();
            if (forAllRisks.contains(id)) {
                throw duplicate(consideration, "for risk " + number + " and for all risks");
            }
            if (!forOneRisk.computeIfAbsent(id, key -> new HashSet<>()).add(number)) {
                throw duplicate(consideration, "for risk " + number);
            }
        }
        return sorted.isEmpty() ? EMPTY : new Considerations(List.copyOf(sorted));
    }

    private static IsmsException duplicate(Consideration consideration, String scope) {
        return new IsmsException(Checks.format("Duplicate consideration of control %s %s", consideration.controlId(),
                scope));
    }

    /**
     * Returns the considerations in document order of their controls; for one control the one for
     * all risks, then those for one risk by risk number.
     *
     * @return an unmodifiable list, not null
     */
    public List<Consideration> list() {
        return list;
    }

    /**
     * Returns the number of considerations.
     *
     * @return the number, 0 or more
     */
    public int size() {
        return list.size();
    }

    /**
     * Returns the considerations in the order of {@link #list()}.
     *
     * @return an iterator that cannot remove, not null
     */
    @Override
    public Iterator<Consideration> iterator() {
        return list.iterator();
    }

    /**
     * Tells whether another object holds the same considerations.
     *
     * @param other the object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Considerations && ((Considerations) other).list.equals(list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }

    /**
     * Returns the considerations as text, such as
     * {@code Considerations[6.6 for risk 2: 就業規則に守秘義務を定めている (ISMS事務局, 2023-09-30)]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Considerations" + list;
    }
}
