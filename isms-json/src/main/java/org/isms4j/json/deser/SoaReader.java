package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.EnumSet;
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
import org.isms4j.core.Checks;
import org.isms4j.json.Formats;

/**
 * The reader of the Statement of Applicability document 適用宣言書, of its decisions and of Annex A
 * control ids.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class SoaReader {

    private SoaReader() {}

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
                    JsonFailures.escape(text, JsonInput.QUOTED_TEXT_LIMIT)));
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
                    JsonFailures.escape(text, JsonInput.QUOTED_TEXT_LIMIT)));
        }
        return id;
    }

    private enum DecisionProperty { APPLICABILITY, STATUS, REASON, REASON_CODES, RISK_NUMBERS, DOCUMENTS, EVIDENCE }

    private static final PropertyNames<DecisionProperty> DECISION = PropertyNames.of(DecisionProperty.class,
            EnumSet.complementOf(EnumSet.of(DecisionProperty.APPLICABILITY)));

    /**
     * Reads the decision on one control.
     *
     * @param in the input
     * @return the decision
     * @throws IOException if the parser fails
     */
    public static Decision decision(JsonInput in) throws IOException {
        PropertyLoop<DecisionProperty> p = in.properties("decision", DECISION);
        Applicability applicability = null;
        Optional<ImplementationStatus> status = Optional.empty();
        String reason = "";
        Set<ReasonCode> codes = Set.of();
        Set<Integer> risks = Set.of();
        List<String> documents = List.of();
        List<String> evidence = List.of();
        for (DecisionProperty f; (f = p.next()) != null;) {
            switch (f) {
                case APPLICABILITY -> applicability = in.term("applicability", Applicability::ofCode);
                case STATUS -> status = Optional.of(in.term("implementation status", ImplementationStatus::ofCode));
                case REASON -> reason = in.text("reason");
                case REASON_CODES -> codes = JsonArrays.terms(in, "reasonCodes", ReasonCode.class, "reason code",
                        ReasonCode::ofCode);
                case RISK_NUMBERS -> risks = JsonArrays.numbers(in, "riskNumbers", "risk number");
                case DOCUMENTS -> documents = JsonArrays.texts(in, "documents", "document");
                case EVIDENCE -> evidence = JsonArrays.texts(in, "evidence", "evidence");
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

    private enum SoaProperty { FORMAT, FORMAT_VERSION, DECISIONS }

    private static final PropertyNames<SoaProperty> SOA = PropertyNames.of(SoaProperty.class);

    /**
     * Reads the Statement of Applicability document: decisions keyed by canonical control id.
     *
     * @param in the input
     * @return the statement
     * @throws IOException if the parser fails
     */
    public static StatementOfApplicability statementOfApplicability(JsonInput in) throws IOException {
        PropertyLoop<SoaProperty> p = in.properties("statement of applicability document", SOA);
        Map<ControlId, Decision> decisions = new TreeMap<>();
        for (SoaProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.STATEMENT_OF_APPLICABILITY);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case DECISIONS -> {
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
                }
            }
        }
        p.requireAll();
        return in.core(() -> StatementOfApplicability.of(decisions));
    }
}
