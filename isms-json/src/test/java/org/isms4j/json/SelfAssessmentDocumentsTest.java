package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isms4j.core.IsmsException;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.NotApplicable;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.core.selfassessment.SelfAssessmentResult;
import org.isms4j.testkit.QuestionnaireGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The question set, answer sheet and result documents: what the library writes it reads back
 * equal and writes again byte for byte, and every broken document fails with the JSON path and
 * the core's message.
 */
class SelfAssessmentDocumentsTest {

    private static final IsmsJson PRETTY = IsmsJson.strict();
    private static final IsmsJson COMPACT = IsmsJson.strict().compact();
    private static final QuestionSet PART1 = QuestionSets.selfAssessmentPart1();

    /** The sheet of docs/self-assessment.md: 4 + 2 + 4 + 0 − 1 = 9 of 20. */
    static AnswerSheet part1Sheet() {
        return AnswerSheet.of(PART1, "山田", "本社", LocalDate.of(2024, 4, 1), Map.of(1, "implemented",
                2, "partly_implemented", 3, "implemented", 4, "not_implemented", 5, "unknown"));
    }

    @Test
    void questionSet_roundTrips() {
        qt().withExamples(300).forAll(QuestionnaireGenerators.questionSets()).checkAssert(set -> {
            for (IsmsJson json : new IsmsJson[] {PRETTY, COMPACT}) {
                String written = json.write(SelfAssessmentDocuments.QUESTION_SET, set);
                QuestionSet read = json.read(SelfAssessmentDocuments.QUESTION_SET, written);
                assertThat(read).isEqualTo(set);
                assertThat(json.write(SelfAssessmentDocuments.QUESTION_SET, read)).isEqualTo(written);
            }
        });
    }

    @Test
    void answerSheet_roundTrips() {
        qt().withExamples(300).forAll(QuestionnaireGenerators.sheets()).checkAssert(sheet -> {
            JsonDocument<AnswerSheet> kind = SelfAssessmentDocuments.answerSheet(sheet.questionSet());
            for (IsmsJson json : new IsmsJson[] {PRETTY, COMPACT}) {
                String written = json.write(kind, sheet);
                AnswerSheet read = json.read(kind, written);
                assertThat(read).isEqualTo(sheet);
                assertThat(json.write(kind, read)).isEqualTo(written);
            }
        });
    }

    @Test
    void result_roundTrips() {
        qt().withExamples(300).forAll(QuestionnaireGenerators.results()).checkAssert(result -> {
            JsonDocument<SelfAssessmentResult> kind = SelfAssessmentDocuments.result(result.questionSet());
            for (IsmsJson json : new IsmsJson[] {PRETTY, COMPACT}) {
                String written = json.write(kind, result);
                SelfAssessmentResult read = json.read(kind, written);
                assertThat(read).isEqualTo(result);
                assertThat(read.total()).isEqualTo(result.total());
                assertThat(json.write(kind, read)).isEqualTo(written);
            }
        });
    }

