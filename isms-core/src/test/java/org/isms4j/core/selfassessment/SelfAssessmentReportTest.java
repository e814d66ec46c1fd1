package org.isms4j.core.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SelfAssessmentReportTest {

    @Test
    void answers_inJapanese_followTheSourcesSheet() {
        String markdown = SelfAssessmentReport.answers(AggregationTest.sales().result(), Locale.JAPANESE).toMarkdown();
        assertThat(markdown).startsWith("| 診断項目 | No | 診断内容 | 回答 | 点数 | 満点 |\n| --- |")
                .contains("| 基本的対策 | 5 | 新たな脅威や攻撃の手口を知り、対策を社内で共有する | 分からない | -1 | 4 |");
    }

    @Test
    void parts_inEnglish_endWithTheTotal() {
        String markdown = SelfAssessmentReport.parts(AggregationTest.sales().result(), Locale.ENGLISH).toMarkdown();
        assertThat(markdown).isEqualTo("| Part | Points | Maximum | Applicable maximum |\n| --- | --- | --- | --- |\n"
                + "| basic measures | 9 | 20 | 20 |\n| Total | 9 | 20 | 20 |\n");
    }

    @ParameterizedTest
    @EnumSource(SelfAssessmentColumn.class)
    void everyColumn_hasItsCodeAndBothNames(SelfAssessmentColumn column) {
        assertThat(SelfAssessmentColumn.ofCode(column.code())).isSameAs(column);
        assertThat(column.getDisplayName(Locale.JAPANESE)).isNotBlank();
        assertThat(column.getDisplayName(Locale.ENGLISH)).isNotBlank();
    }
}
