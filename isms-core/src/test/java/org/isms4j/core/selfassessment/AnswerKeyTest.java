package org.isms4j.core.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;

class AnswerKeyTest {

    private static final QuestionSet QUIZ = QuestionSet.of("quiz", "1", LocalizedText.ofEnglish("title", "quiz"),
            AnswerScales.trueFalse(), List.of(QuestionPart.of(1, "正誤", "true or false",
                    List.of(Question.of(1, "一", "one"), Question.of(2, "二", "two")))));

    private static AnswerSheet sheet(String person, LocalDate date, String one, String two) {
        return AnswerSheet.of(QUIZ, person, "営業部", date, Map.of(1, one, 2, two));
    }

    @Test
    void key_rules() {
        assertThatThrownBy(() -> AnswerKey.of(QUIZ, Map.of(1, "true"), 50, 100)).isInstanceOf(IsmsException.class)
                .hasMessage("Missing answer key for question 2 of QuestionSet quiz@1");
        assertThatThrownBy(() -> AnswerKey.of(QUIZ, Map.of(1, "true", 2, "maybe"), 50, 100))
                .hasMessage("Invalid answer to question 2 (valid values true, false): 'maybe'");
        assertThatThrownBy(() -> AnswerKey.of(QUIZ, Map.of(1, "true", 2, "true"), 50, 101))
                .hasMessage("Invalid value for pass mark (valid values 0 - 100): 101");
        assertThatThrownBy(() -> AnswerKey.of(QUIZ, Map.of(1, "true", 2, "true"), -1, 0))
                .hasMessage("Invalid value for points (valid values 0 - 100): -1");
        assertThatThrownBy(() -> AnswerKey.of(QUIZ, Map.of(1, "true", 2, "true"), Map.of(1, 30, 2, 30, 3, 40), 50))
                .hasMessage("Unknown question number: 3");
        AnswerKey weighted = AnswerKey.of(QUIZ, Map.of(1, "true", 2, "false"), Map.of(1, 30, 2, 70), 70);
        assertThat(weighted.maximum()).isEqualTo(100);
        assertThat(weighted.score(sheet("山田", LocalDate.of(2024, 4, 1), "false", "false")).isPassed()).isTrue();
        assertThat(weighted.score(sheet("山田", LocalDate.of(2024, 4, 1), "true", "true")).score()).isEqualTo(30);
    }

    @Test
    void record_rules() {
        AnswerKey key = AnswerKey.of(QUIZ, Map.of(1, "true", 2, "false"), 50, 100);
        TestRecord record = TestRecord.of(key, "山田").withAttempt(sheet("山田", LocalDate.of(2024, 4, 10), "true",
                "true"));
        assertThatThrownBy(() -> record.withAttempt(sheet("田中", LocalDate.of(2024, 4, 11), "true", "false")))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid test record of '山田': the attempt on 2024-04-11 is by '田中'");
        assertThatThrownBy(() -> record.withAttempt(sheet("山田", LocalDate.of(2024, 4, 9), "true", "false")))
                .hasMessage("Invalid test record of '山田': the attempt on 2024-04-09 is before the one on 2024-04-10");
        assertThat(TestRecord.of(key, "山田").isPassed()).isFalse();
        assertThat(TestRecord.of(key, "山田").passedOn()).isEmpty();
        assertThat(record.retakes()).isZero();
        AnswerSheet other = SelfAssessmentGenerators.all(QuestionSets.cloudOperation(), "implemented");
        assertThatThrownBy(() -> key.score(other)).hasMessage("Invalid test attempt: the sheet answers "
                + "QuestionSet ipa-cloud-checklist-operation-example@1, the key is of QuestionSet quiz@1");
    }
}
