package org.isms4j.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isms4j.core.IsmsException;
import org.isms4j.core.selfassessment.AnswerKey;
import org.isms4j.core.selfassessment.AnswerScales;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.LocalizedText;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionPart;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.TestAttempt;
import org.isms4j.core.selfassessment.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The comprehension test 理解度確認テスト (ch. 13, 7.2): 10 questions × 10 points, five multiple
 * choice (A / B / C) and five ○ / ×, pass mark 100, retaken until passed.
 */
class ComprehensionTestSpecTest {

    /** The course's key: C, C, A, A, B, then ○, ○, ○, ○, ×. */
    static final Map<Integer, String> KEY = Map.of(1, "c", 2, "c", 3, "a", 4, "a", 5, "b", 6, "true", 7, "true",
            8, "true", 9, "true", 10, "false");

    static QuestionSet test() {
        List<Question> choice = new ArrayList<>();
        List<Question> trueFalse = new ArrayList<>();
        for (int q = 1; q <= 5; q++) {
            choice.add(Question.of(q, LocalizedText.ofJapanese("question " + q, "選択問題" + q)));
            trueFalse.add(Question.of(q + 5, LocalizedText.ofJapanese("question " + (q + 5), "正誤問題" + (q + 5))));
        }
        return QuestionSet.of("isms-training-test", "2024", LocalizedText.ofJapanese("title", "ISMS教育 確認テスト"),
                AnswerScales.trueFalse(), List.of(
                        QuestionPart.of(1, "選択問題", "multiple choice", choice).withScale(AnswerScales.choices("A", "B", "C")),
                        QuestionPart.of(2, "正誤問題", "true or false", trueFalse)));
    }

    static AnswerSheet sitting(QuestionSet set, LocalDate date, int... wrong) {
        Map<Integer, String> answers = new TreeMap<>(KEY);
        for (int q : wrong) {
            answers.put(q, q <= 5 ? (KEY.get(q).equals("a") ? "b" : "a") : (KEY.get(q).equals("true") ? "false" : "true"));
        }
        return AnswerSheet.of(set, "山田", "営業部", date, answers);
    }

    @Test
    void tenQuestionsTimesTenPoints_is100_andThePassMarkIs100() {
        AnswerKey key = AnswerKey.of(test(), KEY, 10, 100);
        assertThat(key.questionSet().questions()).hasSize(10);
        assertThat(key.maximum()).isEqualTo(100);
        TestAttempt perfect = key.score(sitting(key.questionSet(), LocalDate.of(2024, 4, 10)));
        assertThat(perfect.score()).isEqualTo(100);
        assertThat(perfect.isPassed()).isTrue();
        TestAttempt oneWrong = key.score(sitting(key.questionSet(), LocalDate.of(2024, 4, 10), 10));
        assertThat(oneWrong.score()).isEqualTo(90);
        assertThat(oneWrong.isPassed()).isFalse();
        assertThat(oneWrong.incorrect()).containsExactly(10);
    }

    @Test
    void retakes_areRecordedUntilAPass() {
        AnswerKey key = AnswerKey.of(test(), KEY, 10, 100);
        QuestionSet set = key.questionSet();
        TestRecord record = TestRecord.of(key, "山田")
                .withAttempt(sitting(set, LocalDate.of(2024, 4, 10), 3, 10))
                .withAttempt(sitting(set, LocalDate.of(2024, 4, 17), 10));
        assertThat(record.isPassed()).isFalse();
        TestRecord passed = record.withAttempt(sitting(set, LocalDate.of(2024, 4, 24)));
        assertThat(passed.attempts()).extracting(TestAttempt::score).containsExactly(80, 90, 100);
        assertThat(passed.retakes()).isEqualTo(2);
        assertThat(passed.passedOn()).contains(LocalDate.of(2024, 4, 24));
        assertThatThrownBy(() -> passed.withAttempt(sitting(set, LocalDate.of(2024, 5, 1))))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid test record of '山田': the test was passed on "
                        + "2024-04-24; there is no retake after a pass");
    }
}