    @Test
    void aSheet_isReadAgainstTheSetItNames_amongSeveral() {
        QuestionSet cloud = QuestionSets.cloudOperation();
        String written = PRETTY.write(SelfAssessmentDocuments.answerSheet(PART1), part1Sheet());
        AnswerSheet read = PRETTY.read(SelfAssessmentDocuments.answerSheet(List.of(cloud, PART1)), written);
        assertThat(read).isEqualTo(part1Sheet());
        assertThat(read.result().total()).isEqualTo(9);
        assertThatThrownBy(() -> PRETTY.read(SelfAssessmentDocuments.answerSheet(cloud), written))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.questionSet: Question set mismatch: this document answers "
                        + "ipa-self-assessment-part1-example@1, not " + cloud.id() + "@" + cloud.version());
    }

    @Test
    void writing_aSheetOrResultOfASetNotGiven_isRefused() {
        QuestionSet cloud = QuestionSets.cloudOperation();
        assertThatThrownBy(() -> PRETTY.write(SelfAssessmentDocuments.answerSheet(cloud), part1Sheet()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Question set mismatch: this sheet answers ipa-self-assessment-part1-example@1, not "
                        + cloud.id() + "@" + cloud.version());
        QuestionSet edited = PART1.withNotApplicable(NotApplicable.excludedFromMaximum());
        assertThatThrownBy(() -> PRETTY.write(SelfAssessmentDocuments.result(edited), part1Sheet().result()))
                .isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Question set mismatch: this result answers");
        assertThatThrownBy(() -> SelfAssessmentDocuments.answerSheet(List.of(PART1, edited)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate question set: ipa-self-assessment-part1-example@1");
        assertThatThrownBy(() -> SelfAssessmentDocuments.result(List.of()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid question sets: at least one is given");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "\"answer\": \"unknown\"|\"answer\": \"yes\""
                + "|$.answers[4].answer: Invalid answer to question 5 (valid values implemented, partly_implemented,"
                + " not_implemented, unknown): 'yes'",
        "\"answer\": \"unknown\"|\"answer\": \"not_applicable\""
                + "|$.answers[4].answer: Invalid answer to question 5 (valid values implemented, partly_implemented,"
                + " not_implemented, unknown): 'not_applicable'",
        "\"question\": 5|\"question\": 4|$.answers[4].question: Duplicate answer to question 4",
        "\"question\": 5|\"question\": 6|$.answers[4].question: Unknown question number: 6",
        "\"question\": 5|\"question\": \"5\"|$.answers[4].question: Invalid type for question (expected integer): '5'",
        "\"respondent\": \"山田\"|\"respondent\": \" \"|$.respondent: Invalid value for respondent (must not be blank): ' '",
        "\"answered\": \"2024-04-01\"|\"answered\": \"2024-02-30\""
                + "|$.answered: Invalid value for answered (a date yyyy-MM-dd): '2024-02-30'",
        "\"department\": \"本社\"|\"office\": \"本社\""
                + "|$.office: Unknown property: 'office' (valid values format, formatVersion, questionSet, respondent,"
                + " department, answered, answers)",
        "\"version\": \"1\"|\"version\": \"2\""
                + "|$.questionSet: Question set mismatch: this document answers ipa-self-assessment-part1-example@2,"
                + " not ipa-self-assessment-part1-example@1",
        "\"format\": \"isms4j.answer-sheet\"|\"format\": \"isms4j.self-assessment-result\""
                + "|$.format: Unknown format: 'isms4j.self-assessment-result' (valid values isms4j.answer-sheet)",
    })
    void aBrokenSheet_failsAtItsPath(String from, String to, String message) {
        String valid = PRETTY.write(SelfAssessmentDocuments.answerSheet(PART1), part1Sheet());
        assertThat(valid).contains(from);
        String broken = valid.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to == null ? "" : to));
        assertThatThrownBy(() -> PRETTY.read(SelfAssessmentDocuments.answerSheet(PART1), broken))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage(message);
    }

    @Test
    void aSheetWithoutAnAnswer_failsNamingTheQuestion_andAPartSubtotalEdited_failsAtIt() {
        String sheet = COMPACT.write(SelfAssessmentDocuments.answerSheet(PART1), part1Sheet());
        assertThatThrownBy(() -> COMPACT.read(SelfAssessmentDocuments.answerSheet(PART1),
                sheet.replace(",{\"question\":5,\"answer\":\"unknown\"}", "")))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$: Missing answer to question 5 of QuestionSet ipa-self-assessment-part1-example@1");
        JsonDocument<SelfAssessmentResult> kind = SelfAssessmentDocuments.result(PART1);
        String result = COMPACT.write(kind, part1Sheet().result());
        assertThat(result).contains("\"parts\":[{\"number\":1,\"total\":9,");
        assertThatThrownBy(() -> COMPACT.read(kind, result.replace("{\"number\":1,\"total\":9,",
                "{\"number\":1,\"total\":8,")))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.parts[0].total: Invalid value for total (the answers score 9): 8");
    }

    @Test
    void answersBeforeTheirSet_fail() {
        String valid = COMPACT.write(SelfAssessmentDocuments.answerSheet(PART1), part1Sheet());
        String ref = valid.substring(valid.indexOf(",\"questionSet\""), valid.indexOf(",\"respondent\""));
        String moved = valid.replace(ref, "").replace("}]}", "}]" + ref + "}");
        assertThatThrownBy(() -> COMPACT.read(SelfAssessmentDocuments.answerSheet(PART1), moved))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.answers: Missing property: 'questionSet' (it comes before 'answers')");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "\"total\": 9|\"total\": 10|$.total: Invalid value for total (the answers score 9): 10",
        "\"maximum\": 20|\"maximum\": 25|$.maximum: Invalid value for maximum (the answers score 20): 25",
        "\"percentOfApplicableMaximum\": 45.0|\"percentOfApplicableMaximum\": 50"
                + "|$.percentOfApplicableMaximum: Invalid value for percentOfApplicableMaximum (the answers score 45.0): 50",
        "\"percentOfApplicableMaximum\": 45.0|\"percentOfApplicableMaximum\": 45|",
        "\"percentOfApplicableMaximum\": 45.0,||$: Missing property: 'percentOfApplicableMaximum'",
        "\"unknown\": [ 5 ]|\"unknown\": [ ]|$.unknown: Invalid value for unknown (the answers give [5]): []",
        "\"belowTarget\": [ 2, 4, 5 ]|\"belowTarget\": [ 2, 5, 4 ]"
                + "|$.belowTarget: Invalid value for belowTarget (the answers give [2, 4, 5]): [2, 5, 4]",
        "\"answer\": \"unknown\"|\"answer\": \"implemented\""
                + "|$.total: Invalid value for total (the answers score 14): 9",
    })
    void aResultWhoseFiguresDisagree_failsAtTheFigure(String from, String to, String message) {
        JsonDocument<SelfAssessmentResult> kind = SelfAssessmentDocuments.result(PART1);
        String valid = PRETTY.write(kind, part1Sheet().result());
        assertThat(valid).contains(from);
        String broken = valid.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to == null ? "" : to));
        if (message == null) {
            assertThat(PRETTY.read(kind, broken)).isEqualTo(part1Sheet().result());
        } else {
            assertThatThrownBy(() -> PRETTY.read(kind, broken)).isInstanceOf(IsmsJsonException.class)
                    .hasMessage(message);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "\"points\": 4|\"points\": 101|$.scale.answers[0].points: Invalid value for answer points (valid values -100 - 100): 101",
        "\"points\": 2|\"points\": 5|$.scale: Invalid answer scale: 'partly_implemented' (5 points) follows the"
                + " worse-scoring 'implemented' (4 points); points never rise from the best answer to the worst",
        "\"unknown\": \"unknown\"|\"unknown\": \"maybe\"|$.scale: Unknown answer code for 'unknown': 'maybe'"
                + " (valid values implemented, partly_implemented, not_implemented, unknown)",
        "\"number\": 2,|\"number\": 1,|$.parts[0]: Duplicate question number: 1",
        "\"5.17\", \"8.5\"|\"A.5.17\", \"8.5\""
                + "|$.parts[0].questions[2].annexA[0]: Invalid value for Annex A control (canonical form, such as 5.17): 'A.5.17'",
        "\"5.17\", \"8.5\"|\"5.17\", \"5.17\""
                + "|$.parts[0].questions[2]: Duplicate Annex A control of question 3: '5.17'",
        "\"id\": \"ipa-self-assessment-part1-example\"|\"id\": \"\""
                + "|$.id: Invalid value for question set id (must not be blank): ''",
    })
    void aBrokenQuestionSet_failsAtItsPath(String from, String to, String message) {
        String valid = PRETTY.write(SelfAssessmentDocuments.QUESTION_SET, PART1);
        assertThat(valid).contains(from);
        String broken = valid.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertThatThrownBy(() -> PRETTY.read(SelfAssessmentDocuments.QUESTION_SET, broken))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage(message);
    }

    @Test
    void notApplicable_isWrittenWithItsKind_andAKindWithoutItsAnswerFails() {
        QuestionSet excluded = PART1.withNotApplicable(NotApplicable.excludedFromMaximum());
        QuestionSet scored = PART1.withNotApplicable(NotApplicable.scoredAs("implemented"));
        String e = COMPACT.write(SelfAssessmentDocuments.QUESTION_SET, excluded);
        String s = COMPACT.write(SelfAssessmentDocuments.QUESTION_SET, scored);
        assertThat(e).contains("\"notApplicable\":{\"kind\":\"excluded_from_maximum\"}");
        assertThat(s).contains("\"notApplicable\":{\"kind\":\"scored_as\",\"answer\":\"implemented\"}");
        assertThatThrownBy(() -> COMPACT.read(SelfAssessmentDocuments.QUESTION_SET,
                s.replace(",\"answer\":\"implemented\"", "")))
                .hasMessage("$.notApplicable: Missing property: 'answer'");
        assertThatThrownBy(() -> COMPACT.read(SelfAssessmentDocuments.QUESTION_SET,
                e.replace("\"excluded_from_maximum\"}", "\"excluded_from_maximum\",\"answer\":\"implemented\"}")))
                .hasMessage("$.notApplicable.answer: Unknown property for kind 'excluded_from_maximum': 'answer'"
                        + " (valid values kind)");
        assertThatThrownBy(() -> COMPACT.read(SelfAssessmentDocuments.QUESTION_SET,
                s.replace("\"answer\":\"implemented\"", "\"answer\":\"always\"")))
                .hasMessage("$: Unknown answer for not applicable in part 1: 'always' (valid values implemented,"
                        + " partly_implemented, not_implemented, unknown)");
    }
}
