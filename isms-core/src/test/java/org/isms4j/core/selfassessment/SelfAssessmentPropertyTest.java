package org.isms4j.core.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/** Invariants of scoring and tallying over generated question sets and sheets. */
class SelfAssessmentPropertyTest {

    @Test
    void total_isTheSumOfThePartSubtotals() {
        qt().withExamples(500).forAll(SelfAssessmentGenerators.sheets()).checkAssert(sheet -> {
            SelfAssessmentResult result = sheet.result();
            assertThat(result.total()).isEqualTo(result.parts().stream().mapToInt(PartScore::total).sum());
            assertThat(result.maximum()).isEqualTo(result.parts().stream().mapToInt(PartScore::maximum).sum());
            assertThat(result.applicableMaximum()).isEqualTo(
                    result.parts().stream().mapToInt(PartScore::applicableMaximum).sum());
            assertThat(result.total()).isEqualTo(result.scored().stream().mapToInt(a -> a.points().orElse(0)).sum());
        });
    }

    @Test
    void raisingOneAnswer_neverLowersTheTotal() {
        Gen<Object[]> cases = in -> {
            AnswerSheet sheet = SelfAssessmentGenerators.sheets().generate(in);
            List<Question> questions = sheet.questionSet().questions();
            int number = questions.get(SelfAssessmentGenerators.draw(in, 0, questions.size() - 1)).number();
            List<Answer> scale = sheet.questionSet().scale().answers();
            return new Object[] {sheet, number, scale.get(SelfAssessmentGenerators.draw(in, 0, scale.size() - 1))};
        };
        qt().withExamples(500).forAll(cases).checkAssert(c -> {
            AnswerSheet sheet = (AnswerSheet) c[0];
            int number = (Integer) c[1];
            Answer raised = (Answer) c[2];
            Answer before = sheet.answerTo(number);
            if (before.isNotApplicable() || raised.points() < before.points()) {
                return;
            }
            SelfAssessmentResult higher = sheet.withAnswer(number, raised.code()).result();
            assertThat(higher.total()).isGreaterThanOrEqualTo(sheet.result().total());
            assertThat(higher.total() - sheet.result().total()).isEqualTo(raised.points() - before.points());
        });
    }

    @Test
    void aggregationOfOneSheet_isThatSheet() {
        qt().withExamples(500).forAll(SelfAssessmentGenerators.sheets()).checkAssert(sheet -> {
            Aggregation tally = Aggregation.of(List.of(sheet));
            assertThat(tally.result()).isEqualTo(sheet.result());
            assertThat(tally.result().total()).isEqualTo(sheet.result().total());
            assertThat(tally.combined()).allSatisfy(a -> assertThat(a.departments()).containsExactly("本社"));
        });
    }

    @Test
    void weakestTally_neverScoresAboveAnyDepartment_withoutNotApplicable() {
        Gen<Aggregation> tallies = in -> {
            QuestionSet set = SelfAssessmentGenerators.sets().generate(in);
            QuestionSet plain = QuestionSet.of(set.id(), set.version(), set.title(), set.scale(), set.parts());
            int departments = SelfAssessmentGenerators.draw(in, 1, 4);
            List<AnswerSheet> sheets = new java.util.ArrayList<>();
            for (int d = 1; d <= departments; d++) {
                sheets.add(SelfAssessmentGenerators.sheet(in, plain, "部署" + d));
            }
            return Aggregation.of(sheets);
        };
        qt().withExamples(300).forAll(tallies).checkAssert(tally -> {
            for (SelfAssessmentResult department : tally.departmentResults().values()) {
                assertThat(tally.result().total()).isLessThanOrEqualTo(department.total());
            }
            for (CombinedAnswer answer : tally.combined()) {
                assertThat(answer.departments()).isNotEmpty();
                assertThat(answer.answersByDepartment().values()).allSatisfy(
                        given -> assertThat(given.points()).isGreaterThanOrEqualTo(answer.combined().points()));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"implemented", "partly_implemented", "not_implemented", "unknown"})
    void everyPairOfAnswers_tallyToTheWeaker(String code) {
        QuestionSet set = QuestionSets.selfAssessmentPart1();
        AnswerScale scale = set.scale();
        for (Answer other : scale.answers()) {
            Aggregation tally = Aggregation.of(List.of(SelfAssessmentGenerators.all(set, code).withDepartment("A"),
                    SelfAssessmentGenerators.all(set, other.code()).withDepartment("B")));
            Answer given = scale.find(code).orElseThrow();
            Answer weaker = given.points() <= other.points() ? given : other;
            assertThat(tally.combined()).allSatisfy(a -> assertThat(a.combined()).isEqualTo(weaker));
            assertThat(tally.result().total()).isEqualTo(5 * weaker.points());
        }
    }
}
