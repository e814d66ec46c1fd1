package org.isms4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of the command: its exit code, stdout and stderr; in-process or as a forked {@code java -jar}. */
record Run(int exitCode, String out, String err) {

    /** The first line of stderr, or the empty string. */
    String firstErrorLine() {
        return err.lines().findFirst().orElse("");
    }

    /** Runs the command in this JVM. */
    static Run inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = IsmsCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The jar the build made, passed by the build as {@code isms4j.jar}. */
    static Path jar() {
        String jar = System.getProperty("isms4j.jar");
        if (jar == null) {
            throw new IllegalStateException("the jar tests run in the package phase, with -Disms4j.jar");
        }
        return Path.of(jar);
    }

    /** Runs {@code java [jvmOptions] -jar isms4j.jar args} and waits for it: in English, unless the options say. */
    static Run forked(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (jvmOptions.stream().noneMatch(option -> option.startsWith("-Duser.language="))) {
            command.add("-Duser.language=en");
        }
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        try {
            Path out = java.nio.file.Files.createTempFile("isms4j-out", ".txt");
            Path err = java.nio.file.Files.createTempFile("isms4j-err", ".txt");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            // Decoded leniently: a workbook on stdout is binary.
            Run run = new Run(process.exitValue(),
                    new String(java.nio.file.Files.readAllBytes(out), StandardCharsets.UTF_8),
                    new String(java.nio.file.Files.readAllBytes(err), StandardCharsets.UTF_8));
            java.nio.file.Files.delete(out);
            java.nio.file.Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
