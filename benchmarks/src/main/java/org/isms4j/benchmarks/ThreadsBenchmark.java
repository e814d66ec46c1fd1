package org.isms4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.isms4j.core.RiskModel;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk scoring of one whole register split over 1 and 2 threads, each thread scoring its own
 * range of rows with {@link ColumnarScorer#score(byte[], byte[], byte[], byte[], byte[], byte[],
 * int, int)} on one shared scorer; and, for the ceiling, the copy of the same bytes split the same
 * way.
 *
 * <p>One operation is the whole register, handed to a pool of 2 platform threads in
 * {@code threads} equal ranges and waited for; the benchmark thread only waits. The speed-up is
 * {@code time(threads=1) / time(threads=2)}, at most 2 on this machine's 2 cores, and only while
 * nothing else runs on them.
 *
 * <p>Run:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ThreadsBenchmark
 * java -jar benchmarks/target/benchmarks.jar ThreadsBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 * }</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ThreadsBenchmark {

    /** Risks in the register. */
    @Param({"1000000", "16000000"})
    public int size;

    /** Threads the register is split over. */
    @Param({"1", "2"})
    public int threads;

    /** The model: {@code 3x3} or {@code 5x5}. */
    @Param({"3x3"})
    public String model;

    private ExecutorService pool;
    private ColumnarScorer scorer;
    private Fixtures.Inputs in;
    private byte[] likelihood;
    private byte[] level;
    private byte[] priority;

    /** Builds the register and starts the pool. */
    @Setup(Level.Trial)
    public void setUp() {
        RiskModel riskModel = Fixtures.model(model);
        scorer = ColumnarScorer.of(riskModel);
        in = Fixtures.inputs(riskModel, size);
        likelihood = new byte[size];
        level = new byte[size];
        priority = new byte[size];
        pool = Executors.newFixedThreadPool(2);
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    /** A range of rows: {@code from} inclusive to {@code to} exclusive. */
    private interface RangeTask {
        void run(int from, int to);
    }

    private void split(RangeTask task) throws InterruptedException, ExecutionException {
        List<Future<?>> parts = new ArrayList<>(threads);
        for (int part = 0; part < threads; part++) {
            int from = (int) ((long) size * part / threads);
            int to = (int) ((long) size * (part + 1) / threads);
            parts.add(pool.submit(() -> task.run(from, to)));
        }
        for (Future<?> part : parts) {
            part.get();
        }
    }

    /**
     * The library's bulk API over the register, split into {@code threads} ranges.
     *
     * @throws InterruptedException if interrupted while waiting
     * @throws ExecutionException if a range failed
     */
    @Benchmark
    public void bulkColumnar() throws InterruptedException, ExecutionException {
        split((from, to) -> scorer.score(in.importance, in.threat, in.vulnerability, likelihood, level, priority,
                from, to));
    }

    /**
     * The copy of the bytes the bulk API reads and writes, split the same way: the ceiling.
     *
     * @throws InterruptedException if interrupted while waiting
     * @throws ExecutionException if a range failed
     */
    @Benchmark
    public void copyLimit() throws InterruptedException, ExecutionException {
        split((from, to) -> {
            System.arraycopy(in.importance, from, likelihood, from, to - from);
            System.arraycopy(in.threat, from, level, from, to - from);
            System.arraycopy(in.vulnerability, from, priority, from, to - from);
        });
    }
}
