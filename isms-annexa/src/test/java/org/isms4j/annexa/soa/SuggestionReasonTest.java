package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.risk.Risk;
import org.junit.jupiter.api.Test;

class SuggestionReasonTest {

    /** The canonical risk 1, in Japanese: every basis but "only lost properties" holds for 8.1. */
    private static Suggestion endpointDevices() {
        Risk risk = Risk.newBuilder().number(1).assetNumbers(List.of(9)).riskSource("モバイル機器の利用ルールが未整備")
                .impactArea("外部").event("外出時の重要情報の紛失・盗難").lostProperties(SecurityProperty.CONFIDENTIALITY).build();
        return GapCheckTest.suggestion(GapCheck.of(List.of(risk), Map.of()), 1, "8.1");
    }

    @Test
    void describe_inEnglish() {
        assertThat(endpointDevices().reasons(Locale.ENGLISH)).containsExactly(
                "preserves 'confidentiality', which the risk loses",
                "operational capability 'asset management', suggested by '機器', 'モバイル' in the risk source",
                "operational capability 'information protection', suggested by '紛失' in the event",
                "cybersecurity concept 'protect', suggested by '未整備' in the risk",
                "its title contains '機器' of the risk");
        assertThat(endpointDevices().reasons().get(0)).hasToString("preserves 'confidentiality', which the risk loses");
    }

    @Test
    void describe_inJapanese() {
        assertThat(endpointDevices().reasons(Locale.JAPAN)).containsExactly(
                "リスクが損なう「機密性」を維持する",
                "運用機能「資産管理」（リスク源の「機器」「モバイル」から）",
                "運用機能「情報保護」（事象の「紛失」から）",
                "サイバーセキュリティ概念「防御」（リスクの「未整備」から）",
                "名称がリスクの「機器」を含む");
    }

    @Test
    void describe_onlyLostProperties() {
        Risk risk = Risk.newBuilder().number(2).assetNumbers(List.of(40)).riskSource("source").impactArea("全社")
                .event("event").lostProperties(SecurityProperty.CONFIDENTIALITY).build();
        Suggestion leakage = GapCheckTest.suggestion(GapCheck.of(List.of(risk), Map.of()), 2, "8.12");
        assertThat(leakage.reasons()).extracting(SuggestionReason::basis).containsExactly(SuggestionBasis.LOST_PROPERTY,
                SuggestionBasis.ONLY_LOST_PROPERTIES);
        SuggestionReason only = leakage.reasons().get(1);
        assertThat(only.term()).isEmpty();
        assertThat(only.words()).isEmpty();
        assertThat(only.describe(Locale.ENGLISH)).isEqualTo("preserves no property but those the risk loses");
        assertThat(only.describe(Locale.JAPANESE)).isEqualTo("リスクが損なう特性だけを維持する");
        assertThat(leakage.score()).isEqualTo(2);
    }

    @Test
    void describe_nullLocale() {
        assertThatThrownBy(() -> endpointDevices().reasons().get(0).describe(null))
                .isInstanceOf(NullPointerException.class).hasMessage("locale");
        assertThatThrownBy(() -> endpointDevices().reasons(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("locale");
    }
}
