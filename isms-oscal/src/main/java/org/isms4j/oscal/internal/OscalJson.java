package org.isms4j.oscal.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The shared pieces of every OSCAL document isms4j writes: the generator (UTF-8, two-space
 * indent, {@code \n} line ends on every platform, keys in the order written), the
 * {@code metadata} object and the {@code prop} object.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
public final class OscalJson {

    /** The namespace of isms4j's own properties, facets and parts. */
    public static final String NAMESPACE = "https://isms4j.org/ns/oscal";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final DefaultPrettyPrinter PRETTY;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        PRETTY = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(indenter).withObjectIndenter(indenter);
    }

    private OscalJson() {}

    /**
     * Opens a generator on a stream; closing the generator leaves the stream open.
     *
     * @param out the stream, not null
     * @return the generator, not null
     * @throws IOException if the stream fails
     */
    public static JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        generator.setPrettyPrinter(PRETTY);
        return generator;
    }

    /**
     * Returns a date and time as OSCAL writes it, in UTC to the second, such as
     * {@code 2026-04-01T09:00:00Z}.
     *
     * @param instant the instant, not null
     * @return the text, not null
     */
    public static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Writes the field {@code metadata} up to its open end: title, last-modified (the clock's
     * instant), version and oscal-version; the caller may add props or parties, then ends the
     * object.
     *
     * @param g the generator, in an object
     * @param title the document's title
     * @param clock the clock of last-modified
     * @param version the document's version
     * @param oscalVersion the OSCAL version the document follows
     * @throws IOException if the stream fails
     */
    public static void startMetadata(JsonGenerator g, String title, Clock clock, String version, String oscalVersion)
            throws IOException {
        g.writeObjectFieldStart("metadata");
        g.writeStringField("title", title);
        g.writeStringField("last-modified", dateTime(clock.instant()));
        g.writeStringField("version", version);
        g.writeStringField("oscal-version", oscalVersion);
    }

    /**
     * Returns a text as one line, as OSCAL's property values and titles require: each run of
     * whitespace (line ends included) becomes one space, and the ends are stripped.
     *
     * @param text the text, not blank
     * @return the line, not null
     */
    public static String line(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * Writes a property object of isms4j's namespace, such as
     * {@code {"name": "control-type", "ns": "https://isms4j.org/ns/oscal", "value": "preventive"}}.
     *
     * @param g the generator, in an array
     * @param name the property's name, a token
     * @param value the value, not blank; written as one {@link #line(String) line}
     * @throws IOException if the stream fails
     */
    public static void ownProp(JsonGenerator g, String name, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("ns", NAMESPACE);
        g.writeStringField("value", line(value));
        g.writeEndObject();
    }

    /**
     * Writes a property object of OSCAL's own namespace, such as {@code label} or
     * {@code sort-id}.
     *
     * @param g the generator, in an array
     * @param name the property's name, one OSCAL defines
     * @param value the value, without leading or trailing whitespace
     * @throws IOException if the stream fails
     */
    public static void prop(JsonGenerator g, String name, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    /**
     * Writes a back-matter resource with a title, a citation and a link to where it is published;
     * OSCAL's constraints want a link on every resource that is linked to.
     *
     * @param g the generator, in the resources array
     * @param uuid the resource's UUID
     * @param title the title
     * @param citation the citation's text
     * @param href the absolute URL of the resource, such as the standard's page at ISO
     * @throws IOException if the stream fails
     */
    public static void resource(JsonGenerator g, UUID uuid, String title, String citation, String href)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("uuid", uuid.toString());
        g.writeStringField("title", title);
        g.writeObjectFieldStart("citation");
        g.writeStringField("text", citation);
        g.writeEndObject();
        g.writeArrayFieldStart("rlinks");
        g.writeStartObject();
        g.writeStringField("href", href);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }
}
