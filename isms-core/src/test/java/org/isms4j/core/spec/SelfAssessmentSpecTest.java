package org.isms4j.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isms4j.core.selfassessment.Answer;
import org.isms4j.core.selfassessment.AnswerScales;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.core.selfassessment.ScoredAnswer;
import org.isms4j.core.selfassessment.SelfAssessmentGenerators;
import org.isms4j.core.selfassessment.SelfAssessmentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The self-assessment 5分でできる！情報セキュリティ自社診断 (LV.2, ch. 12-3): 25 questions, 4 / 2 / 0 / −1
 * points, a maximum of 100, the unknown answers listed for follow-up; the bundled examples.
 */
class SelfAssessmentSpecTest {

    private static final QuestionSet SHEET = SelfAssessmentGenerators.twentyFiveQuestions();

    @Test
    void sheetOf25Questions_inThreeParts_hasMaximum25x4is100() {
        assertThat(SHEET.questions()).hasSize(25);
        assertThat(SHEET.parts()).hasSize(3);
        assertThat(SHEET.parts().get(0).questions()).extracting(q -> q.number()).containsExactly(1, 2, 3, 4, 5);
        assertThat(SHEET.maximum()).isEqualTo(100);
        SelfAssessmentResult all = SelfAssessmentGenerators.all(SHEET, "implemented").result();
        assertThat(all.total()).isEqualTo(100);
        assertThat(all.maximum()).isEqualTo(100);
        assertThat(all.belowTarget()).isEmpty();
    }

    @ParameterizedTest(name = "{0} ({1}) scores {2}")
    @CsvSource({"implemented, 実施している, 4", "partly_implemented, 一部実施している, 2",
        "not_implemented, 実施していない, 0", "unknown, 分からない, -1"})
    void everyAnswer_scoresTheSourcesPoints(String code, String japanese, int points) {
        Answer answer = AnswerScales.selfAssessment().find(code).orElseThrow();
        assertThat(answer.points()).isEqualTo(points);
        assertThat(answer.getDisplayName(Locale.JAPANESE)).isEqualTo(japanese);
        assertThat(SelfAssessmentGenerators.all(SHEET, code).result().total()).isEqualTo(25 * points);
    }

    @Test
    void allUnknown_totalsMinus25_andLists25QuestionsForFollowUp() {
        SelfAssessmentResult result = SelfAssessmentGenerators.all(SHEET, "unknown").result();
        assertThat(result.total()).isEqualTo(-25);
        assertThat(result.unknown()).hasSize(25);
        assertThat(result.unknown()).extracting(ScoredAnswer::number).containsExactlyElementsOf(
                SHEET.questions().stream().map(q -> q.number()).toList());
        assertThat(result.parts()).extracting(p -> p.total()).containsExactly(-5, -13, -7);
    }

    @Test
    void mixedSheet_computedByHand() {
        // Part 1 (1 - 5):   4 + 2 + 4 + 0 + (-1)       =  9
        // Part 2 (6 - 18):  4 × 8 + 2 × 3 + 0 + (-1)   = 37  (6-13 implemented, 14-16 partly, 17 not, 18 unknown)
        // Part 3 (19 - 25): 4 × 3 + 2 × 2 + 0 × 2      = 16  (19-21 implemented, 22-23 partly, 24-25 not)
        // Total 9 + 37 + 16 = 62 of 100; unknown: 5, 18; below target: 2, 4, 5, 14 - 18, 22 - 25.
        AnswerSheet.SheetBuilder builder = AnswerSheet.builder(SHEET, "山田", "本社", LocalDate.of(2024, 4, 1))
                .answer(1, "implemented").answer(2, "partly_implemented").answer(3, "implemented")
                .answer(4, "not_implemented").answer(5, "unknown");
        for (int q = 6; q <= 13; q++) {
            builder.answer(q, "implemented");
        }
        builder.answer(14, "partly_implemented").answer(15, "partly_implemented").answer(16, "partly_implemented")
                .answer(17, "not_implemented").answer(18, "unknown");
        builder.answer(19, "implemented").answer(20, "implemented").answer(21, "implemented")
                .answer(22, "partly_implemented").answer(23, "partly_implemented").answer(24, "not_implemented")
                .answer(25, "not_implemented");
        SelfAssessmentResult result = builder.build().result();
        assertThat(result.parts()).extracting(p -> p.total()).containsExactly(9, 37, 16);
        assertThat(result.total()).isEqualTo(62);
        assertThat(result.maximum()).isEqualTo(100);
        assertThat(result.unknown()).extracting(ScoredAnswer::number).containsExactly(5, 18);
        assertThat(result.belowTarget()).extracting(ScoredAnswer::number)
                .containsExactly(2, 4, 5, 14, 15, 16, 17, 18, 22, 23, 24, 25);
    }

    @Test
    void bundledPart1_isTheFiveBasicMeasures() {
        QuestionSet part1 = QuestionSets.selfAssessmentPart1();
        assertThat(part1.parts()).singleElement().satisfies(part -> {
            assertThat(part.number()).isEqualTo(1);
            assertThat(part.title(Locale.JAPANESE)).isEqualTo("基本的対策");
        });
        assertThat(part1.questions()).extracting(q -> q.number()).containsExactly(1, 2, 3, 4, 5);
        assertThat(part1.questions()).extracting(q -> q.text(Locale.ENGLISH)).containsExactly(
                "Keep the OS and software up to date", "Install antivirus software and keep its definitions current",
                "Set long and complex passwords", "Restrict access to important information appropriately",
                "Learn of new threats and attack methods and share the measures in the company");
        assertThat(part1.maximum()).isEqualTo(20);
    }

    @Test
    void bundledCloudChecklist_isTheFourOperatingPoints() {
        assertThat(QuestionSets.cloudOperation().questions()).extracting(q -> q.text(Locale.JAPANESE))
                .containsExactly("管理担当者を決める", "利用者の範囲を決める", "利用者の認証を厳格に行う", "バックアップに責任を持つ");
    }

    @Test
    void part1Example_answeredAsInThePackageExample() {
        SelfAssessmentResult result = AnswerSheet.of(QuestionSets.selfAssessmentPart1(), "山田", "本社",
                LocalDate.of(2024, 4, 1), Map.of(1, "implemented", 2, "partly_implemented", 3, "implemented", 4,
                        "not_implemented", 5, "unknown")).result();
        // 4 + 2 + 4 + 0 - 1 = 9 of 20.
        assertThat(result.total()).isEqualTo(9);
        assertThat(result.unknown()).extracting(ScoredAnswer::number).isEqualTo(List.of(5));
    }
}
