package org.isms4j.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.isms4j.testkit.CanonicalFixture;

/** The documents the tests read: the canonical example written with a fixed clock. */
final class Documents {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
    static final OscalExporter OSCAL = OscalExporter.of(CLOCK, "1.0");
    static final String ORGANIZATION = "株式会社サンプル";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Documents() {}

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The POA&M of the canonical example: treated, evaluated twice, with the plan of §9. */
    static String canonicalPoam() {
        return OSCAL.poam(ORGANIZATION, CanonicalFixture.treated(), CanonicalFixture.plan());
    }

    /** Every control object of a catalog, in document order. */
    static List<JsonNode> controls(JsonNode catalog) {
        List<JsonNode> controls = new ArrayList<>();
        for (JsonNode group : catalog.path("catalog").path("groups")) {
            group.path("controls").forEach(controls::add);
        }
        return controls;
    }

    /** The value of the first prop with a name, or null. */
    static String prop(JsonNode object, String name) {
        for (JsonNode prop : object.path("props")) {
            if (prop.path("name").asText().equals(name)) {
                return prop.path("value").asText();
            }
        }
        return null;
    }

    /** The values of every prop with a name, in order. */
    static List<String> props(JsonNode object, String name) {
        List<String> values = new ArrayList<>();
        for (JsonNode prop : object.path("props")) {
            if (prop.path("name").asText().equals(name)) {
                values.add(prop.path("value").asText());
            }
        }
        return values;
    }
}
