package org.isms4j.core.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Map;
import java.util.TreeMap;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;

/** A result from answers given by code, as a file gives them back, is the result of the sheet. */
class SelfAssessmentResultTest {

    @Test
    void ofCodes_isTheResultOfTheSheetWithTheseAnswers() {
        qt().withExamples(200).forAll(SelfAssessmentGenerators.sheets()).checkAssert(sheet -> {
            Map<Integer, String> codes = new TreeMap<>();
            sheet.answers().forEach((number, answer) -> codes.put(number, answer.code()));
            SelfAssessmentResult result = SelfAssessmentResult.ofCodes(sheet.questionSet(), codes);
            assertThat(result).isEqualTo(sheet.result());
            assertThat(result.total()).isEqualTo(sheet.result().total());
        });
    }

    @Test
    void ofCodes_rejectsAMissingOrUnknownQuestion_andAnAnswerOffTheScale_namingTheQuestion() {
        QuestionSet set = QuestionSets.selfAssessmentPart1();
        assertThatThrownBy(() -> SelfAssessmentResult.ofCodes(set, Map.of(1, "implemented", 2, "implemented",
                3, "implemented", 4, "implemented"))).isInstanceOf(IsmsException.class)
                .hasMessage("Missing answer to question 5 of QuestionSet ipa-self-assessment-part1-example@1");
        assertThatThrownBy(() -> SelfAssessmentResult.ofCodes(set, Map.of(6, "implemented")))
                .isInstanceOf(IsmsException.class).hasMessage("Unknown question number: 6");
        assertThatThrownBy(() -> SelfAssessmentResult.ofCodes(set, Map.of(2, "yes")))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid answer to question 2 (valid values implemented,"
                        + " partly_implemented, not_implemented, unknown): 'yes'");
        assertThatThrownBy(() -> SelfAssessmentResult.ofCodes(null, Map.of())).hasMessage("questionSet");
        assertThatThrownBy(() -> SelfAssessmentResult.ofCodes(set, null)).hasMessage("answers");
    }
}
