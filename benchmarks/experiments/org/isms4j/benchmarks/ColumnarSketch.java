package org.isms4j.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;

/**
 * A sketch of the bulk scoring kernel recommended for {@code ColumnarScorer}, kept here only to
 * measure the recommendation against the library in the same run. It is not library code, and
 * it gives exactly what {@link RiskModel#score(int, int, int)} gives.
 *
 * <p>What it changes: one packed table ({@code likelihood | level << 8 | priority << 16}) indexed by
 * {@code importance << 8 | threat << 4 | vulnerability} (every scale lies within 0 - 10, so each
 * value fits in 4 bits) replaces three offset tables and three output tables; the input columns
 * are read 8 rows at a time as {@code long}s and checked against the scales 8 rows at a time with
 * SWAR arithmetic, before anything of those rows is written; nothing is allocated per call.
 *
 * <p>Not in the Maven build: {@code benchmarks/experiments/run.sh} compiles and runs it.
 */
final class ColumnarSketch {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGHS = 0x8080_8080_8080_8080L;
    private static final int TABLE = 1 << 12;

    private final int[] packed = new int[TABLE];
    private final RatingScale importance;
    private final RatingScale threat;
    private final RatingScale vulnerability;
    private final long importanceBelow;
    private final long importanceAbove;
    private final long threatBelow;
    private final long threatAbove;
    private final long vulnerabilityBelow;
    private final long vulnerabilityAbove;

    ColumnarSketch(RiskModel model) {
        importance = model.importanceScale();
        threat = model.likelihoodTable().threatScale();
        vulnerability = model.likelihoodTable().vulnerabilityScale();
        for (int i = importance.min(); i <= importance.max(); i++) {
            for (int t = threat.min(); t <= threat.max(); t++) {
                for (int v = vulnerability.min(); v <= vulnerability.max(); v++) {
                    Score score = model.score(i, t, v);
                    packed[i << 8 | t << 4 | v] =
                            score.likelihood() | score.level() << 8 | score.priority().rank() << 16;
                }
            }
        }
        importanceBelow = importance.min() * ONES;
        importanceAbove = (127 - importance.max()) * ONES;
        threatBelow = threat.min() * ONES;
        threatAbove = (127 - threat.max()) * ONES;
        vulnerabilityBelow = vulnerability.min() * ONES;
        vulnerabilityAbove = (127 - vulnerability.max()) * ONES;
    }

    /**
     * Tells whether every byte of {@code x} lies in {@code min..max}, given {@code below = min *
     * ONES} and {@code above = (127 - max) * ONES}: a byte is below 128, does not pass 127 when
     * {@code 127 - max} is added, and keeps its high bit when {@code min} is taken from it with
     * the high bit set. While no byte reaches 128 nothing carries from byte to byte.
     */
    private static boolean onScale(long x, long below, long above) {
        return ((x | (x + above) | ~((x | HIGHS) - below)) & HIGHS) == 0;
    }

    void score(byte[] imp, byte[] thr, byte[] vul, byte[] lik, byte[] lvl, byte[] pri, int from, int to) {
        int[] table = packed;
        int row = from;
        for (; row <= to - 8; row += 8) {
            long a = (long) LONGS.get(imp, row);
            long b = (long) LONGS.get(thr, row);
            long c = (long) LONGS.get(vul, row);
            if (!onScale(a, importanceBelow, importanceAbove) || !onScale(b, threatBelow, threatAbove)
                    || !onScale(c, vulnerabilityBelow, vulnerabilityAbove)) {
                break; // the row-at-a-time tail finds the bad row and names it
            }
            long tv = b << 4 | c; // each byte t * 16 + v: t < 16, so no carry into the next byte
            int s0 = table[(int) (a << 8) & 0xF00 | (int) tv & 0xFF];
            int s1 = table[(int) a & 0xF00 | (int) (tv >>> 8) & 0xFF];
            int s2 = table[(int) (a >>> 8) & 0xF00 | (int) (tv >>> 16) & 0xFF];
            int s3 = table[(int) (a >>> 16) & 0xF00 | (int) (tv >>> 24) & 0xFF];
            int s4 = table[(int) (a >>> 24) & 0xF00 | (int) (tv >>> 32) & 0xFF];
            int s5 = table[(int) (a >>> 32) & 0xF00 | (int) (tv >>> 40) & 0xFF];
            int s6 = table[(int) (a >>> 40) & 0xF00 | (int) (tv >>> 48) & 0xFF];
            int s7 = table[(int) (a >>> 48) & 0xF00 | (int) (tv >>> 56) & 0xFF];
            // Written row by row: C2 makes this cheaper than gathering each column into a long.
            lik[row] = (byte) s0; lvl[row] = (byte) (s0 >>> 8); pri[row] = (byte) (s0 >>> 16);
            lik[row + 1] = (byte) s1; lvl[row + 1] = (byte) (s1 >>> 8); pri[row + 1] = (byte) (s1 >>> 16);
            lik[row + 2] = (byte) s2; lvl[row + 2] = (byte) (s2 >>> 8); pri[row + 2] = (byte) (s2 >>> 16);
            lik[row + 3] = (byte) s3; lvl[row + 3] = (byte) (s3 >>> 8); pri[row + 3] = (byte) (s3 >>> 16);
            lik[row + 4] = (byte) s4; lvl[row + 4] = (byte) (s4 >>> 8); pri[row + 4] = (byte) (s4 >>> 16);
            lik[row + 5] = (byte) s5; lvl[row + 5] = (byte) (s5 >>> 8); pri[row + 5] = (byte) (s5 >>> 16);
            lik[row + 6] = (byte) s6; lvl[row + 6] = (byte) (s6 >>> 8); pri[row + 6] = (byte) (s6 >>> 16);
            lik[row + 7] = (byte) s7; lvl[row + 7] = (byte) (s7 >>> 8); pri[row + 7] = (byte) (s7 >>> 16);
        }
        for (; row < to; row++) {
            int i = imp[row];
            int t = thr[row];
            int v = vul[row];
            if (!importance.contains(i) || !threat.contains(t) || !vulnerability.contains(v)) {
                throw new IllegalArgumentException("row " + row + " off its scales");
            }
            int s = table[i << 8 | t << 4 | v];
            lik[row] = (byte) s;
            lvl[row] = (byte) (s >>> 8);
            pri[row] = (byte) (s >>> 16);
        }
    }
}
