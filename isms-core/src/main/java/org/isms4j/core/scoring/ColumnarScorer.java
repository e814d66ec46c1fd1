package org.isms4j.core.scoring;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.InvocationTargetException;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.Optional;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;

/**
 * A scorer of many risks at once over primitive columns, such as a million risks' importance,
 * threat and vulnerability in three arrays, with likelihood, level and priority written to three
 * more.
 *
 * <p>Each row gives exactly what {@link RiskModel#score(int, int, int)} gives for it: the
 * likelihood, the level and the priority's rank ({@value org.isms4j.core.Priority#ACCEPTABLE_RANK}
 * for acceptable). The scorer looks each row up in one packed table built from the model when the
 * scorer is made; scoring allocates nothing. Byte columns hold a risk in 6 bytes; every value a
 * model can give fits in a byte.
 *
 * <p>Every input is checked: a value off its scale throws {@link IsmsException} naming the column
 * and the row, such as {@code Invalid value for threat[17] (valid values 1 - 3): 7}. Rows before
 * the bad one have been written; rows after it have not.
 *
 * <p><b>The Vector API.</b> In a JVM started with {@code --add-modules jdk.incubator.vector}, a
 * scorer whose model's likelihood table (threat × vulnerability) and level table (importance ×
 * likelihood) each fit in one vector scores the byte columns a vector of rows at a time, each
 * table read as a byte shuffle: every 3 × 3, 4 × 4 and 5 × 5 model on hardware with 256-bit
 * vectors (AVX2) or wider. Results, checks and messages are the same; {@link #isVectorized()}
 * tells which kernel a scorer took. {@code jdk.incubator.vector} is an incubating module: the JVM
 * prints a warning when it starts with it, and its API may change between JDK releases. The
 * system property {@value #VECTOR_PROPERTY}{@code =false} keeps every scorer made afterwards on
 * the scalar kernel.
 *
 * <p>This class is immutable and thread-safe: one scorer may serve many threads, each scoring
 * its own range of rows.
 */
public final class ColumnarScorer {

    /**
     * The system property that, set to {@code false}, keeps scorers made afterwards off the
     * Vector API even when the JVM has it.
     */
    public static final String VECTOR_PROPERTY = "isms4j.scoring.vector";

    private static final String VECTOR_KERNEL = "org.isms4j.core.scoring.VectorKernel";
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGHS = 0x8080_8080_8080_8080L;
    /** Every scale lies within 0 - 10, so a value fits in 4 bits and a risk's inputs in 12. */
    private static final int TABLE_SIZE = 1 << 12;

    private final RiskModel model;
    private final RatingScale importanceScale;
    private final RatingScale threatScale;
    private final RatingScale vulnerabilityScale;
    /** {@code likelihood | level << 8 | priority << 16}, by {@code importance << 8 | threat << 4 | vulnerability}. */
    private final int[] packed = new int[TABLE_SIZE];
    private final long importanceBelow;
    private final long importanceAbove;
    private final long threatBelow;
    private final long threatAbove;
    private final long vulnerabilityBelow;
    private final long vulnerabilityAbove;
    /** The Vector API kernel, or null: loaded only when the JVM has jdk.incubator.vector. */
    private final BlockKernel vector;

    private ColumnarScorer(RiskModel model) {
        this.model = model;
        this.importanceScale = model.importanceScale();
        this.threatScale = model.likelihoodTable().threatScale();
        this.vulnerabilityScale = model.likelihoodTable().vulnerabilityScale();
        for (int i = importanceScale.min(); i <= importanceScale.max(); i++) {
            for (int t = threatScale.min(); t <= threatScale.max(); t++) {
                for (int v = vulnerabilityScale.min(); v <= vulnerabilityScale.max(); v++) {
                    Score score = model.score(i, t, v);
                    packed[i << 8 | t << 4 | v] =
                            score.likelihood() | score.level() << 8 | score.priority().rank() << 16;
                }
            }
        }
        importanceBelow = importanceScale.min() * ONES;
        importanceAbove = (127 - importanceScale.max()) * ONES;
        threatBelow = threatScale.min() * ONES;
        threatAbove = (127 - threatScale.max()) * ONES;
        vulnerabilityBelow = vulnerabilityScale.min() * ONES;
        vulnerabilityAbove = (127 - vulnerabilityScale.max()) * ONES;
        vector = vectorApi() ? vectorKernel(model) : null;
    }

