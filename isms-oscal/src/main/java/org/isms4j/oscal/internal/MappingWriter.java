package org.isms4j.oscal.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.UUID;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013Control;
import org.isms4j.oscal.MappingRelationship;
import org.isms4j.oscal.OscalIds;

/**
 * Writes the 2013 → 2022 correspondence as an OSCAL 1.2 mapping collection: one map per pair of
 * the correspondence, with the relationship {@link MappingRelationship#between} gives, and the
 * controls new in 2022 in the target's gap summary.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
public final class MappingWriter {

    private static final UUID COLLECTION = NameBasedUuid.of(NameBasedUuid.ISMS4J,
            "mapping-collection:iso-iec-27001-2013-to-2022");
    private static final UUID SOURCE = NameBasedUuid.of(NameBasedUuid.ISMS4J, "resource:iso-iec-27001-2013");

    private MappingWriter() {}

    /**
     * Returns the UUID of the map of a pair, such as A.8.2.1 → 5.12.
     *
     * @param from the 2013 control's OSCAL id
     * @param to the 2022 control's OSCAL id
     * @return the UUID, not null
     */
    public static UUID mapUuid(String from, String to) {
        return NameBasedUuid.of(COLLECTION, "map:" + from + ":" + to);
    }

    /**
     * Writes the mapping collection.
     *
     * @param clock the clock of last-modified
     * @param version the document's version
     * @param oscalVersion the OSCAL version of the mapping model
     * @param out the stream, left open
     * @throws IOException if the stream fails
     */
    public static void write(Clock clock, String version, String oscalVersion, OutputStream out) throws IOException {
        try (JsonGenerator g = OscalJson.open(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("mapping-collection");
            g.writeStringField("uuid", COLLECTION.toString());
            OscalJson.startMetadata(g, "ISO/IEC 27001:2013 Annex A to ISO/IEC 27001:2022 Annex A (isms4j)", clock,
                    version, oscalVersion);
            g.writeEndObject();
            g.writeObjectFieldStart("provenance");
            g.writeStringField("method", "hybrid");
            g.writeStringField("matching-rationale", "semantic");
            g.writeStringField("status", "complete");
            g.writeStringField("mapping-description", "The correspondence of ISO/IEC 27002:2022 Annex B (115 pairs "
                    + "of 114 controls of 2013 and 82 of 2022), with each relationship read from the shape of the "
                    + "correspondence: one to one is equivalent-to, a 2013 control merged with others is subset-of, "
                    + "a 2013 control split over several 2022 controls is superset-of, split and merged at once is "
                    + "intersects-with. The 11 controls new in 2022 have no relationship and are listed in the "
                    + "target gap summary.");
            g.writeEndObject();
            g.writeArrayFieldStart("mappings");
            writeMapping(g);
            g.writeEndArray();
            g.writeObjectFieldStart("back-matter");
            g.writeArrayFieldStart("resources");
            OscalJson.resource(g, SOURCE, "ISO/IEC 27001:2013 Annex A",
                    "ISO/IEC 27001:2013 Information technology - Security techniques - Information security "
                            + "management systems - Requirements, Annex A; control ids a.5.1.1 - a.18.2.3",
                    "https://www.iso.org/standard/54534.html");
            OscalJson.resource(g, CatalogWriter.STANDARD, "ISO/IEC 27001:2022",
                    "The isms4j OSCAL catalog of ISO/IEC 27001:2022 Annex A (catalog uuid "
                            + CatalogWriter.catalogUuid("en") + "); control ids a.5.1 - a.8.34",
                    CatalogWriter.ISO_27001_2022);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeMapping(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("uuid", NameBasedUuid.of(COLLECTION, "mapping").toString());
        writeResource(g, "source-resource", SOURCE);
        writeResource(g, "target-resource", CatalogWriter.STANDARD);
        g.writeArrayFieldStart("maps");
        for (Iso2013Control source : AnnexA.all2013()) {
            for (ControlId target : source.iso2022()) {
                writeMap(g, source, target);
            }
        }
        g.writeEndArray();
        g.writeObjectFieldStart("target-gap-summary");
        g.writeStringField("uuid", NameBasedUuid.of(COLLECTION, "target-gap-summary").toString());
        g.writeArrayFieldStart("unmapped-controls");
        g.writeStartObject();
        g.writeArrayFieldStart("with-ids");
        for (Control control : AnnexA.newIn2022()) {
            g.writeString(OscalIds.controlId(control.id()));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResource(JsonGenerator g, String field, UUID resource) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("type", "catalog");
        g.writeStringField("href", "#" + resource);
        g.writeEndObject();
    }

    private static void writeMap(JsonGenerator g, Iso2013Control source, ControlId target) throws IOException {
        String from = OscalIds.controlId(source.id());
        String to = OscalIds.controlId(target);
        g.writeStartObject();
        g.writeStringField("uuid", mapUuid(from, to).toString());
        g.writeStringField("relationship", MappingRelationship.between(source.id(), target).oscalValue());
        writeItem(g, "sources", from);
        writeItem(g, "targets", to);
        g.writeEndObject();
    }

    private static void writeItem(JsonGenerator g, String field, String idRef) throws IOException {
        g.writeArrayFieldStart(field);
        g.writeStartObject();
        g.writeStringField("type", "control");
        g.writeStringField("id-ref", idRef);
        g.writeEndObject();
        g.writeEndArray();
    }
}
