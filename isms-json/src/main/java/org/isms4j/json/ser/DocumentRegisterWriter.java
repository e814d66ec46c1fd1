package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.document.DocumentedInformation;

/**
 * The writer of the documented-information register document (7.5).
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class DocumentRegisterWriter {

    private DocumentRegisterWriter() {}

    /**
     * Writes the documented-information register document.
     *
     * @param out the generator
     * @param register the register
     * @throws IOException if the generator fails
     */
    public static void documentRegister(JsonGenerator out, DocumentRegister register) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.DOCUMENT_REGISTER);
        out.writeArrayFieldStart("documents");
        for (DocumentedInformation d : register.documents()) {
            out.writeStartObject();
            if (d.number().isPresent()) {
                out.writeStringField("number", d.number().get().toString());
            }
            out.writeStringField("title", d.title());
            out.writeStringField("author", d.author());
            if (d.approver().isPresent()) {
                out.writeStringField("approver", d.approver().get());
            }
            PropertyWriter.date(out, "createdOn", d.createdOn());
            if (d.revisedOn().isPresent()) {
                PropertyWriter.date(out, "revisedOn", d.revisedOn().get());
            }
            out.writeNumberField("edition", d.edition());
            out.writeStringField("storage", d.storage());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
