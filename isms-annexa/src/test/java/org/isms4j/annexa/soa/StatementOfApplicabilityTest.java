package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;

class StatementOfApplicabilityTest {

    static final ControlId CLASSIFICATION = ControlId.parse("5.12");
    static final ControlId LABELLING = ControlId.parse("5.13");

    static StatementOfApplicability complete() {
        Map<ControlId, Decision> decisions = new HashMap<>();
        for (Control control : AnnexA.all()) {
            decisions.put(control.id(), control.isNewIn2022()
                    ? Decision.excluded("対象業務なし", ReasonCode.BUSINESS_REQUIREMENT)
                    : Decision.applicable("", ReasonCode.BEST_PRACTICE).withStatus(ImplementationStatus.IMPLEMENTED));
        }
        return StatementOfApplicability.of(decisions);
    }

    @Test
    void packageInfo_workedExample() {
        ControlId classification = ControlId.parse("5.12");
        ControlId labelling = ControlId.parse("5.13");
        StatementOfApplicability draft = StatementOfApplicability.ofTreatments(
                Map.of(1, List.of(), 2, List.of(), 3, List.of(classification, labelling)));
        Decision decision = draft.find(classification).orElseThrow();
        assertThat(decision.reasonCodes()).containsExactly(ReasonCode.RISK_ASSESSMENT_RESULT);
        assertThat(decision.riskNumbers()).containsExactly(3);
        assertThat(draft.undecided()).hasSize(91);
        assertThat(draft.isComplete()).isFalse();
    }

    @Test
    void empty_everyControlUndecided() {
        StatementOfApplicability empty = StatementOfApplicability.empty();
        assertThat(empty.decisions()).isEmpty();
        assertThat(empty.undecided()).hasSize(93);
        assertThat(empty.problems()).hasSize(93).allMatch(p -> p.rule() == SoaRule.DECIDED);
        assertThat(empty.isComplete()).isFalse();
        assertThat(empty.state(CLASSIFICATION)).isEqualTo(DecisionState.UNDECIDED);
        assertThat(StatementOfApplicability.of(Map.of())).isEqualTo(empty);
    }

    @Test
    void complete_validates() {
        StatementOfApplicability soa = complete();
        assertThat(soa.isComplete()).isTrue();
        assertThat(soa.problems()).isEmpty();
        assertThat(soa.validate()).isSameAs(soa);
        assertThat(soa.undecided()).isEmpty();
    }

    @Test
    void problems_excludedWithoutReason() {
        StatementOfApplicability soa = complete().with(CLASSIFICATION, Decision.excluded(""));
        assertThat(soa.problems()).containsExactly(SoaProblem.of(CLASSIFICATION, SoaRule.EXCLUSION_REASON));
        assertThat(soa.isComplete()).isFalse();
    }

    @Test
    void problems_excludedWithStatus() {
        StatementOfApplicability soa = complete().with(CLASSIFICATION,
                Decision.excluded("x").withStatus(ImplementationStatus.PARTIALLY_IMPLEMENTED));
        assertThat(soa.problems()).containsExactly(SoaProblem.of(CLASSIFICATION, SoaRule.NO_STATUS_WHEN_EXCLUDED));
    }

    @Test
    void problems_applicableWithoutReason() {
        StatementOfApplicability soa = complete().with(LABELLING,
                Decision.of(Applicability.APPLICABLE).withStatus(ImplementationStatus.IMPLEMENTED));
        assertThat(soa.problems()).containsExactly(SoaProblem.of(LABELLING, SoaRule.INCLUSION_REASON));
    }

    @Test
    void problems_applicableWithoutStatusIsComplete() {
        StatementOfApplicability soa = complete().with(LABELLING, Decision.applicable("x"));
        assertThat(soa.isComplete()).isTrue();
        assertThat(soa.state(LABELLING)).isEqualTo(DecisionState.STATUS_NOT_STATED);
    }

    @Test
    void problems_inDocumentOrder() {
        StatementOfApplicability soa = complete().without(ControlId.parse("8.1"))
                .with(ControlId.parse("5.10"), Decision.excluded("").withStatus(ImplementationStatus.IMPLEMENTED))
                .without(ControlId.parse("5.2"));
        assertThat(soa.problems()).containsExactly(SoaProblem.of(ControlId.parse("5.2"), SoaRule.DECIDED),
                SoaProblem.of(ControlId.parse("5.10"), SoaRule.EXCLUSION_REASON),
                SoaProblem.of(ControlId.parse("5.10"), SoaRule.NO_STATUS_WHEN_EXCLUDED),
                SoaProblem.of(ControlId.parse("8.1"), SoaRule.DECIDED));
    }

    @Test
    void validate_throwsKeepingProblems() {
        StatementOfApplicability soa = complete().without(CLASSIFICATION).with(LABELLING, Decision.excluded(""));
        assertThatThrownBy(soa::validate)
                .isInstanceOf(InvalidSoaException.class)
                .isInstanceOf(IsmsException.class)
                .hasMessage("Incomplete Statement of Applicability (2 problems): Control 5.12 has no decision: "
                        + "every control is applicable or excluded")
                .extracting(e -> ((InvalidSoaException) e).problems())
                .isEqualTo(soa.problems());
    }

