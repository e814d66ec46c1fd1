package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.soa.Consideration;
import org.isms4j.annexa.soa.Considerations;
import org.isms4j.core.Checks;
import org.isms4j.json.Formats;

/**
 * The reader of the gap check's considerations document 検討済みの記録.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class ConsiderationsReader {

    private ConsiderationsReader() {}

    private enum DocumentProperty { FORMAT, FORMAT_VERSION, CONSIDERATIONS }

    private static final PropertyNames<DocumentProperty> DOCUMENT = PropertyNames.of(DocumentProperty.class);

    /**
     * Reads the considerations document.
     *
     * @param in the input
     * @return the considerations, in document order of their controls
     * @throws IOException if the parser fails
     */
    public static Considerations considerations(JsonInput in) throws IOException {
        PropertyLoop<DocumentProperty> p = in.properties("gap considerations document", DOCUMENT);
        List<Consideration> considerations = null;
        for (DocumentProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.GAP_CONSIDERATIONS);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case CONSIDERATIONS -> considerations = JsonArrays.values(in, "considerations",
                        ConsiderationsReader::consideration);
            }
        }
        p.requireAll();
        List<Consideration> c = considerations;
        return in.core(() -> Considerations.of(c));
    }

    private enum ConsiderationProperty { CONTROL, RISK, REASON, AUTHOR, DECIDED }

    private static final PropertyNames<ConsiderationProperty> CONSIDERATION =
            PropertyNames.of(ConsiderationProperty.class);

    private static Consideration consideration(JsonInput in) throws IOException {
        PropertyLoop<ConsiderationProperty> p = in.properties("consideration", CONSIDERATION);
        ControlId control = null;
        OptionalInt risk = null;
        String reason = null;
        String author = null;
        LocalDate decided = null;
        for (ConsiderationProperty f; (f = p.next()) != null;) {
            switch (f) {
                case CONTROL -> control = SoaReader.controlId(in);
                case RISK -> risk = risk(in);
                case REASON -> reason = in.text("reason");
                case AUTHOR -> author = in.text("author");
                case DECIDED -> decided = in.date("decided");
            }
        }
        p.requireAll();
        ControlId id = control;
        OptionalInt number = risk;
        String r = reason;
        String a = author;
        LocalDate d = decided;
        return in.core(() -> number.isPresent() ? Consideration.of(id, number.getAsInt(), r, a, d)
                : Consideration.ofAllRisks(id, r, a, d));
    }

    /** Reads {@code risk}: a risk number, or {@code "all"} for all risks (empty). */
    private static OptionalInt risk(JsonInput in) throws IOException {
        if (in.parser().currentToken() == JsonToken.VALUE_STRING) {
            String text = in.text("risk");
            if (!text.equals(Formats.ALL_RISKS)) {
                throw in.error(Checks.format("Invalid value for risk (a risk number or '%s'): '%s'", Formats.ALL_RISKS,
                        JsonFailures.escape(text, JsonInput.QUOTED_TEXT_LIMIT)));
            }
            return OptionalInt.empty();
        }
        if (in.parser().currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw in.typeError("risk", "integer or '" + Formats.ALL_RISKS + "'");
        }
        return OptionalInt.of(in.intValue("risk number"));
    }
}
