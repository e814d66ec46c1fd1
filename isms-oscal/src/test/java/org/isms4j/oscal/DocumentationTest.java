package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compiles and runs the examples of this module: the {@code java isms-oscal} blocks of
 * {@code docs/oscal.md} and the {@code <pre>{@code ...}</pre>} blocks of its Javadoc. Each
 * example becomes a class of its own, its {@code import} lines on top (a Javadoc example also
 * imports {@code org.isms4j.oscal} and {@code org.isms4j.core}), and every {@code // prints:} line
 * must be in what it prints. javac and java run as processes of the running JDK: the tests are
 * compiled inside the module {@code org.isms4j.oscal}, which does not read {@code java.compiler}.
 *
 * <p>The guide's block is fenced {@code java isms-oscal}, not {@code java}, so that the
 * documentation test of {@code docs/examples}, which has no dependency on this module, leaves it
 * to this one.
 */
class DocumentationTest {

    private static final Pattern GUIDE = Pattern.compile("```java isms-oscal\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern JAVADOC = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* }</pre>", Pattern.DOTALL);
    private static final Pattern PRINTS = Pattern.compile("// prints: (.*)");

    private static List<String> examples() throws IOException {
        List<String> examples = new ArrayList<>();
        Matcher guide = GUIDE.matcher(Files.readString(Path.of("../docs/oscal.md")));
        while (guide.find()) {
            examples.add(guide.group(1));
        }
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        for (Path source : sources) {
            Matcher javadoc = JAVADOC.matcher(Files.readString(source));
            while (javadoc.find()) {
                examples.add("import org.isms4j.oscal.*;\nimport org.isms4j.core.*;\n" + javadoc.group(1).lines()
                        .map(line -> line.replaceFirst("^\\s*\\* ?", "")).collect(Collectors.joining("\n")));
            }
        }
        return examples;
    }

    @Test
    void examples_compileRunAndPrintWhatTheySay() throws Exception {
        List<String> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        Path dir = Files.createDirectories(Path.of("target", "documentation-examples"));
        List<String> javac = new ArrayList<>(List.of(tool("javac"), "-encoding", "UTF-8", "-cp", classPath(),
                "-d", dir.toString()));
        for (int i = 0; i < examples.size(); i++) {
            List<String> lines = examples.get(i).lines().collect(Collectors.toList());
            Path source = dir.resolve("Example" + i + ".java");
            Files.writeString(source, lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"))
                    + "\npublic class Example" + i + " {\n  public static void main(String[] args) throws Exception {\n"
                    + lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"))
                    + "\n  }\n}\n");
            javac.add(source.toString());
        }
        run(javac);
        for (int i = 0; i < examples.size(); i++) {
            String output = run(List.of(tool("java"), "-cp", dir + File.pathSeparator + classPath(), "Example" + i));
            Matcher prints = PRINTS.matcher(examples.get(i));
            int said = 0;
            while (prints.find()) {
                assertThat(output).as("output of example %d:%n%s", i, examples.get(i)).contains(prints.group(1).strip());
                said++;
            }
            assertThat(said).as("example %d says what it prints", i).isPositive();
        }
    }

    private static String classPath() {
        return System.getProperty("java.class.path");
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        assertThat(process.exitValue()).as("%s:%n%s", command.get(0), output).isZero();
        return output;
    }
}
