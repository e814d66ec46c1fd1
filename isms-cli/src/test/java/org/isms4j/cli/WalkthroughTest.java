package org.isms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The walkthrough's documents, section by section, in English and Japanese. */
class WalkthroughTest {

    private static String walkthrough(String lang) {
        Run run = Run.inProcess("walkthrough", "--lang", lang);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run.out();
    }

    @Test
    void english_printsEveryDocumentOfLv3() {
        assertThat(walkthrough("en"))
                .contains("### Asset inventory", "### Risk assessment report", "### Statement of Applicability",
                        "### Risk treatment plan", "### Second evaluation")
                .contains("| 9 | 営業 | 営業用ノートPC |")
                .contains("| 3 | 10, 11, 13, 26, 55 | 電子情報の分類・取扱いが不明確 |")
                .contains("| 3 | 3 | 9 | 1 | reduce | 情報の分類定義 (5.12)<br>分類ごとの情報の取扱いルール<br>ラベリング (5.13) | 5.12, 5.13 | "
                        + "undecided | 2 | 3 | 6 |")
                .contains("| 5.12 | Classification of information | organizational controls | ○ |")
                .contains("| organizational controls | 0 | 0 | 0 | 2 | 0 | 35 | 37 |")
                .contains("| technological controls | 0 | 0 | 0 | 0 | 0 | 34 | 34 |")
                .contains("| Total | 0 | 0 | 0 | 2 | 0 | 91 | 93 |")
                .contains("| 1 | モバイル機器の利用ルールを整備・強化 | ルール検討<br>関係者に周知 | 委員長 | 2023-08-10 | 2023-09-29 | 2023-08-10 |"
                        + " 2023-09-25 | completed |  | 1 |")
                .contains("| 1 | 6 | 2 × 1 = 2 | 4 | acceptable |  |")
                .contains("| 2 | 4 | 1 × 1 = 1 | 3 | acceptable |  |")
                .contains("| 3 | 9 | 2 × 3 = 6 | 3 | treat within this term | accepted (情報セキュリティ委員長, 2023-10-02, "
                        + "review from 2024-04-01) |");
    }

    @Test
    void japanese_usesJapaneseHeadingsAndTerms() {
        assertThat(walkthrough("ja"))
                .contains("## LV.1 クイックアプローチ", "## LV.2 ベースラインアプローチ：情報セキュリティ自社診断", "## LV.3 網羅的アプローチ")
                .contains("### 資産目録", "### リスクアセスメント結果報告書", "### 適用宣言書", "### リスク対応計画", "### 二次評価")
                .contains("| 番号 | 資産番号 | リスク源 | 影響領域 | 事象 |")
                .contains("| 基本的対策 | 2 | ウイルス対策ソフトを導入し、定義ファイルを最新にする | 一部実施している | 2 | 4 |")
                .contains("| 合計 | 9 | 20 | 20 |")
                .contains("| テーマ | 実施済み | 一部実施 | 未実施 | 実施状況未記入 | 除外 | 未決定 | 合計 |")
                .contains("| 合計 | 0 | 0 | 0 | 2 | 0 | 91 | 93 |")
                .contains("| 組織的管理策 |").contains("| 3 | 9 | 2 × 3 = 6 | 3 | 今期中に対応 | 受容 (");
    }
}
