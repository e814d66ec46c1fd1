package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.UnknownControlException;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.risk.Risk;
import org.junit.jupiter.api.Test;

class ConsiderationTest {

    private static final ControlId AGREEMENTS = ControlId.parse("6.6");
    private static final LocalDate DAY = LocalDate.of(2023, 9, 30);

    @Test
    void of_forOneRisk() {
        Consideration consideration = Consideration.of(AGREEMENTS, 2, "就業規則に守秘義務を定めている", "ISMS事務局", DAY);
        assertThat(consideration.controlId()).isEqualTo(AGREEMENTS);
        assertThat(consideration.riskNumber()).isEqualTo(OptionalInt.of(2));
        assertThat(consideration.reason()).isEqualTo("就業規則に守秘義務を定めている");
        assertThat(consideration.author()).isEqualTo("ISMS事務局");
        assertThat(consideration.decided()).isEqualTo(DAY);
        assertThat(consideration.isForAllRisks()).isFalse();
        assertThat(consideration.covers(2)).isTrue();
        assertThat(consideration.covers(1)).isFalse();
        assertThat(consideration).hasToString("6.6 for risk 2: 就業規則に守秘義務を定めている (ISMS事務局, 2023-09-30)")
                .isEqualTo(Consideration.of(AGREEMENTS, 2, "就業規則に守秘義務を定めている", "ISMS事務局", DAY));
    }

    @Test
    void ofAllRisks_coversEveryRisk() {
        Consideration consideration = Consideration.ofAllRisks(ControlId.parse("7.4"), "自社の施設を持たない", "委員長", DAY);
        assertThat(consideration.riskNumber()).isEmpty();
        assertThat(consideration.isForAllRisks()).isTrue();
        assertThat(consideration.covers(1)).isTrue();
        assertThat(consideration.covers(99)).isTrue();
        assertThat(consideration).hasToString("7.4 for all risks: 自社の施設を持たない (委員長, 2023-09-30)");
    }

    @Test
    void of_aSuggestion() {
        Risk risk = Risk.newBuilder().number(2).assetNumbers(List.of(40)).riskSource("教育不足による社員の意識の低さ")
                .impactArea("全社").event("誤送信").lostProperties(SecurityProperty.CONFIDENTIALITY).build();
        Suggestion suggestion = GapCheck.of(List.of(risk), Map.of()).suggestions(2).get(1);
        Consideration consideration = Consideration.of(suggestion, "就業規則に守秘義務を定めている", "ISMS事務局", DAY);
        assertThat(consideration.controlId()).isEqualTo(suggestion.controlId()).isEqualTo(AGREEMENTS);
        assertThat(consideration.riskNumber()).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void of_badInput() {
        assertThatThrownBy(() -> Consideration.of(AGREEMENTS, 0, "理由", "ISMS事務局", DAY))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid value for risk number (valid values 1 - "
                        + Integer.MAX_VALUE + "): 0");
        assertThatThrownBy(() -> Consideration.of(AGREEMENTS, 1, " ", "ISMS事務局", DAY))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid value for reason (must not be blank): ' '");
        assertThatThrownBy(() -> Consideration.ofAllRisks(AGREEMENTS, "理由", "\u3000", DAY))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid value for author (must not be blank): '\u3000'");
        assertThatThrownBy(() -> Consideration.of(null, 1, "理由", "ISMS事務局", DAY))
                .isInstanceOf(NullPointerException.class).hasMessage("controlId");
        assertThatThrownBy(() -> Consideration.of(AGREEMENTS, 1, null, "ISMS事務局", DAY))
                .isInstanceOf(NullPointerException.class).hasMessage("reason");
        assertThatThrownBy(() -> Consideration.ofAllRisks(AGREEMENTS, "理由", null, DAY))
                .isInstanceOf(NullPointerException.class).hasMessage("author");
        assertThatThrownBy(() -> Consideration.ofAllRisks(AGREEMENTS, "理由", "ISMS事務局", null))
                .isInstanceOf(NullPointerException.class).hasMessage("decided");
        assertThatThrownBy(() -> Consideration.of((Suggestion) null, "理由", "ISMS事務局", DAY))
                .isInstanceOf(NullPointerException.class).hasMessage("suggestion");
        // A control that does not exist cannot be named: its id does not parse.
        assertThatThrownBy(() -> Consideration.of(ControlId.parse("5.99"), 1, "理由", "ISMS事務局", DAY))
                .isInstanceOf(UnknownControlException.class).hasMessageStartingWith("Unknown Annex A control: '5.99'");
    }

    @Test
    void of_aDateAfter9999_isRefusedWhenBuilt() {
        assertThat(Consideration.ofAllRisks(AGREEMENTS, "理由", "委員長", Limits.MAX_DATE).decided())
                .isEqualTo(Limits.MAX_DATE);
        assertThatThrownBy(() -> Consideration.ofAllRisks(AGREEMENTS, "理由", "委員長", LocalDate.of(10_000, 1, 1)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for decision date (valid values 0000-01-01 - 9999-12-31): +10000-01-01");
    }
}
