package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Set;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlCatalogue;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013Control;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.json.Formats;

/**
 * The writer of the Annex A catalogue document: the 93 controls of ISO/IEC 27001:2022 and the
 * 114 of 2013, with titles and attributes, never a control statement.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AnnexACatalogueWriter {

    private AnnexACatalogueWriter() {}

    /**
     * Writes a control of the catalogue: id, theme, titles, whether new in 2022, the five
     * attribute sets as codes and the 2013 controls it continues; never a control statement.
     *
     * @param out the generator
     * @param control the control
     * @throws IOException if the generator fails
     */
    public static void control(JsonGenerator out, Control control) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", control.id().toString());
        out.writeStringField("theme", control.theme().code());
        out.writeStringField("englishTitle", control.englishTitle());
        out.writeStringField("japaneseTitle", control.japaneseTitle());
        out.writeBooleanField("newIn2022", control.isNewIn2022());
        termCodes(out, "controlTypes", control.controlTypes());
        termCodes(out, "securityProperties", control.securityProperties());
        termCodes(out, "cybersecurityConcepts", control.cybersecurityConcepts());
        termCodes(out, "operationalCapabilities", control.operationalCapabilities());
        termCodes(out, "securityDomains", control.securityDomains());
        out.writeArrayFieldStart("iso2013");
        for (Iso2013ControlId id : control.iso2013()) {
            out.writeString(id.toString());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Writes terms in the set's own order, which is ISO/IEC 27002's. */
    private static void termCodes(JsonGenerator out, String name, Set<? extends VocabularyTerm> terms)
            throws IOException {
        out.writeArrayFieldStart(name);
        for (VocabularyTerm term : terms) {
            out.writeString(term.code());
        }
        out.writeEndArray();
    }

    /**
     * Writes a control of ISO/IEC 27001:2013: id, English title and the 2022 controls that
     * continue it.
     *
     * @param out the generator
     * @param control the control
     * @throws IOException if the generator fails
     */
    public static void iso2013Control(JsonGenerator out, Iso2013Control control) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", control.id().toString());
        out.writeStringField("englishTitle", control.englishTitle());
        out.writeArrayFieldStart("iso2022");
        for (ControlId id : control.iso2022()) {
            out.writeString(id.toString());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Writes the Annex A catalogue document: the 93 controls of a catalogue in document order and
     * the 114 controls of ISO/IEC 27001:2013; licensee text is never written.
     *
     * @param out the generator
     * @param catalogue the catalogue
     * @throws IOException if the generator fails
     */
    public static void annexACatalogue(JsonGenerator out, ControlCatalogue catalogue) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.ANNEX_A_CATALOGUE);
        out.writeArrayFieldStart("controls");
        for (Control control : catalogue.all()) {
            control(out, control);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("iso2013Controls");
        for (Iso2013Control control : AnnexA.all2013()) {
            iso2013Control(out, control);
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
