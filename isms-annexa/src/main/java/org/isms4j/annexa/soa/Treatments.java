package org.isms4j.annexa.soa;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.isms4j.annexa.ControlId;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The check and inversion of the plain treatment input shared by the SoA draft and the gap check:
 * a map from risk number to the Annex A controls its treatment names.
 */
final class Treatments {

    private Treatments() {}

    /**
     * Inverts the treatment input: each named control with the risks that name it.
     *
     * @param controlsByRisk risk number (1 or more) to the controls its treatment names; not null,
     *     without null keys, values or elements
     * @return a new sorted map, in document order of controls
     * @throws IsmsException if a risk number is below 1
     */
    static SortedMap<ControlId, SortedSet<Integer>> risksByControl(
            Map<Integer, ? extends Collection<ControlId>> controlsByRisk) {
        Objects.requireNonNull(controlsByRisk, "controlsByRisk");
        SortedMap<ControlId, SortedSet<Integer>> risksByControl = new TreeMap<>();
        for (Map.Entry<Integer, ? extends Collection<ControlId>> entry : controlsByRisk.entrySet()) {
            int risk = Objects.requireNonNull(entry.getKey(), "controlsByRisk key");
            Checks.inRange("risk number", 1, Integer.MAX_VALUE, risk);
            for (ControlId id : Objects.requireNonNull(entry.getValue(), "controlsByRisk value")) {
                risksByControl.computeIfAbsent(Objects.requireNonNull(id, "controlsByRisk element"),
                        key -> new TreeSet<>()).add(risk);
            }
        }
        return risksByControl;
    }
}
