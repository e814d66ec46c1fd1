package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.json.Formats;

/**
 * The writer of the Statement of Applicability document 適用宣言書, of the 2013-based one and of
 * their decisions.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class SoaWriter {

    private SoaWriter() {}

    /**
     * Writes the decision on one control; empty parts left out, reason codes in the order of
     * {@link ReasonCode}.
     *
     * @param out the generator
     * @param decision the decision
     * @throws IOException if the generator fails
     */
    public static void decision(JsonGenerator out, Decision decision) throws IOException {
        out.writeStartObject();
        out.writeStringField("applicability", decision.applicability().code());
        if (decision.status().isPresent()) {
            out.writeStringField("status", decision.status().get().code());
        }
        PropertyWriter.optional(out, "reason", decision.reason());
        if (!decision.reasonCodes().isEmpty()) {
            PropertyWriter.codes(out, "reasonCodes", ReasonCode.values(), decision.reasonCodes());
        }
        if (!decision.riskNumbers().isEmpty()) {
            PropertyWriter.numbers(out, "riskNumbers", decision.riskNumbers());
        }
        PropertyWriter.texts(out, "documents", decision.documents());
        PropertyWriter.texts(out, "evidence", decision.evidence());
        out.writeEndObject();
    }

    /**
     * Writes the Statement of Applicability document: the decisions keyed by canonical control id
     * in document order; undecided controls are absent.
     *
     * @param out the generator
     * @param soa the statement
     * @throws IOException if the generator fails
     */
    public static void statementOfApplicability(JsonGenerator out, StatementOfApplicability soa)
            throws IOException {
        document(out, Formats.STATEMENT_OF_APPLICABILITY, soa.decisions());
    }

    /**
     * Writes the 2013-based Statement of Applicability document: the decisions keyed by canonical
     * ISO/IEC 27001:2013 control id (such as {@code A.8.2.1}) in document order; undecided controls
     * are absent.
     *
     * @param out the generator
     * @param migration the migration, whose 2013 decisions are written
     * @throws IOException if the generator fails
     */
    public static void iso2013StatementOfApplicability(JsonGenerator out, SoaMigration migration)
            throws IOException {
        document(out, Formats.ISO2013_STATEMENT_OF_APPLICABILITY, migration.iso2013Decisions());
    }

    private static void document(JsonGenerator out, String format, Map<?, Decision> decisions) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, format);
        out.writeObjectFieldStart("decisions");
        for (Map.Entry<?, Decision> entry : decisions.entrySet()) {
            out.writeFieldName(entry.getKey().toString());
            decision(out, entry.getValue());
        }
        out.writeEndObject();
        out.writeEndObject();
    }
}
