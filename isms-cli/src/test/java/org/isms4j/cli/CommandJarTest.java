package org.isms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The commands run as a forked {@code java -jar isms4j.jar}, after the build makes the jar: in the
 * package phase, which passes the jar as {@code isms4j.jar}. A run that selects tests with
 * {@code -Dtest} runs this class in the test phase too, before the jar exists: there it is skipped.
 */
@EnabledIfSystemProperty(named = "isms4j.jar", matches = ".+")
class CommandJarTest extends CommandContract {

    private static final int RISKS = 200_000;

    @Override
    Run run(String... args) {
        return Run.forked(List.of(), args);
    }

    @Test
    void score_andConvert_streamARegisterLargerThanTheHeap() throws IOException {
        Path register = files.file("large register.json");
        writeUnscored(register, RISKS);
        assertThat(Files.size(register)).isGreaterThan(32L * 1024 * 1024);
        Run score = Run.forked(List.of("-Xmx32m"), "score", register.toString(), "-o", files.path("scored.json"));
        assertThat(score.exitCode()).as(score.err()).isZero();
        assertThat(score.out()).isEqualTo("Scored 200,000 risks, written to " + files.path("scored.json") + "\n");
        Run convert = Run.forked(List.of("-Xmx32m"), "convert", files.path("scored.json"), files.path("copy.json"));
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(convert.out()).isEqualTo("Converted 200,000 risks, written to " + files.path("copy.json") + "\n");
    }

    @Test
    void lang_overridesTheLocale_evenAJapaneseOne() {
        Run english = Run.forked(List.of("-Duser.language=ja", "-Duser.country=JP"), "check", "--help", "--lang", "en");
        assertThat(english.out()).contains("Validate files strictly").doesNotContain("厳密に検査");
        Run japanese = Run.forked(List.of("-Duser.language=ja", "-Duser.country=JP"), "check", "--help");
        assertThat(japanese.out()).contains("ファイルを厳密に検査");
        Run defaultEnglish = Run.forked(List.of("-Duser.language=fr"), "check", "--help");
        assertThat(defaultEnglish.out()).contains("Validate files strictly");
    }

    @Test
    void launcher_makesItsArchiveOnTheFirstRun_andRunsTheSameCommand() throws Exception {
        Path jar = files.file("launched.jar");
        Files.copy(Run.jar(), jar);
        for (int run = 0; run < 2; run++) {
            checked(launch(jar));
            assertThat(archives()).hasSize(1);
        }
        Path archive = archives().get(0);
        assertThat(archive.getFileName().toString()).startsWith("launched.").endsWith("_java.jsa");
        FileTime stale = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000);
        Files.setLastModifiedTime(archive, stale);
        checked(launch(jar));
        assertThat(Files.getLastModifiedTime(archive)).as("an archive older than the jar, made again")
                .isGreaterThan(stale);
    }

    @Test
    void launcher_firstRunsAtOnce_allSucceed_andLeaveOneArchive() throws Exception {
        Path jar = files.file("launched.jar");
        Files.copy(Run.jar(), jar);
        List<Process> runs = new java.util.ArrayList<>();
        for (int run = 0; run < 3; run++) {
            runs.add(launch(jar));
        }
        for (Process run : runs) {
            checked(run);
        }
        assertThat(archives()).hasSize(1);
        try (java.util.stream.Stream<Path> left = Files.list(files.dir)) {
            assertThat(left.map(Path::toString)).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void launcher_aUsageError_makesNoArchive() throws Exception {
        Path jar = files.file("launched.jar");
        Files.copy(Run.jar(), jar);
        ProcessBuilder launcher = launcher(jar, "bogus");
        Process process = launcher.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isEqualTo(2);
        assertThat(archives()).isEmpty();
    }

    /** Starts the launcher {@code bin/isms4j check register.json} on a jar. */
    private Process launch(Path jar) throws IOException {
        return launcher(jar, "check", files.path("register.json"), "--lang", "en").start();
    }

    /** Waits for a launched check, asserting its output and exit code. */
    private void checked(Process process) throws IOException, InterruptedException {
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        assertThat(out).isEqualTo(files.path("register.json") + ": valid (3 risks)\n");
    }

    private ProcessBuilder launcher(Path jar, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", Path.of("bin", "isms4j").toString()));
        command.addAll(List.of(args));
        ProcessBuilder launcher = new ProcessBuilder(command).redirectErrorStream(true);
        launcher.environment().put("ISMS4J_JAR", jar.toString());
        launcher.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return launcher;
    }

    /** The launcher's archives beside the jar. */
    private List<Path> archives() throws IOException {
        try (java.util.stream.Stream<Path> all = Files.list(files.dir)) {
            return all.filter(path -> path.getFileName().toString().matches("launched\\..*\\.jsa")).toList();
        }
    }

    /** A register of 27 assets, one per rating, and risks rated only by threat and vulnerability. */
    private static void writeUnscored(Path file, int risks) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator json = Fixture.MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", "isms4j.risk-register");
            json.writeNumberField("formatVersion", 1);
            json.writeObjectFieldStart("model");
            json.writeStringField("id", "isms4j-standard");
            json.writeStringField("version", "1");
            json.writeEndObject();
            json.writeArrayFieldStart("inventory");
            for (int asset = 0; asset < 27; asset++) {
                json.writeStartObject();
                json.writeNumberField("number", asset + 1);
                json.writeStringField("name", "asset " + (asset + 1));
                json.writeObjectFieldStart("rating");
                json.writeNumberField("confidentiality", asset / 9 + 1);
                json.writeNumberField("integrity", asset / 3 % 3 + 1);
                json.writeNumberField("availability", asset % 3 + 1);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("risks");
            for (int k = 0; k < risks; k++) {
                json.writeStartObject();
                json.writeNumberField("number", k + 1);
                json.writeArrayFieldStart("assetNumbers");
                json.writeNumber(k % 27 + 1);
                json.writeEndArray();
                json.writeStringField("riskSource", "risk source " + k + " of a register larger than the heap");
                json.writeStringField("impactArea", "area");
                json.writeStringField("event", "event");
                json.writeArrayFieldStart("lostProperties");
                json.writeString("confidentiality");
                json.writeEndArray();
                json.writeObjectFieldStart("firstEvaluation");
                json.writeNumberField("threat", k % 3 + 1);
                json.writeNumberField("vulnerability", k / 3 % 3 + 1);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
