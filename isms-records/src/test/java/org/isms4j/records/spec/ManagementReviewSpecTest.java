package org.isms4j.records.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isms4j.core.IsmsException;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.review.ReviewInput;
import org.isms4j.records.review.ReviewOutput;
import org.isms4j.records.review.ReviewRecords;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The management review of the source (ch. 13, 9.3): the seven inputs of 9.3.2, (d) in four parts,
 * and the two outputs of 9.3.3; a review missing one is incomplete.
 */
class ManagementReviewSpecTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);
    private static final List<String> ATTENDEES = List.of(ExampleCompany.TOP, ExampleCompany.CHAIR,
            ExampleCompany.AUDIT_LEAD);

    private static ManagementReview complete() {
        ManagementReview review = ManagementReview.of(DAY, ATTENDEES);
        for (ReviewInput input : ReviewInput.values()) {
            review = review.withInput(input, "報告 " + input.item());
        }
        return review.withOutput(ReviewOutput.IMPROVEMENT, "現状認識している各課題を確実に実施すること。")
                .withOutput(ReviewOutput.CHANGES, "より当社の状況を反映した仕組み・ルールに見直しを行っていくこと。");
    }

    @Test
    void inputs_sevenOf9321WithFourPartsOfD() {
        assertThat(ReviewInput.values()).extracting(ReviewInput::item).containsExactly("a", "b", "c", "d) 1)", "d) 2)",
                "d) 3)", "d) 4)", "e", "f", "g");
        assertThat(java.util.Arrays.stream(ReviewInput.values()).map(i -> i.item().charAt(0)).distinct()).hasSize(7);
        assertThat(ReviewOutput.values()).extracting(o -> o.getDisplayName(Locale.JAPANESE))
                .containsExactly("継続的改善の機会", "ISMSのあらゆる変更の必要性");
    }

    @Test
    void complete_review_passes() {
        assertThat(complete().isComplete()).isTrue();
        assertThat(complete().requireComplete()).isEqualTo(complete());
    }

    @ParameterizedTest
    @EnumSource(ReviewInput.class)
    void review_missingAnInput_isIncompleteNamingIt(ReviewInput missing) {
        ManagementReview review = ManagementReview.of(DAY, ATTENDEES);
        for (ReviewInput input : ReviewInput.values()) {
            if (input != missing) {
                review = review.withInput(input, "報告");
            }
        }
        ManagementReview incomplete = review.withOutput(ReviewOutput.IMPROVEMENT, "指示").withOutput(ReviewOutput.CHANGES,
                "指示");
        assertThat(incomplete.missingInputs()).containsExactly(missing);
        assertThatThrownBy(incomplete::requireComplete).isInstanceOf(IsmsException.class)
                .hasMessage("Incomplete management review of 2024-03-15: missing inputs " + missing.item() + " ("
                        + missing.getDisplayName(Locale.ENGLISH) + ")");
    }

    @Test
    void review_missingAnOutput_isIncompleteNamingIt() {
        ManagementReview review = complete();
        ManagementReview incomplete = ManagementReview.of(DAY, ATTENDEES);
        for (ReviewInput input : ReviewInput.values()) {
            incomplete = incomplete.withInput(input, review.inputs().get(input));
        }
        ManagementReview withOne = incomplete.withOutput(ReviewOutput.IMPROVEMENT, "指示");
        assertThatThrownBy(withOne::requireComplete).isInstanceOf(IsmsException.class)
                .hasMessage("Incomplete management review of 2024-03-15: missing outputs decisions on needs for changes "
                        + "to the ISMS");
    }

    @Test
    void draft_fromTheRecords() {
        ReviewRecords records = ReviewRecords.of(Optional.empty(), List.of(), Optional.of(ExampleCompany.effectiveness()),
                List.of(ExampleCompany.auditReport()), Optional.of(CanonicalFixture.plan()));
        ManagementReview draft = records.draft(DAY, ATTENDEES, Locale.JAPANESE);
        assertThat(draft.inputs().get(ReviewInput.PREVIOUS_ACTIONS)).isEqualTo("初回マネジメントレビューのためありません。");
        assertThat(draft.inputs().get(ReviewInput.NONCONFORMITIES)).isEqualTo("是正処置 0件（完了 0件、対応中 0件）");
        assertThat(draft.inputs().get(ReviewInput.MONITORING)).isEqualTo("有効性評価 1件（○ 1件、× 0件、未評価 0件）");
        assertThat(draft.inputs().get(ReviewInput.OBJECTIVES)).isEqualTo("情報セキュリティ目的 1件のうち達成 1件");
        assertThat(draft.inputs().get(ReviewInput.AUDIT_RESULTS)).isEqualTo(
                "ISO27001認証取得に関する内部監査（2024-02-20）: 重大な不適合 0件、軽微な不適合 1件、観察事項 2件");
        assertThat(draft.inputs().get(ReviewInput.RISKS)).startsWith("リスク対応計画の管理策 ");
        assertThat(draft.missingInputs()).containsExactly(ReviewInput.ISSUE_CHANGES, ReviewInput.PARTY_CHANGES,
                ReviewInput.PARTY_FEEDBACK, ReviewInput.IMPROVEMENT_OPPORTUNITIES);
        assertThat(draft.isComplete()).isFalse();
    }

    @Test
    void draft_countsEachResultAndStage() {
        org.isms4j.records.objective.SecurityObjective objective = ExampleCompany.objective();
        org.isms4j.records.objective.EffectivenessSheet sheet = org.isms4j.records.objective.EffectivenessSheet.of(List.of(
                ExampleCompany.effectiveness().records().get(0),
                org.isms4j.records.objective.EffectivenessRecord.ofRecord(copy(objective, 2), Optional.of(
                        org.isms4j.records.objective.EvaluationResult.NOT_EFFECTIVE), Optional.of(DAY), "未達"),
                org.isms4j.records.objective.EffectivenessRecord.of(copy(objective, 3))));
        org.isms4j.records.corrective.CorrectiveAction open = CorrectiveActionSpecTest.requested();
        org.isms4j.records.corrective.CorrectiveAction closed = open.corrected(CorrectiveActionSpecTest.step("修正",
                CorrectiveActionSpecTest.DAY)).evaluated(org.isms4j.records.corrective.CauseEvaluation.of(false, false,
                false, CorrectiveActionSpecTest.step("原因", CorrectiveActionSpecTest.DAY)))
                .implemented(CorrectiveActionSpecTest.step("実施", CorrectiveActionSpecTest.DAY))
                .confirmed(CorrectiveActionSpecTest.step("確認", CorrectiveActionSpecTest.DAY))
                .reviewed(CorrectiveActionSpecTest.step("有効", CorrectiveActionSpecTest.DAY), false);
        ManagementReview draft = ReviewRecords.of(Optional.empty(), List.of(open, closed, open), Optional.of(sheet),
                List.of(), Optional.empty()).draft(DAY, ATTENDEES, Locale.ENGLISH);
        assertThat(draft.inputs().get(ReviewInput.NONCONFORMITIES)).isEqualTo("3 corrective actions (1 closed, 2 open)");
        assertThat(draft.inputs().get(ReviewInput.MONITORING))
                .isEqualTo("3 effectiveness evaluations (1 effective, 1 not effective, 1 not evaluated)");
        assertThat(draft.inputs().get(ReviewInput.OBJECTIVES)).isEqualTo("1 of 3 information security objectives fulfilled");
        assertThat(draft.inputs()).doesNotContainKeys(ReviewInput.AUDIT_RESULTS, ReviewInput.RISKS);
    }

    private static org.isms4j.records.objective.SecurityObjective copy(
            org.isms4j.records.objective.SecurityObjective o, int number) {
        return org.isms4j.records.objective.SecurityObjective.of(number, o.objectives(), o.metric(), o.actions(),
                o.resources(), o.responsible(), o.dueDate(), o.evaluationMethod(), o.setOn());
    }

    @Test
    void draft_secondReviewCarriesThePreviousDecisions() {
        ReviewRecords records = ReviewRecords.of(Optional.of(complete()), List.of(), Optional.empty(), List.of(),
                Optional.empty());
        assertThat(records.draft(DAY.plusYears(1), ATTENDEES, Locale.ENGLISH).inputs().get(ReviewInput.PREVIOUS_ACTIONS))
                .isEqualTo("previous review (2024-03-15): 現状認識している各課題を確実に実施すること。; "
                        + "より当社の状況を反映した仕組み・ルールに見直しを行っていくこと。");
    }
}
