package org.isms4j.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.isms4j.probe.ScorerProbe;
import org.junit.jupiter.api.Test;

/**
 * In a JVM without {@code jdk.incubator.vector} (every JVM not started with {@code --add-modules
 * jdk.incubator.vector}), a scorer takes the scalar kernel and never loads the Vector API's
 * classes. The test forks such a JVM, since this one has the module.
 */
class VectorApiAbsentTest {

    @Test
    void withoutTheModule_theScalarKernelScores() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ScorerProbe.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).isEqualTo("vectorized=false levels=[9, 6, 6, 1, 9]" + System.lineSeparator());
    }
}
