package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.risk.Risk;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class GapCheckTest {

    static Risk risk(int number, SecurityProperty lost, SecurityProperty... more) {
        Risk risk = Risk.newBuilder().number(number).assetNumbers(List.of(1)).riskSource("source").impactArea("area")
                .event("event").lostProperties(lost).build();
        Set<SecurityProperty> properties = EnumSet.of(lost, more);
        return risk.withLostProperties(properties);
    }

    @Test
    void missedControls_matchLostProperties() {
        // 6.6 confidentiality or non-disclosure agreements preserves confidentiality only.
        List<MissedControl> missed = GapCheck.missedControls(List.of(risk(4, SecurityProperty.INTEGRITY)), Map.of());
        assertThat(missed).extracting(MissedControl::controlId).doesNotContain(ControlId.parse("6.6"));
        assertThat(missed).allMatch(m -> m.properties().equals(Set.of(SecurityProperty.INTEGRITY))
                && m.riskNumbers().equals(Set.of(4)));
        assertThat(missed).hasSize(AnnexA.query(SecurityProperty.INTEGRITY).size());
    }

    @Test
    void missedControls_skipControlsAnyTreatmentNames() {
        ControlId classification = ControlId.parse("5.12");
        List<MissedControl> missed = GapCheck.missedControls(List.of(risk(1, SecurityProperty.CONFIDENTIALITY)),
                Map.of(9, List.of(classification)));
        assertThat(missed).extracting(MissedControl::controlId).doesNotContain(classification)
                .contains(ControlId.parse("5.13"));
        MissedControl labelling = missed.stream().filter(m -> m.controlId().equals(ControlId.parse("5.13"))).findFirst()
                .orElseThrow();
        assertThat(labelling.control()).isSameAs(AnnexA.get("5.13"));
    }

    @Test
    void missedControls_noRisksNothingMissed() {
        assertThat(GapCheck.missedControls(List.of(), Map.of())).isEmpty();
    }

    @Test
    void missedControls_badInput() {
        assertThatThrownBy(() -> GapCheck.missedControls(
                List.of(risk(1, SecurityProperty.CONFIDENTIALITY), risk(1, SecurityProperty.INTEGRITY)), Map.of()))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate risk number: 1");
        assertThatThrownBy(() -> GapCheck.missedControls(null, Map.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("risks");
        assertThatThrownBy(() -> GapCheck.missedControls(List.of(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("controlsByRisk");
        List<Risk> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> GapCheck.missedControls(withNull, Map.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("risks element");
    }

    @Test
    void missedControls_property() {
        List<ControlId> ids = SoaGenerators.IDS;
        qt().withExamples(200).forAll(
                lists().of(integers().between(1, 7)).ofSizeBetween(0, 4),
                lists().of(lists().of(Generate.pick(ids)).ofSizeBetween(0, 6)).ofSizeBetween(0, 4))
                .checkAssert((lostMasks, named) -> {
                    List<Risk> risks = new ArrayList<>();
                    for (int i = 0; i < lostMasks.size(); i++) {
                        Set<SecurityProperty> lost = EnumSet.noneOf(SecurityProperty.class);
                        for (SecurityProperty property : SecurityProperty.values()) {
                            if ((lostMasks.get(i) & 1 << property.ordinal()) != 0) {
                                lost.add(property);
                            }
                        }
                        risks.add(Risk.newBuilder().number(i + 1).assetNumbers(List.of(1)).riskSource("s")
                                .impactArea("a").event("e").lostProperties(lost.iterator().next()).build()
                                .withLostProperties(lost));
                    }
                    Map<Integer, List<ControlId>> treatments = new HashMap<>();
                    Set<ControlId> namedIds = new HashSet<>();
                    for (int i = 0; i < named.size(); i++) {
                        treatments.put(i + 1, named.get(i));
                        namedIds.addAll(named.get(i));
                    }
                    List<MissedControl> missed = GapCheck.missedControls(risks, treatments);
                    List<ControlId> expected = new ArrayList<>();
                    for (Control control : AnnexA.all()) {
                        boolean matches = risks.stream().anyMatch(r -> r.lostProperties().stream()
                                .anyMatch(control.securityProperties()::contains));
                        if (matches && !namedIds.contains(control.id())) {
                            expected.add(control.id());
                        }
                    }
                    assertThat(missed).extracting(MissedControl::controlId).isEqualTo(expected);
                    for (MissedControl m : missed) {
                        for (Risk risk : risks) {
                            boolean loses = risk.lostProperties().stream()
                                    .anyMatch(m.control().securityProperties()::contains);
                            assertThat(m.riskNumbers().contains(risk.number())).isEqualTo(loses);
                        }
                        assertThat(m.properties()).isSubsetOf(m.control().securityProperties()).isNotEmpty();
                    }
                });
    }
}
