package org.isms4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
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
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.isms4j.core.RiskModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles and runs every {@code java} code block of README.md and docs/*.md, and every
 * {@code <pre>{@code ...}</pre>} example in the Javadoc of the library modules.
 *
 * <p>A block is a snippet: its {@code import} lines go to the top of a class, the rest into
 * {@code main}. A Javadoc example also imports its own package and {@code org.isms4j.core}. Each
 * {@code // prints: text} line of the block must appear in what it prints.
 */
class DocumentationSamplesTest {

    private static final Path ROOT = Path.of("../..");
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern JAVADOC_BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* }</pre>",
            Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** The library modules whose Javadoc examples run here: those this module depends on. */
    private static final List<String> MODULES = List.of("isms-core", "isms-annexa", "isms-json", "isms-csv");

    record Sample(String file, int index, String code) {
        @Override
        public String toString() {
            return file + " #" + index;
        }
    }

    static Stream<Sample> samples() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Sample> samples = new ArrayList<>();
        for (Path file : files) {
            Matcher matcher = BLOCK.matcher(Files.readString(file));
            int index = 0;
            while (matcher.find()) {
                samples.add(new Sample(ROOT.relativize(file).toString(), ++index, matcher.group(1)));
            }
        }
        for (String module : MODULES) {
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
            }
            for (Path source : sources) {
                String text = Files.readString(source);
                Matcher matcher = JAVADOC_BLOCK.matcher(text);
                Matcher pkg = PACKAGE.matcher(text);
                String imports = pkg.find() ? "import " + pkg.group(1) + ".*;\nimport org.isms4j.core.*;\n" : "";
                int index = 0;
                while (matcher.find()) {
                    String code = matcher.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", ""))
                            .collect(Collectors.joining("\n"));
                    samples.add(new Sample(ROOT.relativize(source).toString(), ++index, imports + code));
                }
            }
        }
        assertThat(samples).as("code samples").isNotEmpty();
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sample_compilesRunsAndPrintsWhatItSays(Sample sample, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        List<String> lines = sample.code().lines().collect(Collectors.toList());
        String imports = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
        String body = lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
        Path source = dir.resolve("Sample.java");
        Files.writeString(source, imports + "\npublic class Sample {\n public static void main(String[] args) "
                + "throws Exception {\n" + body + "\n }\n}\n");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringBuilder classpath = new StringBuilder(System.getProperty("java.class.path"));
        for (Class<?> anchor : List.of(RiskModel.class, org.isms4j.annexa.AnnexA.class,
                org.isms4j.json.IsmsJson.class, org.isms4j.csv.IsmsCsv.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonParser.class, com.fasterxml.jackson.annotation.JsonProperty.class,
                com.fasterxml.jackson.dataformat.csv.CsvMapper.class)) {
            classpath.append(java.io.File.pathSeparator)
                    .append(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, diagnostics, diagnostics, "-encoding", "UTF-8", "-cp", classpath.toString(),
                "-d", dir.toString(), source.toString());
        assertThat(status).as("compilation of %s:%n%s", sample, diagnostics.toString(StandardCharsets.UTF_8))
                .isZero();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            Method main = loader.loadClass("Sample").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        List<String> expected = lines.stream().map(String::strip).filter(l -> l.startsWith("// prints: "))
                .map(l -> l.substring("// prints: ".length())).collect(Collectors.toList());
        assertThat(expected).as("%s says what it prints", sample).isNotEmpty();
        for (String text : expected) {
            assertThat(output).as("output of %s", sample).contains(text);
        }
    }
}
