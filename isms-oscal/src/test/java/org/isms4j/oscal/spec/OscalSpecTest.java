package org.isms4j.oscal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.oscal.OscalExporter;
import org.junit.jupiter.api.Test;

/**
 * The numbers of the method in the OSCAL documents: 93 controls in themes of 37, 8, 14 and 34
 * (docs/method.md, Annex A), 11 new in 2022, 115 pairs from 114 controls of 2013; the canonical
 * risks at levels 6, 4 and 9 with priorities 2, 3 and 1, and 2, 1 and 6 after treatment.
 */
class OscalSpecTest {

    private static final OscalExporter OSCAL = OscalExporter.of(
            Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC), "1.0");

    private static JsonNode tree(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void catalog_has93ControlsIn37_8_14_34() throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int total = 0;
        for (JsonNode group : tree(OSCAL.catalog(Locale.ENGLISH)).path("catalog").path("groups")) {
            sizes.add(group.path("controls").size());
            total += group.path("controls").size();
        }
        assertThat(sizes).containsExactly(37, 8, 14, 34);
        assertThat(total).isEqualTo(93);
    }

    @Test
    void mapping_has115PairsAnd11NewControls() throws Exception {
        JsonNode mapping = tree(OSCAL.mapping()).path("mapping-collection").path("mappings").path(0);
        assertThat(mapping.path("maps")).hasSize(115);
        java.util.Set<String> sources = new java.util.HashSet<>();
        mapping.path("maps").forEach(m -> sources.add(m.path("sources").path(0).path("id-ref").asText()));
        assertThat(sources).hasSize(114);
        assertThat(mapping.path("target-gap-summary").path("unmapped-controls").path(0).path("with-ids")).hasSize(11);
    }

    @Test
    void poam_hasTheCanonicalLevelsBeforeAndAfterTreatment() throws Exception {
        JsonNode poam = tree(OSCAL.poam("Org", CanonicalFixture.treated(), CanonicalFixture.plan()));
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (JsonNode risk : poam.path("plan-of-action-and-milestones").path("risks")) {
            before.add(facet(risk.path("characterizations").path(0), "risk-level") + "/"
                    + facet(risk.path("characterizations").path(0), "priority"));
            after.add(facet(risk.path("characterizations").path(1), "risk-level"));
        }
        assertThat(before).containsExactly("6/2", "4/3", "9/1");
        assertThat(after).containsExactly("2", "1", "6");
    }

    private static String facet(JsonNode characterization, String name) {
        for (JsonNode facet : characterization.path("facets")) {
            if (facet.path("name").asText().equals(name)) {
                return facet.path("value").asText();
            }
        }
        return null;
    }
}
