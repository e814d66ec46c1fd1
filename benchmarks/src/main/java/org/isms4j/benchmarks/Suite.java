package org.isms4j.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite, {@link ScoringBenchmark} (with {@code -prof gc}), {@link ThreadsBenchmark},
 * {@link MemoryBenchmark}, {@link JsonBenchmark} and {@link CatalogueBenchmark}, and prints the
 * Markdown tables of {@code docs/benchmarks.md}: raw numbers, the ratios every target is stated
 * in, and whether each target is met.
 *
 * <p>Quick mode runs one fork per benchmark with one warm-up second (four for JSON) and two
 * measured seconds, the threads benchmark on 1 M risks only, and the catalogue's first access in
 * 5 forks instead of 10.
 *
 * <p>Run through {@code benchmarks/run.sh}, or:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.isms4j.benchmarks.Suite --quick
 * java -cp benchmarks/target/benchmarks.jar org.isms4j.benchmarks.Suite --full
 * }</pre>
 *
 * <p>Any further argument is a JMH option that overrides the suite's, such as
 * {@code -p model=5x5}. The JSON results and the tables go to
 * {@code benchmarks/target/results/}.
 */
public final class Suite {

    private static final double MILLION = 1e6;

    private final boolean quick;
    private final CommandLineOptions overrides;
    private final Path out;
    private final List<String> args;

    private Suite(boolean quick, CommandLineOptions overrides, Path out, List<String> args) {
        this.quick = quick;
        this.overrides = overrides;
        this.out = out;
        this.args = args;
    }

    /**
     * Runs the suite.
     *
     * @param args {@code --quick} or {@code --full} (the default), then JMH options
     * @throws Exception if JMH fails or the results cannot be written
     */
    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean quick = rest.remove("--quick");
        rest.remove("--full");
        CommandLineOptions overrides;
        try {
            overrides = new CommandLineOptions(rest.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String stamp = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path out = Paths.get("benchmarks", "target", "results", stamp + (quick ? "-quick" : "-full"));
        Files.createDirectories(out);
        new Suite(quick, overrides, out, List.of(args)).run();
    }

    private ChainedOptionsBuilder options(Class<?> benchmark) {
        return options(benchmark, "", true);
    }

    private ChainedOptionsBuilder options(Class<?> benchmark, String methods, boolean shorten) {
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include(benchmark.getName() + "\\." + methods)
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve(benchmark.getSimpleName() + methods.replaceAll("\\W", "") + ".json").toString());
        if (quick && shorten) {
            builder.forks(1)
                    .warmupIterations(1)
                    .warmupTime(TimeValue.seconds(1))
                    .measurementIterations(2)
                    .measurementTime(TimeValue.seconds(1));
        }
        return builder.parent(overrides);
    }

    private Collection<RunResult> run(ChainedOptionsBuilder builder) throws RunnerException {
        return new Runner(builder.build()).run();
    }

