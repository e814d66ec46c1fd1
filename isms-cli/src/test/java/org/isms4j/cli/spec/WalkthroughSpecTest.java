package org.isms4j.cli.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.isms4j.cli.IsmsCli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The walkthrough's landmark numbers, level by level, in both languages (docs/method.md): LV.1's
 * three rows scored 9, 6, 6; LV.2's total 9 of 20 with question 5 unknown; LV.3's levels 6, 4, 9
 * at priorities 2, 3, 1, and residual levels 2, 1, 6; the three levels in the source's order; then
 * the example company's ISMS records, Plan and Support, Check and Act with the readiness table.
 */
class WalkthroughSpecTest {

    private static String walkthrough(String lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = IsmsCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "walkthrough", "--lang", lang);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theLevelsComeInTheSourcesOrder(String lang) {
        String out = walkthrough(lang);
        int lv1 = out.indexOf("## LV.1 ");
        int lv2 = out.indexOf("## LV.2 ");
        int lv3 = out.indexOf("## LV.3 ");
        assertThat(lv1).isPositive();
        assertThat(lv2).isGreaterThan(lv1);
        assertThat(lv3).isGreaterThan(lv2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void lv1_theEmployeesPcRowsScore9_6_6(String lang) {
        String lv1 = section(walkthrough(lang), "## LV.1 ", "## LV.2 ");
        assertThat(lv1).contains("退職者による情報漏えい")
                .contains("| 1 | 社員名簿 | 3 | 3 | 9 |", "| 2 | 当社宛請求書 | 3 | 2 | 6 |", "| 3 | 顧客リスト | 3 | 2 | 6 |")
                .doesNotContain("会社案内");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void lv2_theExampleSheetTotals9Of20_question5Unknown(String lang) {
        String lv2 = section(walkthrough(lang), "## LV.2 ", "## LV.3 ");
        assertThat(lv2).contains(lang.equals("ja") ? "合計点: 9 / 20" : "Total: 9 / 20")
                .contains(lang.equals("ja") ? "「分からない」: 5、" : "Unknown: 5;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void lv3_levels6_4_9_atPriorities2_3_1_residual2_1_6(String lang) {
        String lv3 = section(walkthrough(lang), "## LV.3 ", records(lang, "Plan"));
        // Importance, likelihood, level, priority of the risk assessment report's rows 1, 2, 3.
        assertThat(lv3).contains("| 3 | 2 | 6 | 2 |", "| 2 | 2 | 4 | 3 |", "| 3 | 3 | 9 | 1 |");
        assertThat(lv3).contains("| 1 | 6 | 2 × 1 = 2 | 4 |", "| 2 | 4 | 1 × 1 = 1 | 3 |", "| 3 | 9 | 2 × 3 = 6 | 3 |");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void lv3_theWholeStatementOfApplicability_notOnlyTheSummary(String lang) {
        String lv3 = section(walkthrough(lang), "## LV.3 ", records(lang, "Plan"));
        assertThat(lv3.lines().filter(line -> line.matches("\\| [5-8]\\.\\d+ \\|.*"))).hasSize(93);
        assertThat(lv3).contains(lang.equals("ja") ? "適用可否が未決定の管理策: 91 件（適用宣言書は未完成）"
                : "Controls not yet decided: 91 (the statement is not finished)");
        assertThat(lv3).doesNotContain("完全性: ", "false", "true");
    }

    /** The heading of a part of the ISMS records, {@code Plan} (and Support) or {@code Check} (and Act). */
    private static String records(String lang, String part) {
        return (lang.equals("ja") ? "## ISMS の記録：" : "## ISMS records: ") + part;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void planAndSupportRecords_afterLv3_trainingRetakenTo100_documentsNumbered(String lang) {
        String out = walkthrough(lang);
        assertThat(out.indexOf(records(lang, "Plan"))).isGreaterThan(out.indexOf("## LV.3 "));
        String records = section(out, records(lang, "Plan"), records(lang, "Check"));
        assertThat(records).contains("株式会社エグザンプル")
                .contains("| 1 | 営業 | 中村 誠 | 2023-10-05 | 90, 100 (2023-10-12) |")
                .contains("| 2 | 管理 | 小林 恵 | 2023-10-06 | 100 (2023-10-06) |")
                .contains("| A-02 | ", "| 情報セキュリティ方針 | 佐藤 花子 | 山田 太郎 | 2023-04-03 |")
                .contains("| 4 | 公正な判断ができること | 5 |")
                .contains("| 6.1 | リスクアセスメントの実施 | 資産目録; リスクアセスメント結果報告書 |  | ● | ● |");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void checkAndActRecords_oneMinorNonconformity_readinessMissesTheCheckAndActRecords(String lang) {
        String records = section(walkthrough(lang), records(lang, "Check"), null);
        boolean ja = lang.equals("ja");
        assertThat(records)
                .contains((ja ? "| 軽微な不適合" : "| minor nonconformity") + " | 1 | 5.2 | 総務部 |")
                .contains((ja ? "| 観察事項" : "| observation") + " | 2 | 7.3 | 管理部 |")
                .contains("| 1 | 情報システム部 | 鈴木 一郎 (管理部) | 渡辺 健 | 2024-02-05 10:00 - 11:30 |")
                .contains(ja ? "初回マネジメントレビューのためありません。" : "None: this is the first management review.")
                .contains("| 5.2 | ", "| A-02 情報セキュリティ方針 | " + (ja ? "有" : "present") + " |");
        String missing = ja ? " |  | 無 |" : " |  | missing |";
        assertThat(records.lines().filter(line -> line.endsWith(missing)).map(line -> line.substring(2, line.indexOf(" |"))))
                .containsExactly("9.2", "9.3", "10.2");
    }

    private static String section(String out, String from, String to) {
        int start = out.indexOf(from);
        int end = to == null ? out.length() : out.indexOf(to);
        assertThat(start).isNotNegative();
        return out.substring(start, end);
    }
}
