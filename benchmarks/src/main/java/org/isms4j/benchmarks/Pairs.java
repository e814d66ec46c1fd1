package org.isms4j.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Measures a benchmark against its yardstick in turns, A B A B …, one fresh fork each, and prints
 * the ratio A / B of each pair and their median: on a shared machine whose speed drifts over
 * minutes, the ratio of two runs side by side holds where two numbers minutes apart do not.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.isms4j.benchmarks.Pairs \
 *     JsonBenchmark.isms4jReadScoreWrite JsonBenchmark.jacksonLimit 6
 * }</pre>
 *
 * <p>Each run: one fork, four warm-up iterations and five measured iterations of two seconds,
 * the class's own mode and JVM options; the score compared is the mean. JMH's own output goes
 * to {@code isms4j-pairs-jmh.log} in the temporary directory.
 */
public final class Pairs {

    /** Where JMH's own output goes, so that the pairs' lines stand alone. */
    private static final String LOG = System.getProperty("java.io.tmpdir") + "/isms4j-pairs-jmh.log";

    private Pairs() {}

    /**
     * Runs the pairs.
     *
     * @param args benchmark A, benchmark B (each {@code Class.method}), and the number of pairs
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        if (args.length != 3) {
            System.err.println("Usage: Pairs <Class.benchmarkA> <Class.benchmarkB> <pairs>");
            System.exit(2);
        }
        int pairs = Integer.parseInt(args[2]);
        List<Double> ratios = new ArrayList<>();
        for (int i = 1; i <= pairs; i++) {
            double a = score(args[0]);
            double b = score(args[1]);
            ratios.add(a / b);
            System.out.printf(Locale.ROOT, "pair %d: %s %.1f, %s %.1f, ratio %.3f%n", i, args[0], a, args[1], b, a / b);
        }
        ratios.sort(null);
        int n = ratios.size();
        double median = n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
        System.out.printf(Locale.ROOT, "ratio %s / %s over %d pairs: median %.3f, min %.3f, max %.3f%n", args[0],
                args[1], n, median, ratios.get(0), ratios.get(n - 1));
    }

    private static double score(String benchmark) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("\\." + benchmark.replace(".", "\\.") + "$")
                .output(LOG)
                .forks(1)
                .warmupIterations(4)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .build()).run();
        return results.iterator().next().getPrimaryResult().getScore();
    }
}
