package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compiles and runs every {@code <pre>{@code ...}</pre>} example in the Javadoc of isms-json, as
 * the documentation test of {@code docs/examples} does for isms-core: a snippet's {@code import}
 * lines go to the top, the rest into a method; {@code org.isms4j.json} and {@code org.isms4j.core}
 * are imported; each {@code // prints: text} line must appear in what the snippet prints. The
 * {@code java} blocks of the guide's pages on isms-json ({@code docs/json.md})
 * run the same way, each as its own class with its own imports only, as
 * {@code DocumentationSamplesTest} of {@code docs/examples} runs them.
 *
 * <p>javac and java run as processes of the running JDK, since the test sources are compiled
 * inside the module {@code org.isms4j.json}, which does not read {@code java.compiler}.
 */
class JavadocExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* }</pre>", Pattern.DOTALL);
    private static final Pattern PRINTS = Pattern.compile("// prints: (.*)");

    private static List<String> snippets() throws IOException {
        List<String> snippets = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        for (Path source : sources) {
            Matcher matcher = BLOCK.matcher(Files.readString(source));
            while (matcher.find()) {
                snippets.add(matcher.group(1).lines().map(line -> line.replaceFirst("^\\s*\\* ?", ""))
                        .collect(Collectors.joining("\n")));
            }
        }
        return snippets;
    }

    @Test
    void javadocExamples_compileRunAndPrintWhatTheySay() throws Exception {
        List<String> snippets = snippets();
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);
        Set<String> imports = new LinkedHashSet<>(List.of("import org.isms4j.core.*;", "import org.isms4j.json.*;"));
        StringBuilder methods = new StringBuilder();
        StringBuilder calls = new StringBuilder();
        for (int i = 0; i < snippets.size(); i++) {
            StringBuilder body = new StringBuilder();
            for (String line : snippets.get(i).split("\n")) {
                if (line.startsWith("import ")) {
                    imports.add(line);
                } else {
                    body.append("        ").append(line).append('\n');
                }
            }
            methods.append("    static void sample").append(i).append("() throws Exception {\n").append(body)
                    .append("    }\n");
            calls.append("        System.out.println(\"=== ").append(i).append("\");\n        sample").append(i)
                    .append("();\n");
        }
        String source = String.join("\n", imports) + "\n\npublic class Samples {\n" + methods
                + "    public static void main(String[] args) throws Exception {\n" + calls + "    }\n}\n";
        Path dir = Files.createDirectories(Path.of("target", "javadoc-examples"));
        Files.writeString(dir.resolve("Samples.java"), source);
        String classPath = System.getProperty("java.class.path");
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        run(List.of(bin.resolve("javac").toString(), "-encoding", "UTF-8", "-cp", classPath, "-d", dir.toString(),
                dir.resolve("Samples.java").toString()));
        String output = run(List.of(bin.resolve("java").toString(), "-cp", dir + java.io.File.pathSeparator
                + classPath, "Samples"));
        String[] parts = output.split("=== \\d+\\R", -1);
        assertThat(parts).hasSize(snippets.size() + 1);
        for (int i = 0; i < snippets.size(); i++) {
            Matcher prints = PRINTS.matcher(snippets.get(i));
            boolean any = false;
            while (prints.find()) {
                assertThat(parts[i + 1]).as("output of example %d:\n%s", i, snippets.get(i))
                        .contains(prints.group(1).trim());
                any = true;
            }
            assertThat(any).as("example %d says what it prints", i).isTrue();
        }
    }

    private static final Pattern MARKDOWN_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final List<String> GUIDE = List.of("../docs/json.md");

    @Test
    void guideExamples_compileRunAndPrintWhatTheySay() throws Exception {
        List<String> snippets = new ArrayList<>();
        for (String page : GUIDE) {
            Matcher matcher = MARKDOWN_BLOCK.matcher(Files.readString(Path.of(page)));
            while (matcher.find()) {
                snippets.add(matcher.group(1));
            }
        }
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);
        Path dir = Files.createDirectories(Path.of("target", "guide-examples"));
        List<String> sources = new ArrayList<>();
        StringBuilder calls = new StringBuilder();
        for (int i = 0; i < snippets.size(); i++) {
            List<String> lines = snippets.get(i).lines().collect(Collectors.toList());
            String imports = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
            String body = lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
            Path source = dir.resolve("Guide" + i + ".java");
            Files.writeString(source, imports + "\npublic class Guide" + i + " {\n public static void main(String[] args) "
                    + "throws Exception {\n" + body + "\n }\n}\n");
            sources.add(source.toString());
            calls.append("        System.out.println(\"=== ").append(i).append("\");\n        Guide").append(i)
                    .append(".main(args);\n");
        }
        Path runner = dir.resolve("GuideRunner.java");
        Files.writeString(runner, "public class GuideRunner {\n    public static void main(String[] args) throws Exception {\n"
                + calls + "    }\n}\n");
        sources.add(runner.toString());
        String classPath = System.getProperty("java.class.path");
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        List<String> javac = new ArrayList<>(List.of(bin.resolve("javac").toString(), "-encoding", "UTF-8", "-cp",
                classPath, "-d", dir.toString()));
        javac.addAll(sources);
        run(javac);
        String output = run(List.of(bin.resolve("java").toString(), "-cp", dir + java.io.File.pathSeparator
                + classPath, "GuideRunner"));
        String[] parts = output.split("=== \\d+\\R", -1);
        assertThat(parts).hasSize(snippets.size() + 1);
        for (int i = 0; i < snippets.size(); i++) {
            Matcher prints = PRINTS.matcher(snippets.get(i));
            boolean any = false;
            while (prints.find()) {
                assertThat(parts[i + 1]).as("output of guide example %d:\n%s", i, snippets.get(i))
                        .contains(prints.group(1).trim());
                any = true;
            }
            assertThat(any).as("guide example %d says what it prints", i).isTrue();
        }
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s\n%s", command.get(0), output).isZero();
        return output;
    }
}
