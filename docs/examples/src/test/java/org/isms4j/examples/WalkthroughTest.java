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
    void english_printsQuickApproachRowsAndTheCanonicalRisks() {
        assertThat(run()).isZero();
        assertThat(out())
                .contains("| 1 | 人事 | 社員名簿 | 社員基本情報 | 3 | 3 | 2 | 3 | 3 | 9 | treat immediately |")
                .contains("| 2 | 経理 | 当社宛請求書 | 過去3年分 | 3 | 3 | 2 | 3 | 2 | 6 | treat within this term |")
                .contains("| 3 | 営業 | 顧客リスト | 得意先 | 3 | 3 | 3 | 3 | 2 | 6 | treat within this term |")
                .contains("| 1 | 9 | mobile-device usage rules not established |")
                .contains("| 3 | 2 | 6 | 2 treat within this term |")
                .contains("| 2 | 2 | 4 | 3 treatment within this term desirable |")
                .contains("| 2 | 40 | low staff awareness")
                .contains("| 3 | 10, 11, 13, 26, 55 |")
                .contains("| 3 | 3 | 9 | 1 treat immediately |");
    }

    @Test
    void japanese_usesJapaneseHeadingsAndMeanings() {
        assertThat(run("--lang", "ja")).isZero();
        assertThat(out()).contains("| 番号 | 業務分類 | 情報資産名称 |").contains("| 3 | 3 | 9 | 1 早急に対応 |")
                .contains("(機密性の喪失)");
    }

    @Test
    void badArguments_printUsageAndExit2() {
        assertThat(run("--lang", "fr")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown language: 'fr' (valid values ja, en)");
        assertThat(run("--verbose")).isEqualTo(2);
        assertThat(out()).isEmpty();
    }
}
