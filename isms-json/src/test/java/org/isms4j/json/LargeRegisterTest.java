package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.isms4j.core.RiskModel;
import org.junit.jupiter.api.Test;

/**
 * Large registers stream: a register of 1,000,000 risks is generated, read, scored again with
 * {@link RiskModel#score} and written row by row in a forked JVM limited to {@code -Xmx256m}
 * (see {@link LargeRegisterMain}).
 */
class LargeRegisterTest {

    @Test
    void riskRegisterReaderAndWriter_millionRisksIn256MegabytesOfHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), LargeRegisterMain.class.getName(),
                Path.of("target", "large-register").toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        System.out.println(output);
        Map<String, Long> stats = new HashMap<>();
        for (String pair : output.trim().split("\\s+")) {
            String[] kv = pair.split("=");
            stats.put(kv[0], Long.parseLong(kv[1]));
        }
        assertThat(stats.get("rows")).isEqualTo(LargeRegisterMain.RISKS);
        assertThat(stats.get("checked")).isEqualTo(LargeRegisterMain.RISKS);
        assertThat(stats.get("maxHeap")).isLessThanOrEqualTo(256L << 20);
        assertThat(stats.get("inputBytes")).isGreaterThan(256L << 20);
        // Under the new model, levels 6 and 9 are priority 1.
        RiskModel second = LargeRegisterMain.rescoringModel();
        long levels = 0;
        long urgent = 0;
        for (int n = 1; n <= LargeRegisterMain.RISKS; n++) {
            var score = second.score(LargeRegisterMain.importance(n), n % 3 + 1, n / 3 % 3 + 1);
            levels += score.level();
            urgent += score.priority().rank() == 1 ? 1 : 0;
        }
        assertThat(stats.get("levels")).isEqualTo(levels);
        assertThat(stats.get("urgent")).isEqualTo(urgent);
    }
}
