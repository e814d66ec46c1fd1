package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.ControlText;
import org.isms4j.annexa.ControlTextProvider;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document validates against NIST's OSCAL 1.1.2 JSON schemas, read from the class path of
 * liboscal-java (see {@code src/test/resources/README.md}); a document that fails is a failing test.
 * The mapping's model (OSCAL 1.2) has no schema on Maven Central: its metadata validates against
 * the 1.1.2 metadata definition here, and its structure is checked by {@link MappingModelTest}.
 */
class OscalSchemaTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final JsonSchema CATALOG = schema("oscal-catalog_schema.json");
    private static final JsonSchema POAM = schema("oscal-poam_schema.json");
    private static final JsonSchema METADATA = schema(
            "oscal-catalog_schema.json#/definitions/AssemblyOscalMetadataMetadataType");

    private static JsonSchema schema(String name) {
        return FACTORY.getSchema(SchemaLocation.of("classpath:schema/json/" + name));
    }

    static Stream<Arguments> catalogs() {
        ControlTextProvider licensed = ControlTextProvider.of(Map.of(
                ControlId.parse("5.12"), ControlText.of("Our licensed statement of 5.12.\nSecond paragraph.",
                        "Our own guidance."),
                ControlId.parse("8.34"), ControlText.of("Our licensed statement of 8.34.")));
        return Stream.of(
                Arguments.of("en", Documents.OSCAL.catalog(Locale.ENGLISH)),
                Arguments.of("ja", Documents.OSCAL.catalog(Locale.JAPANESE)),
                Arguments.of("licensed", Documents.OSCAL.catalog(licensed, Locale.ENGLISH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void catalog_isValid(String label, String json) {
        assertThat(CATALOG.validate(Documents.tree(json))).as(label).isEmpty();
    }

    static Stream<Arguments> poams() {
        return Stream.of(
                Arguments.of("treated, with the plan", Documents.canonicalPoam()),
                Arguments.of("first evaluation only, no plan",
                        Documents.OSCAL.poam(Documents.ORGANIZATION, CanonicalFixture.assessed(),
                                TreatmentPlan.of(List.of()))),
                Arguments.of("threat and vulnerability", Documents.OSCAL.poam("Example Corp.",
                        CanonicalFixture.treated(CanonicalFixture.assessedFromThreatAndVulnerability()),
                        CanonicalFixture.plan())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poams")
    void poam_isValid(String label, String json) {
        assertThat(POAM.validate(Documents.tree(json))).as(label).isEmpty();
    }

    @Test
    void mappingMetadata_isValidOscalMetadata() {
        JsonNode metadata = Documents.tree(Documents.OSCAL.mapping()).path("mapping-collection").path("metadata");
        assertThat(METADATA.validate(metadata)).isEmpty();
    }

    /** The schemas are the real ones: they refuse what OSCAL refuses. */
    @Test
    void schemas_rejectWhatOscalRejects() {
        ObjectNode catalog = (ObjectNode) Documents.tree(Documents.OSCAL.catalog(Locale.ENGLISH));
        ObjectNode control = (ObjectNode) catalog.path("catalog").path("groups").path(0).path("controls").path(0);
        control.put("id", "5.1");
        Set<ValidationMessage> messages = CATALOG.validate(catalog);
        assertThat(messages).isNotEmpty().anyMatch(m -> m.getMessage().contains("pattern"));

        ObjectNode poam = (ObjectNode) Documents.tree(Documents.canonicalPoam());
        ((ObjectNode) poam.path("plan-of-action-and-milestones")).put("uuid",
                java.util.UUID.nameUUIDFromBytes(new byte[] {1}).toString());
        assertThat(POAM.validate(poam)).isNotEmpty();

        ObjectNode metadata = (ObjectNode) Documents.tree(Documents.OSCAL.mapping()).path("mapping-collection")
                .path("metadata");
        metadata.remove("last-modified");
        assertThat(METADATA.validate(metadata)).isNotEmpty();
    }

    /** A licensee's text loaded from a file reaches the schema-valid catalog as written. */
    @Test
    void catalog_withLoadedText_isValid() throws Exception {
        ControlTextProvider provider = ControlTextProvider.load(new StringReader("5.1.statement=Our text of 5.1\n"));
        assertThat(CATALOG.validate(Documents.tree(Documents.OSCAL.catalog(provider, Locale.JAPANESE)))).isEmpty();
    }
}
