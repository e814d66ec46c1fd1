package org.isms4j.core.scoring;

import java.util.Objects;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.internal.Checks;

/**
 * A scorer of many risks at once over primitive columns, such as a million risks' importance,
 * threat and vulnerability in three arrays, with likelihood, level and priority written to three
 * more.
 *
 * <p>Each row gives exactly what {@link RiskModel#score(int, int, int)} gives for it: the
 * likelihood, the level and the priority's rank ({@value org.isms4j.core.Priority#ACCEPTABLE_RANK}
 * for acceptable). The scorer looks each row up in one table built from the model when the
 * scorer is made; scoring allocates nothing. Byte columns hold a risk in 6 bytes; every value a
 * model can give fits in a byte.
 *
 * <p>Every input is checked: a value off its scale throws {@link IsmsException} naming the column
 * and the row, such as {@code Invalid value for threat[17] (valid values 1 - 3): 7}. Rows before
 * the bad one have been written; rows after it have not.
 *
 * <p>This class is immutable and thread-safe: one scorer may serve many threads, each scoring
 * its own range of rows.
 */
public final class ColumnarScorer {

    /** An axis offset that makes any sum of three offsets negative. */
    private static final int INVALID = Integer.MIN_VALUE / 4;
    private static final int BYTE_VALUES = 256;

    private final RiskModel model;
    private final int[] importanceOffset = new int[BYTE_VALUES];
    private final int[] threatOffset = new int[BYTE_VALUES];
    private final int[] vulnerabilityOffset = new int[BYTE_VALUES];
    private final byte[] likelihoods;
    private final byte[] levels;
    private final byte[] priorities;

    private ColumnarScorer(RiskModel model) {
        this.model = model;
        RatingScale importance = model.importanceScale();
        RatingScale threat = model.likelihoodTable().threatScale();
        RatingScale vulnerability = model.likelihoodTable().vulnerabilityScale();
        int cells = importance.size() * threat.size() * vulnerability.size();
        fillOffsets(vulnerabilityOffset, vulnerability, 1);
        fillOffsets(threatOffset, threat, vulnerability.size());
        fillOffsets(importanceOffset, importance, threat.size() * vulnerability.size());
        this.likelihoods = new byte[cells];
        this.levels = new byte[cells];
        this.priorities = new byte[cells];
        for (int i = importance.min(); i <= importance.max(); i++) {
            for (int t = threat.min(); t <= threat.max(); t++) {
                for (int v = vulnerability.min(); v <= vulnerability.max(); v++) {
                    int cell = importanceOffset[i] + threatOffset[t] + vulnerabilityOffset[v];
                    Score score = model.score(i, t, v);
                    likelihoods[cell] = (byte) score.likelihood();
                    levels[cell] = (byte) score.level();
                    priorities[cell] = (byte) score.priority().rank();
                }
            }
        }
    }

    private static void fillOffsets(int[] offsets, RatingScale scale, int stride) {
        java.util.Arrays.fill(offsets, INVALID);
        for (int value = scale.min(); value <= scale.max(); value++) {
            offsets[value] = (value - scale.min()) * stride;
        }
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
        checkColumns(importance.length, threat.length, vulnerability.length, likelihood.length, level.length,
                priority.length, from, to);
        int[] io = importanceOffset;
        int[] to2 = threatOffset;
        int[] vo = vulnerabilityOffset;
        byte[] lik = likelihoods;
        byte[] lvl = levels;
        byte[] pri = priorities;
        for (int row = from; row < to; row++) {
            int cell = io[importance[row] & 0xFF] + to2[threat[row] & 0xFF] + vo[vulnerability[row] & 0xFF];
            if (cell < 0) {
                throw invalidRow(row, importance[row], threat[row], vulnerability[row]);
            }
            likelihood[row] = lik[cell];
            level[row] = lvl[cell];
            priority[row] = pri[cell];
        }
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
        checkColumns(importance.length, threat.length, vulnerability.length, likelihood.length, level.length,
                priority.length, 0, to);
        for (int row = 0; row < to; row++) {
            int i = importance[row];
            int t = threat[row];
            int v = vulnerability[row];
            if (((i | t | v) & ~0xFF) != 0) {
                throw invalidRow(row, i, t, v);
            }
            int cell = importanceOffset[i] + threatOffset[t] + vulnerabilityOffset[v];
            if (cell < 0) {
                throw invalidRow(row, i, t, v);
            }
            likelihood[row] = likelihoods[cell];
            level[row] = levels[cell];
            priority[row] = priorities[cell];
        }
    }

    private static void checkColumns(int importance, int threat, int vulnerability, int likelihood, int level,
            int priority, int from, int to) {
        int[] lengths = {threat, vulnerability, likelihood, level, priority};
        String[] names = {"threat", "vulnerability", "likelihood", "level", "priority"};
        for (int c = 0; c < lengths.length; c++) {
            if (lengths[c] != importance) {
                throw new IsmsException(Checks.format(
                        "Columns differ in length: importance has %d rows, %s has %d", importance, names[c],
                        lengths[c]));
            }
        }
        Checks.inRange("from", 0, importance, from);
        Checks.inRange("to", from, importance, to);
    }

    private IsmsException invalidRow(int row, int importance, int threat, int vulnerability) {
        RatingScale threatScale = model.likelihoodTable().threatScale();
        RatingScale vulnerabilityScale = model.likelihoodTable().vulnerabilityScale();
        if (!model.importanceScale().contains(importance)) {
            return outOfScale("importance", row, model.importanceScale(), importance);
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
