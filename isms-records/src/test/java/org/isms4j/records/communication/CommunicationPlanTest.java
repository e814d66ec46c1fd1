package org.isms4j.records.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;

class CommunicationPlanTest {

    private static final CommunicationPlan PLAN = ExampleCompany.communication();

    @Test
    void to_audience() {
        assertThat(PLAN.to("お客様")).extracting(Communication::content).containsExactly("セキュリティ調査結果の報告");
        assertThat(PLAN.to("関係当局")).extracting(Communication::timing).containsExactly("適時");
        assertThat(PLAN.to("株主")).isEmpty();
    }

    @Test
    void of_sameContentToSameAudienceTwice_isRejected() {
        Communication review = PLAN.communications().get(1);
        assertThatThrownBy(() -> CommunicationPlan.of(List.of(review, review))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid communication plan: duplicate content and audience '各見直し結果の伝達 -> 従業者'");
        assertThatThrownBy(() -> CommunicationPlan.of(List.of())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid communication plan: it has at least one communication");
    }

    @Test
    void communication_withoutMethod_isRejected() {
        assertThatThrownBy(() -> Communication.of("各見直し結果の伝達", "見直後、1週間以内", "従業者", "ISMS事務局", List.of()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid communication: it has at least one method");
        assertThatThrownBy(() -> Communication.of("各見直し結果の伝達", "", "従業者", "ISMS事務局", List.of("通達")))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for timing (must not be blank): ''");
    }

    @Test
    void toTable_sourceColumnsInOrder() {
        assertThat(PLAN.toTable(Locale.JAPANESE).toMarkdown()).startsWith("| 内容 | 実施時期 | 対象者 | 実施者 | 方法 |")
                .contains("| 各見直し結果の伝達 | 見直後、1週間以内 | 従業者 | ISMS事務局 | 承認後、ISMS事務局より通達 |");
        assertThat(PLAN.toTable(Locale.ENGLISH).headings()).containsExactly("content", "timing", "audience",
                "communicator", "method");
        assertThat(PLAN.toTable(Locale.ENGLISH).rows()).hasSize(6);
    }
}
