package org.isms4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.isms4j.core.Limits;
import org.isms4j.core.selfassessment.Answer;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionPart;
import org.junit.jupiter.api.Test;

/** The fixture is at the limits indeed, whatever the seed: isms-json's round trips rely on it. */
class JsonDocumentsAtTheLimitsTest {

    private static final int MAX = Limits.MAX_TEXT_LENGTH;

    @Test
    void everyKindReachesItsLimits() {
        for (long seed = 0; seed < 2; seed++) {
            JsonDocumentsAtTheLimits limits = JsonDocumentsAtTheLimits.of(seed);
            assertThat(limits.context().issues()).allSatisfy(issue -> assertThat(issue.issue()).hasSize(MAX));
            assertThat(String.join("; ", limits.context().scope().units())).hasSize(MAX);
            assertThat(limits.policy().edition()).isEqualTo(Integer.MAX_VALUE);
            assertThat(limits.policy().date()).isEqualTo(Limits.MAX_DATE);
            assertThat(String.join("; ", limits.policy().objectives())).hasSize(MAX);
            assertThat(limits.roles().assignments()).hasSize(9)
                    .allSatisfy(a -> assertThat(String.join("; ", a.responsibilities())).hasSize(MAX));
            assertThat(limits.effectiveness().records()).extracting(r -> r.objective().number())
                    .containsExactly(1, Integer.MAX_VALUE);
            assertThat(limits.education().period().start()).isEqualTo(Limits.MIN_DATE);
            assertThat(limits.education().period().end()).isEqualTo(Limits.MAX_DATE);
            assertThat(limits.education().comprehensionTest()).isPresent();
            assertThat(limits.auditPlan().slots().get(0).start()).isEqualTo(Limits.MIN_DATE.atStartOfDay());
            assertThat(limits.auditPlan().slots()).anySatisfy(
                    slot -> assertThat(slot.end()).isEqualTo(Limits.MAX_DATE.atTime(LocalTime.MAX)));
            assertThat(String.join("; ", limits.checklist().items().get(0).evidence())).hasSize(MAX);
            assertThat(limits.questionSet().id()).hasSize(MAX);
            assertThat(limits.questionSet().scale().answers()).allSatisfy(a -> assertThat(a.code()).hasSize(MAX))
                    .extracting(Answer::points).contains(Answer.MIN_POINTS, Answer.MAX_POINTS);
            assertThat(limits.questionSet().parts()).extracting(QuestionPart::number)
                    .containsExactly(1, QuestionPart.MAX_NUMBER);
            assertThat(limits.questionSet().questions()).extracting(Question::number)
                    .containsExactly(1, Question.MAX_NUMBER);
            assertThat(limits.questionSet().questions().get(0).measures()).hasSize(Limits.MAX_LIST_SIZE);
            assertThat(limits.result().questionSet()).isEqualTo(limits.questionSet());
            assertThat(limits.migration().iso2013Decisions().values()).anySatisfy(
                    decision -> assertThat(decision.riskNumbers()).hasSize(Limits.MAX_LIST_SIZE));
            assertThat(limits.considerations().list()).hasSize(2);
        }
    }
}
