package org.isms4j.annexa.soa;

import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013ControlId;

/**
 * A 2022 control whose ISO/IEC 27001:2013 predecessors were decided differently, found by a
 * {@link SoaMigration}, such as 7.10 storage media, continuing A.8.3.1 applicable and A.11.2.5
 * excluded.
 *
 * <p>Decisions disagree when their applicability or their implementation status differ; reasons,
 * risks, documents and evidence are merged, never compared. The control stays undecided in the
 * draft until someone chooses.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MigrationConflict {

    MigrationConflict() {}

    /**
     * Returns the 2022 control, such as 7.10.
     *
     * @return the control, not null
     */
    public abstract ControlId controlId();

    /**
     * Returns every 2013 decision on the control's predecessors, in 2013 document order.
     *
     * @return an unmodifiable sorted map of two or more decisions, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<Iso2013ControlId, Decision> decisions();

    /**
     * Returns the conflict as a sentence, such as
     * {@code Control 7.10 has disagreeing 2013 decisions: A.8.3.1 applicable (implemented),
     * A.11.2.5 excluded}.
     *
     * @return the message, not null
     */
    public final String message() {
        StringBuilder text = new StringBuilder("Control ").append(controlId()).append(" has disagreeing 2013 decisions: ");
        String separator = "";
        for (Map.Entry<Iso2013ControlId, Decision> entry : decisions().entrySet()) {
            Decision decision = entry.getValue();
            text.append(separator).append(entry.getKey()).append(' ').append(decision.applicability().code());
            decision.status().ifPresent(status -> text.append(" (").append(status.names().english()).append(')'));
            separator = ", ";
        }
        return text.toString();
    }

    /**
     * Returns the message.
     *
     * @return the message, not null
     * @see #message()
     */
    @Override
    public String toString() {
        return message();
    }
}
