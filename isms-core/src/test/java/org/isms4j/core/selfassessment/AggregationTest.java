package org.isms4j.core.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;

class AggregationTest {

    private static final QuestionSet SET = QuestionSets.selfAssessmentPart1();
    private static final LocalDate DAY = LocalDate.of(2024, 4, 1);

    static AnswerSheet sales() {
        return AnswerSheet.of(SET, "佐藤", "営業部", DAY, Map.of(1, "implemented", 2, "implemented", 3, "not_implemented",
                4, "partly_implemented", 5, "unknown"));
    }

    static AnswerSheet admin() {
        return AnswerSheet.of(SET, "鈴木", "総務部", DAY, Map.of(1, "implemented", 2, "partly_implemented", 3,
                "implemented", 4, "partly_implemented", 5, "not_implemented"));
    }

    @Test
    void default_showsTotalsSideBySide_andTheWeakestAnswerWithWhoGaveIt() {
        Aggregation tally = Aggregation.of(List.of(sales(), admin()));
        // 営業部 4 + 4 + 0 + 2 - 1 = 9; 総務部 4 + 2 + 4 + 2 + 0 = 12.
        assertThat(tally.departmentResults()).containsOnlyKeys("営業部", "総務部");
        assertThat(tally.departmentResults().values()).extracting(SelfAssessmentResult::total).containsExactly(9, 12);
        assertThat(tally.combined()).extracting(a -> a.combined().code()).containsExactly("implemented",
                "partly_implemented", "not_implemented", "partly_implemented", "unknown");
        assertThat(tally.combined()).extracting(CombinedAnswer::departments).containsExactly(List.of("営業部", "総務部"),
                List.of("総務部"), List.of("営業部"), List.of("営業部", "総務部"), List.of("営業部"));
        // Combined 4 + 2 + 0 + 2 - 1 = 7.
        assertThat(tally.result().total()).isEqualTo(7);
        assertThat(tally.result().unknown()).extracting(ScoredAnswer::number).containsExactly(5);
    }

    @Test
    void notApplicable_isLeftOutOfTheWeakest_unlessEveryDepartmentGaveIt() {
        QuestionSet set = SET.withNotApplicable(NotApplicable.excludedFromMaximum());
        AnswerSheet a = AnswerSheet.of(set, "佐藤", "営業部", DAY, Map.of(1, "not_applicable", 2, "not_applicable", 3,
                "implemented", 4, "implemented", 5, "implemented"));
        AnswerSheet b = AnswerSheet.of(set, "鈴木", "総務部", DAY, Map.of(1, "partly_implemented", 2, "not_applicable", 3,
                "implemented", 4, "implemented", 5, "implemented"));
        Aggregation tally = Aggregation.of(List.of(a, b));
        assertThat(tally.combined().get(0).combined().code()).isEqualTo("partly_implemented");
        assertThat(tally.combined().get(0).departments()).containsExactly("総務部");
        assertThat(tally.combined().get(1).combined().isNotApplicable()).isTrue();
        assertThat(tally.result().applicableMaximum()).isEqualTo(16);
    }

    @Test
    void of_rejectsTwoSheetsOfOneDepartment_otherSets_andNone() {
        assertThatThrownBy(() -> Aggregation.of(List.of(sales(), sales().withRespondent("田中"))))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate department in aggregation: '営業部'");
        AnswerSheet cloud = SelfAssessmentGenerators.all(QuestionSets.cloudOperation(), "implemented");
        assertThatThrownBy(() -> Aggregation.of(List.of(sales(), cloud))).hasMessage("Invalid aggregation: the sheet of "
                + "'本社' answers QuestionSet ipa-cloud-checklist-operation-example@1, not "
                + "QuestionSet ipa-self-assessment-part1-example@1 like the first");
        assertThatThrownBy(() -> Aggregation.of(List.of())).hasMessage("Invalid aggregation: it tallies at least one sheet");
    }

    @Test
    void customRule_isChecked() {
        AggregationRule strongest = (set, question, answers) -> answers.values().stream()
                .max(java.util.Comparator.comparingInt(Answer::points)).orElseThrow();
        Aggregation tally = Aggregation.of(List.of(sales(), admin()), strongest);
        assertThat(tally.result().total()).isEqualTo(4 + 4 + 4 + 2 + 0);
        AggregationRule offScale = (set, question, answers) -> Answer.of("maybe", "多分", "maybe", 1);
        assertThatThrownBy(() -> Aggregation.of(List.of(sales()), offScale)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid answer to question 1 (valid values implemented, partly_implemented, "
                        + "not_implemented, unknown): 'maybe'");
    }

    @Test
    void report_aggregationTable_putsDepartmentsSideBySide() {
        String markdown = SelfAssessmentReport.aggregation(Aggregation.of(List.of(sales(), admin())), Locale.JAPANESE)
                .toMarkdown();
        assertThat(markdown).startsWith("| No | 診断内容 | 営業部 | 総務部 | 集計 | 回答した部署 |\n")
                .contains("| 3 | 長く複雑なパスワードを設定する | 実施していない | 実施している | 実施していない | 営業部 |")
                .contains("|  | 合計 | 9 | 12 | 7 |  |");
    }
}
