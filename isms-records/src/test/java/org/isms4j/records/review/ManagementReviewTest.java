package org.isms4j.records.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;

class ManagementReviewTest {

    private static final ManagementReview REVIEW = ManagementReview.of(LocalDate.of(2024, 3, 15), List.of("山田", "佐藤"));

    @Test
    void withInput_replacesAndKeepsOrder() {
        ManagementReview review = REVIEW.withInput(ReviewInput.RISKS, "一回目").withInput(ReviewInput.PREVIOUS_ACTIONS, "なし")
                .withInput(ReviewInput.RISKS, "二回目");
        assertThat(review.inputs().keySet()).containsExactly(ReviewInput.PREVIOUS_ACTIONS, ReviewInput.RISKS);
        assertThat(review.inputs().get(ReviewInput.RISKS)).isEqualTo("二回目");
    }

    @Test
    void blankReport_isRejected() {
        assertThatThrownBy(() -> REVIEW.withInput(ReviewInput.RISKS, " ")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for management review input f (must not be blank): ' '");
        assertThatThrownBy(() -> REVIEW.withOutput(ReviewOutput.CHANGES, "")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for management review output changes (must not be blank): ''");
    }

    @Test
    void attendees_twiceOrNone_isRejected() {
        assertThatThrownBy(() -> ManagementReview.of(LocalDate.of(2024, 3, 15), List.of("山田", "山田")))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid management review: duplicate attendee '山田'");
        assertThatThrownBy(() -> ManagementReview.of(LocalDate.of(2024, 3, 15), List.of()))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid management review: it has at least one attendee");
    }

    @Test
    void toTable_everyInputAndOutputInOrder() {
        var table = REVIEW.withInput(ReviewInput.PREVIOUS_ACTIONS, "初回マネジメントレビューのためありません。")
                .toTable(Locale.JAPANESE);
        assertThat(table.headings()).containsExactly("区分", "項目", "事項", "内容");
        assertThat(table.rows()).hasSize(12);
        assertThat(table.rows().get(0)).containsExactly("インプット", "a", "前回までの指示事項に対する処置の進捗や結果",
                "初回マネジメントレビューのためありません。");
        assertThat(table.rows().get(11)).containsExactly("アウトプット", "2", "ISMSのあらゆる変更の必要性", "");
        assertThat(ReviewInput.ofCode("d3")).isEqualTo(ReviewInput.AUDIT_RESULTS);
        assertThat(ReviewOutput.ofCode("changes")).isEqualTo(ReviewOutput.CHANGES);
    }
}
