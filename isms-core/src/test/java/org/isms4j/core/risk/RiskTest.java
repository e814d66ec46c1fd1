package org.isms4j.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.junit.jupiter.api.Test;

class RiskTest {

    private static final Risk RISK_3 = Risk.newBuilder().number(3).assetNumbers(List.of(55, 10, 26, 11, 13))
            .riskSource("classification / handling of electronic information unclear").impactArea("external")
            .event("loss/theft of information").lostProperties(SecurityProperty.CONFIDENTIALITY).build();

    @Test
    void assetNumbers_areSorted_andARepeatIsRejectedNotMerged() {
        assertThat(RISK_3.assetNumbers()).containsExactly(10, 11, 13, 26, 55);
        assertThat(Risk.newBuilder().number(1).assetNumbers(List.of(26, 9, 13)).riskSource("s").impactArea("a")
                .event("e").lostProperties(SecurityProperty.INTEGRITY).build().assetNumbers())
                .containsExactly(9, 13, 26);
        for (RiskBuilder builder : new RiskBuilder[] {
                Risk.newBuilder().assetNumbers(List.of(13, 9, 26, 9, 13)), Risk.newBuilder().assetNumbers(13, 9, 26, 9, 13)}) {
            assertThatThrownBy(() -> builder.number(1).riskSource("s").impactArea("a").event("e")
                    .lostProperties(SecurityProperty.INTEGRITY).build())
                    .isInstanceOfSatisfying(InvalidRiskException.class,
                            e -> assertThat(e.field()).isEqualTo(RiskField.ASSET_NUMBERS))
                    .hasMessage("Duplicate asset number: 9");
        }
    }

    @Test
    void repeats_areRefusedNotMerged() {
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(List.of(5, 5)).riskSource("s")
                .impactArea("a").event("e").lostProperties(SecurityProperty.INTEGRITY).build())
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate asset number: 5");
        assertThatThrownBy(() -> RISK_3.withLostProperties(
                List.of(SecurityProperty.CONFIDENTIALITY, SecurityProperty.CONFIDENTIALITY)))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate lost property: 'confidentiality'");
        assertThat(RISK_3.withLostProperties(List.of(SecurityProperty.CONFIDENTIALITY))).isSameAs(RISK_3);
        assertThat(RISK_3.withCause("")).isSameAs(RISK_3);
        assertThat(RISK_3.withConsequence("")).isSameAs(RISK_3);
    }

    @Test
    void with_setsCauseConsequenceAndProperties() {
        Risk risk = RISK_3.withCause("電子情報の分類・取扱いが不明確なため情報の紛失・盗難が発生")
                .withConsequence("信用失墜")
                .withLostProperties(EnumSet.of(SecurityProperty.CONFIDENTIALITY, SecurityProperty.AVAILABILITY));
        assertThat(risk.cause()).startsWith("電子情報");
        assertThat(risk.consequence()).isEqualTo("信用失墜");
        assertThat(risk.lostProperties()).containsExactlyInAnyOrder(SecurityProperty.CONFIDENTIALITY,
                SecurityProperty.AVAILABILITY);
        assertThat(RISK_3.cause()).isEmpty();
        assertThat(RISK_3.impactArea()).isEqualTo("external");
    }

    @Test
    void of_invalid() {
        assertThatThrownBy(() -> Risk.newBuilder().number(0).assetNumbers(List.of(1)).riskSource("s").impactArea("a")
                .event("e").lostProperties(SecurityProperty.INTEGRITY).build())
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for risk number (valid values 1 - 2147483647): 0");
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(List.of()).riskSource("s").impactArea("a")
                .event("e").lostProperties(SecurityProperty.INTEGRITY).build())
                .hasMessage("Invalid asset numbers of risk 1: a risk concerns at least one asset");
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(List.of(3, 0)).riskSource("s").impactArea("a")
                .event("e").lostProperties(SecurityProperty.INTEGRITY).build())
                .hasMessage("Invalid value for asset number (valid values 1 - 2147483647): 0");
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(List.of(1)).riskSource("").impactArea("a")
                .event("e").lostProperties(SecurityProperty.INTEGRITY).build())
                .hasMessage("Invalid value for risk source (must not be blank): ''");
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(List.of(1)).riskSource("s").impactArea(" ")
                .event("e").lostProperties(SecurityProperty.INTEGRITY).build())
                .hasMessage("Invalid value for impact area (must not be blank): ' '");
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(List.of(1)).riskSource("s").impactArea("a")
                .event("").lostProperties(SecurityProperty.INTEGRITY).build())
                .hasMessage("Invalid value for event (must not be blank): ''");
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(List.of(1)).riskSource("s")
                .impactArea("a").event("e").lostProperties((SecurityProperty) null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("first");
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(Arrays.asList(1, null)).riskSource("s")
                .impactArea("a").event("e").lostProperties(SecurityProperty.INTEGRITY).build())
                .isInstanceOf(NullPointerException.class).hasMessage("assetNumbers element");
        assertThatThrownBy(() -> RISK_3.withLostProperties(Set.of()))
                .hasMessage("Invalid lost properties of risk 3: a risk loses at least one security property");
    }
}