    /**
     * Returns the Vector API kernel for a model, or null when one of its tables does not fit in a
     * vector. The kernel is loaded by name: it is compiled on its own against
     * {@code jdk.incubator.vector}, and nothing else of isms-core names it.
     *
     * @param model the model, not null
     * @return the kernel, or null
     * @throws IllegalStateException if the kernel's class is missing from isms-core, which a
     *     broken build alone could cause
     */
    static BlockKernel vectorKernel(RiskModel model) {
        try {
            return (BlockKernel) Class.forName(VECTOR_KERNEL).getDeclaredMethod("of", RiskModel.class)
                    .invoke(null, model);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The Vector API kernel failed to start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("isms-core lacks its Vector API kernel " + VECTOR_KERNEL, e);
        }
    }

    private static boolean vectorApi() {
        if ("false".equals(System.getProperty(VECTOR_PROPERTY))) {
            return false;
        }
        Optional<Module> vector = ModuleLayer.boot().findModule("jdk.incubator.vector");
        if (vector.isEmpty()) {
            return false;
        }
        // The module descriptor does not name the incubating module (every module compiled
        // against isms-core would draw javac's incubator warning): org.isms4j.core reads it from
        // here on. On the class path, where every module is read, this does nothing.
        ColumnarScorer.class.getModule().addReads(vector.get());
        return true;
    }

    /**
     * Obtains a scorer for a model.
     *
     * @param model the model, not null
     * @return the scorer, not null
     */
    public static ColumnarScorer of(RiskModel model) {
        return new ColumnarScorer(Objects.requireNonNull(model, "model"));
    }

    /**
     * Returns the model this scorer scores with.
     *
     * @return the model, not null
     */
    public RiskModel model() {
        return model;
    }

    /**
     * Returns whether this scorer scores byte columns with the Vector API (see the class
     * description): the JVM has {@code jdk.incubator.vector}, the property
     * {@value #VECTOR_PROPERTY} was not {@code false} when the scorer was made, and the model's
     * tables fit in one vector of this hardware.
     *
     * @return whether byte columns are scored a vector of rows at a time
     */
    public boolean isVectorized() {
        return vector != null;
    }

    /**
     * Scores every row of byte columns.
     *
     * @param importance the importance of each risk, on the importance scale; not null
     * @param threat the threat of each risk, on the threat scale; not null
     * @param vulnerability the vulnerability of each risk, on its scale; not null
     * @param likelihood receives the likelihood of each risk; not null
     * @param level receives the risk level of each risk; not null
     * @param priority receives the priority rank of each risk, 0 for acceptable; not null
     * @throws IsmsException if the columns differ in length, or a value is off its scale (naming
     *     the column and row)
     */
    public void score(byte[] importance, byte[] threat, byte[] vulnerability, byte[] likelihood, byte[] level,
            byte[] priority) {
        score(importance, threat, vulnerability, likelihood, level, priority, 0,
                Objects.requireNonNull(importance, "importance").length);
    }

    /**
     * Scores the rows {@code from} (inclusive) to {@code to} (exclusive) of byte columns, so that
     * threads can share a register by ranges.
     *
     * <p>With the Vector API (see the class description), a vector of rows at a time; otherwise,
     * and for the rows left over, eight rows at a time are read as one {@code long} per column and
     * checked against the scales together, and each row is then one read of a packed table.
     *
     * @param importance the importance of each risk, on the importance scale; not null
     * @param threat the threat of each risk, on the threat scale; not null
     * @param vulnerability the vulnerability of each risk, on its scale; not null
     * @param likelihood receives the likelihood of each risk; not null
     * @param level receives the risk level of each risk; not null
     * @param priority receives the priority rank of each risk, 0 for acceptable; not null
     * @param from the first row, 0 or more
     * @param to the row after the last, from {@code from} to the columns' length
     * @throws IsmsException if the columns differ in length, the range does not fit them, or a
     *     value is off its scale (naming the column and row)
     */
    public void score(byte[] importance, byte[] threat, byte[] vulnerability, byte[] likelihood, byte[] level,
            byte[] priority, int from, int to) {
        Objects.requireNonNull(importance, "importance");
        Objects.requireNonNull(threat, "threat");
        Objects.requireNonNull(vulnerability, "vulnerability");
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(priority, "priority");
        checkColumns(importance.length, threat.length, vulnerability.length, likelihood.length, level.length,
                priority.length, from, to);
        int[] table = packed;
        int row = vector == null ? from : vector.score(importance, threat, vulnerability, likelihood, level,
                priority, from, to);
        for (; row <= to - 8; row += 8) {
            long a = (long) LONGS.get(importance, row);
            long b = (long) LONGS.get(threat, row);
            long c = (long) LONGS.get(vulnerability, row);
            if (!onScale(a, importanceBelow, importanceAbove) || !onScale(b, threatBelow, threatAbove)
                    || !onScale(c, vulnerabilityBelow, vulnerabilityAbove)) {
                break; // the row-at-a-time loop below finds the bad row and names it
            }
            long tv = b << 4 | c; // each byte is threat * 16 + vulnerability: no carry between bytes
            for (int k = 0; k < 8; k++) {
                int shift = k << 3;
                int cell = table[(int) (a >>> shift << 8) & 0xF00 | (int) (tv >>> shift) & 0xFF];
                likelihood[row + k] = (byte) cell;
                level[row + k] = (byte) (cell >>> 8);
                priority[row + k] = (byte) (cell >>> 16);
            }
        }
        for (; row < to; row++) {
            int cell = cell(row, importance[row], threat[row], vulnerability[row]);
            likelihood[row] = (byte) cell;
            level[row] = (byte) (cell >>> 8);
            priority[row] = (byte) (cell >>> 16);
        }
    }