    private void run() throws RunnerException, IOException {
        ChainedOptionsBuilder scoringOptions = options(ScoringBenchmark.class).addProfiler(GCProfiler.class);
        if (quick) {
            // A diagnostic variant (finding 2 of docs/benchmarks.md) that no table uses.
            scoringOptions.exclude("perRiskObjectStored");
        }
        Collection<RunResult> scoring = run(scoringOptions);
        ChainedOptionsBuilder threadOptions = options(ThreadsBenchmark.class);
        if (quick) {
            threadOptions.param("size", "1000000");
        }
        Collection<RunResult> threads = run(threadOptions);
        Collection<RunResult> memory = run(options(MemoryBenchmark.class, "", false));
        ChainedOptionsBuilder jsonOptions = options(JsonBenchmark.class).addProfiler(GCProfiler.class);
        if (quick) {
            // One warm-up second leaves isms-json's larger read and write path half compiled
            // (its first invocations take 700 ms, warm ones 250 ms): warm it for 4 s.
            jsonOptions.warmupIterations(4);
        }
        Collection<RunResult> json = run(jsonOptions);
        ChainedOptionsBuilder cold = options(CatalogueBenchmark.class, "firstAccess", false);
        if (quick) {
            cold.forks(5);
        }
        List<RunResult> catalogue = new ArrayList<>(run(cold));
        catalogue.addAll(run(options(CatalogueBenchmark.class, "lookup.*", true)));
        StringBuilder report = new StringBuilder();
        machine(report);
        scoringTable(report, scoring);
        threadsTable(report, threads);
        memoryTable(report, memory);
        jsonTable(report, json);
        catalogueTable(report, catalogue);
        targets(report, scoring, memory);
        otherTargets(report, json, catalogue);
        Path tables = out.resolve("tables.md");
        Files.write(tables, report.toString().getBytes(StandardCharsets.UTF_8));
        PrintStream console = System.out;
        console.println();
        console.println(report);
        console.println("Written: " + tables + " and the JSON results beside it.");
    }

