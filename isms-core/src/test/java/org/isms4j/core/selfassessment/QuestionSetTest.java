package org.isms4j.core.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;

class QuestionSetTest {

    private static final LocalDate DAY = LocalDate.of(2024, 4, 1);

    private static AnswerSheet part1(QuestionSet set, String five) {
        return AnswerSheet.of(set, "山田", "本社", DAY, Map.of(1, "implemented", 2, "implemented", 3, "partly_implemented",
                4, "implemented", 5, five));
    }

    @Test
    void notApplicable_excludedFromTheMaximum_scoresNothingAndLowersTheApplicableMaximum() {
        QuestionSet set = QuestionSets.selfAssessmentPart1().withNotApplicable(NotApplicable.excludedFromMaximum());
        SelfAssessmentResult result = part1(set, Answer.NOT_APPLICABLE_CODE).result();
        // 4 + 4 + 2 + 4 = 14 of the four applicable questions' 16; the maximum stays 20.
        assertThat(result.total()).isEqualTo(14);
        assertThat(result.maximum()).isEqualTo(20);
        assertThat(result.applicableMaximum()).isEqualTo(16);
        assertThat(result.percentOfApplicableMaximum()).contains(new BigDecimal("87.5"));
        assertThat(result.notApplicable()).extracting(ScoredAnswer::number).containsExactly(5);
        assertThat(result.belowTarget()).extracting(ScoredAnswer::number).containsExactly(3);
        assertThat(result.scored(5).points()).isEmpty();
        assertThat(set.notApplicable().orElseThrow().isExcludedFromMaximum()).isTrue();
        assertThat(set.notApplicable().orElseThrow()).hasToString("excluded from the maximum");
    }

    @Test
    void notApplicable_everyQuestionExcluded_hasNoPercentage() {
        QuestionSet set = QuestionSets.cloudOperation().withNotApplicable(NotApplicable.excludedFromMaximum());
        SelfAssessmentResult result = SelfAssessmentGenerators.all(set, Answer.NOT_APPLICABLE_CODE).result();
        assertThat(result.total()).isZero();
        assertThat(result.applicableMaximum()).isZero();
        assertThat(result.percentOfApplicableMaximum()).isEmpty();
    }

    @Test
    void notApplicable_scoredAsAnAnswer_countsAsThatAnswer() {
        QuestionSet set = QuestionSets.selfAssessmentPart1().withNotApplicable(NotApplicable.scoredAs("not_implemented"));
        SelfAssessmentResult result = part1(set, Answer.NOT_APPLICABLE_CODE).result();
        assertThat(result.total()).isEqualTo(14);
        assertThat(result.applicableMaximum()).isEqualTo(20);
        assertThat(result.percentOfApplicableMaximum()).contains(new BigDecimal("70.0"));
        assertThat(result.belowTarget()).extracting(ScoredAnswer::number).containsExactly(3, 5);
        assertThat(result.scored(5).answer().isNotApplicable()).isTrue();
        assertThat(result.scored(5).scoredAs().orElseThrow().code()).isEqualTo("not_implemented");
        assertThat(set.notApplicable().orElseThrow().isExcludedFromMaximum()).isFalse();
        assertThat(set.notApplicable().orElseThrow()).hasToString("scored as not_implemented");
    }

    @Test
    void notApplicable_scoredAsAnAnswerOffTheScale_isRejected() {
        assertThatThrownBy(() -> QuestionSets.selfAssessmentPart1().withNotApplicable(NotApplicable.scoredAs("yes")))
                .isInstanceOf(IsmsException.class).hasMessage("Unknown answer for not applicable in part 1: 'yes' "
                        + "(valid values implemented, partly_implemented, not_implemented, unknown)");
    }

    @Test
    void withoutNotApplicable_percentIsOfTheFullMaximum() {
        SelfAssessmentResult result = part1(QuestionSets.selfAssessmentPart1(), "unknown").result();
        assertThat(result.total()).isEqualTo(13);
        assertThat(result.applicableMaximum()).isEqualTo(result.maximum());
        assertThat(result.percentOfApplicableMaximum()).contains(new BigDecimal("65.0"));
    }

