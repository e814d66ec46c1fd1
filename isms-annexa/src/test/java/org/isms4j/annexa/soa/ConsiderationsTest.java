package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isms4j.annexa.ControlId;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.risk.Risk;
import org.junit.jupiter.api.Test;

class ConsiderationsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 9, 30);
    private static final ControlId AGREEMENTS = ControlId.parse("6.6");
    private static final ControlId MONITORING = ControlId.parse("7.4");

    @Test
    void of_sortsInDocumentOrder_allRisksFirst() {
        Consideration monitoring = Consideration.ofAllRisks(MONITORING, "自社の敷地なし", "ISMS事務局", DAY);
        Consideration risk2 = Consideration.of(AGREEMENTS, 2, "就業規則に守秘義務を定めている", "ISMS事務局", DAY);
        Consideration risk1 = Consideration.of(AGREEMENTS, 1, "就業規則に守秘義務を定めている", "ISMS事務局", DAY);
        Consideration policies = Consideration.ofAllRisks(ControlId.parse("5.1"), "方針あり", "委員長", DAY);
        Considerations considerations = Considerations.of(List.of(monitoring, risk2, risk1, policies));
        assertThat(considerations.list()).containsExactly(policies, risk1, risk2, monitoring);
        assertThat(considerations).containsExactly(policies, risk1, risk2, monitoring).hasSize(4);
        assertThat(considerations.size()).isEqualTo(4);
        assertThat(considerations).isEqualTo(Considerations.of(List.of(policies, risk1, risk2, monitoring)))
                .hasSameHashCodeAs(Considerations.of(List.of(risk2, monitoring, policies, risk1)))
                .isNotEqualTo(Considerations.empty()).isNotEqualTo("x");
        assertThat(Considerations.of(List.of(risk2)))
                .hasToString("Considerations[6.6 for risk 2: 就業規則に守秘義務を定めている (ISMS事務局, 2023-09-30)]");
        assertThat(Considerations.of(List.of())).isSameAs(Considerations.empty());
        assertThat(Considerations.empty().list()).isEmpty();
    }

    @Test
    void gapCheck_takesAndGivesBackTheSameConsiderations() {
        Risk risk = GapCheckTest.risk(1, SecurityProperty.CONFIDENTIALITY);
        Considerations considerations = Considerations.of(List.of(
                Consideration.ofAllRisks(MONITORING, "自社の敷地なし", "ISMS事務局", DAY),
                Consideration.of(AGREEMENTS, 1, "就業規則に守秘義務を定めている", "ISMS事務局", DAY)));
        GapCheck check = GapCheck.of(List.of(risk), Map.of()).withConsidered(considerations);
        assertThat(Considerations.of(check.considerations())).isEqualTo(considerations);
        assertThat(check.suggestions(1)).extracting(Suggestion::controlId).doesNotContain(AGREEMENTS, MONITORING);
    }

    @Test
    void of_rejectsTwoCoveringTheSameControlAndRisk() {
        Consideration forRisk1 = Consideration.of(AGREEMENTS, 1, "守秘義務あり", "ISMS事務局", DAY);
        Consideration forAll = Consideration.ofAllRisks(AGREEMENTS, "守秘義務あり", "ISMS事務局", DAY);
        assertThatThrownBy(() -> Considerations.of(List.of(forRisk1,
                Consideration.of(AGREEMENTS, 1, "別の理由", "委員長", DAY.plusDays(1)))))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate consideration of control 6.6 for risk 1");
        assertThatThrownBy(() -> Considerations.of(List.of(forRisk1, forAll))).isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate consideration of control 6.6 for risk 1 and for all risks");
        assertThatThrownBy(() -> Considerations.of(List.of(forAll, forAll))).isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate consideration of control 6.6 for all risks");
        assertThatThrownBy(() -> Considerations.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("considerations");
        List<Consideration> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> Considerations.of(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("considerations element");
    }
}
