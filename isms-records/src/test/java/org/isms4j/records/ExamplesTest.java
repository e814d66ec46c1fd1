package org.isms4j.records;

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
 * Compiles and runs every code example of isms-records: the {@code <pre>{@code ...}</pre>} blocks
 * of its Javadoc and the {@code java isms-records} blocks of {@code docs/records.md}. Each example becomes a
 * class of its own with its own imports; each {@code // prints: text} line must appear in what the
 * example prints.
 *
 * <p>javac and java run as processes of the running JDK: the test sources are compiled inside the
 * module {@code org.isms4j.records}, which does not read {@code java.compiler}.
 */
class ExamplesTest {

    private static final Pattern JAVADOC = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* }</pre>", Pattern.DOTALL);
    private static final Pattern MARKDOWN = Pattern.compile("```java isms-records\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PRINTS = Pattern.compile("// prints: (.*)");

    @Test
    void javadocExamples_compileRunAndPrintWhatTheySay() throws Exception {
        List<String> examples = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        for (Path source : sources) {
            Matcher matcher = JAVADOC.matcher(Files.readString(source));
            while (matcher.find()) {
                examples.add(matcher.group(1).lines().map(line -> line.replaceFirst("^\\s*\\* ?", ""))
                        .collect(Collectors.joining("\n")));
            }
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
        check("Javadoc", examples);
    }

    @Test
    void guideExamples_compileRunAndPrintWhatTheySay() throws Exception {
        List<String> examples = new ArrayList<>();
        Matcher matcher = MARKDOWN.matcher(Files.readString(Path.of("../docs/records.md")));
        while (matcher.find()) {
            examples.add(matcher.group(1));
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
        check("Guide", examples);
    }

    /** Writes each example as a class, compiles them with a runner, runs it and checks the output. */
    private static void check(String prefix, List<String> examples) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "examples-" + prefix.toLowerCase(java.util.Locale.ROOT)));
        List<String> command = new ArrayList<>();
        StringBuilder runner = new StringBuilder("public class Run" + prefix + " {\n  public static void main(String[] a)"
                + " throws Exception {\n");
        for (int i = 0; i < examples.size(); i++) {
            List<String> lines = examples.get(i).lines().collect(Collectors.toList());
            String imports = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
            String body = lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
            String name = prefix + i;
            Path source = dir.resolve(name + ".java");
            Files.writeString(source, imports + "\npublic class " + name + " {\n  public static void main(String[] a)"
                    + " throws Exception {\n" + body + "\n  }\n}\n");
            command.add(source.toString());
            runner.append("    System.out.println(\"=== ").append(i).append("\");\n    ").append(name)
                    .append(".main(a);\n");
        }
        Path runnerSource = dir.resolve("Run" + prefix + ".java");
        Files.writeString(runnerSource, runner.append("  }\n}\n").toString());
        command.add(runnerSource.toString());
        String classPath = System.getProperty("java.class.path");
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        command.addAll(0, List.of(bin.resolve("javac").toString(), "-encoding", "UTF-8", "-cp", classPath, "-d",
                dir.toString()));
        run(command);
        String output = run(List.of(bin.resolve("java").toString(), "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-cp",
                dir + File.pathSeparator + classPath, "Run" + prefix));
        String[] parts = output.split("=== \\d+\\R", -1);
        assertThat(parts).hasSize(examples.size() + 1);
        for (int i = 0; i < examples.size(); i++) {
            Matcher prints = PRINTS.matcher(examples.get(i));
            assertThat(prints.find()).as("%s example %d says what it prints", prefix, i).isTrue();
            do {
                assertThat(parts[i + 1]).as("output of %s example %d:%n%s", prefix, i, examples.get(i))
                        .contains(prints.group(1).trim());
            } while (prints.find());
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
