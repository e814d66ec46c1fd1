package org.isms4j.annexa.soa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.core.IsmsException;

/**
 * A Statement of Applicability 適用宣言書 over the ISO/IEC 27001:2022 Annex A catalogue: a
 * {@link Decision} per control, such as 5.12 applicable for risk 3 with 91 controls still
 * undecided.
 *
 * <p>An SoA holds decisions for some or all of the 93 controls; a control without a decision is
 * undecided. It is <em>complete</em> when every control is decided and every decision keeps the
 * {@link SoaRule rules}: an applicable control has a reason for inclusion, an excluded control a
 * reason for exclusion and no implementation status. {@link #problems()} lists what stands in the
 * way; drafts with problems are legal values, so that an SoA can be written in steps.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatementOfApplicability {

    private static final StatementOfApplicability EMPTY = ImmutableStatementOfApplicability.of(Map.of());

    StatementOfApplicability() {}

    /**
     * Returns the decisions by control, in document order (5.2 before 5.10).
     *
     * @return an unmodifiable sorted map, not null
     */
    @Value.Parameter
    @Value.NaturalOrder
    public abstract SortedMap<ControlId, Decision> decisions();

    /**
     * Returns the SoA with no decision: every control undecided.
     *
     * @return the SoA, not null
     */
    public static StatementOfApplicability empty() {
        return EMPTY;
    }

    /**
     * Obtains an SoA with decisions.
     *
     * @param decisions the decisions by control, not null, without null keys or values; copied
     * @return the SoA, not null
     */
    public static StatementOfApplicability of(Map<? extends ControlId, ? extends Decision> decisions) {
        Objects.requireNonNull(decisions, "decisions");
        return ImmutableStatementOfApplicability.of(decisions);
    }

    /**
     * Drafts an SoA from risk treatments (step 4 of risk treatment, see {@code docs/method.md}):
     * every Annex A control a risk's treatment names becomes applicable, with reason code
     * {@link ReasonCode#RISK_ASSESSMENT_RESULT}, the numbers of the risks that name it, and no
     * implementation status yet; every other control stays undecided, so the draft is not
     * complete until someone decides them.
     *
     * <p>The input is plain, so that any risk register can feed it: for the canonical fixture,
     * {@code Map.of(1, List.of(), 2, List.of(), 3, List.of(ControlId.parse("5.12"),
     * ControlId.parse("5.13")))} (risks 1 and 2 name no Annex A control; controls outside Annex A
     * have no place here).
     *
     * @param controlsByRisk risk number (1 or more) to the Annex A controls its treatment names,
     *     possibly none; not null, without null keys, values or elements
     * @return the draft, not null
     * @throws IsmsException if a risk number is below 1
     */
    public static StatementOfApplicability ofTreatments(Map<Integer, ? extends Collection<ControlId>> controlsByRisk) {
        SortedMap<ControlId, SortedSet<Integer>> risksByControl = Treatments.risksByControl(controlsByRisk);
        Map<ControlId, Decision> decisions = new TreeMap<>();
        Decision applicable = Decision.applicable("", ReasonCode.RISK_ASSESSMENT_RESULT);
        for (Map.Entry<ControlId, SortedSet<Integer>> entry : risksByControl.entrySet()) {
            decisions.put(entry.getKey(), applicable.withRiskNumbers(entry.getValue()));
        }
        return of(decisions);
    }

    /**
     * Finds the decision on a control.
     *
     * @param id the control, not null
     * @return the decision, or empty if the control is undecided
     */
    public final Optional<Decision> find(ControlId id) {
        return Optional.ofNullable(decisions().get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the state of a control, such as {@link DecisionState#UNDECIDED} for one without a
     * decision.
     *
     * @param id the control, not null
     * @return the state, not null
     */
    public final DecisionState state(ControlId id) {
        Decision decision = decisions().get(Objects.requireNonNull(id, "id"));
        return decision == null ? DecisionState.UNDECIDED : decision.state();
    }

    /**
     * Returns a copy with a decision on a control, replacing any decision it had.
     *
     * @param id the control, not null
     * @param decision the decision, not null
     * @return the copy, {@code this} if unchanged
     */
    public final StatementOfApplicability with(ControlId id, Decision decision) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decision, "decision");
        if (decision.equals(decisions().get(id))) {
            return this;
        }
        Map<ControlId, Decision> copy = new TreeMap<>(decisions());
        copy.put(id, decision);
        return of(copy);
    }

    /**
     * Returns a copy in which a control is undecided.
     *
     * @param id the control, not null
     * @return the copy, {@code this} if unchanged
     */
    public final StatementOfApplicability without(ControlId id) {
        Objects.requireNonNull(id, "id");
        if (!decisions().containsKey(id)) {
            return this;
        }
        Map<ControlId, Decision> copy = new TreeMap<>(decisions());
        copy.remove(id);
        return of(copy);
    }

    /**
     * Returns the controls without a decision, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public final List<ControlId> undecided() {
        List<ControlId> undecided = new ArrayList<>();
        for (Control control : AnnexA.all()) {
            if (!decisions().containsKey(control.id())) {
                undecided.add(control.id());
            }
        }
        return Collections.unmodifiableList(undecided);
    }

    /**
     * Returns every problem that keeps this SoA from being complete, in document order of the
     * controls: undecided controls, and decisions that break a {@link SoaRule rule}.
     *
     * @return an unmodifiable list, empty exactly when the SoA is complete, not null
     */
    @Value.Lazy
    public List<SoaProblem> problems() {
        List<SoaProblem> problems = new ArrayList<>();
        for (Control control : AnnexA.all()) {
            ControlId id = control.id();
            Decision decision = decisions().get(id);
            if (decision == null) {
                problems.add(SoaProblem.of(id, SoaRule.DECIDED));
            } else if (decision.isApplicable()) {
                if (!decision.hasReason()) {
                    problems.add(SoaProblem.of(id, SoaRule.INCLUSION_REASON));
                }
            } else {
                if (!decision.hasReason()) {
                    problems.add(SoaProblem.of(id, SoaRule.EXCLUSION_REASON));
                }
                if (decision.status().isPresent()) {
                    problems.add(SoaProblem.of(id, SoaRule.NO_STATUS_WHEN_EXCLUDED));
                }
            }
        }
        return Collections.unmodifiableList(problems);
    }

    /**
     * Tells whether this SoA is complete: every control decided, every decision keeping the
     * rules.
     *
     * @return true if there is no problem
     */
    public final boolean isComplete() {
        return problems().isEmpty();
    }

    /**
     * Checks that this SoA is complete.
     *
     * @return this SoA, not null
     * @throws InvalidSoaException if it is not, keeping every problem
     */
    public final StatementOfApplicability validate() {
        if (!isComplete()) {
            throw new InvalidSoaException(problems());
        }
        return this;
    }

    /**
     * Returns the counts of controls by theme and state, such as 2 organizational controls
     * applicable without a status and 35 undecided in a draft for risk 3.
     *
     * @return the summary, not null
     */
    public final SoaSummary summary() {
        return SoaSummary.of(this);
    }
}
