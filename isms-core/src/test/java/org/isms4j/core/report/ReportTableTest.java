package org.isms4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;

class ReportTableTest {

    @Test
    void assessment_japanese_sourceColumnsAndNumbers() {
        ReportTable table = ReportTable.ofAssessment(CanonicalFixture.treated(), Locale.JAPANESE);
        assertThat(table.headings()).containsExactly("番号", "資産番号", "リスク源", "影響領域", "事象", "喪失する特性", "原因",
                "起こり得る結果", "重要度", "被害発生可能性", "リスクレベル", "優先順位", "リスク対応", "管理策", "附属書A", "対応",
                "二次評価 重要度", "二次評価 被害発生可能性", "二次評価 リスクレベル");
        List<String> risk3 = table.rows().get(2);
        assertThat(risk3.get(1)).isEqualTo("10, 11, 13, 26, 55");
        assertThat(risk3.subList(8, 12)).containsExactly("3", "3", "9", "1");
        assertThat(risk3.get(12)).isEqualTo("低減");
        assertThat(risk3.get(13)).isEqualTo("情報の分類定義 (5.12)\n分類ごとの情報の取扱いルール\nラベリング (5.13)");
        assertThat(risk3.get(14)).isEqualTo("5.12, 5.13");
        assertThat(risk3.get(15)).isEqualTo("未定");
        assertThat(risk3.subList(16, 19)).containsExactly("2", "3", "6");
        assertThat(table.rows()).extracting(row -> row.get(18)).containsExactly("2", "1", "6");
        assertThat(table.rows()).extracting(row -> row.get(15)).containsExactly("済み", "予定", "未定");
        assertThat(table.toMarkdown()).contains("| 3 | 10, 11, 13, 26, 55 |")
                .contains("情報の分類定義 (5.12)<br>分類ごとの情報の取扱いルール<br>ラベリング (5.13)");
    }

    @Test
    void assessment_english_acceptablePriorityIsNamed() {
        ReportTable table = ReportTable.ofAssessment(CanonicalFixture.assessed(), Locale.ENGLISH);
        assertThat(table.headings().get(11)).isEqualTo("Priority");
        assertThat(table.rows()).extracting(row -> row.get(11)).containsExactly("2", "3", "1");
        assertThat(table.rows()).extracting(row -> row.get(5)).containsOnly("loss of confidentiality");
        assertThat(table.rows()).extracting(row -> row.get(15)).containsOnly("");
    }

    @Test
    void plan_columns() {
        ReportTable table = ReportTable.ofPlan(CanonicalFixture.plan(), Locale.JAPANESE);
        assertThat(table.headings()).containsExactly("番号", "管理策", "タスク", "担当", "予定開始", "予定終了", "実績開始",
                "実績終了", "ステータス", "附属書A", "リスク番号");
        assertThat(table.rows().get(0)).containsExactly("1", "モバイル機器の利用ルールを整備・強化", "ルール検討\n関係者に周知", "委員長",
                "2023-08-10", "2023-09-29", "2023-08-10", "2023-09-25", "終了", "", "1");
        assertThat(table.rows().get(4).get(9)).isEqualTo("5.13");
    }

    @Test
    void inventory_english() {
        ReportTable table = ReportTable.ofInventory(CanonicalFixture.inventory(), Locale.ENGLISH);
        assertThat(table.headings()).hasSize(12).startsWith("No", "Business category", "Asset");
        assertThat(table.rows().get(0)).containsExactly("9", "営業", "営業用ノートPC", "", "", "営業部長", "営業部", "ノートPC",
                "3", "2", "2", "3");
    }

