package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An exporter's clock and version: those it was made with, stamped on every document. */
class ExporterTest {

    @Test
    void clockAndVersion_areThoseItWasMadeWith_andStampEachDocument() {
        OscalExporter oscal = OscalExporter.of(Documents.CLOCK, "2.3");
        assertThat(oscal.clock()).isSameAs(Documents.CLOCK);
        assertThat(oscal.version()).isEqualTo("2.3");
        for (JsonNode metadata : new JsonNode[] {
            Documents.tree(oscal.mapping()).path("mapping-collection").path("metadata"),
            Documents.tree(oscal.catalog(Locale.ENGLISH)).path("catalog").path("metadata")}) {
            assertThat(metadata.path("version").asText()).isEqualTo("2.3");
            assertThat(metadata.path("last-modified").asText()).startsWith("2026-04-01T09:00:00");
        }
    }
}
