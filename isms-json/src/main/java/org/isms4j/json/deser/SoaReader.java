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
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.Checks;
import org.isms4j.json.Formats;

/**
 * The reader of the Statement of Applicability document 適用宣言書, of the 2013-based one, of their
 * decisions and of Annex A control ids.
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
        return canonical2013(in, in.text("ISO/IEC 27001:2013 control id"));
    }

    private static Iso2013ControlId canonical2013(JsonInput in, String text) {
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

    /** Reads a control id from a key of {@code decisions}. */
    @FunctionalInterface
    private interface KeyReader<K> {
        K read(JsonInput in, String key);
    }

    /**
     * Reads the Statement of Applicability document: decisions keyed by canonical control id.
     *
     * @param in the input
     * @return the statement
     * @throws IOException if the parser fails
     */
    public static StatementOfApplicability statementOfApplicability(JsonInput in) throws IOException {
        Map<ControlId, Decision> decisions = decisions(in, "statement of applicability document",
                Formats.STATEMENT_OF_APPLICABILITY, SoaReader::canonical);
        return in.core(() -> StatementOfApplicability.of(decisions));
    }

    /**
     * Reads the 2013-based Statement of Applicability document: decisions keyed by canonical
     * ISO/IEC 27001:2013 control id, such as {@code A.8.2.1}.
     *
     * @param in the input
     * @return the migration of its decisions
     * @throws IOException if the parser fails
     */
    public static SoaMigration iso2013StatementOfApplicability(JsonInput in) throws IOException {
        Map<Iso2013ControlId, Decision> decisions = decisions(in, "2013-based statement of applicability document",
                Formats.ISO2013_STATEMENT_OF_APPLICABILITY, SoaReader::canonical2013);
        return in.core(() -> SoaMigration.of(decisions));
    }

    private static <K> Map<K, Decision> decisions(JsonInput in, String document, String format, KeyReader<K> keys)
            throws IOException {
        PropertyLoop<SoaProperty> p = in.properties(document, SOA);
        Map<K, Decision> decisions = new TreeMap<>();
        for (SoaProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, format);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case DECISIONS -> {
                    in.expectObject("decisions");
                    for (String key; (key = in.parser().nextFieldName()) != null;) {
                        K id = keys.read(in, key);
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
        return decisions;
    }
}
