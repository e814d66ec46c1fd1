package org.isms4j.benchmarks;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.scoring.ColumnarScorer;
import org.openjdk.jmh.annotations.*;

/**
 * The bulk kernels side by side, in one run: the library's {@code ColumnarScorer} (which has
 * taken the scalar packed-table kernel this experiment first recommended), a Vector API kernel ({@code jdk.incubator.vector},
 * table lookups as {@code selectFrom}, which C2 compiles to byte permutes), and the copy limit.
 * Same shape as {@link ScoringBenchmark}: one operation is a million risks, so ms/op reads as ns
 * per risk; results are checked equal to the library's before measuring.
 *
 * <p>Not in the Maven build, whose {@code -Werror} refuses javac's warning for an incubating
 * module on JDK 17: {@code benchmarks/experiments/run.sh} compiles it against
 * {@code benchmarks.jar} and runs it.
 *
 * <p>The vector kernel handles models whose threat × vulnerability and importance × likelihood
 * grids have at most 64 cells (one 512-bit permute per lookup); it leaves the rest of the rows, and
 * any row off its scales, to the library's scorer.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--add-modules", "jdk.incubator.vector"})
@State(Scope.Benchmark)
public class KernelExperiment {
    static final int CHUNK = 1_000_000;
    static final VectorSpecies<Byte> S = ByteVector.SPECIES_PREFERRED;

    @Param({"1000", "16000000"}) public int size;
    @Param({"3x3", "5x5"}) public String model;

    Fixtures.Inputs in; byte[] l, v, p; ColumnarScorer scorer; VectorScorer vector; int cursor;

    static final class VectorScorer {
        final ColumnarScorer tail;
        final byte[] likT = new byte[64], lvlT = new byte[64], priT = new byte[64];
        final byte iMin, iMax, tMin, tMax, vMin, vMax, vSize, lMin, lSize;
        VectorScorer(RiskModel m) {
            tail = ColumnarScorer.of(m);
            RatingScale is = m.importanceScale(), ts = m.likelihoodTable().threatScale(), vs = m.likelihoodTable().vulnerabilityScale(), ls = m.likelihoodTable().likelihoodScale();
            if (ts.size() * vs.size() > 64 || is.size() * ls.size() > 64) throw new IllegalArgumentException("tables over 64 cells");
            iMin = (byte) is.min(); iMax = (byte) is.max(); tMin = (byte) ts.min(); tMax = (byte) ts.max();
            vMin = (byte) vs.min(); vMax = (byte) vs.max(); vSize = (byte) vs.size(); lMin = (byte) ls.min(); lSize = (byte) ls.size();
            for (int t = ts.min(); t <= ts.max(); t++) for (int x = vs.min(); x <= vs.max(); x++)
                likT[(t - tMin) * vSize + x - vMin] = (byte) m.likelihood(t, x);
            for (int i = is.min(); i <= is.max(); i++) for (int y = ls.min(); y <= ls.max(); y++) {
                Score s = m.scoreOfLikelihood(i, y);
                lvlT[(i - iMin) * lSize + y - lMin] = (byte) s.level();
                priT[(i - iMin) * lSize + y - lMin] = (byte) s.priority().rank();
            }
        }
        void score(byte[] imp, byte[] thr, byte[] vul, byte[] lik, byte[] lvl, byte[] pri, int from, int to) {
            ByteVector lt = ByteVector.fromArray(S, likT, 0), vt = ByteVector.fromArray(S, lvlT, 0), pt = ByteVector.fromArray(S, priT, 0);
            int row = from;
            int bound = from + S.loopBound(to - from);
            for (; row < bound; row += S.length()) {
                ByteVector i = ByteVector.fromArray(S, imp, row);
                ByteVector t = ByteVector.fromArray(S, thr, row);
                ByteVector x = ByteVector.fromArray(S, vul, row);
                VectorMask<Byte> bad = i.compare(VectorOperators.LT, iMin).or(i.compare(VectorOperators.GT, iMax))
                        .or(t.compare(VectorOperators.LT, tMin)).or(t.compare(VectorOperators.GT, tMax))
                        .or(x.compare(VectorOperators.LT, vMin)).or(x.compare(VectorOperators.GT, vMax));
                if (bad.anyTrue()) break;
                ByteVector y = t.sub(tMin).mul(vSize).add(x.sub(vMin)).selectFrom(lt);
                ByteVector il = i.sub(iMin).mul(lSize).add(y.sub(lMin));
                y.intoArray(lik, row);
                il.selectFrom(vt).intoArray(lvl, row);
                il.selectFrom(pt).intoArray(pri, row);
            }
            tail.score(imp, thr, vul, lik, lvl, pri, row, to);
        }
    }

    @Setup public void setUp() {
        RiskModel m = Fixtures.model(model);
        in = Fixtures.inputs(m, size); l = new byte[size]; v = new byte[size]; p = new byte[size];
        scorer = ColumnarScorer.of(m); vector = new VectorScorer(m);
        byte[] l2 = new byte[size], v2 = new byte[size], p2 = new byte[size];
        scorer.score(in.importance, in.threat, in.vulnerability, l2, v2, p2);
        for (Runnable r : new Runnable[] {
                () -> vector.score(in.importance, in.threat, in.vulnerability, l, v, p, 0, size)}) {
            java.util.Arrays.fill(l, (byte) 0); java.util.Arrays.fill(v, (byte) 0); java.util.Arrays.fill(p, (byte) 0);
            r.run();
            if (!java.util.Arrays.equals(l, l2) || !java.util.Arrays.equals(v, v2) || !java.util.Arrays.equals(p, p2)) throw new AssertionError("mismatch");
        }
    }
    int from() { if (size <= CHUNK) return 0; int f = cursor; cursor = f + CHUNK >= size ? 0 : f + CHUNK; return f; }
    int passes() { return size < CHUNK ? CHUNK / size : 1; }
    @Benchmark public void bulkColumnar() { int f = from(), t = f + Math.min(size, CHUNK); for (int k = passes(); k > 0; k--) scorer.score(in.importance, in.threat, in.vulnerability, l, v, p, f, t); }
    @Benchmark public void vectorSketch() { int f = from(), t = f + Math.min(size, CHUNK); for (int k = passes(); k > 0; k--) vector.score(in.importance, in.threat, in.vulnerability, l, v, p, f, t); }
    @Benchmark public void copyLimit() { int f = from(), n = Math.min(size, CHUNK); for (int k = passes(); k > 0; k--) { System.arraycopy(in.importance, f, l, f, n); System.arraycopy(in.threat, f, v, f, n); System.arraycopy(in.vulnerability, f, p, f, n);} }
}
