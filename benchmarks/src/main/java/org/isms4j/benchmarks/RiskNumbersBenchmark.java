package org.isms4j.benchmarks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isms4j.core.CiaRating;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RegisterRows;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
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
 * The rows of a register of 300,000 risks checked by {@link RegisterRows}, as the register's
 * readers and writers check them, for four orders of risk numbers: ascending (a register's usual
 * order, the fast path), descending, 1 to n shuffled, and numbers chosen against a hash, the first
 * 2147483647 and the rest sharing bits 8 - 19 of the mixed hash that an earlier set of risk
 * numbers used (a register of 300,000 such numbers took 119 s there). The set hashes nothing now,
 * so that chosen numbers cost what any numbers out of order cost: the target is
 * {@code crafted ≤ 1.5 × shuffled}.
 *
 * <p>Run:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RiskNumbersBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class RiskNumbersBenchmark {

    /** Risks in the register. */
    @Param({"300000"})
    public int size;

    /** The order of the risk numbers. */
    @Param({"ascending", "descending", "shuffled", "crafted"})
    public String order;

    private RiskModel model;
    private AssetInventory inventory;
    private List<AssessedRisk> rows;

    /** Builds the rows. */
    @Setup(Level.Trial)
    public void setUp() {
        model = RiskModel.standard();
        inventory = AssetInventory.of(Asset.of(1, "asset", CiaRating.of(3, 1, 1)));
        RiskEvaluation first = RiskEvaluation.of(model, 3, 2, 2);
        rows = new ArrayList<>(size);
        for (int number : numbers(order, size)) {
            rows.add(AssessedRisk.of(Risk.newBuilder().number(number).assetNumbers(1).riskSource("source")
                    .impactArea("area").event("event").lostProperties(SecurityProperty.CONFIDENTIALITY).build(), first));
        }
    }

    /**
     * Checks every row.
     *
     * @return the rows counted
     */
    @Benchmark
    public int checkRows() {
        RegisterRows checked = RegisterRows.of(model, inventory);
        for (AssessedRisk row : rows) {
            checked.add(row);
        }
        return checked.size();
    }

    static int[] numbers(String order, int size) {
        int[] numbers = new int[size];
        switch (order) {
            case "ascending" -> {
                for (int i = 0; i < size; i++) {
                    numbers[i] = i + 1;
                }
            }
            case "descending" -> {
                for (int i = 0; i < size; i++) {
                    numbers[i] = size - i;
                }
            }
            case "shuffled" -> {
                java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
                for (int i = 0; i < size; i++) {
                    numbers[i] = i + 1;
                }
                for (int i = size - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = numbers[i];
                    numbers[i] = numbers[j];
                    numbers[j] = t;
                }
            }
            case "crafted" -> {
                // Each number's old mixed hash has bits 8 - 19 zero: h = (k >>> 8 << 20) | (k & 0xFF).
                numbers[0] = Integer.MAX_VALUE;
                int k = 1;
                for (int i = 1; i < size; k++) {
                    int number = unmix((k >>> 8 << 20) | (k & 0xFF));
                    if (number > 0 && number != Integer.MAX_VALUE) {
                        numbers[i++] = number;
                    }
                }
            }
            default -> throw new IllegalArgumentException("Unknown order: " + order);
        }
        return numbers;
    }

    private static final int INVERSE_1 = inverse(0x85EBCA6B);
    private static final int INVERSE_2 = inverse(0xC2B2AE35);

    /** The inverse of {@code h = n * 0x85EBCA6B; h ^= h >>> 13; h *= 0xC2B2AE35; h ^= h >>> 16}. */
    private static int unmix(int h) {
        h ^= h >>> 16;
        h *= INVERSE_2;
        h ^= (h >>> 13) ^ (h >>> 26);
        return h * INVERSE_1;
    }

    private static int inverse(int odd) {
        return BigInteger.valueOf(odd & 0xFFFFFFFFL).modInverse(BigInteger.ONE.shiftLeft(32)).intValue();
    }
}