    private void machine(StringBuilder report) {
        String cpu = "unknown";
        try (Stream<String> lines = Files.lines(Paths.get("/proc/cpuinfo"))) {
            cpu = lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // Not Linux: the model stays unknown.
        }
        report.append("| | |\n|---|---|\n")
                .append(row("machine", Runtime.getRuntime().availableProcessors() + " CPUs, " + cpu))
                .append(row("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")))
                .append(row("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                .append(row("command", "`benchmarks/run.sh " + String.join(" ", args) + "`"))
                .append('\n');
    }

    private static String row(String key, String value) {
        return "| " + key + " | " + value + " |\n";
    }

    private static String variant(RunResult result) {
        String name = result.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static double secondary(RunResult result, String label) {
        Result<?> value = result.getSecondaryResults().get(label);
        return value == null ? Double.NaN : value.getScore();
    }

    /** The scores of one benchmark class by parameter key (such as {@code 3x3 16000000}) and variant. */
    private static Map<String, Map<String, RunResult>> byKey(Collection<RunResult> results, String... params) {
        Map<String, Map<String, RunResult>> table = new TreeMap<>();
        for (RunResult result : results) {
            StringBuilder key = new StringBuilder();
            for (String param : params) {
                String value = result.getParams().getParam(param);
                key.append(key.length() == 0 ? "" : " ").append(value);
            }
            table.computeIfAbsent(key.toString(), k -> new LinkedHashMap<>()).put(variant(result), result);
        }
        return table;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (value != 0 && Math.abs(value) < 0.01) {
            return String.format(Locale.ROOT, "%.1e", value);
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static double median(RunResult result) {
        return result.getPrimaryResult().getStatistics().getPercentile(50);
    }

    private static double min(RunResult result) {
        return result.getPrimaryResult().getStatistics().getMin();
    }

    private static Optional<RunResult> get(Map<String, RunResult> variants, String name) {
        return Optional.ofNullable(variants.get(name));
    }

    private static void scoringTable(StringBuilder report, Collection<RunResult> results) {
        report.append("### Scoring (ns per risk: median, minimum and mean of the invocations)\n\n")
                .append("| model | risks | variant | median ns | min ns | mean ns | B per risk "
                        + "| copyLimit / variant (median, min) | variant / bulkColumnar (median, min) |\n")
                .append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Map<String, RunResult>> entry : byKey(results, "model", "size").entrySet()) {
            Map<String, RunResult> variants = entry.getValue();
            String[] key = entry.getKey().split(" ");
            Optional<RunResult> copy = get(variants, "copyLimit");
            Optional<RunResult> bulk = get(variants, "bulkColumnar");
            for (String name : List.of("bulkColumnar", "bulkColumnarScalar", "perRiskObject", "naiveBaseline", "copyLimit")) {
                RunResult result = variants.get(name);
                if (result == null) {
                    continue;
                }
                String toCopy = copy.map(c -> number(median(c) / median(result)) + ", " + number(min(c) / min(result)))
                        .orElse("-");
                String toBulk = bulk.map(b -> number(median(result) / median(b)) + ", " + number(min(result) / min(b)))
                        .orElse("-");
                report.append("| ").append(key[0]).append(" | ").append(size(key[1])).append(" | ").append(name)
                        .append(" | ").append(number(median(result)))
                        .append(" | ").append(number(min(result)))
                        .append(" | ").append(number(result.getPrimaryResult().getScore()))
                        .append(" | ").append(number(secondary(result, "gc.alloc.rate.norm") / MILLION))
                        .append(" | ").append(toCopy)
                        .append(" | ").append(toBulk)
                        .append(" |\n");
            }
        }
        report.append('\n');
    }

    private static String size(String risks) {
        long n = Long.parseLong(risks);
        return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + " M" : n >= 1000 && n % 1000 == 0 ? n / 1000 + " K"
                : risks;
    }

    private static void threadsTable(StringBuilder report, Collection<RunResult> results) {
        report.append("### Threads (µs per whole register, median; speed-up over 1 thread)\n\n")
                .append("| model | risks | variant | 1 thread | 2 threads | speed-up (median, min) |\n")
                .append("|---|---:|---|---:|---:|---:|\n");
        for (Map.Entry<String, Map<String, RunResult>> entry : byKey(results, "model", "size", "threads").entrySet()) {
            String[] key = entry.getKey().split(" ");
            if (!key[2].equals("1")) {
                continue;
            }
            Map<String, RunResult> two = byKey(results, "model", "size", "threads")
                    .getOrDefault(key[0] + " " + key[1] + " 2", Map.of());
            for (Map.Entry<String, RunResult> one : entry.getValue().entrySet()) {
                RunResult other = two.get(one.getKey());
                report.append("| ").append(key[0]).append(" | ").append(size(key[1])).append(" | ").append(one.getKey())
                        .append(" | ").append(number(median(one.getValue())))
                        .append(" | ").append(other == null ? "-" : number(median(other)))
                        .append(" | ").append(other == null ? "-"
                                : number(median(one.getValue()) / median(other)) + ", "
                                        + number(min(one.getValue()) / min(other)))
                        .append(" |\n");
            }
        }
        report.append('\n');
    }

    private static void memoryTable(StringBuilder report, Collection<RunResult> results) {
        report.append("### Memory (heap bytes held per risk, register of 10 M)\n\n")
                .append("| form | bytes per risk |\n|---|---:|\n");
        for (RunResult result : results) {
            double iterations = result.getPrimaryResult().getSampleCount();
            report.append("| ").append(variant(result)).append(" | ")
                    .append(number(secondary(result, "bytesPerRisk") / Math.max(1, iterations))).append(" |\n");
        }
        report.append('\n');
    }

    private static void jsonTable(StringBuilder report, Collection<RunResult> results) {
        report.append("### JSON (ms per register of 100 K risks: read, score, write)\n\n")
                .append("| variant | median ms | min ms | MB allocated | / jacksonLimit (median, min) |\n")
                .append("|---|---:|---:|---:|---:|\n");
        Map<String, RunResult> variants = byKey(results).getOrDefault("", Map.of());
        RunResult jackson = variants.get("jacksonLimit");
        for (RunResult result : variants.values()) {
            report.append("| ").append(variant(result))
                    .append(" | ").append(number(median(result)))
                    .append(" | ").append(number(min(result)))
                    .append(" | ").append(number(secondary(result, "gc.alloc.rate.norm") / MILLION))
                    .append(" | ").append(jackson == null ? "-"
                            : number(median(result) / median(jackson)) + ", " + number(min(result) / min(jackson)))
                    .append(" |\n");
        }
        report.append('\n');
    }

    private static void catalogueTable(StringBuilder report, Collection<RunResult> results) {
        report.append("### Annex A catalogue\n\n| variant | result | unit |\n|---|---:|---|\n");
        for (RunResult result : results) {
            Result<?> primary = result.getPrimaryResult();
            String detail = variant(result).equals("firstAccess")
                    ? number(primary.getScore()) + " (mean of " + primary.getSampleCount() + " fresh forks; min "
                            + number(primary.getStatistics().getMin()) + ", max "
                            + number(primary.getStatistics().getMax()) + ")"
                    : number(primary.getScore());
            report.append("| ").append(variant(result)).append(" | ").append(detail).append(" | ")
                    .append(primary.getScoreUnit()).append(" |\n");
        }
        report.append('\n');
    }

    private static void otherTargets(StringBuilder report, Collection<RunResult> json,
            Collection<RunResult> catalogue) {
        Map<String, RunResult> variants = byKey(json).getOrDefault("", Map.of());
        RunResult ours = variants.get("isms4jReadScoreWrite");
        RunResult jackson = variants.get("jacksonLimit");
        if (ours != null && jackson != null) {
            double ratio = median(ours) / median(jackson);
            target(report, "JSON path ≤ 1.5 × plain Jackson's time (100 K)",
                    number(ratio) + " × (min: " + number(min(ours) / min(jackson)) + " ×)", ratio <= 1.5);
        }
        for (RunResult result : catalogue) {
            double score = result.getPrimaryResult().getScore();
            if (variant(result).equals("firstAccess")) {
                target(report, "catalogue first access < 10 ms", number(score) + " ms", score < 10);
            } else if (variant(result).equals("lookupById")) {
                target(report, "catalogue lookup by id < 20 ns", number(score) + " ns", score < 20);
            }
        }
        report.append('\n');
    }

    private static void targets(StringBuilder report, Collection<RunResult> scoring, Collection<RunResult> memory) {
        report.append("### Targets\n\n| target | measured | met |\n|---|---|---|\n");
        for (Map.Entry<String, Map<String, RunResult>> entry : byKey(scoring, "model", "size").entrySet()) {
            Map<String, RunResult> variants = entry.getValue();
            String[] key = entry.getKey().split(" ");
            String where = key[0] + ", " + size(key[1]);
            RunResult bulk = variants.get("bulkColumnar");
            RunResult copy = variants.get("copyLimit");
            RunResult naive = variants.get("naiveBaseline");
            RunResult perRisk = variants.get("perRiskObject");
            if (bulk != null && copy != null && key[1].equals("16000000")) {
                double ratio = median(copy) / median(bulk);
                target(report, "bulk ≥ 0.5 × copyLimit throughput (" + where + ")",
                        number(ratio) + " × (min: " + number(min(copy) / min(bulk)) + " ×)", ratio >= 0.5);
            }
            if (bulk != null && naive != null) {
                double ratio = median(naive) / median(bulk);
                target(report, "bulk ≥ 20 × naiveBaseline (" + where + ")", number(ratio) + " ×", ratio >= 20);
            }
            if (perRisk != null) {
                double bytes = secondary(perRisk, "gc.alloc.rate.norm") / MILLION;
                target(report, "per-risk ≤ 10 ns and 0 B (" + where + ")",
                        number(median(perRisk)) + " ns, " + number(bytes) + " B",
                        median(perRisk) <= 10 && !(bytes >= 0.01));
            }
        }
        for (RunResult result : memory) {
            if (variant(result).equals("columnar")) {
                double bytes = secondary(result, "bytesPerRisk") / Math.max(1, result.getPrimaryResult().getSampleCount());
                target(report, "columnar ≤ 8 bytes per risk (10 M)", number(bytes) + " B", bytes <= 8);
            }
        }
    }

    private static void target(StringBuilder report, String target, String measured, boolean met) {
        report.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }
}
