package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.UnknownControlException;
import org.isms4j.core.IsmsException;
import org.isms4j.core.selfassessment.AnswerScales;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.LocalizedText;
import org.isms4j.core.selfassessment.NotApplicable;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionPart;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.core.selfassessment.SelfAssessmentResult;
import org.junit.jupiter.api.Test;

class SelfAssessmentProposalTest {

    private static final LocalDate DAY = LocalDate.of(2024, 4, 1);

    private static ControlId id(String text) {
        return ControlId.parse(text);
    }

    /** Part 1: 1 → 8.8, 2 → 8.7, 3 → 5.17 and 8.5, 4 → 5.15 and 8.3, 5 → 5.7 and 6.3. */
    private static SelfAssessmentResult part1() {
        return AnswerSheet.of(QuestionSets.selfAssessmentPart1(), "山田", "本社", DAY, Map.of(1, "implemented", 2,
                "partly_implemented", 3, "not_implemented", 4, "implemented", 5, "unknown")).result();
    }

    @Test
    void of_proposesAStatusPerLinkedControl_andLeavesUnknownOnesUnresolved() {
        SelfAssessmentProposal proposal = SelfAssessmentProposal.of(part1());
        assertThat(proposal.statuses()).containsExactly(Map.entry(id("5.15"), ImplementationStatus.IMPLEMENTED),
                Map.entry(id("5.17"), ImplementationStatus.NOT_IMPLEMENTED),
                Map.entry(id("8.3"), ImplementationStatus.IMPLEMENTED),
                Map.entry(id("8.5"), ImplementationStatus.NOT_IMPLEMENTED),
                Map.entry(id("8.7"), ImplementationStatus.PARTIALLY_IMPLEMENTED),
                Map.entry(id("8.8"), ImplementationStatus.IMPLEMENTED));
        assertThat(proposal.unresolved()).containsExactly(id("5.7"), id("6.3"));
        assertThat(proposal.questions().get(id("5.17"))).containsExactly(3);
    }

    @Test
    void of_controlLinkedByQuestionsThatDisagree_isPartiallyImplemented() {
        SelfAssessmentResult result = AnswerSheet.of(QuestionSets.cloudOperation(), "山田", "本社", DAY, Map.of(1,
                "implemented", 2, "implemented", 3, "implemented", 4, "implemented")).result();
        QuestionSet both = QuestionSet.of("two", "1", LocalizedText.ofEnglish("title", "two"),
                AnswerScales.selfAssessment(), List.of(QuestionPart.of(1, "一", "one", List.of(
                        Question.of(1, "a", "a").withAnnexA("8.13"), Question.of(2, "b", "b").withAnnexA("8.13")))));
        SelfAssessmentResult disagree = AnswerSheet.of(both, "山田", "本社", DAY, Map.of(1, "implemented", 2,
                "not_implemented")).result();
        assertThat(SelfAssessmentProposal.of(disagree).statuses()).containsExactly(
                Map.entry(id("8.13"), ImplementationStatus.PARTIALLY_IMPLEMENTED));
        assertThat(SelfAssessmentProposal.of(result).statuses().values()).containsOnly(ImplementationStatus.IMPLEMENTED);
        QuestionSet excluded = both.withNotApplicable(NotApplicable.excludedFromMaximum());
        SelfAssessmentResult notApplicable = AnswerSheet.of(excluded, "山田", "本社", DAY, Map.of(1, "not_applicable", 2,
                "not_applicable")).result();
        assertThat(SelfAssessmentProposal.of(notApplicable).statuses()).isEmpty();
    }

    @Test
    void of_linkToAnIdOutsideTheCatalogue_isRejected() {
        QuestionSet set = QuestionSet.of("s", "1", LocalizedText.ofEnglish("title", "s"), AnswerScales.selfAssessment(),
                List.of(QuestionPart.of(1, "一", "one", List.of(Question.of(1, "a", "a").withAnnexA("5.99")))));
        SelfAssessmentResult result = AnswerSheet.of(set, "山田", "本社", DAY, Map.of(1, "implemented")).result();
        assertThatThrownBy(() -> SelfAssessmentProposal.of(result)).isInstanceOf(UnknownControlException.class)
                .hasMessageStartingWith("Unknown Annex A control: '5.99'");
    }

    @Test
    void confirm_setsOnlyTheConfirmedStatuses_andKeepsTheRestOfEachDecision() {
        StatementOfApplicability soa = StatementOfApplicability.empty()
                .with(id("8.7"), Decision.applicable("マルウェア対策", ReasonCode.BEST_PRACTICE)
                        .withStatus(ImplementationStatus.IMPLEMENTED).withDocuments("C-05 マルウェア対策手順"))
                .with(id("8.8"), Decision.applicable("脆弱性管理", ReasonCode.BEST_PRACTICE)
                        .withStatus(ImplementationStatus.IMPLEMENTED))
                .with(id("5.17"), Decision.excluded("対象外"));
        SelfAssessmentProposal proposal = SelfAssessmentProposal.of(part1());
        assertThat(proposal.changes(soa)).containsExactly(id("5.15"), id("5.17"), id("8.3"), id("8.5"), id("8.7"));
        StatementOfApplicability confirmed = proposal.confirm(soa, List.of(id("8.7"), id("5.15")));
        Decision malware = confirmed.find(id("8.7")).orElseThrow();
        assertThat(malware.status()).contains(ImplementationStatus.PARTIALLY_IMPLEMENTED);
        assertThat(malware.documents()).containsExactly("C-05 マルウェア対策手順");
        assertThat(malware.reason()).isEqualTo("マルウェア対策");
        assertThat(confirmed.find(id("5.15")).orElseThrow().status()).contains(ImplementationStatus.IMPLEMENTED);
        assertThat(confirmed.problems()).contains(SoaProblem.of(id("5.15"), SoaRule.INCLUSION_REASON));
        assertThat(confirmed.find(id("8.3"))).isEmpty();
        assertThat(confirmed.find(id("8.8"))).isEqualTo(soa.find(id("8.8")));
        assertThat(proposal.confirm(soa, List.of())).isSameAs(soa);
    }

    @Test
    void confirm_rejectsExcludedControls_andControlsWithoutAProposal() {
        StatementOfApplicability soa = StatementOfApplicability.empty().with(id("5.17"), Decision.excluded("対象外"));
        SelfAssessmentProposal proposal = SelfAssessmentProposal.of(part1());
        assertThatThrownBy(() -> proposal.confirm(soa, List.of(id("5.17")))).isInstanceOf(IsmsException.class)
                .hasMessage("Control 5.17 is excluded in the SoA; the self-assessment proposes not_implemented, which "
                        + "an excluded control cannot have");
        assertThatThrownBy(() -> proposal.confirm(soa, List.of(id("5.7"))))
                .hasMessage("Control 5.7 has no proposed status: a linked question is answered unknown");
        assertThatThrownBy(() -> proposal.confirm(soa, List.of(id("5.1")))).hasMessage("Control 5.1 has no proposed status");
    }
}
