package org.isms4j.records.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.isms4j.core.IsmsException;
import org.isms4j.core.selfassessment.AnswerKey;
import org.isms4j.core.selfassessment.TestRecord;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.training.Attendee;
import org.isms4j.records.training.TrainingRecord;
import org.junit.jupiter.api.Test;

/**
 * The training of the source (ch. 13, 7.2): the education plan 教育計画書 evaluated by a
 * comprehension test of 10 questions × 10 points with the pass mark 100, retaken until passed, and
 * the training record 教育実施記録 with its list of attendees.
 */
class TrainingSpecTest {

    @Test
    void comprehensionTest_tenQuestionsOfTenPoints_passMark100() {
        AnswerKey key = ExampleCompany.educationPlan().comprehensionTest().orElseThrow();
        assertThat(key.questionSet().questions()).hasSize(10);
        assertThat(key.points().values()).containsOnly(10);
        assertThat(key.maximum()).isEqualTo(100);
        assertThat(key.passMark()).isEqualTo(100);
    }

    @Test
    void retakenUntilPassed() {
        TrainingRecord record = ExampleCompany.trainingRecordWithTests();
        TestRecord sales = record.testRecords().get(0);
        assertThat(sales.attempts()).extracting(a -> a.score()).containsExactly(90, 100);
        assertThat(sales.retakes()).isEqualTo(1);
        assertThat(sales.passedOn()).contains(LocalDate.of(2023, 10, 12));
        assertThat(record.yetToPass()).isEmpty();
        Attendee salesHead = record.attendees().get(0);
        assertThatThrownBy(() -> record.withTestSitting(ExampleCompany.sheet(salesHead, LocalDate.of(2023, 10, 13),
                Map.of()))).isInstanceOf(IsmsException.class).hasMessageContaining("there is no retake after a pass");
    }

    @Test
    void failedAttendee_isYetToPass() {
        TrainingRecord record = ExampleCompany.trainingRecord().evaluatedByTest(ExampleCompany.comprehensionTest());
        Attendee sales = record.attendees().get(0);
        TrainingRecord failed = record.withTestSitting(ExampleCompany.sheet(sales, LocalDate.of(2023, 10, 5),
                Map.of(10, "true")));
        assertThat(failed.yetToPass()).containsExactlyElementsOf(record.attendees());
    }

    @Test
    void attendeeList_sourceColumns() {
        assertThat(ExampleCompany.trainingRecordWithTests().attendeeTable(Locale.JAPANESE).toMarkdown())
                .startsWith("| No | 所属 | 氏名 | 受講日 | 確認テスト |")
                .contains("| 1 | 営業 | 中村 誠 | 2023-10-05 | 90, 100 (2023-10-12) |")
                .contains("| 2 | 管理 | 小林 恵 | 2023-10-06 | 100 (2023-10-06) |");
    }

    @Test
    void educationPlan_sourceItemsInOrder() {
        assertThat(ExampleCompany.educationPlan().toTable(Locale.JAPANESE).headings()).containsExactly("教育目的",
                "教育対象者", "教育方法", "教育内容", "実施期間", "教育の有効性評価");
    }
}