    @Test
    void with_replacesAndKeepsOrder() {
        Decision decision = Decision.applicable("x");
        StatementOfApplicability soa = StatementOfApplicability.empty().with(ControlId.parse("5.10"), decision)
                .with(ControlId.parse("5.2"), decision);
        assertThat(soa.decisions().keySet()).extracting(ControlId::toString).containsExactly("5.2", "5.10");
        assertThat(soa.with(ControlId.parse("5.2"), decision)).isSameAs(soa);
        assertThat(soa.with(ControlId.parse("5.2"), Decision.excluded("y")).find(ControlId.parse("5.2")))
                .contains(Decision.excluded("y"));
        assertThat(soa.without(CLASSIFICATION)).isSameAs(soa);
        assertThat(soa.without(ControlId.parse("5.2")).decisions()).hasSize(1);
        assertThatThrownBy(() -> soa.decisions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofTreatments_mergesRisksPerControl() {
        StatementOfApplicability draft = StatementOfApplicability.ofTreatments(Map.of(
                3, List.of(CLASSIFICATION, LABELLING), 7, Set.of(CLASSIFICATION), 8, List.of()));
        assertThat(draft.find(CLASSIFICATION).orElseThrow().riskNumbers()).containsExactly(3, 7);
        assertThat(draft.find(LABELLING).orElseThrow().riskNumbers()).containsExactly(3);
        assertThat(draft.decisions()).hasSize(2);
        assertThat(draft.find(CLASSIFICATION).orElseThrow())
                .isEqualTo(Decision.applicable("", ReasonCode.RISK_ASSESSMENT_RESULT).withRiskNumbers(3, 7));
        assertThat(StatementOfApplicability.ofTreatments(Map.of())).isEqualTo(StatementOfApplicability.empty());
    }

    @Test
    void ofTreatments_badInput() {
        assertThatThrownBy(() -> StatementOfApplicability.ofTreatments(Map.of(0, List.of(CLASSIFICATION))))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for risk number (valid values 1 - 2147483647): 0");
        assertThatThrownBy(() -> StatementOfApplicability.ofTreatments(null))
                .isInstanceOf(NullPointerException.class).hasMessage("controlsByRisk");
        Map<Integer, List<ControlId>> nullValue = new HashMap<>();
        nullValue.put(1, null);
        assertThatThrownBy(() -> StatementOfApplicability.ofTreatments(nullValue))
                .isInstanceOf(NullPointerException.class).hasMessage("controlsByRisk value");
        List<ControlId> nullElement = new ArrayList<>();
        nullElement.add(null);
        assertThatThrownBy(() -> StatementOfApplicability.ofTreatments(Map.of(1, nullElement)))
                .isInstanceOf(NullPointerException.class).hasMessage("controlsByRisk element");
    }

    @Test
    void nulls_namedParameters() {
        StatementOfApplicability soa = StatementOfApplicability.empty();
        assertThatThrownBy(() -> StatementOfApplicability.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("decisions");
        assertThatThrownBy(() -> soa.find(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> soa.state(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> soa.with(null, Decision.applicable("x"))).isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> soa.with(CLASSIFICATION, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("decision");
        assertThatThrownBy(() -> soa.without(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }

    /** The rules, restated independently of the implementation. */
    private static boolean oracleComplete(List<Optional<Decision>> decisions) {
        for (Optional<Decision> maybe : decisions) {
            if (maybe.isEmpty()) {
                return false;
            }
            Decision decision = maybe.get();
            boolean reason = !decision.reason().isBlank() || !decision.reasonCodes().isEmpty();
            if (!reason || decision.applicability() == Applicability.EXCLUDED && decision.status().isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static int oracleProblems(List<Optional<Decision>> decisions) {
        int problems = 0;
        for (Optional<Decision> maybe : decisions) {
            if (maybe.isEmpty()) {
                problems++;
                continue;
            }
            Decision decision = maybe.get();
            boolean reason = !decision.reason().isBlank() || !decision.reasonCodes().isEmpty();
            problems += reason ? 0 : 1;
            problems += decision.applicability() == Applicability.EXCLUDED && decision.status().isPresent() ? 1 : 0;
        }
        return problems;
    }

    @Test
    void isComplete_acceptsExactlyCompleteAndConsistentDecisions() {
        int[] complete = {0};
        qt().forAll(SoaGenerators.nearlyCompleteSoa()).checkAssert(decisions -> {
            StatementOfApplicability soa = SoaGenerators.toSoa(decisions);
            boolean expected = oracleComplete(decisions);
            assertThat(soa.isComplete()).isEqualTo(expected);
            assertThat(soa.problems()).hasSize(oracleProblems(decisions));
            if (expected) {
                complete[0]++;
                assertThat(soa.validate()).isSameAs(soa);
            } else {
                assertThatThrownBy(soa::validate).isInstanceOf(InvalidSoaException.class);
            }
        });
        assertThat(complete[0]).as("generated complete SoAs").isPositive();
    }

    @Test
    void isComplete_anyDecisions() {
        qt().withExamples(300).forAll(SoaGenerators.anySoa()).checkAssert(decisions -> {
            StatementOfApplicability soa = SoaGenerators.toSoa(decisions);
            assertThat(soa.isComplete()).isEqualTo(oracleComplete(decisions));
            assertThat(soa.problems()).hasSize(oracleProblems(decisions));
            assertThat(soa.summary().total()).isEqualTo(93);
            assertThat(soa.summary().total(DecisionState.UNDECIDED)).isEqualTo(soa.undecided().size());
        });
    }
}