    /**
     * Tells whether every byte of {@code x} lies in {@code min..max}, given
     * {@code below = min * ONES} and {@code above = (127 - max) * ONES}: no byte has its high bit
     * set, none reaches 128 when {@code 127 - max} is added, and each keeps the high bit when
     * {@code min} is taken from it with the high bit set. No step carries from byte to byte.
     */
    private static boolean onScale(long x, long below, long above) {
        return ((x | (x + above) | ~((x | HIGHS) - below)) & HIGHS) == 0;
    }

    private int cell(int row, int importance, int threat, int vulnerability) {
        if (!importanceScale.contains(importance) || !threatScale.contains(threat)
                || !vulnerabilityScale.contains(vulnerability)) {
            throw invalidRow(row, importance, threat, vulnerability);
        }
        return packed[importance << 8 | threat << 4 | vulnerability];
    }

    /**
     * Scores every row of int columns.
     *
     * @param importance the importance of each risk, on the importance scale; not null
     * @param threat the threat of each risk, on the threat scale; not null
     * @param vulnerability the vulnerability of each risk, on its scale; not null
     * @param likelihood receives the likelihood of each risk; not null
     * @param level receives the risk level of each risk; not null
     * @param priority receives the priority rank of each risk, 0 for acceptable; not null
     * @throws IsmsException if the columns differ in length, or a value is off its scale (naming
     *     the column and row)
     */
    public void score(int[] importance, int[] threat, int[] vulnerability, int[] likelihood, int[] level,
            int[] priority) {
        int to = Objects.requireNonNull(importance, "importance").length;
        Objects.requireNonNull(threat, "threat");
        Objects.requireNonNull(vulnerability, "vulnerability");
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(priority, "priority");
        checkColumns(importance.length, threat.length, vulnerability.length, likelihood.length, level.length,
                priority.length, 0, to);
        for (int row = 0; row < to; row++) {
            int cell = cell(row, importance[row], threat[row], vulnerability[row]);
            likelihood[row] = cell & 0xFF;
            level[row] = cell >>> 8 & 0xFF;
            priority[row] = cell >>> 16;
        }
    }

    private static void checkColumns(int importance, int threat, int vulnerability, int likelihood, int level,
            int priority, int from, int to) {
        checkLength(importance, "threat", threat);
        checkLength(importance, "vulnerability", vulnerability);
        checkLength(importance, "likelihood", likelihood);
        checkLength(importance, "level", level);
        checkLength(importance, "priority", priority);
        Checks.inRange("from", 0, importance, from);
        Checks.inRange("to", from, importance, to);
    }

    private static void checkLength(int importance, String column, int length) {
        if (length != importance) {
            throw new IsmsException(Checks.format("Columns differ in length: importance has %d rows, %s has %d",
                    importance, column, length));
        }
    }

    private IsmsException invalidRow(int row, int importance, int threat, int vulnerability) {
        if (!importanceScale.contains(importance)) {
            return outOfScale("importance", row, importanceScale, importance);
        }
        if (!threatScale.contains(threat)) {
            return outOfScale("threat", row, threatScale, threat);
        }
        return outOfScale("vulnerability", row, vulnerabilityScale, vulnerability);
    }

    private static IsmsException outOfScale(String column, int row, RatingScale scale, int value) {
        return Checks.outOfRange(column + "[" + row + "]", scale.min(), scale.max(), value);
    }
}
