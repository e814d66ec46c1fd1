package org.isms4j.annexa.soa;

import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.core.SecurityProperty;

/**
 * An Annex A control that might treat some risks but that no treatment names, one row of the
 * {@link GapCheck}'s unranked checklist ({@link GapCheck#missedControls()}), such as 5.10
 * acceptable use of information, which preserves confidentiality, lost by risk 3. The risks it
 * was recorded as considered for ({@link Consideration}) are left out, and so is the control when
 * no risk is left.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MissedControl {

    MissedControl() {}

    /**
     * Returns the control, such as 5.10.
     *
     * @return the control, not null
     */
    public abstract ControlId controlId();

    /**
     * Returns the numbers of the risks that lose a property the control preserves, ascending,
     * such as 1, 2, 3.
     *
     * @return an unmodifiable, non-empty sorted set, not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> riskNumbers();

    /**
     * Returns the properties the control preserves that those risks lose, such as
     * confidentiality.
     *
     * @return an unmodifiable, non-empty set, not null
     */
    public abstract Set<SecurityProperty> properties();

    /**
     * Returns the control from the catalogue, with its titles and attributes.
     *
     * @return the control, not null
     */
    public final Control control() {
        return AnnexA.get(controlId());
    }
}
