package org.isms4j.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.scoring.ColumnarScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a register of risks four ways, in one run, so that the results are ratios: the
 * library's bulk API, its per-risk API, what applications write today, and the memory limit.
 *
 * <p>Every invocation, one operation, scores a million risks ({@value #CHUNK}), whatever the
 * register's size, so that {@code ms/op} reads as ns per risk, and {@code B/op} under
 * {@code -prof gc} as bytes per million risks. The register's size sets the working set: a
 * register of 1 000 risks is scored 1 000 times over in an invocation, one of 16 M risks a
 * different million rows each time, round the register. The mode is sample time: on a shared
 * machine the median and the minimum of the invocations' times ({@code p0.50}, {@code p0.00})
 * say more than the mean, which other processes' time slices inflate. (Sample time keeps whole
 * nanoseconds per operation, which is why an operation is a million risks rather than one.)
 *
 * <ul>
 *   <li>{@code bulkColumnar}: {@link ColumnarScorer} over byte columns, three read and three
 *       written per risk, with the Vector API kernel: the forks run with
 *       {@code --add-modules jdk.incubator.vector}, and both models' tables fit in a vector;
 *   <li>{@code bulkColumnarScalar}: the same with the scalar kernel, what a JVM without the
 *       incubating module runs ({@link ColumnarScorer#VECTOR_PROPERTY} set to {@code false});
 *   <li>{@code perRiskObject}: {@link RiskModel#score(int, int, int)} on pre-built per-risk
 *       objects, their levels summed; {@code perRiskObjectStored} stores each cached
 *       {@link Score} in its risk instead;
 *   <li>{@code naiveBaseline}: the stand-in for the code users have today: boxed integers on
 *       per-risk objects, nested {@code HashMap}s as the likelihood table and the level table, a
 *       stream over the acceptance thresholds, a stream over the register;
 *   <li>{@code copyLimit}: {@link System#arraycopy} of exactly the bytes {@code bulkColumnar} reads
 *       and writes (three input columns onto three output columns): what the memory system
 *       allows, the ceiling of any bulk scorer.
 * </ul>
 *
 * <p>Run (about 2 minutes quick; see {@code benchmarks/run.sh} and {@code docs/benchmarks.md}):
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ScoringBenchmark -prof gc
 * java -jar benchmarks/target/benchmarks.jar ScoringBenchmark -prof gc -f 1 -wi 2 -w 1s -i 3 -r 1s
 * }</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "--add-modules", "jdk.incubator.vector"})
public class ScoringBenchmark {

    /** Risks scored per invocation, one operation: a million, so that ms/op reads as ns per risk. */
    static final int CHUNK = 1_000_000;

    /** The parameters, the model and the input columns every variant shares. */
    @State(Scope.Benchmark)
    public static class Register {

        /** Risks in the register; 16 M byte columns take 16 MB each. */
        @Param({"1000", "1000000", "16000000"})
        public int size;

        /** The model: {@code 3x3} (the standard model) or {@code 5x5} (a 5 × 5 grid model). */
        @Param({"3x3", "5x5"})
        public String model;

        RiskModel riskModel;
        Fixtures.Inputs inputs;
        /** The first row of the next invocation's chunk, for registers larger than a chunk. */
        private int cursor;

        /** Builds the model and the inputs. */
        @Setup(Level.Trial)
        public void setUp() {
            if (size < CHUNK ? CHUNK % size != 0 : size % CHUNK != 0) {
                throw new IllegalArgumentException("size must divide or be a multiple of " + CHUNK + ": " + size);
            }
            riskModel = Fixtures.model(model);
            inputs = Fixtures.inputs(riskModel, size);
        }

        /** Returns how many times an invocation goes over the rows {@link #from()} to {@link #to(int)}. */
        int passes() {
            return size < CHUNK ? CHUNK / size : 1;
        }

        /**
         * Returns the first row of this invocation and advances the cursor: 0 for a register of up
         * to a chunk, the next chunk round a larger register.
         */
        int from() {
            if (size <= CHUNK) {
                return 0;
            }
            int from = cursor;
            cursor = from + CHUNK >= size ? 0 : from + CHUNK;
            return from;
        }

        /** Returns the row after the last of an invocation's range that starts at {@code from}. */
        int to(int from) {
            return from + Math.min(size, CHUNK);
        }
    }

    /** The output columns of the bulk API and of the copy. */
    @State(Scope.Benchmark)
    public static class Columns {
        ColumnarScorer scorer;
        ColumnarScorer scalar;
        byte[] likelihood;
        byte[] level;
        byte[] priority;

        /**
         * Allocates the output columns and the scorer.
         *
         * @param bench the parameters and the inputs
         */
        @Setup(Level.Trial)
        public void setUp(Register bench) {
            scorer = ColumnarScorer.of(bench.riskModel);
            System.setProperty(ColumnarScorer.VECTOR_PROPERTY, "false");
            scalar = ColumnarScorer.of(bench.riskModel);
            System.clearProperty(ColumnarScorer.VECTOR_PROPERTY);
            if (!scorer.isVectorized() || scalar.isVectorized()) {
                throw new IllegalStateException("expected the Vector API kernel for bulkColumnar and the scalar one "
                        + "for bulkColumnarScalar: is the fork started with --add-modules jdk.incubator.vector?");
            }
            likelihood = new byte[bench.size];
            level = new byte[bench.size];
            priority = new byte[bench.size];
        }
    }

    /** The register in object form, built before measuring. */
    @State(Scope.Benchmark)
    public static class ObjectForm {
        ScoredRisk[] risks;

        /**
         * Builds one object per risk of the inputs.
         *
         * @param bench the parameters and the inputs
         */
        @Setup(Level.Trial)
        public void setUp(Register bench) {
            Fixtures.Inputs in = bench.inputs;
            risks = new ScoredRisk[in.size()];
            for (int row = 0; row < risks.length; row++) {
                risks[row] = new ScoredRisk(in.importance[row], in.threat[row], in.vulnerability[row]);
            }
        }
    }

    /** A risk as applications hold it today: boxed fields, filled in by scoring. */
    static final class NaiveRisk {
        Integer importance;
        Integer threat;
        Integer vulnerability;
        Integer likelihood;
        Integer level;
        Integer priority;
    }

    /** An acceptance threshold as applications hold it today. */
    record NaiveThreshold(Integer minLevel, Integer priority) {}

    /** The register and the model as applications hold them today: boxed, in maps and lists. */
    @State(Scope.Benchmark)
    public static class Naive {
        List<NaiveRisk> risks;
        Map<Integer, Map<Integer, Integer>> likelihoodTable;
        Map<Integer, Map<Integer, Integer>> levelTable;
        List<NaiveThreshold> thresholds;

        /**
         * Copies the model into maps and the inputs into boxed objects.
         *
         * @param bench the parameters and the inputs
         */
        @Setup(Level.Trial)
        public void setUp(Register bench) {
            RiskModel m = bench.riskModel;
            likelihoodTable = new HashMap<>();
            RatingScale threats = m.likelihoodTable().threatScale();
            RatingScale vulnerabilities = m.likelihoodTable().vulnerabilityScale();
            for (int t = threats.min(); t <= threats.max(); t++) {
                for (int v = vulnerabilities.min(); v <= vulnerabilities.max(); v++) {
                    likelihoodTable.computeIfAbsent(t, k -> new HashMap<>()).put(v, m.likelihood(t, v));
                }
            }
            levelTable = new HashMap<>();
            RatingScale importances = m.importanceScale();
            RatingScale likelihoods = m.likelihoodTable().likelihoodScale();
            for (int i = importances.min(); i <= importances.max(); i++) {
                for (int l = likelihoods.min(); l <= likelihoods.max(); l++) {
                    levelTable.computeIfAbsent(i, k -> new HashMap<>()).put(l, m.scoreOfLikelihood(i, l).level());
                }
            }
            thresholds = new ArrayList<>();
            List<AcceptanceThreshold> criteria = m.acceptanceCriteria().thresholds();
            for (int rank = 1; rank <= criteria.size(); rank++) {
                thresholds.add(new NaiveThreshold(criteria.get(rank - 1).minLevel(), rank));
            }
            Fixtures.Inputs in = bench.inputs;
            risks = new ArrayList<>(in.size());
            for (int row = 0; row < in.size(); row++) {
                NaiveRisk risk = new NaiveRisk();
                risk.importance = (int) in.importance[row];
                risk.threat = (int) in.threat[row];
                risk.vulnerability = (int) in.vulnerability[row];
                risks.add(risk);
            }
        }

        void score(NaiveRisk risk) {
            Integer likelihood = Objects.requireNonNull(
                    likelihoodTable.getOrDefault(risk.threat, Map.of()).get(risk.vulnerability), "threat/vulnerability");
            Integer level = Objects.requireNonNull(
                    levelTable.getOrDefault(risk.importance, Map.of()).get(likelihood), "importance");
            risk.likelihood = likelihood;
            risk.level = level;
            risk.priority = thresholds.stream()
                    .filter(threshold -> level >= threshold.minLevel())
                    .map(NaiveThreshold::priority)
                    .findFirst()
                    .orElse(0);
        }
    }

    /**
     * The library's bulk API: {@link ColumnarScorer} over byte columns.
     *
     * @param register the inputs
     * @param columns the output columns and the scorer
     */
    @Benchmark
    public void bulkColumnar(Register register, Columns columns) {
        Fixtures.Inputs in = register.inputs;
        int from = register.from();
        int to = register.to(from);
        for (int pass = register.passes(); pass > 0; pass--) {
            columns.scorer.score(in.importance, in.threat, in.vulnerability, columns.likelihood, columns.level,
                    columns.priority, from, to);
        }
    }

    /**
     * The library's per-risk API on pre-built objects: one {@link RiskModel#score(int, int, int)}
     * per risk, its level summed so that the JIT cannot drop the call.
     *
     * @param register the model
     * @param objects the register in object form
     * @return the sum of the levels
     */
    @Benchmark
    public void bulkColumnarScalar(Register register, Columns columns) {
        Fixtures.Inputs in = register.inputs;
        int from = register.from();
        int to = register.to(from);
        for (int pass = register.passes(); pass > 0; pass--) {
            columns.scalar.score(in.importance, in.threat, in.vulnerability, columns.likelihood, columns.level,
                    columns.priority, from, to);
        }
    }

    @Benchmark
    public long perRiskObject(Register register, ObjectForm objects) {
        RiskModel m = register.riskModel;
        ScoredRisk[] risks = objects.risks;
        int from = register.from();
        int to = register.to(from);
        long sum = 0;
        for (int pass = register.passes(); pass > 0; pass--) {
            for (int row = from; row < to; row++) {
                ScoredRisk risk = risks[row];
                sum += m.score(risk.importance, risk.threat, risk.vulnerability).level();
            }
        }
        return sum;
    }

    /**
     * The per-risk API as an object-form register uses it: each cached score stored in its risk.
     * The store is the application's, not the API's: under G1 it pays the collector's write
     * barrier, which {@link #perRiskObject} leaves out.
     *
     * @param register the model
     * @param objects the register in object form
     */
    @Benchmark
    public void perRiskObjectStored(Register register, ObjectForm objects) {
        RiskModel m = register.riskModel;
        ScoredRisk[] risks = objects.risks;
        int from = register.from();
        int to = register.to(from);
        for (int pass = register.passes(); pass > 0; pass--) {
            for (int row = from; row < to; row++) {
                ScoredRisk risk = risks[row];
                risk.score = m.score(risk.importance, risk.threat, risk.vulnerability);
            }
        }
    }

    /**
     * The stand-in for the code users have today: boxed integers, map-based tables, streams.
     *
     * @param register the range to score
     * @param naive the register and the model as applications hold them
     */
    @Benchmark
    public void naiveBaseline(Register register, Naive naive) {
        int from = register.from();
        List<NaiveRisk> risks = naive.risks.subList(from, register.to(from));
        for (int pass = register.passes(); pass > 0; pass--) {
            risks.stream().forEach(naive::score);
        }
    }

    /**
     * The memory limit: {@link System#arraycopy} of the three input columns onto the three output
     * columns, the bytes {@code bulkColumnar} reads and writes.
     *
     * @param register the inputs
     * @param columns the output columns
     */
    @Benchmark
    public void copyLimit(Register register, Columns columns) {
        Fixtures.Inputs in = register.inputs;
        int from = register.from();
        int length = register.to(from) - from;
        for (int pass = register.passes(); pass > 0; pass--) {
            System.arraycopy(in.importance, from, columns.likelihood, from, length);
            System.arraycopy(in.threat, from, columns.level, from, length);
            System.arraycopy(in.vulnerability, from, columns.priority, from, length);
        }
    }
}
