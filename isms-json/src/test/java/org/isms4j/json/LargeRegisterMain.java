package org.isms4j.json;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;

/**
 * Generates a register of a million risks, then reads it row by row, scores every risk again
 * under a new model version with {@link RiskModel#score} and writes the result row by row, then
 * reads the result to check it. Run by {@link LargeRegisterTest} in a JVM of {@code -Xmx256m},
 * where the rows held at once would not fit.
 */
final class LargeRegisterMain {

    static final int RISKS = 1_000_000;

    private LargeRegisterMain() {}

    /** The new model: the standard scales and table, stricter criteria, version 2. */
    static RiskModel rescoringModel() {
        return RiskModel.standard().withIdAndVersion("isms4j-standard", "2").withAcceptanceCriteria(
                AcceptanceCriteria.of(List.of(AcceptanceThreshold.of(6, "早急に対応", "treat immediately"),
                        AcceptanceThreshold.of(3, "今期中に対応", "treat within this term")), "受容範囲", "acceptable"));
    }

    private static long peak;

    /** Samples the heap in use, the highest sample being reported as peakHeap (an estimate). */
    private static void sampleHeap() {
        Runtime runtime = Runtime.getRuntime();
        peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Path input = dir.resolve("register-1m.json");
        Path output = dir.resolve("register-1m-rescored.json");
        IsmsJson json = IsmsJson.strict().compact();
        RiskModel first = RiskModel.standard();
        RiskModel second = rescoringModel();
        long start = System.nanoTime();

        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(input), 1 << 16);
                RiskRegisterWriter writer = json.riskRegisterWriter(out, first)) {
            for (int n = 1; n <= RISKS; n++) {
                Risk risk = Risk.of(n, List.of(n % 997 + 1, n % 13 + 1000), "risk source " + (n % 100), "external",
                        "event " + (n % 50), SecurityProperty.CONFIDENTIALITY);
                writer.write(RiskRegisterEntry.of(risk, RiskEvaluation.of(first, n % 3 + 1, n % 3 + 1, n / 3 % 3 + 1)));
            }
        }
        long generated = System.nanoTime();

        long rows = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 16);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
                RiskRegisterReader reader = json.riskRegisterReader(in, first);
                RiskRegisterWriter writer = json.riskRegisterWriter(out, second)) {
            while (reader.hasNext()) {
                RiskRegisterEntry entry = reader.next();
                RiskEvaluation old = entry.firstEvaluation();
                RiskEvaluation rescored = RiskEvaluation.of(second, old.assetImportance(), old.threat().getAsInt(),
                        old.vulnerability().getAsInt());
                writer.write(entry.withFirstEvaluation(rescored));
                if (++rows % 10_000 == 0) {
                    sampleHeap();
                }
            }
        }
        long rescoredAt = System.nanoTime();

        long checked = 0;
        long levels = 0;
        long urgent = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(output), 1 << 16);
                RiskRegisterReader reader = json.riskRegisterReader(in, second)) {
            while (reader.hasNext()) {
                RiskEvaluation evaluation = reader.next().firstEvaluation();
                levels += evaluation.level();
                urgent += evaluation.priority().rank() == 1 ? 1 : 0;
                checked++;
            }
        }
        long end = System.nanoTime();

        System.out.printf(java.util.Locale.ROOT,
                "rows=%d checked=%d levels=%d urgent=%d inputBytes=%d outputBytes=%d maxHeap=%d peakHeap=%d "
                        + "generateMs=%d rescoreMs=%d checkMs=%d%n",
                rows, checked, levels, urgent, Files.size(input), Files.size(output),
                Runtime.getRuntime().maxMemory(), peak, (generated - start) / 1_000_000,
                (rescoredAt - generated) / 1_000_000, (end - rescoredAt) / 1_000_000);
        Files.delete(input);
        Files.delete(output);
    }
}
