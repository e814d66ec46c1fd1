package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013Control;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The mapping: a map per pair of the correspondence, with the relationship its shape supports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MappingTest {

    // The documents are written each time the class runs (fields of its one instance, not static
    // ones), so that the tests check the code as it is then: mutation testing changes it in a
    // running JVM.
    private final JsonNode mapping = Documents.tree(Documents.OSCAL.mapping()).path("mapping-collection")
            .path("mappings").path(0);

    static List<Iso2013Control> controls2013() {
        return AnnexA.all2013();
    }

    /** The maps by "source target" id-refs. */
    private Map<String, String> relationships() {
        Map<String, String> relationships = new HashMap<>();
        for (JsonNode map : mapping.path("maps")) {
            assertThat(map.path("sources")).hasSize(1);
            assertThat(map.path("targets")).hasSize(1);
            String key = map.path("sources").path(0).path("id-ref").asText() + " "
                    + map.path("targets").path(0).path("id-ref").asText();
            assertThat(relationships.put(key, map.path("relationship").asText())).as(key).isNull();
        }
        return relationships;
    }

    /**
     * The relationship read independently from both directions of the correspondence: how many
     * 2022 controls continue the 2013 control, and how many 2013 controls the 2022 control
     * continues, counted from the 2022 side's lists.
     */
    private static String expected(Iso2013ControlId from, ControlId to) {
        long continuers = AnnexA.all().stream().filter(c -> c.iso2013().contains(from)).count();
        int continued = AnnexA.get(to).iso2013().size();
        if (continuers == 1) {
            return continued == 1 ? "equivalent-to" : "subset-of";
        }
        return continued == 1 ? "superset-of" : "intersects-with";
    }

    @ParameterizedTest
    @MethodSource("controls2013")
    void each2013Control_isMappedToTheControlsThatContinueIt(Iso2013Control control) {
        Map<String, String> relationships = relationships();
        String source = OscalIds.controlId(control.id());
        List<String> targets = relationships.keySet().stream().filter(k -> k.startsWith(source + " "))
                .map(k -> k.substring(source.length() + 1)).sorted().collect(Collectors.toList());
        List<String> continuers = AnnexA.all().stream().filter(c -> c.iso2013().contains(control.id()))
                .map(c -> OscalIds.controlId(c.id())).sorted().collect(Collectors.toList());
        assertThat(targets).isNotEmpty().containsExactlyElementsOf(continuers);
        for (ControlId target : control.iso2022()) {
            String relationship = relationships.get(source + " " + OscalIds.controlId(target));
            assertThat(relationship).as(control + " -> " + target).isEqualTo(expected(control.id(), target))
                    .isEqualTo(MappingRelationship.between(control.id(), target).oscalValue());
        }
    }

    @Test
    void maps_are115PairsOfFourRelationships() {
        Map<String, String> relationships = relationships();
        assertThat(relationships).hasSize(115);
        Map<String, Long> counts = relationships.values().stream()
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        assertThat(counts).containsOnlyKeys("equivalent-to", "subset-of", "intersects-with");
        assertThat(relationships).containsEntry("a.18.2.3 a.5.36", "intersects-with")
                .containsEntry("a.18.2.3 a.8.8", "intersects-with").containsEntry("a.8.2.1 a.5.12", "equivalent-to")
                .containsEntry("a.5.1.1 a.5.1", "subset-of");
    }

    @Test
    void newControls_areTheTargetGapSummary() {
        List<String> unmapped = new ArrayList<>();
        for (JsonNode selection : mapping.path("target-gap-summary").path("unmapped-controls")) {
            selection.path("with-ids").forEach(id -> unmapped.add(id.asText()));
        }
        List<String> targets = new ArrayList<>();
        mapping.path("maps").forEach(m -> targets.add(m.path("targets").path(0).path("id-ref").asText()));
        assertThat(unmapped).hasSize(11).containsExactlyElementsOf(AnnexA.newIn2022().stream()
                .map(c -> OscalIds.controlId(c.id())).collect(Collectors.toList())).doesNotContainAnyElementsOf(targets);
        assertThat(AnnexA.all().stream().map(c -> OscalIds.controlId(c.id())))
                .allMatch(id -> unmapped.contains(id) ^ targets.contains(id));
    }

    @ParameterizedTest
    @MethodSource("controls2013")
    void between_isNoRelationshipOutsideTheCorrespondence(Iso2013Control control) {
        for (Control target : AnnexA.all()) {
            MappingRelationship relationship = MappingRelationship.between(control.id(), target.id());
            assertThat(relationship == MappingRelationship.NO_RELATIONSHIP)
                    .as(control + " -> " + target).isEqualTo(!control.iso2022().contains(target.id()));
            assertThat(relationship).isNotEqualTo(MappingRelationship.EQUAL_TO);
        }
    }

    @ParameterizedTest
    @EnumSource(MappingRelationship.class)
    void relationship_codesRoundTripAndNameOscalsValues(MappingRelationship relationship) {
        assertThat(MappingRelationship.ofCode(relationship.code())).isSameAs(relationship);
        assertThat(relationship.oscalValue()).isIn("equivalent-to", "equal-to", "subset-of", "superset-of",
                "intersects-with", "no-relationship");
        assertThat(relationship.getDisplayName(java.util.Locale.JAPANESE))
                .isNotEqualTo(relationship.getDisplayName(java.util.Locale.ENGLISH));
    }

    @Test
    void relationship_ofUnknownCode_listsTheCodes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MappingRelationship.ofCode("equivalent-to"))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Unknown mapping relationship: 'equivalent-to' (valid values equivalent_to, equal_to, "
                        + "subset_of, superset_of, intersects_with, no_relationship)");
    }
}