    @Test
    void of_duplicateQuestionNumberAcrossParts_isRejected() {
        QuestionPart one = QuestionPart.of(1, "一", "one", List.of(Question.of(1, "設問", "question")));
        QuestionPart two = QuestionPart.of(2, "二", "two", List.of(Question.of(1, "設問", "question")));
        assertThatThrownBy(() -> QuestionSet.of("s", "1", LocalizedText.ofEnglish("title", "t"),
                AnswerScales.selfAssessment(), List.of(one, two))).isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate question number: 1");
        assertThatThrownBy(() -> QuestionSet.of("s", "1", LocalizedText.ofEnglish("title", "t"),
                AnswerScales.selfAssessment(), List.of(one, one))).hasMessage("Duplicate part number: 1");
        assertThatThrownBy(() -> QuestionSet.of("s", "1", LocalizedText.ofEnglish("title", "t"),
                AnswerScales.selfAssessment(), List.of())).hasMessage("Invalid question set: it has at least one part");
        assertThatThrownBy(() -> QuestionSet.of(" ", "1", LocalizedText.ofEnglish("title", "t"),
                AnswerScales.selfAssessment(), List.of(one)))
                .hasMessage("Invalid value for question set id (must not be blank): ' '");
    }

    @Test
    void of_keepsPartsAndQuestionsInOrderOfNumber() {
        QuestionPart second = QuestionPart.of(2, "二", "two", List.of(Question.of(9, "九", "nine"),
                Question.of(7, "七", "seven")));
        QuestionPart first = QuestionPart.of(1, "一", "one", List.of(Question.of(3, "三", "three")));
        QuestionSet set = QuestionSet.of("s", "1", LocalizedText.ofEnglish("title", "t"), AnswerScales.selfAssessment(),
                List.of(second, first));
        assertThat(set.questions()).extracting(Question::number).containsExactly(3, 7, 9);
        assertThat(set.partOf(7).number()).isEqualTo(2);
        assertThat(set.find(8)).isEmpty();
        assertThat(set.find(9).orElseThrow().text(Locale.JAPANESE)).isEqualTo("九");
        assertThat(set).hasToString("QuestionSet s@1");
    }

    @Test
    void question_annexALinks_areCanonicalAndUnique() {
        Question question = Question.of(3, "パスワード", "passwords").withAnnexA("A.5.17", "8.5");
        assertThat(question.annexA()).containsExactly("5.17", "8.5");
        assertThatThrownBy(() -> question.withAnnexA("5.17", "A.5.17")).isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate Annex A control of question 3: '5.17'");
        assertThatThrownBy(() -> question.withAnnexA("9.1")).hasMessage(
                "Invalid value for Annex A control (a theme 5 - 8 and a number, such as 5.12): '9.1'");
        assertThatThrownBy(() -> question.withMeasures("同じ", "同じ"))
                .hasMessage("Duplicate measure of question 3: '同じ'");
        assertThatThrownBy(() -> Question.of(0, "a", "b"))
                .hasMessage("Invalid value for question number (valid values 1 - 9999): 0");
        assertThat(question).hasToString("3 パスワード");
        assertThat(AnswerScales.selfAssessment().target()).hasToString("implemented (4)");
        assertThatThrownBy(() -> question.withCategory(" "))
                .hasMessage("Invalid value for category (must not be blank): ' '");
    }

    @Test
    void question_textFallsBackToTheOtherLanguage() {
        Question english = Question.of(1, LocalizedText.ofEnglish("question 1", "Back up data"));
        assertThat(english.text(Locale.JAPANESE)).isEqualTo("Back up data");
        Question japanese = Question.of(1, LocalizedText.ofJapanese("question 1", "バックアップ"));
        assertThat(japanese.text(Locale.ENGLISH)).isEqualTo("バックアップ");
        assertThat(japanese.withTargetRoles(TargetRole.TELEWORKER).targetRoles()).containsExactly(TargetRole.TELEWORKER);
        assertThat(TargetRole.ofCode("administrator").getDisplayName(Locale.JAPANESE)).isEqualTo("システム・セキュリティ管理者");
        assertThatThrownBy(() -> TargetRole.ofCode("ceo")).isInstanceOf(IsmsException.class)
                .hasMessage("Unknown target role: 'ceo' (valid values management, administrator, teleworker)");
    }

