package org.isms4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.isms4j.core.RiskModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the per-risk time goes: {@link RiskModel#score(int, int, int)} over byte columns (the call
 * alone), over pre-built objects without storing the score (the call and the objects' memory),
 * and storing it in each object as {@code ScoringBenchmark.perRiskObject} does (plus the
 * collector's write barrier). One operation is a million risks: ms/op reads as ns per risk.
 *
 * <p>Run with G1 (the default) and with {@code -jvmArgsAppend -XX:+UseParallelGC} to see the
 * barrier's share: {@code benchmarks/experiments/run.sh PerRiskExperiment}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class PerRiskExperiment {
    static final int CHUNK = 1_000_000;

    @Param({"1000", "16000000"}) public int size;
    @Param({"3x3"}) public String model;

    RiskModel m;
    Fixtures.Inputs in;
    ScoredRisk[] risks;
    int cursor;

    @Setup public void setUp() {
        m = Fixtures.model(model);
        in = Fixtures.inputs(m, size);
        risks = new ScoredRisk[size];
        for (int row = 0; row < size; row++) {
            risks[row] = new ScoredRisk(in.importance[row], in.threat[row], in.vulnerability[row]);
        }
    }

    int from() { if (size <= CHUNK) return 0; int f = cursor; cursor = f + CHUNK >= size ? 0 : f + CHUNK; return f; }
    int passes() { return size < CHUNK ? CHUNK / size : 1; }

    @Benchmark public int callOnColumns() {
        int f = from(), t = f + Math.min(size, CHUNK), sum = 0;
        for (int k = passes(); k > 0; k--) for (int row = f; row < t; row++) sum += m.score(in.importance[row], in.threat[row], in.vulnerability[row]).level();
        return sum;
    }

    @Benchmark public int callOnObjects() {
        int f = from(), t = f + Math.min(size, CHUNK), sum = 0;
        for (int k = passes(); k > 0; k--) for (int row = f; row < t; row++) { ScoredRisk r = risks[row]; sum += m.score(r.importance, r.threat, r.vulnerability).level(); }
        return sum;
    }

    @Benchmark public void storeInObjects() {
        int f = from(), t = f + Math.min(size, CHUNK);
        for (int k = passes(); k > 0; k--) for (int row = f; row < t; row++) { ScoredRisk r = risks[row]; r.score = m.score(r.importance, r.threat, r.vulnerability); }
    }
}
