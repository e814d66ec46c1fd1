package org.isms4j.oscal.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlAttribute;
import org.isms4j.annexa.ControlCatalogue;
import org.isms4j.annexa.ControlText;
import org.isms4j.annexa.Theme;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.oscal.OscalIds;

/**
 * Writes the Annex A catalogue as an OSCAL catalog: one group per theme, one control per Annex A
 * control with its label, sort id, attributes and statement part.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
public final class CatalogWriter {

    /** The UUID of the back-matter resource that cites ISO/IEC 27001:2022. */
    public static final UUID STANDARD = NameBasedUuid.of(NameBasedUuid.ISMS4J, "resource:iso-iec-27001-2022");

    /** The page of ISO/IEC 27001:2022 in ISO's catalogue. */
    static final String ISO_27001_2022 = "https://www.iso.org/standard/82875.html";

    private CatalogWriter() {}

    /**
     * Returns the UUID of the catalog in a language.
     *
     * @param language {@code en} or {@code ja}
     * @return the UUID, not null
     */
    public static UUID catalogUuid(String language) {
        return NameBasedUuid.of(NameBasedUuid.ISMS4J, "catalog:iso-iec-27001-2022-annex-a:" + language);
    }

    /**
     * Returns the language code a locale selects: {@code ja} for Japanese, {@code en} for every
     * other locale, as {@link VocabularyTerm#getDisplayName(Locale)} chooses.
     *
     * @param locale the locale, not null
     * @return {@code ja} or {@code en}
     */
    public static String language(Locale locale) {
        return VocabularyTerm.isJapanese(locale) ? "ja" : "en";
    }

    /**
     * Returns the statement placeholder of a control without licensee text, such as
     * {@code See ISO/IEC 27001:2022 Annex A, control 5.12. isms4j does not ship the statement text.}
     *
     * @param control the control, not null
     * @return the placeholder, not null
     */
    public static String placeholder(Control control) {
        return "See ISO/IEC 27001:2022 Annex A, control " + control.id()
                + ". isms4j does not ship the statement text.";
    }

    /**
     * Writes a catalog.
     *
     * @param catalogue the catalogue, with or without licensee text
     * @param locale the language of the titles
     * @param clock the clock of last-modified
     * @param version the document's version
     * @param oscalVersion the OSCAL version
     * @param out the stream, left open
     * @throws IOException if the stream fails
     */
    public static void write(ControlCatalogue catalogue, Locale locale, Clock clock, String version,
            String oscalVersion, OutputStream out) throws IOException {
        String language = language(locale);
        try (JsonGenerator g = OscalJson.open(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("catalog");
            g.writeStringField("uuid", catalogUuid(language).toString());
            OscalJson.startMetadata(g, language.equals("ja") ? "ISO/IEC 27001:2022 附属書A 管理策 (isms4j)"
                    : "ISO/IEC 27001:2022 Annex A controls (isms4j)", clock, version, oscalVersion);
            g.writeArrayFieldStart("props");
            OscalJson.ownProp(g, "language", language);
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("groups");
            for (Theme theme : Theme.values()) {
                writeGroup(g, catalogue, theme, locale);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("back-matter");
            g.writeArrayFieldStart("resources");
            OscalJson.resource(g, STANDARD, "ISO/IEC 27001:2022",
                    "ISO/IEC 27001:2022 Information security, cybersecurity and privacy protection - Information "
                            + "security management systems - Requirements, Annex A (normative), Information security "
                            + "controls reference; attributes from ISO/IEC 27002:2022", ISO_27001_2022);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeGroup(JsonGenerator g, ControlCatalogue catalogue, Theme theme, Locale locale)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", OscalIds.groupId(theme));
        g.writeStringField("class", "theme");
        g.writeStringField("title", theme.getDisplayName(locale));
        g.writeArrayFieldStart("props");
        OscalJson.prop(g, "label", Integer.toString(theme.clause()));
        OscalJson.prop(g, "sort-id", OscalIds.sortId(theme));
        OscalJson.ownProp(g, "theme", theme.code());
        g.writeEndArray();
        g.writeArrayFieldStart("controls");
        for (Control control : catalogue.byTheme(theme)) {
            writeControl(g, control, locale);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeControl(JsonGenerator g, Control control, Locale locale) throws IOException {
        String id = OscalIds.controlId(control.id());
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("class", "iso-27001-2022-annex-a");
        g.writeStringField("title", control.title(locale));
        g.writeArrayFieldStart("props");
        OscalJson.prop(g, "label", control.id().toString());
        OscalJson.prop(g, "sort-id", OscalIds.sortId(control.id()));
        OscalJson.ownProp(g, "new-in-2022", Boolean.toString(control.isNewIn2022()));
        for (ControlAttribute attribute : ControlAttribute.values()) {
            String name = attribute.code().replace('_', '-');
            for (VocabularyTerm value : control.attribute(attribute)) {
                OscalJson.ownProp(g, name, value.code());
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("links");
        g.writeStartObject();
        g.writeStringField("href", "#" + STANDARD);
        g.writeStringField("rel", "reference");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("parts");
        ControlText text = control.text().orElse(null);
        writePart(g, id + "_smt", "statement", text == null ? placeholder(control) : text.statement().strip());
        if (text != null && text.hasGuidance()) {
            writePart(g, id + "_gdn", "guidance", text.guidance().strip());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writePart(JsonGenerator g, String id, String name, String prose) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", name);
        g.writeStringField("prose", prose);
        g.writeEndObject();
    }
}
