package org.isms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles and runs the examples of this module: the blocks of docs/report.md fenced
 * {@code ```java isms-report} (the examples module, which compiles the other pages' {@code ```java}
 * blocks, does not depend on this module) and the {@code <pre>{@code ...}</pre>} examples of this
 * module's Javadoc, which also import {@code org.isms4j.core} and {@code org.isms4j.report}. Each
 * {@code // prints:} line must be what the example prints, in order.
 */
class GuideExampleTest {

    private static final Pattern GUIDE = Pattern.compile("```java isms-report\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern JAVADOC = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* }</pre>", Pattern.DOTALL);

    record Example(String where, String code) {
        @Override
        public String toString() {
            return where;
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        Matcher guide = GUIDE.matcher(Files.readString(Path.of("..", "docs", "report.md")));
        while (guide.find()) {
            examples.add(new Example("docs/report.md #" + (examples.size() + 1), guide.group(1)));
        }
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src", "main", "java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        for (Path source : sources) {
            Matcher javadoc = JAVADOC.matcher(Files.readString(source));
            while (javadoc.find()) {
                examples.add(new Example(source.toString(), "import org.isms4j.core.*;\nimport org.isms4j.report.*;\n"
                        + javadoc.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", ""))
                                .collect(Collectors.joining("\n"))));
            }
        }
        assertThat(examples).extracting(Example::where).anyMatch(w -> w.startsWith("docs/report.md"))
                .anyMatch(w -> w.endsWith("package-info.java"));
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_compilesRunsAndPrintsWhatItSays(Example example, @TempDir Path dir) throws Exception {
        List<String> imports = new ArrayList<>();
        List<String> body = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String line : example.code().split("\n")) {
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
        assertThat(expected).as("what %s says it prints", example).isNotEmpty();
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactlyElementsOf(expected);
    }
}
