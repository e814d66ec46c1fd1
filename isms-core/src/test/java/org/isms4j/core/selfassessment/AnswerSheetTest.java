package org.isms4j.core.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;

class AnswerSheetTest {

    private static final QuestionSet SET = QuestionSets.selfAssessmentPart1();
    private static final LocalDate DAY = LocalDate.of(2024, 4, 1);

    private static Map<Integer, String> allImplemented() {
        Map<Integer, String> answers = new HashMap<>();
        for (int q = 1; q <= 5; q++) {
            answers.put(q, "implemented");
        }
        return answers;
    }

    @Test
    void of_keepsWhoAnsweredAndTheAnswers() {
        AnswerSheet sheet = AnswerSheet.of(SET, "山田", "営業部", DAY, allImplemented());
        assertThat(sheet.respondent()).isEqualTo("山田");
        assertThat(sheet.department()).isEqualTo("営業部");
        assertThat(sheet.answered()).isEqualTo(DAY);
        assertThat(sheet.answerTo(3).code()).isEqualTo("implemented");
        assertThat(sheet.answers()).containsOnlyKeys(1, 2, 3, 4, 5);
    }

    @Test
    void of_skippedQuestion_namesIt() {
        Map<Integer, String> answers = allImplemented();
        answers.remove(4);
        assertThatThrownBy(() -> AnswerSheet.of(SET, "山田", "営業部", DAY, answers))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Missing answer to question 4 of QuestionSet ipa-self-assessment-part1-example@1");
        answers.remove(2);
        assertThatThrownBy(() -> AnswerSheet.of(SET, "山田", "営業部", DAY, answers))
                .hasMessage("Missing answer to questions 2, 4 of QuestionSet ipa-self-assessment-part1-example@1");
    }

    @Test
    void builder_repeatedQuestion_namesIt() {
        AnswerSheet.SheetBuilder builder = AnswerSheet.builder(SET, "山田", "営業部", DAY).answer(3, "implemented");
        assertThatThrownBy(() -> builder.answer(3, "unknown")).isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate answer to question 3: 'implemented' and 'unknown'");
    }

    @Test
    void of_answerOutsideTheScale_namesTheQuestionAndTheValidAnswers() {
        Map<Integer, String> answers = allImplemented();
        answers.put(2, "yes");
        assertThatThrownBy(() -> AnswerSheet.of(SET, "山田", "営業部", DAY, answers))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid answer to question 2 (valid values implemented, "
                        + "partly_implemented, not_implemented, unknown): 'yes'");
    }

    @Test
    void of_notApplicable_isOutsideTheScaleUnlessTheSetAdmitsIt() {
        Map<Integer, String> answers = allImplemented();
        answers.put(5, Answer.NOT_APPLICABLE_CODE);
        assertThatThrownBy(() -> AnswerSheet.of(SET, "山田", "営業部", DAY, answers))
                .hasMessage("Invalid answer to question 5 (valid values implemented, partly_implemented, "
                        + "not_implemented, unknown): 'not_applicable'");
        QuestionSet admitting = SET.withNotApplicable(NotApplicable.excludedFromMaximum());
        assertThat(AnswerSheet.of(admitting, "山田", "営業部", DAY, answers).answerTo(5).isNotApplicable()).isTrue();
    }

    @Test
    void of_questionTheSetDoesNotHave_namesIt() {
        Map<Integer, String> answers = allImplemented();
        answers.put(26, "implemented");
        assertThatThrownBy(() -> AnswerSheet.of(SET, "山田", "営業部", DAY, answers))
                .isInstanceOf(IsmsException.class).hasMessage("Unknown question number: 26");
    }

    @Test
    void of_echoedAnswer_isEscapedAndCutShort() {
        Map<Integer, String> answers = allImplemented();
        answers.put(1, "it's\nfine " + "x".repeat(60));
        assertThatThrownBy(() -> AnswerSheet.of(SET, "山田", "営業部", DAY, answers))
                .hasMessageEndingWith("): 'it's\\u000afine " + "x".repeat(30) + "…'");
    }

    @Test
    void of_echoedAnswerOfExactlyTheLimit_isNotCut() {
        Map<Integer, String> answers = allImplemented();
        answers.put(1, "y".repeat(40));
        assertThatThrownBy(() -> AnswerSheet.of(SET, "山田", "営業部", DAY, answers))
                .hasMessageEndingWith("): '" + "y".repeat(40) + "'");
    }

    @Test
    void of_blankRespondentOrDepartment_isRejected() {
        assertThatThrownBy(() -> AnswerSheet.of(SET, " ", "営業部", DAY, allImplemented()))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid value for respondent (must not be blank): ' '");
        assertThatThrownBy(() -> AnswerSheet.of(SET, "山田", "", DAY, allImplemented()))
                .hasMessage("Invalid value for department (must not be blank): ''");
        assertThatThrownBy(() -> AnswerSheet.of(SET, "山田", "営業部", null, allImplemented()))
                .isInstanceOf(NullPointerException.class).hasMessage("answered");
    }

    @Test
    void withAnswer_changesOneAnswer_andChecksIt() {
        AnswerSheet sheet = AnswerSheet.of(SET, "山田", "営業部", DAY, allImplemented());
        assertThat(sheet.withAnswer(2, "implemented")).isSameAs(sheet);
        assertThat(sheet.withAnswer(2, "unknown").result().total()).isEqualTo(15);
        assertThatThrownBy(() -> sheet.withAnswer(2, "maybe")).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid answer to question 2 ");
        assertThatThrownBy(() -> sheet.answerTo(9)).hasMessage("Unknown question number: 9");
    }
}
