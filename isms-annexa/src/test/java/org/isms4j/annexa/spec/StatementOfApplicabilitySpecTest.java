package org.isms4j.annexa.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.DecisionState;
import org.isms4j.annexa.soa.GapCheck;
import org.isms4j.annexa.soa.MissedControl;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.annexa.soa.SoaRule;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.risk.Risk;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;

/** docs/method.md#canonical-example to #statement-of-applicability: the SoA of the canonical fixture, pinned. */
class StatementOfApplicabilitySpecTest {

    static final ControlId CLASSIFICATION = ControlId.parse("5.12");
    static final ControlId LABELLING = ControlId.parse("5.13");

    /** The canonical fixture's treatments: risk 3 names 5.12 and 5.13; risks 1 and 2 name no Annex A control. */
    static final Map<Integer, List<ControlId>> TREATMENTS =
            Map.of(1, List.of(), 2, List.of(), 3, List.of(CLASSIFICATION, LABELLING));

    static List<Risk> canonicalRisks() {
        return List.of(
                Risk.newBuilder().number(1).assetNumbers(List.of(9))
                        .riskSource("mobile-device usage rules not established").impactArea("external")
                        .event("loss or theft of important information while carried outside")
                        .lostProperties(SecurityProperty.CONFIDENTIALITY).build(),
                Risk.newBuilder().number(2).assetNumbers(List.of(40))
                        .riskSource("low staff awareness from insufficient education").impactArea("company-wide")
                        .event("misdelivery").lostProperties(SecurityProperty.CONFIDENTIALITY).build(),
                Risk.newBuilder().number(3).assetNumbers(List.of(10, 11, 13, 26, 55))
                        .riskSource("classification and handling of electronic information unclear")
                        .impactArea("external").event("loss or theft of information")
                        .lostProperties(SecurityProperty.CONFIDENTIALITY).build());
    }

    @Test
    void draft_risk3MakesClassificationAndLabellingApplicable() {
        StatementOfApplicability draft = StatementOfApplicability.ofTreatments(TREATMENTS);
        for (ControlId id : List.of(CLASSIFICATION, LABELLING)) {
            Decision decision = draft.find(id).orElseThrow();
            assertThat(decision.isApplicable()).isTrue();
            assertThat(decision.reasonCodes()).containsExactly(ReasonCode.RISK_ASSESSMENT_RESULT);
            assertThat(decision.riskNumbers()).containsExactly(3);
            assertThat(decision.status()).isEmpty();
        }
        assertThat(draft.decisions()).hasSize(2);
        assertThat(draft.undecided()).hasSize(91).doesNotContain(CLASSIFICATION, LABELLING);
        assertThat(draft.isComplete()).isFalse();
        assertThat(draft.problems()).hasSize(91).allMatch(p -> p.rule() == SoaRule.DECIDED);
        assertThat(draft.summary().total(DecisionState.UNDECIDED)).isEqualTo(91);
        assertThat(draft.summary().total(DecisionState.STATUS_NOT_STATED)).isEqualTo(2);
    }

    @Test
    void gapCheck_canonicalRisks() {
        List<MissedControl> missed = GapCheck.missedControls(canonicalRisks(), TREATMENTS);
        // 87 controls preserve confidentiality, which all three risks lose; risk 3 names two of them.
        assertThat(missed).hasSize(85).extracting(MissedControl::controlId).doesNotContain(CLASSIFICATION, LABELLING);
        assertThat(missed).allMatch(m -> m.riskNumbers().equals(java.util.Set.of(1, 2, 3))
                && m.properties().equals(java.util.Set.of(SecurityProperty.CONFIDENTIALITY)));
    }

    /** The canonical risks in English rank as in Japanese: the gap check's words have both languages. */
    @Test
    void gapCheck_canonicalRisksRankAlikeInEnglishAndJapanese() {
        GapCheck english = GapCheck.of(canonicalRisks(), TREATMENTS);
        GapCheck japanese = GapCheck.of(CanonicalFixture.risks(), TREATMENTS);
        for (int risk = 1; risk <= 3; risk++) {
            assertThat(ranked(english, risk)).isEqualTo(ranked(japanese, risk)).hasSize(5);
        }
        assertThat(english.suggestions(1).get(0).reasons(Locale.ENGLISH)).contains("its title contains 'device' of the risk");
    }

    private static List<String> ranked(GapCheck check, int risk) {
        return check.suggestions(risk).stream().map(s -> s.controlId() + " " + s.score()).toList();
    }

    @Test
    void complete_aDecisionForAll93() {
        StatementOfApplicability soa = StatementOfApplicability.ofTreatments(TREATMENTS);
        for (Control control : AnnexA.all()) {
            if (soa.find(control.id()).isEmpty()) {
                soa = soa.with(control.id(), Decision.excluded("対象業務なし", ReasonCode.BUSINESS_REQUIREMENT));
            }
        }
        assertThat(soa.isComplete()).isTrue();
        assertThat(soa.without(ControlId.parse("8.34")).isComplete()).isFalse();
    }

    @Test
    void migration_elevenNewControlsListedForDecision() {
        SoaMigration migration = SoaMigration.of(Map.of());
        assertThat(migration.newControls()).extracting(ControlId::toString).containsExactly("5.7", "5.23", "5.30", "7.4",
                "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28");
    }
}
