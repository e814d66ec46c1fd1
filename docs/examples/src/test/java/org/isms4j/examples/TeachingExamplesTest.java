package org.isms4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TeachingExamplesTest {

    private static String output(Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lv1_quickApproach_scores966() {
        String out = output(QuickApproachExample::run);
        assertThat(out).contains("| 1 | 人事 | 社員名簿 | 社員基本情報 |  |  |  | 社員PC | 3 | 3 | 2 | 3 |")
                .contains("社員名簿     importance 3 × likelihood 3 = level 9 → priority 1 早急に対応")
                .contains("当社宛請求書   importance 3 × likelihood 2 = level 6 → priority 2 今期中に対応")
                .contains("顧客リスト    importance 3 × likelihood 2 = level 6 → priority 2 今期中に対応")
                .doesNotContain("会社案内   importance");
    }

    @Test
    void lv3_comprehensiveApproach_reproducesTheSourcesNumbers() {
        String out = output(ComprehensiveApproachExample::run);
        assertThat(out).contains("risk 3: 3 × 3 = 9, priority 1 (treat immediately)")
                .contains("risk 1: 3 × 2 = 6, priority 2 (treat within this term)")
                .contains("risk 2: 2 × 2 = 4, priority 3 (treatment within this term desirable)")
                .contains("Annex A controls by risk {3=[5.12, 5.13]}")
                .contains("2 applicable, 91 undecided, complete: false")
                .contains("{COMPLETED=1, IN_PROGRESS=1, NOT_STARTED=3}, overdue on 2024-01-15: 3")
                .contains("| 1 | 6 | 2 | 4 |").contains("| 2 | 4 | 1 | 3 |").contains("| 3 | 9 | 6 | 3 |")
                .contains("above acceptance after treatment: risk 3, review due from 2024-04-01");
        assertThat(out.indexOf("risk 3: 3 × 3")).isLessThan(out.indexOf("risk 1: 3 × 2"));
    }
}
