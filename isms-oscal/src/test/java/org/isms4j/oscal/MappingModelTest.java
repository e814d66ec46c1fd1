package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The mapping against the rules of OSCAL's control mapping model v1.2.0, restated from its
 * metaschema ({@code oscal_mapping_metaschema.xml}, {@code oscal_mapping-common_metaschema.xml} of
 * usnistgov/OSCAL at tag v1.2.0), since no JSON schema of the model is on Maven Central: the
 * required and allowed keys of each object, the allowed values of each flag, UUIDs of version 4
 * or 5 used once, every {@code href} resolving to a back-matter resource and every target
 * {@code id-ref} to a control of the catalog.
 */
class MappingModelTest {

    private static final Pattern UUID = Pattern.compile(
            "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$");
    // The documents are written for each test (instance fields, not static ones), so that a test
    // checks the code as it is when the test runs: mutation testing changes it in a running JVM.
    private final JsonNode document = Documents.tree(Documents.OSCAL.mapping());
    private final List<String> problems = new ArrayList<>();
    private final Set<String> uuids = new HashSet<>();

    /** Checks the keys of an object: every required one present, none outside the allowed. */
    private void keys(String path, JsonNode object, List<String> required, List<String> optional) {
        if (!object.isObject()) {
            problems.add(path + " is not an object");
            return;
        }
        for (String key : required) {
            if (!object.has(key)) {
                problems.add(path + " lacks " + key);
            }
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!required.contains(name) && !optional.contains(name)) {
                problems.add(path + " has " + name + ", which the model does not define");
            }
        }
        if (object.has("uuid") && !(UUID.matcher(object.path("uuid").asText()).matches()
                && uuids.add(object.path("uuid").asText()))) {
            problems.add(path + " has an invalid or repeated uuid " + object.path("uuid"));
        }
    }

    private void oneOf(String path, JsonNode value, String... allowed) {
        if (!List.of(allowed).contains(value.asText())) {
            problems.add(path + " is " + value + ", not one of " + List.of(allowed));
        }
    }

    private void array(String path, JsonNode array) {
        if (!array.isArray() || array.isEmpty()) {
            problems.add(path + " is not a non-empty array");
        }
    }

    private void checkDocument(JsonNode root) {
        keys("$", root, List.of("mapping-collection"), List.of());
        JsonNode collection = root.path("mapping-collection");
        keys("mapping-collection", collection, List.of("uuid", "metadata", "provenance", "mappings"),
                List.of("back-matter"));
        JsonNode provenance = collection.path("provenance");
        keys("provenance", provenance, List.of("method", "matching-rationale", "status", "mapping-description"),
                List.of("confidence-score", "coverage", "responsible-parties", "props", "links", "remarks"));
        oneOf("provenance.method", provenance.path("method"), "human", "automation", "hybrid");
        oneOf("provenance.matching-rationale", provenance.path("matching-rationale"), "syntactic", "semantic",
                "functional");
        oneOf("provenance.status", provenance.path("status"), "complete", "not-complete", "draft", "deprecated");
        Set<String> resources = new HashSet<>();
        for (JsonNode resource : collection.path("back-matter").path("resources")) {
            resources.add("#" + resource.path("uuid").asText());
            uuids.add(resource.path("uuid").asText());
        }
        array("mappings", collection.path("mappings"));
        for (JsonNode mapping : collection.path("mappings")) {
            checkMapping(mapping, resources);
        }
    }

    private void checkMapping(JsonNode mapping, Set<String> resources) {
        keys("mapping", mapping, List.of("uuid", "source-resource", "target-resource", "maps"),
                List.of("method", "matching-rationale", "status", "props", "links", "remarks", "mapping-description",
                        "source-gap-summary", "target-gap-summary", "confidence-score", "coverage"));
        for (String end : List.of("source-resource", "target-resource")) {
            JsonNode reference = mapping.path(end);
            keys(end, reference, List.of("type", "href"), List.of("ns", "props", "links", "remarks"));
            oneOf(end + ".type", reference.path("type"), "catalog", "profile");
            if (!resources.contains(reference.path("href").asText())) {
                problems.add(end + ".href " + reference.path("href") + " names no back-matter resource");
            }
        }
        Set<String> catalogIds = new HashSet<>();
        Documents.controls(Documents.tree(Documents.OSCAL.catalog(Locale.ENGLISH)))
                .forEach(c -> catalogIds.add(c.path("id").asText()));
        array("maps", mapping.path("maps"));
        for (JsonNode map : mapping.path("maps")) {
            keys("map", map, List.of("uuid", "relationship", "sources", "targets"), List.of("ns",
                    "matching-rationale", "qualifiers", "confidence-score", "coverage", "props", "links", "remarks"));
            oneOf("map.relationship", map.path("relationship"), "equivalent-to", "equal-to", "subset-of",
                    "superset-of", "intersects-with", "no-relationship");
            for (String side : List.of("sources", "targets")) {
                array(side, map.path(side));
                for (JsonNode item : map.path(side)) {
                    keys(side + "[]", item, List.of("type", "id-ref"), List.of("props", "links", "remarks"));
                    oneOf(side + "[].type", item.path("type"), "control", "statement");
                }
            }
            map.path("targets").forEach(t -> {
                if (!catalogIds.contains(t.path("id-ref").asText())) {
                    problems.add("target " + t.path("id-ref") + " is no control of the catalog");
                }
            });
        }
        JsonNode gap = mapping.path("target-gap-summary");
        keys("target-gap-summary", gap, List.of("uuid", "unmapped-controls"), List.of());
        array("unmapped-controls", gap.path("unmapped-controls"));
        for (JsonNode selection : gap.path("unmapped-controls")) {
            keys("unmapped-controls[]", selection, List.of(), List.of("with-child-controls", "with-ids", "matching"));
            selection.path("with-ids").forEach(id -> {
                if (!catalogIds.contains(id.asText())) {
                    problems.add("unmapped " + id + " is no control of the catalog");
                }
            });
        }
    }

    @Test
    void mapping_followsTheControlMappingModel() {
        checkDocument(document);
        assertThat(problems).isEmpty();
        assertThat(uuids).hasSizeGreaterThan(115);
        assertThat(document.path("mapping-collection").path("metadata").path("oscal-version").asText())
                .isEqualTo(OscalExporter.MAPPING_OSCAL_VERSION).isEqualTo("1.2.0");
    }

    @Test
    void check_findsWhatTheModelForbids() {
        JsonNode root = document.deepCopy();
        ObjectNode map = (ObjectNode) root.path("mapping-collection").path("mappings").path(0).path("maps").path(0);
        map.put("relationship", "related-to");
        map.put("extra", "x");
        checkDocument(root);
        assertThat(problems).containsExactlyInAnyOrder("map.relationship is \"related-to\", not one of [equivalent-to, "
                + "equal-to, subset-of, superset-of, intersects-with, no-relationship]",
                "map has extra, which the model does not define");
    }
}
