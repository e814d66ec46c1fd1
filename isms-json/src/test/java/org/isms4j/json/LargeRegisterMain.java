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
import org.isms4j.core.register.AssessedRisk;
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

    /** The importance of risk n: that of its asset n % 999 + 1. */
    static int importance(int n) {
        return (n % 999 + 1) % 3 + 1;
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

        // The input is generated as text, the way another tool would write it: the inventory holds assets
        // 1 - 999 of importance k % 3 + 1 and assets 1000 - 1012 of importance 1; risk n cites one of each.
        try (java.io.Writer out = Files.newBufferedWriter(input, java.nio.charset.StandardCharsets.UTF_8)) {
            out.write("{\"format\":\"isms4j.risk-register\",\"formatVersion\":1,"
                    + "\"model\":{\"id\":\"isms4j-standard\",\"version\":\"1\"},\"inventory\":[");
            for (int k = 1; k <= 1012; k++) {
                int c = k < 1000 ? k % 3 + 1 : 1;
                out.write((k > 1 ? "," : "") + "{\"number\":" + k + ",\"name\":\"asset " + k
                        + "\",\"rating\":{\"confidentiality\":" + c + ",\"integrity\":1,\"availability\":1}}");
            }
            out.write("],\"risks\":[");
            for (int n = 1; n <= RISKS; n++) {
                int importance = importance(n);
                int threat = n % 3 + 1;
                int vulnerability = n / 3 % 3 + 1;
                org.isms4j.core.Score score = first.score(importance, threat, vulnerability);
                out.write((n > 1 ? "," : "") + "{\"number\":" + n + ",\"assetNumbers\":[" + (n % 999 + 1) + ","
                        + (n % 13 + 1000) + "],\"riskSource\":\"risk source " + n % 100
                        + "\",\"impactArea\":\"external\",\"event\":\"event " + n % 50
                        + "\",\"lostProperties\":[\"confidentiality\"],\"firstEvaluation\":{\"assetImportance\":"
                        + importance + ",\"threat\":" + threat + ",\"vulnerability\":" + vulnerability
                        + ",\"likelihood\":" + score.likelihood() + ",\"level\":" + score.level()
                        + ",\"priority\":\"" + score.priority().code() + "\"}}");
            }
            out.write("]}");
        }
        long generated = System.nanoTime();

        long rows = 0;
        long levels = 0;
        long urgent = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 16);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
                RiskRegisterReader reader = json.riskRegisterReader(in, first);
                RiskRegisterWriter writer = json.riskRegisterWriter(out, second, reader.inventory())) {
            while (reader.hasNext()) {
                AssessedRisk row = reader.next();
                RiskEvaluation old = row.first();
                RiskEvaluation rescored = RiskEvaluation.of(second, old.assetImportance(), old.threat().getAsInt(),
                        old.vulnerability().getAsInt());
                writer.write(AssessedRisk.of(row.risk(), rescored));
                levels += rescored.level();
                urgent += rescored.priority().rank() == 1 ? 1 : 0;
                if (++rows % 10_000 == 0) {
                    sampleHeap();
                }
            }
        }
        long rescoredAt = System.nanoTime();

        // The output is checked as JSON tokens only: its rows were counted as they were written.
        long checked = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(output), 1 << 16);
                com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory()
                        .createParser(in)) {
            for (com.fasterxml.jackson.core.JsonToken token; (token = parser.nextToken()) != null;) {
                if (token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
                        && parser.getParsingContext().getNestingDepth() == 3 && "number".equals(parser.currentName())
                        && "risks".equals(parser.getParsingContext().getParent().getParent().getCurrentName())) {
                    checked++;
                }
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
