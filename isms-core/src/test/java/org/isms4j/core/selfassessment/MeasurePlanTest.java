package org.isms4j.core.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;

class MeasurePlanTest {

    // 営業部: questions 3 (not implemented), 4 (partly) and 5 (unknown) are below target.
    private static final SelfAssessmentResult RESULT = AggregationTest.sales().result();

    private static MeasureDecision passwords() {
        return MeasureDecision.of(3, "パスワードは10文字以上", "情報システム部", LocalDate.of(2024, 6, 30))
                .withProcedure("C-03 パスワード管理手順");
    }

    @Test
    void plan_listsUndecidedQuestions_andOpenItemsSoonestFirst() {
        MeasurePlan plan = MeasurePlan.of(RESULT, List.of(passwords(),
                MeasureDecision.of(5, "脅威情報を朝礼で共有", "総務部", LocalDate.of(2024, 5, 31))));
        assertThat(plan.undecided()).extracting(ScoredAnswer::number).containsExactly(4);
        assertThat(plan.openItems()).extracting(MeasureDecision::question).containsExactly(5, 3);
        assertThat(plan.overdue(LocalDate.of(2024, 6, 1))).extracting(MeasureDecision::question).containsExactly(5);
        MeasurePlan done = MeasurePlan.of(RESULT, List.of(passwords().completedOn(LocalDate.of(2024, 6, 20))));
        assertThat(done.openItems()).isEmpty();
        assertThat(done.overdue(LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(done.decisions().get(0).procedure()).contains("C-03 パスワード管理手順");
        MeasurePlan more = MeasurePlan.of(RESULT, List.of()).with(passwords());
        assertThat(more.decisions()).containsExactly(passwords());
        assertThat(more.undecided()).extracting(ScoredAnswer::number).containsExactly(4, 5);
        assertThatThrownBy(() -> passwords().withProcedure(" ")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for procedure (must not be blank): ' '");
    }

    @Test
    void plan_rejectsDecisionsOnQuestionsAtTarget_andTwoForOneQuestion() {
        MeasureDecision onImplemented = MeasureDecision.of(1, "更新の自動化", "情報システム部", LocalDate.of(2024, 6, 30));
        assertThatThrownBy(() -> MeasurePlan.of(RESULT, List.of(onImplemented))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid measure decision for question 1: the question is answered 'implemented', not "
                        + "below target");
        MeasurePlan plan = MeasurePlan.of(RESULT, List.of(passwords()));
        assertThatThrownBy(() -> plan.with(passwords())).hasMessage("Duplicate measure decision for question 3");
        MeasureDecision unknownQuestion = MeasureDecision.of(9, "x", "y", LocalDate.of(2024, 6, 30));
        assertThatThrownBy(() -> plan.with(unknownQuestion)).hasMessage("Unknown question number: 9");
        assertThatThrownBy(() -> MeasureDecision.of(3, " ", "y", LocalDate.of(2024, 6, 30)))
                .hasMessage("Invalid value for measure (must not be blank): ' '");
    }

    @Test
    void report_measuresTable_showsDecidedAndUndecided() {
        String markdown = SelfAssessmentReport.measures(MeasurePlan.of(RESULT, List.of(passwords())), Locale.ENGLISH)
                .toMarkdown();
        assertThat(markdown).startsWith("| No | Question | Answer | Measure | Owner | Due | Procedure | Completed |\n")
                .contains("| 3 | Set long and complex passwords | not implemented | パスワードは10文字以上 | 情報システム部 | "
                        + "2024-06-30 | C-03 パスワード管理手順 |  |")
                .contains("| 4 | Restrict access to important information appropriately | partly implemented | "
                        + "(undecided) |  |  |  |  |");
    }
}
