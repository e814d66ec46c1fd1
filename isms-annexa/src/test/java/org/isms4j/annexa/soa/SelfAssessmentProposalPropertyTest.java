package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.isms4j.annexa.ControlId;
import org.isms4j.core.selfassessment.Answer;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.core.selfassessment.SelfAssessmentResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The proposal over every sheet of the bundled examples: 4^5 = 1024 for Part 1, 4^4 = 256 for the cloud checklist. */
class SelfAssessmentProposalPropertyTest {

    static Stream<QuestionSet> sets() {
        return Stream.of(QuestionSets.selfAssessmentPart1(), QuestionSets.cloudOperation());
    }

    static List<SelfAssessmentResult> everySheet(QuestionSet set) {
        List<SelfAssessmentResult> results = new ArrayList<>();
        {
            List<Answer> scale = set.scale().answers();
            int questions = set.questions().size();
            int sheets = (int) Math.pow(scale.size(), questions);
            for (int n = 0; n < sheets; n++) {
                Map<Integer, String> answers = new TreeMap<>();
                int rest = n;
                for (Question question : set.questions()) {
                    answers.put(question.number(), scale.get(rest % scale.size()).code());
                    rest /= scale.size();
                }
                results.add(AnswerSheet.of(set, "山田", "本社", LocalDate.of(2024, 4, 1), answers).result());
            }
        }
        return results;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void proposal_followsTheAnswers_andConfirmingItAllChangesOnlyItsControls(QuestionSet set) {
        List<SelfAssessmentResult> results = everySheet(set);
        assertThat(results).hasSize((int) Math.pow(4, set.questions().size()));
        for (SelfAssessmentResult result : results) {
            assertProposalFollows(result);
        }
    }

    private static void assertProposalFollows(SelfAssessmentResult result) {
        SelfAssessmentProposal proposal = SelfAssessmentProposal.of(result);
        Set<ControlId> linked = new HashSet<>();
        for (Question question : result.questionSet().questions()) {
            for (String id : question.annexA()) {
                ControlId control = ControlId.parse(id);
                linked.add(control);
                boolean unknown = result.questionSet().questions().stream()
                        .filter(q -> q.annexA().contains(id)).anyMatch(q -> result.scored(q.number()).isUnknown());
                assertThat(proposal.unresolved().contains(control)).as("%s unresolved for %s", id, result.answers())
                        .isEqualTo(unknown);
                assertThat(proposal.statuses().containsKey(control)).as("%s proposed for %s", id, result.answers())
                        .isNotEqualTo(unknown);
            }
        }
        assertThat(proposal.questions().keySet()).containsExactlyInAnyOrderElementsOf(linked);
        StatementOfApplicability soa = proposal.confirm(StatementOfApplicability.empty(), proposal.statuses().keySet());
        assertThat(soa.decisions().keySet()).containsExactlyElementsOf(proposal.statuses().keySet());
        proposal.statuses().forEach((id, status) -> assertThat(soa.find(id).orElseThrow().status()).contains(status));
        assertThat(proposal.changes(soa)).isEmpty();
    }
}