    @Test
    void assessment_everyColumn_ofARichRow() {
        org.isms4j.core.register.AssessedRisk row = CanonicalFixture.treated().risks().get(2);
        org.isms4j.core.register.AssessedRisk rich = org.isms4j.core.register.AssessedRisk.of(
                row.risk().withCause("原因文").withConsequence("信用失墜"),
                org.isms4j.core.risk.RiskEvaluation.of(CanonicalFixture.MODEL, 3, 3, 2)
                        .withImportanceOverride(CanonicalFixture.MODEL, 2))
                .withTreatment(org.isms4j.core.treatment.TreatmentDecision.retain("保険で補償"))
                .withSecond(org.isms4j.core.risk.RiskEvaluation.of(CanonicalFixture.MODEL, 3, 2, 2))
                .withAcceptance(row.acceptance().orElseThrow());
        java.util.Map<AssessmentColumn, String> expected = new java.util.EnumMap<>(AssessmentColumn.class);
        expected.put(AssessmentColumn.NUMBER, "3");
        expected.put(AssessmentColumn.ASSETS, "10, 11, 13, 26, 55");
        expected.put(AssessmentColumn.RISK_SOURCE, "電子情報の分類・取扱いが不明確");
        expected.put(AssessmentColumn.IMPACT_AREA, "外部");
        expected.put(AssessmentColumn.EVENT, "情報の紛失・盗難");
        expected.put(AssessmentColumn.LOST_PROPERTIES, "機密性の喪失");
        expected.put(AssessmentColumn.CAUSE, "原因文");
        expected.put(AssessmentColumn.CONSEQUENCE, "信用失墜");
        expected.put(AssessmentColumn.IMPORTANCE, "2");
        expected.put(AssessmentColumn.LIKELIHOOD, "2");
        expected.put(AssessmentColumn.LEVEL, "4");
        expected.put(AssessmentColumn.PRIORITY, "3");
        expected.put(AssessmentColumn.OPTIONS, "保有");
        expected.put(AssessmentColumn.CONTROLS, "");
        expected.put(AssessmentColumn.ANNEX_A, "");
        expected.put(AssessmentColumn.STATUS, "済み");
        expected.put(AssessmentColumn.RESIDUAL_IMPORTANCE, "3");
        expected.put(AssessmentColumn.RESIDUAL_LIKELIHOOD, "1");
        expected.put(AssessmentColumn.RESIDUAL_LEVEL, "3");
        expected.put(AssessmentColumn.THREAT, "3");
        expected.put(AssessmentColumn.VULNERABILITY, "2");
        expected.put(AssessmentColumn.IMPORTANCE_OVERRIDE, "2");
        expected.put(AssessmentColumn.JUSTIFICATION, "保険で補償");
        expected.put(AssessmentColumn.RESIDUAL_THREAT, "2");
        expected.put(AssessmentColumn.RESIDUAL_VULNERABILITY, "2");
        expected.put(AssessmentColumn.RESIDUAL_ASSET_IMPORTANCE, "3");
        expected.put(AssessmentColumn.RESIDUAL_IMPORTANCE_OVERRIDE, "");
        expected.put(AssessmentColumn.ACCEPTED_BY, "情報セキュリティ委員長");
        expected.put(AssessmentColumn.ACCEPTANCE, "受容");
        expected.put(AssessmentColumn.ACCEPTANCE_DATE, "2023-10-02");
        expected.put(AssessmentColumn.ACCEPTANCE_JUSTIFICATION, "分類定義の運用開始まで暫定的に受容");
        expected.put(AssessmentColumn.ACCEPTANCE_EXPIRES, "2024-04-01");
        for (AssessmentColumn column : AssessmentColumn.values()) {
            assertThat(column.valueOf(rich, Locale.JAPANESE)).as(column.code()).isEqualTo(expected.get(column));
        }
        org.isms4j.core.register.AssessedRisk bare = CanonicalFixture.assessed().risks().get(0);
        assertThat(AssessmentColumn.ACCEPTANCE_EXPIRES.valueOf(bare, Locale.ENGLISH)).isEmpty();
        assertThat(AssessmentColumn.ACCEPTED_BY.valueOf(bare, Locale.ENGLISH)).isEmpty();
        assertThat(AssessmentColumn.THREAT.valueOf(bare, Locale.ENGLISH)).isEmpty();
        assertThat(AssessmentColumn.PRIORITY.valueOf(org.isms4j.core.register.AssessedRisk.of(row.risk(),
                org.isms4j.core.risk.RiskEvaluation.ofLikelihood(CanonicalFixture.MODEL, 3, 1)), Locale.ENGLISH))
                .isEqualTo("acceptable");
    }

    @Test
    void markdown_escapesPipesAndLineBreaks() {
        ReportTable table = ReportTable.of(List.of("a", "b"), List.of(List.of("x|y", "1\r\n2")));
        assertThat(table.toMarkdown()).isEqualTo("| a | b |\n| --- | --- |\n| x&#124;y | 1<br>2 |\n");
    }

    @Test
    void of_invalid() {
        assertThatThrownBy(() -> ReportTable.of(List.of(), List.of())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid report table: it has at least one heading");
        assertThatThrownBy(() -> ReportTable.of(List.of("a"), List.of(List.of("1", "2"))))
                .hasMessage("Invalid report table: row 1 has 2 cells, not 1");
    }

    @Test
    void columns_haveUniqueCodesAndHeadings() {
        for (List<? extends VocabularyTerm> columns : List.of(Arrays.asList(InventoryColumn.values()),
                Arrays.asList(AssessmentColumn.values()), Arrays.asList(PlanColumn.values()))) {
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                assertThat(new HashSet<>(columns.stream().map(c -> c.getDisplayName(locale)).toList()))
                        .hasSize(columns.size());
            }
            assertThat(new HashSet<>(columns.stream().map(VocabularyTerm::code).toList())).hasSize(columns.size());
        }
        Stream.of(InventoryColumn.values()).forEach(c -> assertThat(InventoryColumn.ofCode(c.code())).isSameAs(c));
        Stream.of(AssessmentColumn.values()).forEach(c -> assertThat(AssessmentColumn.ofCode(c.code())).isSameAs(c));
        Stream.of(PlanColumn.values()).forEach(c -> assertThat(PlanColumn.ofCode(c.code())).isSameAs(c));
    }
}
