package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Theme;
import org.isms4j.core.report.ReportTable;
import org.junit.jupiter.api.Test;

class SoaSummaryTest {

    @Test
    void counts_byThemeAndState() {
        StatementOfApplicability soa = StatementOfApplicability.ofTreatments(
                Map.of(3, List.of(ControlId.parse("5.12"), ControlId.parse("5.13"))))
                .with(ControlId.parse("6.1"), Decision.applicable("x").withStatus(ImplementationStatus.IMPLEMENTED))
                .with(ControlId.parse("7.4"), Decision.excluded("x"))
                .with(ControlId.parse("8.1"), Decision.applicable("x").withStatus(ImplementationStatus.PARTIALLY_IMPLEMENTED))
                .with(ControlId.parse("8.2"), Decision.applicable("x").withStatus(ImplementationStatus.NOT_IMPLEMENTED));
        SoaSummary summary = soa.summary();
        assertThat(summary.count(Theme.ORGANIZATIONAL, DecisionState.STATUS_NOT_STATED)).isEqualTo(2);
        assertThat(summary.count(Theme.ORGANIZATIONAL, DecisionState.UNDECIDED)).isEqualTo(35);
        assertThat(summary.count(Theme.PEOPLE, DecisionState.IMPLEMENTED)).isEqualTo(1);
        assertThat(summary.count(Theme.PHYSICAL, DecisionState.EXCLUDED)).isEqualTo(1);
        assertThat(summary.count(Theme.TECHNOLOGICAL, DecisionState.PARTIALLY_IMPLEMENTED)).isEqualTo(1);
        assertThat(summary.count(Theme.TECHNOLOGICAL, DecisionState.NOT_IMPLEMENTED)).isEqualTo(1);
        assertThat(summary.total(DecisionState.UNDECIDED)).isEqualTo(87);
        for (Theme theme : Theme.values()) {
            assertThat(summary.total(theme)).isEqualTo(theme.size());
        }
        assertThat(summary.total()).isEqualTo(93);
        assertThat(summary).hasToString("SoaSummary{organizational: status_not_stated 2, undecided 35; "
                + "people: implemented 1, undecided 7; physical: excluded 1, undecided 13; "
                + "technological: partially_implemented 1, not_implemented 1, undecided 32}");
        assertThat(summary).isEqualTo(soa.summary()).hasSameHashCodeAs(soa.summary())
                .isNotEqualTo(StatementOfApplicability.empty().summary()).isNotEqualTo("x");
    }

    @Test
    void table_aRowPerThemeAndATotalRow_inJapaneseAndEnglish() {
        SoaSummary summary = StatementOfApplicability.ofTreatments(
                Map.of(3, List.of(ControlId.parse("5.12"), ControlId.parse("5.13")))).summary();
        assertThat(summary.decided()).isEqualTo(2);
        assertThat(StatementOfApplicability.empty().summary().decided()).isZero();
        ReportTable ja = summary.table(Locale.JAPANESE);
        assertThat(ja.headings()).containsExactly("テーマ", "実施済み", "一部実施", "未実施", "実施状況未記入", "除外", "未決定", "合計");
        assertThat(ja.rows()).hasSize(5);
        assertThat(ja.toMarkdown()).contains("| 組織的管理策 | 0 | 0 | 0 | 2 | 0 | 35 | 37 |\n")
                .endsWith("| 合計 | 0 | 0 | 0 | 2 | 0 | 91 | 93 |\n");
        ReportTable en = summary.table(Locale.ENGLISH);
        assertThat(en.headings()).startsWith("Theme", "implemented").endsWith("undecided", "Total");
        assertThat(en.rows().get(3)).containsExactly("technological controls", "0", "0", "0", "0", "0", "34", "34");
        assertThat(en.rows().get(4)).containsExactly("Total", "0", "0", "0", "2", "0", "91", "93");
        assertThatThrownBy(() -> summary.table(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
    }

    @Test
    void nulls_namedParameters() {
        SoaSummary summary = StatementOfApplicability.empty().summary();
        assertThatThrownBy(() -> summary.count(null, DecisionState.UNDECIDED)).isInstanceOf(NullPointerException.class)
                .hasMessage("theme");
        assertThatThrownBy(() -> summary.count(Theme.PEOPLE, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("state");
        assertThatThrownBy(() -> summary.total((Theme) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("theme");
        assertThatThrownBy(() -> summary.total((DecisionState) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("state");
    }
}
