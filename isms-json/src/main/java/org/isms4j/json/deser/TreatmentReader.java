package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isms4j.core.Checks;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;

/**
 * The reader of a register row's treatment and acceptance, of a treatment control and of the
 * register's approval record.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class TreatmentReader {

    private TreatmentReader() {}

    private enum ControlProperty { TEXT, ANNEX_A }

    private static final PropertyNames<ControlProperty> CONTROL = PropertyNames.of(ControlProperty.class,
            EnumSet.of(ControlProperty.ANNEX_A));

    /**
     * Reads a treatment control, {@code {"text": "情報の分類定義", "annexA": "5.12"}}; the Annex A id
     * is in canonical form.
     *
     * @param in the input
     * @return the control
     * @throws IOException if the parser fails
     */
    public static TreatmentControl treatmentControl(JsonInput in) throws IOException {
        PropertyLoop<ControlProperty> p = in.properties("control", CONTROL);
        String text = null;
        String annexA = null;
        for (ControlProperty f; (f = p.next()) != null;) {
            switch (f) {
                case TEXT -> text = in.notBlank("text", "control");
                case ANNEX_A -> annexA = canonicalAnnexA(in, "annexA");
            }
        }
        p.requireAll();
        String t = text;
        String a = annexA;
        return in.core(() -> a == null ? TreatmentControl.of(t) : TreatmentControl.of(t, a));
    }

    static String canonicalAnnexA(JsonInput in, String what) throws IOException {
        String id = in.text(what);
        String canonical = in.core(() -> TreatmentControl.canonical(id));
        if (!canonical.equals(id)) {
            throw in.error(Checks.format("Invalid value for Annex A control (canonical form, such as %s): '%s'",
                    canonical, JsonFailures.escape(id, JsonInput.QUOTED_TEXT_LIMIT)));
        }
        return canonical;
    }

    private enum DecisionProperty { OPTIONS, CONTROLS, STATUS, JUSTIFICATION }

    private static final PropertyNames<DecisionProperty> DECISION = PropertyNames.of(DecisionProperty.class,
            EnumSet.of(DecisionProperty.CONTROLS, DecisionProperty.JUSTIFICATION));

    /**
     * Reads a treatment decision, {@code {"options": ["reduce"], "controls": [...], "status":
     * "planned"}}.
     *
     * @param in the input
     * @return the decision
     * @throws IOException if the parser fails
     */
    public static TreatmentDecision treatmentDecision(JsonInput in) throws IOException {
        PropertyLoop<DecisionProperty> p = in.properties("treatment", DECISION);
        Set<TreatmentOption> options = null;
        List<TreatmentControl> controls = new ArrayList<>();
        TreatmentStatus status = null;
        String justification = "";
        for (DecisionProperty f; (f = p.next()) != null;) {
            switch (f) {
                case OPTIONS -> options = JsonArrays.terms(in, "options", TreatmentOption.class, "treatment option",
                        TreatmentOption::ofCode);
                case CONTROLS -> {
                    in.expectArray("controls");
                    while (in.next() != JsonToken.END_ARRAY) {
                        JsonArrays.checkLength(in, "controls", controls.size());
                        controls.add(treatmentControl(in));
                    }
                }
                case STATUS -> status = in.term("treatment status", TreatmentStatus::ofCode);
                case JUSTIFICATION -> justification = in.text("justification");
            }
        }
        p.requireAll();
        Set<TreatmentOption> o = options;
        TreatmentStatus st = status;
        String j = justification;
        return in.core(() -> TreatmentDecision.of(o, controls, st).withJustification(j));
    }

    private enum AcceptanceProperty { RISK_OWNER, DECISION, DECIDED, JUSTIFICATION, EXPIRES }

    private static final PropertyNames<AcceptanceProperty> ACCEPTANCE = PropertyNames.of(AcceptanceProperty.class,
            EnumSet.of(AcceptanceProperty.EXPIRES));

    /**
     * Reads the risk owner's acceptance of a residual risk.
     *
     * @param in the input
     * @return the acceptance
     * @throws IOException if the parser fails
     */
    public static ResidualAcceptance residualAcceptance(JsonInput in) throws IOException {
        PropertyLoop<AcceptanceProperty> p = in.properties("acceptance", ACCEPTANCE);
        String riskOwner = null;
        ResidualDecision decision = null;
        LocalDate decided = null;
        String justification = null;
        Optional<LocalDate> expires = Optional.empty();
        for (AcceptanceProperty f; (f = p.next()) != null;) {
            switch (f) {
                case RISK_OWNER -> riskOwner = in.notBlank("riskOwner", "risk owner");
                case DECISION -> decision = in.term("residual decision", ResidualDecision::ofCode);
                case DECIDED -> decided = in.date("decided");
                case JUSTIFICATION -> justification = in.notBlank("justification", "justification");
                case EXPIRES -> expires = Optional.of(in.date("expires"));
            }
        }
        p.requireAll();
        String r = riskOwner;
        ResidualDecision d = decision;
        LocalDate dd = decided;
        String j = justification;
        Optional<LocalDate> e = expires;
        return in.core(() -> ResidualAcceptance.of(r, d, dd, j, e));
    }

    private enum ApprovalProperty { AUTHOR, UPDATED, APPROVER, APPROVED }

    private static final PropertyNames<ApprovalProperty> APPROVAL = PropertyNames.of(ApprovalProperty.class,
            EnumSet.of(ApprovalProperty.APPROVER, ApprovalProperty.APPROVED));

    /**
     * Reads the approval record of a risk assessment report.
     *
     * @param in the input
     * @return the record
     * @throws IOException if the parser fails
     */
    public static Approval approval(JsonInput in) throws IOException {
        PropertyLoop<ApprovalProperty> p = in.properties("approval", APPROVAL);
        String author = null;
        LocalDate updated = null;
        String approver = null;
        LocalDate approved = null;
        for (ApprovalProperty f; (f = p.next()) != null;) {
            switch (f) {
                case AUTHOR -> author = in.notBlank("author", "author");
                case UPDATED -> updated = in.date("updated");
                case APPROVER -> approver = in.notBlank("approver", "approver");
                case APPROVED -> approved = in.date("approved");
            }
        }
        p.requireAll();
        String a = author;
        LocalDate u = updated;
        Optional<String> ar = Optional.ofNullable(approver);
        Optional<LocalDate> ad = Optional.ofNullable(approved);
        return in.core(() -> Approval.ofRecord(a, u, ar, ad));
    }
}
