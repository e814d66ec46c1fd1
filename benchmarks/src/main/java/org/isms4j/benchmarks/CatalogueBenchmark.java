package org.isms4j.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Annex A catalogue: its first access, cold, in a fresh JVM, and a control looked up by id.
 *
 * <ul>
 *   <li>{@code firstAccess}: {@code AnnexA.get("5.12")} as the first thing a fresh fork does
 *       with isms-annexa (class loading, the resource read and the catalogue built included);
 *       single shot, one measured call per fork, many forks;
 *   <li>{@code jdkZoneFirstAccess}: the JDK's first {@code ZoneId.of}, measured the same way,
 *       the reference for the first access;
 *   <li>{@code lookupById}: {@link AnnexA#get(ControlId)} with parsed ids, round all 93
 *       controls, per call;
 *   <li>{@code lookupByText}: {@link AnnexA#get(CharSequence)} with ids as text, such as
 *       {@code "5.12"}, parsing included, per call.
 * </ul>
 *
 * <p>Run:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CatalogueBenchmark
 * }</pre>
 */
public class CatalogueBenchmark {

    /** Every control's id, parsed and as text, collected once the catalogue is loaded. */
    @State(Scope.Thread)
    public static class Ids {
        ControlId[] parsed;
        String[] texts;
        int next;

        /** Collects the ids. */
        @Setup(Level.Trial)
        public void setUp() {
            List<Control> all = AnnexA.all();
            parsed = new ControlId[all.size()];
            texts = new String[all.size()];
            for (int i = 0; i < parsed.length; i++) {
                parsed[i] = all.get(i).id();
                texts[i] = parsed[i].toString();
            }
        }

        /** Returns the index of the next control, round the catalogue. */
        int next() {
            int i = next;
            next = i + 1 == parsed.length ? 0 : i + 1;
            return i;
        }
    }

    /**
     * The first access to the catalogue in a fresh JVM: no state, so nothing touches
     * isms-annexa before the measured call.
     *
     * @return the control
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public Control firstAccess() {
        return AnnexA.get("5.12");
    }

    /**
     * The reference for {@link #firstAccess}: the JDK's own first lookup of a time zone,
     * {@code ZoneId.of("Asia/Tokyo")}, in a fresh JVM, measured the same way. The ratio of the
     * two says what a cold catalogue costs on this machine, whatever its speed.
     *
     * @return the zone
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public java.time.ZoneId jdkZoneFirstAccess() {
        return java.time.ZoneId.of("Asia/Tokyo");
    }

    /**
     * A control by parsed id.
     *
     * @param ids the ids
     * @return the control
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(2)
    public Control lookupById(Ids ids) {
        return AnnexA.get(ids.parsed[ids.next()]);
    }

    /**
     * A control by id as text, parsing included.
     *
     * @param ids the ids
     * @return the control
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(2)
    public Control lookupByText(Ids ids) {
        return AnnexA.get(ids.texts[ids.next()]);
    }
}
