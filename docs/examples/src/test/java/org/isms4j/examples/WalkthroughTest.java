package org.isms4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WalkthroughTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Walkthrough.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void english_printsEverySection() {
        assertThat(run()).isZero();
        assertThat(out())
                .contains("## Asset inventory", "## Risk assessment report", "## Statement of Applicability (summary)",
                        "## Risk treatment plan", "## Second evaluation")
                .contains("| 9 | 営業 | 営業用ノートPC |")
                .contains("| 3 | 10, 11, 13, 26, 55 | 電子情報の分類・取扱いが不明確 |")
                .contains("| 3 | 3 | 9 | 1 | reduce | 情報の分類定義 (5.12)<br>分類ごとの情報の取扱いルール<br>ラベリング (5.13) | 5.12, 5.13 | "
                        + "undecided | 2 | 3 | 6 |")
                .contains("| organizational controls | 0 | 0 | 0 | 2 | 0 | 35 | 37 |")
                .contains("| technological controls | 0 | 0 | 0 | 0 | 0 | 34 | 34 |")
                .contains("Complete: false (undecided: 91)")
                .contains("| 1 | モバイル機器の利用ルールを整備・強化 | ルール検討<br>関係者に周知 | 委員長 | 2023-08-10 | 2023-09-29 | 2023-08-10 |"
                        + " 2023-09-25 | completed |  | 1 |")
                .contains("| 1 | 6 | 2 × 1 = 2 | 4 | acceptable |  |")
                .contains("| 2 | 4 | 1 × 1 = 1 | 3 | acceptable |  |")
                .contains("| 3 | 9 | 2 × 3 = 6 | 3 | treat within this term | accepted (情報セキュリティ委員長, 2023-10-02, "
                        + "review from 2024-04-01) |");
    }

    @Test
    void bundledExample_endsWithTheLv2SelfAssessment() {
        assertThat(run()).isZero();
        // 4 + 2 + 4 + 0 - 1 = 9 of 5 × 4 = 20.
        assertThat(out()).contains("## LV.2 baseline approach: self-assessment")
                .contains("| Part | No | Question | Answer | Points | Maximum |")
                .contains("| basic measures | 5 | Learn of new threats and attack methods and share the measures in the "
                        + "company | don't know | -1 | 4 |")
                .contains("| Total | 9 | 20 | 20 |").contains("Unknown: 5; below target: 2, 4, 5");
        assertThat(run("--lang", "ja")).isZero();
        assertThat(out()).contains("## LV.2 ベースラインアプローチ：情報セキュリティ自社診断")
                .contains("| 基本的対策 | 2 | ウイルス対策ソフトを導入し、定義ファイルを最新にする | 一部実施している | 2 | 4 |")
                .contains("| 合計 | 9 | 20 | 20 |").contains("「分からない」: 5、実施していない・一部実施: 2, 4, 5");
    }

    @Test
    void japanese_usesJapaneseHeadingsAndTerms() {
        assertThat(run("--lang", "ja")).isZero();
        assertThat(out()).contains("## 資産目録", "## リスクアセスメント結果報告書", "## 適用宣言書（集計）", "## リスク対応計画", "## 二次評価")
                .contains("| 番号 | 資産番号 | リスク源 | 影響領域 | 事象 |")
                .contains("| 低減 |").contains("| 未定 |").contains("| 終了 |")
                .contains("| 組織的管理策 |").contains("| 3 | 9 | 2 × 3 = 6 | 3 | 今期中に対応 | 受容 (");
    }

    @Test
    void bundledFiles_areWhatTheLibraryWritesForTheCanonicalRegister() throws Exception {
        org.isms4j.json.IsmsJson json = org.isms4j.json.IsmsJson.strict();
        org.isms4j.core.RiskModel model = org.isms4j.core.RiskModel.standard();
        try (java.io.InputStream register = Walkthrough.class.getResourceAsStream(Walkthrough.BUNDLED_REGISTER);
                java.io.InputStream plan = Walkthrough.class.getResourceAsStream(Walkthrough.BUNDLED_PLAN)) {
            assertThat(new String(register.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(json.writeRiskRegister(CanonicalRegister.treated(model)));
            assertThat(new String(plan.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(json.writeTreatmentPlan(CanonicalRegister.plan()));
        }
    }

    @Test
    void bundledExample_isTheSchemaExample() throws Exception {
        // The register and plan of docs/schema/examples are written from the tests' fixture of the
        // canonical example (isms-testkit's CanonicalFixture); the bundled ones are built apart from it,
        // by ComprehensiveApproachExample. They differ only where the schema example shows more of the
        // format: risk 3's consequence and threat × vulnerability, and no cause for risk 2.
        org.isms4j.core.RiskModel model = org.isms4j.core.RiskModel.standard();
        java.nio.file.Path file = java.nio.file.Path.of("../schema/examples/risk-register.canonical.json");
        org.isms4j.core.register.RiskRegister schemaExample = org.isms4j.json.IsmsJson.strict()
                .readRiskRegister(java.nio.file.Files.readString(file), model);
        org.isms4j.core.register.RiskRegister bundled = CanonicalRegister.treated(model);
        assertThat(bundled.inventory()).isEqualTo(schemaExample.inventory());
        assertThat(bundled.approval()).isEqualTo(schemaExample.approval());
        assertThat(bundled.risks()).hasSameSizeAs(schemaExample.risks());
        for (int i = 0; i < bundled.risks().size(); i++) {
            org.isms4j.core.register.AssessedRisk ours = bundled.risks().get(i);
            org.isms4j.core.register.AssessedRisk theirs = schemaExample.risks().get(i);
            assertThat(ours.risk().withCause(theirs.risk().cause()).withConsequence(theirs.risk().consequence()))
                    .isEqualTo(theirs.risk());
            assertThat(ours.first().score()).isEqualTo(theirs.first().score());
            assertThat(ours.treatment()).isEqualTo(theirs.treatment());
            assertThat(ours.second()).isEqualTo(theirs.second());
            assertThat(ours.acceptance()).isEqualTo(theirs.acceptance());
        }
        assertThat(CanonicalRegister.plan()).isEqualTo(org.isms4j.json.IsmsJson.strict().readTreatmentPlan(
                java.nio.file.Files.readString(file.resolveSibling("treatment-plan.canonical.json"))));
    }

    @Test
    void ownRegister_isReadAndScored(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("register.json");
        org.isms4j.core.RiskModel model = org.isms4j.core.RiskModel.standard();
        java.nio.file.Files.writeString(file,
                org.isms4j.json.IsmsJson.strict().writeRiskRegister(CanonicalRegister.assessed(model)));
        assertThat(run("--lang", "en", file.toString())).isZero();
        assertThat(out()).contains("## Risk assessment report").contains("(no treatment plan given)")
                .contains("| 3 | 10, 11, 13, 26, 55 |").contains("| 3 | 9 | — | — | treat immediately |  |")
                .doesNotContain("## LV.2");
    }

    @Test
    void badRegister_printsThePathAndTheMessage_exits1(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("bad.json");
        String good = org.isms4j.json.IsmsJson.strict().writeRiskRegister(
                CanonicalRegister.assessed(org.isms4j.core.RiskModel.standard()));
        int threat = good.indexOf("\"likelihood\": 2");
        assertThat(threat).isPositive();
        java.nio.file.Files.writeString(file, good.replaceFirst("\"likelihood\": 2", "\"likelihood\": 7"));
        assertThat(run(file.toString())).isEqualTo(1);
        String error = err.toString(StandardCharsets.UTF_8);
        assertThat(error).startsWith(file + ": $.risks[0].firstEvaluation.likelihood")
                .contains("Invalid value for likelihood (valid values 1 - 3): 7").doesNotContain("\tat ");
        assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot read '" + dir.resolve("missing.json")
                + "': NoSuchFileException").doesNotContain("\tat ");
    }

    @Test
    void badArguments_printUsageAndExit2() {
        assertThat(run("--lang", "fr")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown language: 'fr' (valid values ja, en)");
        assertThat(run("--verbose")).isEqualTo(2);
        assertThat(out()).isEmpty();
    }
}
