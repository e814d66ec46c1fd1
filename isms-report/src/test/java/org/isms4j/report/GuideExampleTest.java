package org.isms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the example of docs/report.md, fenced {@code ```java isms-report} (the
 * examples module, which compiles the other pages' {@code ```java} blocks, does not depend on
 * this module), and checks each {@code // prints:} line against what it prints.
 */
class GuideExampleTest {

    private static final Pattern BLOCK = Pattern.compile("```java isms-report\\n(.*?)```", Pattern.DOTALL);

    @Test
    void example_compilesRunsAndPrintsWhatItSays(@TempDir Path dir) throws Exception {
        Matcher block = BLOCK.matcher(Files.readString(Path.of("..", "docs", "report.md")));
        assertThat(block.find()).as("an isms-report block in docs/report.md").isTrue();
        List<String> imports = new ArrayList<>();
        List<String> body = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String line : block.group(1).split("\n")) {
            (line.startsWith("import ") ? imports : body).add(line);
            if (line.strip().startsWith("// prints: ")) {
                expected.add(line.strip().substring("// prints: ".length()));
            }
        }
        Path source = dir.resolve("Example.java");
        Files.writeString(source, String.join("\n", imports) + "\npublic class Example {\npublic static void main("
                + "String[] args) {\n" + String.join("\n", body) + "\n}\n}\n");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, "-encoding", "UTF-8",
                "-cp", System.getProperty("java.class.path"), "-d", dir.toString(), source.toString());
        assertThat(status).as("javac:%n%s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("Example").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(out);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        assertThat(expected).isNotEmpty();
        assertThat(lines).containsExactlyElementsOf(expected);
    }
}
