package org.isms4j.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.isms4j.probe.ScorerProbe;
import org.junit.jupiter.api.Test;

/**
 * On the module path, {@code org.isms4j.core} does not name {@code jdk.incubator.vector} in its
 * descriptor; a scorer still takes the vector kernel when the JVM has the module, because the
 * module adds the read itself. The test forks such a JVM: isms-core as a named module, the
 * program that calls it on the class path.
 */
class VectorApiModulePathTest {

    @Test
    void namedModule_readsTheVectorApiWhenTheJvmHasIt() throws Exception {
        Path classes = Path.of("target", "classes");
        assertThat(classes.resolve("module-info.class")).exists();
        String java = ProcessHandle.current().info().command().orElseThrow();
        String testClasses = Path.of("target", "test-classes").toString();
        Process process = new ProcessBuilder(java, "--module-path", classes.toString(), "--add-modules",
                "org.isms4j.core,jdk.incubator.vector", "-cp", testClasses, ScorerProbe.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).endsWith("vectorized=true levels=[9, 6, 6, 1, 9]" + System.lineSeparator());
    }
}