    @Test
    void answerScale_rules() {
        Answer good = Answer.of("good", "良", "good", 2);
        Answer bad = Answer.of("bad", "悪", "bad", 0);
        assertThatThrownBy(() -> AnswerScale.of(List.of(bad, good))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid answer scale: 'good' (2 points) follows the worse-scoring 'bad' (0 points); "
                        + "points never rise from the best answer to the worst");
        assertThatThrownBy(() -> AnswerScale.of(List.of(good, good))).hasMessage("Duplicate answer code: 'good'");
        assertThatThrownBy(() -> AnswerScale.of(List.of(good))).hasMessage(
                "Invalid answer scale: it has at least 2 answers, not 1");
        assertThatThrownBy(() -> AnswerScale.of(List.of(good, bad), "good")).hasMessage(
                "Invalid answer scale: the unknown answer 'good' cannot be the first, the target");
        assertThatThrownBy(() -> AnswerScale.of(List.of(good, bad), "maybe")).hasMessage(
                "Unknown answer code for 'unknown': 'maybe' (valid values good, bad)");
        assertThatThrownBy(() -> AnswerScale.of(List.of(good, Answer.notApplicable()))).hasMessage(
                "Invalid answer scale: 'not_applicable' is admitted by a question set, not put on a scale");
        assertThatThrownBy(() -> Answer.of("not_applicable", "該当しない", "n/a", 0)).hasMessage(
                "Invalid value for answer code (reserved for the not-applicable answer): 'not_applicable'");
        assertThatThrownBy(() -> Answer.of("x", "x", "x", 101)).hasMessage(
                "Invalid value for answer points (valid values -100 - 100): 101");
        AnswerScale scale = AnswerScales.selfAssessment();
        assertThat(scale.unknown().orElseThrow().code()).isEqualTo("unknown");
        Answer foreignUnknown = Answer.of("unknown", "分からない", "don't know", -2);
        assertThat(scale.isUnknown(foreignUnknown)).isFalse();
        assertThat(scale.contains(foreignUnknown)).isFalse();
        assertThat(AnswerScale.of(List.of(good, bad)).unknown()).isEmpty();
        assertThat(scale.weaker(scale.find("unknown").get(), scale.find("not_implemented").get()).code())
                .isEqualTo("unknown");
        assertThat(scale.isBelowTarget(scale.target())).isFalse();
        assertThatThrownBy(() -> scale.weaker(good, scale.target())).hasMessage(
                "Unknown answer: 'good' (valid values implemented, partly_implemented, not_implemented, unknown)");
    }

    @Test
    void choices_areLetteredAnswers() {
        assertThat(AnswerScales.choices("A", "B", "C").codes()).isEqualTo("a, b, c");
        assertThat(AnswerScales.choices("A", "Z").codes()).isEqualTo("a, z");
        assertThatThrownBy(() -> AnswerScales.choices("A", "[")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for choice (one letter A - Z): '['");
        assertThatThrownBy(() -> AnswerScales.choices("@", "A")).hasMessage(
                "Invalid value for choice (one letter A - Z): '@'");
        assertThat(AnswerScales.trueFalse().find("false").orElseThrow().getDisplayName(Locale.JAPANESE)).isEqualTo("×");
        assertThatThrownBy(() -> AnswerScales.choices("A", "BB")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for choice (one letter A - Z): 'BB'");
    }

    @Test
    void question_repeatedTargetRole_isRefusedNotMerged() {
        assertThatThrownBy(() -> Question.of(1, "設問", "question").withTargetRoles(TargetRole.TELEWORKER,
                TargetRole.TELEWORKER))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate target role: 'teleworker'");
        assertThat(Question.of(1, "設問", "question").withTargetRoles(TargetRole.TELEWORKER).targetRoles())
                .containsExactly(TargetRole.TELEWORKER);
    }
}
