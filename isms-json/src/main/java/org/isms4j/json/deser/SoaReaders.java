package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.annexa.soa.Applicability;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ImplementationStatus;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.internal.Checks;
import org.isms4j.json.Formats;

/**
 * The readers of the Statement of Applicability and of Annex A control ids, each strict as
 * {@link Readers} are.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class SoaReaders {

    private SoaReaders() {}

    /**
     * Reads an Annex A control id in canonical form, such as {@code "5.12"}.
     *
     * @param in the input
     * @return the id
     * @throws IOException if the parser fails
     */
    public static ControlId controlId(JsonInput in) throws IOException {
        return canonical(in, in.text("control id"));
    }

    private static ControlId canonical(JsonInput in, String text) {
        ControlId id = in.core(() -> ControlId.parse(text));
        if (!id.toString().equals(text)) {
            throw in.error(Checks.format("Invalid value for control id (canonical form, such as %s): '%s'", id,
                    JsonInput.escape(text, 64)));
        }
        return id;
    }

    /**
     * Reads an ISO/IEC 27001:2013 control id in canonical form, such as {@code "A.8.2.1"}.
     *
     * @param in the input
     * @return the id
     * @throws IOException if the parser fails
     */
    public static Iso2013ControlId iso2013ControlId(JsonInput in) throws IOException {
        String text = in.text("ISO/IEC 27001:2013 control id");
        Iso2013ControlId id = in.core(() -> Iso2013ControlId.parse(text));
        if (!id.toString().equals(text)) {
            throw in.error(Checks.format(
                    "Invalid value for ISO/IEC 27001:2013 control id (canonical form, such as %s): '%s'", id,
                    JsonInput.escape(text, 64)));
        }
        return id;
    }

    private static final PropertyNames DECISION = PropertyNames.of("applicability", "status?", "reason?",
            "reasonCodes?", "riskNumbers?", "documents?", "evidence?");

    /**
     * Reads the decision on one control.
     *
     * @param in the input
     * @return the decision
     * @throws IOException if the parser fails
     */
    public static Decision decision(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("decision", DECISION);
        Applicability applicability = null;
        Optional<ImplementationStatus> status = Optional.empty();
        String reason = "";
        Set<ReasonCode> codes = Set.of();
        Set<Integer> risks = Set.of();
        List<String> documents = List.of();
        List<String> evidence = List.of();
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    applicability = Readers.term(in, "applicability", Applicability::ofCode);
                    break;
                case 1:
                    status = Optional.of(Readers.term(in, "implementation status", ImplementationStatus::ofCode));
                    break;
                case 2:
                    reason = in.text("reason");
                    break;
                case 3:
                    codes = Readers.terms(in, "reasonCodes", ReasonCode.class, "reason code", ReasonCode::ofCode);
                    break;
                case 4:
                    risks = Readers.numbers(in, "riskNumbers", "risk number");
                    break;
                case 5:
                    documents = Readers.texts(in, "documents", "document");
                    break;
                default:
                    evidence = Readers.texts(in, "evidence", "evidence");
                    break;
            }
        }
        p.requireAll();
        Applicability a = applicability;
        Optional<ImplementationStatus> st = status;
        String r = reason;
        Set<ReasonCode> c = codes;
        Set<Integer> n = risks;
        List<String> d = documents;
        List<String> e = evidence;
        return in.core(() -> Decision.of(a).withStatus(st).withReason(r).withReasonCodes(c).withRiskNumbers(n)
                .withDocuments(d).withEvidence(e));
    }

    private static final PropertyNames SOA = PropertyNames.of("format", "formatVersion", "decisions");

    /**
     * Reads the Statement of Applicability document: decisions keyed by canonical control id.
     *
     * @param in the input
     * @return the statement
     * @throws IOException if the parser fails
     */
    public static StatementOfApplicability statementOfApplicability(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("statement of applicability document", SOA);
        Map<ControlId, Decision> decisions = new TreeMap<>();
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    Readers.format(in, Formats.STATEMENT_OF_APPLICABILITY);
                    break;
                case 1:
                    Readers.formatVersion(in);
                    break;
                default:
                    in.expectObject("decisions");
                    for (String key; (key = in.parser().nextFieldName()) != null;) {
                        ControlId id = canonical(in, key);
                        if (decisions.containsKey(id)) {
                            throw in.error(Checks.format("Duplicate property: '%s'", key));
                        }
                        in.next();
                        decisions.put(id, decision(in));
                    }
                    if (in.parser().currentToken() != JsonToken.END_OBJECT) {
                        throw in.typeError("decisions", "object");
                    }
                    break;
            }
        }
        p.requireAll();
        return in.core(() -> StatementOfApplicability.of(decisions));
    }
}
