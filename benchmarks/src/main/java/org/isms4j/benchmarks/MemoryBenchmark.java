package org.isms4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isms4j.core.RiskModel;
import org.isms4j.core.scoring.ColumnarScorer;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Bytes per risk held by a scored register of 10 M risks, in columnar form and in object form.
 *
 * <p>Method: each single-shot invocation builds and scores a fresh register, and measures the
 * heap used after a full GC while the register is reachable, then again once it is dropped. The
 * difference divided by the risks is reported as the secondary result {@code bytesPerRisk}: one
 * measured iteration, as JMH adds the counter over iterations (with {@code -i N}, divide by N);
 * the result is the same every time, to the byte, for a given JVM and its flags. The time
 * ({@code ms/op}) includes the GCs and is not a result. A warm-up iteration comes first, so that
 * class loading and compilation leave no garbage in the measured ones. The fork runs the Serial collector, whose
 * heap use after a full GC is exact (G1 would round big arrays to regions); the object sizes are
 * those of the JVM's defaults, compressed references and 8-byte alignment on a heap below 32 GB.
 *
 * <ul>
 *   <li>{@code columnar}: six byte columns (importance, threat, vulnerability in; likelihood,
 *       level, priority out) scored by {@link ColumnarScorer}: 6 bytes per risk expected;
 *   <li>{@code objectForm}: an {@link ArrayList} of one object per risk holding its three inputs
 *       and a reference to the model's cached score, scored by
 *       {@link RiskModel#score(int, int, int)}: 12 bytes of header, 12 of inputs, 4 of reference
 *       and 4 of list slot, 32 + 4 = 36 bytes per risk expected.
 * </ul>
 *
 * <p>Run:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar MemoryBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseSerialGC"})
@State(Scope.Benchmark)
public class MemoryBenchmark {

    /** Risks in the register. */
    @Param({"10000000"})
    public int size;

    private RiskModel model;
    private Fixtures.Inputs in;
    /** The register being measured; the one reference to it. */
    private Object register;

    /** Draws the inputs, which both forms copy. */
    @Setup(Level.Trial)
    public void setUp() {
        model = RiskModel.standard();
        in = Fixtures.inputs(model, size);
    }

    /** The measured bytes per risk, reported next to the time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Retained {
        /** Heap bytes held per risk by the register built in the iteration. */
        public double bytesPerRisk;

        /** Clears the counter before each iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            bytesPerRisk = 0;
        }
    }

    /** Measures the heap the register holds, drops it, and returns its bytes per risk. */
    private double retainedPerRisk() {
        long with = usedAfterGc();
        register = null;
        long without = usedAfterGc();
        return (with - without) / (double) size;
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * A register in columnar form: six byte columns, scored in bulk.
     *
     * @param retained receives the bytes per risk
     */
    @Benchmark
    public void columnar(Retained retained) {
        buildColumnar();
        retained.bytesPerRisk = retainedPerRisk();
    }

    /** Builds the columnar register into {@link #register}, so that no frame of the measuring method holds it. */
    private void buildColumnar() {
        byte[][] columns = {
            in.importance.clone(), in.threat.clone(), in.vulnerability.clone(),
            new byte[size], new byte[size], new byte[size],
        };
        ColumnarScorer.of(model).score(columns[0], columns[1], columns[2], columns[3], columns[4], columns[5]);
        register = columns;
    }

    /**
     * A register in object form: a list of per-risk objects, each scored by the per-risk API.
     *
     * @param retained receives the bytes per risk
     */
    @Benchmark
    public void objectForm(Retained retained) {
        buildObjectForm();
        retained.bytesPerRisk = retainedPerRisk();
    }

    /** Builds the register in object form into {@link #register}. */
    private void buildObjectForm() {
        List<ScoredRisk> risks = new ArrayList<>(size);
        for (int row = 0; row < size; row++) {
            ScoredRisk risk = new ScoredRisk(in.importance[row], in.threat[row], in.vulnerability[row]);
            risk.score = model.score(risk.importance, risk.threat, risk.vulnerability);
            risks.add(risk);
        }
        register = risks;
    }
}
