package org.isms4j.annexa.soa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.internal.Checks;
import org.isms4j.core.risk.Risk;

/**
 * The comparison with Annex A of docs/method.md#treatment-process step (3), "did we miss anything?": the controls that
 * preserve a security property some risk loses, but that no treatment names, such as every
 * confidentiality control but 5.12 and 5.13 for the canonical risks.
 *
 * <p>A control is a candidate for a risk when its "information security properties" attribute
 * holds a property the risk loses ({@link Risk#lostProperties()}); it is missed when no treatment
 * in the input names it, whichever risk that treatment belongs to. The result is a checklist for
 * the assessor, not a verdict: most Annex A controls preserve all three properties.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GapCheck {

    private GapCheck() {}

    /**
     * Returns the controls a set of risks might need but no treatment names, in document order.
     *
     * @param risks the risks, with unique numbers; not null, without null elements
     * @param controlsByRisk risk number (1 or more) to the Annex A controls its treatment names,
     *     the input of {@link StatementOfApplicability#ofTreatments(Map)}; it may hold risks
     *     outside {@code risks}, whose controls count as named; not null, without null keys,
     *     values or elements
     * @return an unmodifiable list, not null
     * @throws IsmsException if two risks share a number or a risk number is below 1
     */
    public static List<MissedControl> missedControls(Collection<Risk> risks,
            Map<Integer, ? extends Collection<ControlId>> controlsByRisk) {
        Objects.requireNonNull(risks, "risks");
        Set<ControlId> named = Treatments.risksByControl(controlsByRisk).keySet();
        Set<Integer> numbers = new HashSet<>();
        for (Risk risk : risks) {
            if (!numbers.add(Objects.requireNonNull(risk, "risks element").number())) {
                throw new IsmsException(Checks.format("Duplicate risk number: %d", risk.number()));
            }
        }
        List<MissedControl> missed = new ArrayList<>();
        for (Control control : AnnexA.all()) {
            if (named.contains(control.id())) {
                continue;
            }
            SortedSet<Integer> riskNumbers = new TreeSet<>();
            Set<SecurityProperty> properties = EnumSet.noneOf(SecurityProperty.class);
            for (Risk risk : risks) {
                for (SecurityProperty lost : risk.lostProperties()) {
                    if (control.securityProperties().contains(lost)) {
                        riskNumbers.add(risk.number());
                        properties.add(lost);
                    }
                }
            }
            if (!riskNumbers.isEmpty()) {
                missed.add(ImmutableMissedControl.builder().controlId(control.id()).riskNumbers(riskNumbers)
                        .properties(properties).build());
            }
        }
        return Collections.unmodifiableList(missed);
    }
}
