package org.isms4j.core.scoring;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;

/**
 * The columnar kernel on the Vector API ({@code jdk.incubator.vector}): a vector of rows at a
 * time (64 with AVX-512, 32 with AVX2), each table read as a byte shuffle of a vector-sized
 * table.
 *
 * <p>Only {@link ColumnarScorer} touches this class, by name, and only when the JVM has the
 * incubating module (started with {@code --add-modules jdk.incubator.vector}): without it, loading
 * this class would fail. It is the one class of isms-core compiled against that module, in a
 * compiler execution of its own (see isms-core's pom), and Javadoc leaves it out. A model qualifies when its likelihood table (threat × vulnerability) and its
 * level table (importance × likelihood) each fit in one vector.
 *
 * <p>The kernel checks a whole vector of rows against the scales before it writes any of them,
 * and stops at the first vector holding a value off a scale; {@link ColumnarScorer}'s
 * row-by-row loop goes on from there, finds the row and names it. Immutable and thread-safe.
 */
final class VectorKernel implements BlockKernel {

    private static final VectorSpecies<Byte> SPECIES = ByteVector.SPECIES_PREFERRED;

    /** Likelihood by {@code (threat - threatMin) * vulnerabilitySize + vulnerability - vulnerabilityMin}. */
    private final byte[] likelihoods = new byte[SPECIES.length()];
    /** Level by {@code (importance - importanceMin) * likelihoodSize + likelihood - likelihoodMin}. */
    private final byte[] levels = new byte[SPECIES.length()];
    /** Priority rank, indexed as {@link #levels}. */
    private final byte[] priorities = new byte[SPECIES.length()];
    private final byte importanceMin;
    private final byte importanceMax;
    private final byte threatMin;
    private final byte threatMax;
    private final byte vulnerabilityMin;
    private final byte vulnerabilityMax;
    private final byte vulnerabilitySize;
    private final byte likelihoodMin;
    private final byte likelihoodSize;

    private VectorKernel(RiskModel model) {
        RatingScale is = model.importanceScale();
        RatingScale ts = model.likelihoodTable().threatScale();
        RatingScale vs = model.likelihoodTable().vulnerabilityScale();
        RatingScale ls = model.likelihoodTable().likelihoodScale();
        importanceMin = (byte) is.min();
        importanceMax = (byte) is.max();
        threatMin = (byte) ts.min();
        threatMax = (byte) ts.max();
        vulnerabilityMin = (byte) vs.min();
        vulnerabilityMax = (byte) vs.max();
        vulnerabilitySize = (byte) vs.size();
        likelihoodMin = (byte) ls.min();
        likelihoodSize = (byte) ls.size();
        for (int t = ts.min(); t <= ts.max(); t++) {
            for (int v = vs.min(); v <= vs.max(); v++) {
                likelihoods[(t - ts.min()) * vs.size() + v - vs.min()] = (byte) model.likelihood(t, v);
            }
        }
        for (int i = is.min(); i <= is.max(); i++) {
            for (int l = ls.min(); l <= ls.max(); l++) {
                Score score = model.scoreOfLikelihood(i, l);
                int cell = (i - is.min()) * ls.size() + l - ls.min();
                levels[cell] = (byte) score.level();
                priorities[cell] = (byte) score.priority().rank();
            }
        }
    }

    /**
     * Returns the kernel for a model, or null when one of its tables does not fit in a vector.
     *
     * @param model the model, not null
     * @return the kernel, or null
     */
    static VectorKernel of(RiskModel model) {
        int lanes = SPECIES.length();
        boolean fits = model.likelihoodTable().threatScale().size()
                        * model.likelihoodTable().vulnerabilityScale().size() <= lanes
                && model.importanceScale().size() * model.likelihoodTable().likelihoodScale().size() <= lanes;
        return fits ? new VectorKernel(model) : null;
    }

    @Override
    public int blockRows() {
        return SPECIES.length();
    }

    /**
     * Scores whole vectors of rows from {@code from}, and returns the row it stopped at: the
     * first row of the first vector holding a value off a scale, or of the rows left over that
     * do not fill a vector. The caller has checked the columns and the range.
     */
    @Override
    public int score(byte[] importance, byte[] threat, byte[] vulnerability, byte[] likelihood, byte[] level,
            byte[] priority, int from, int to) {
        ByteVector likelihoodTable = ByteVector.fromArray(SPECIES, likelihoods, 0);
        ByteVector levelTable = ByteVector.fromArray(SPECIES, levels, 0);
        ByteVector priorityTable = ByteVector.fromArray(SPECIES, priorities, 0);
        int row = from;
        int bound = from + SPECIES.loopBound(to - from);
        for (; row < bound; row += SPECIES.length()) {
            ByteVector i = ByteVector.fromArray(SPECIES, importance, row);
            ByteVector t = ByteVector.fromArray(SPECIES, threat, row);
            ByteVector v = ByteVector.fromArray(SPECIES, vulnerability, row);
            VectorMask<Byte> off = i.compare(VectorOperators.LT, importanceMin)
                    .or(i.compare(VectorOperators.GT, importanceMax))
                    .or(t.compare(VectorOperators.LT, threatMin))
                    .or(t.compare(VectorOperators.GT, threatMax))
                    .or(v.compare(VectorOperators.LT, vulnerabilityMin))
                    .or(v.compare(VectorOperators.GT, vulnerabilityMax));
            if (off.anyTrue()) {
                break;
            }
            ByteVector l = t.sub(threatMin).mul(vulnerabilitySize).add(v.sub(vulnerabilityMin))
                    .selectFrom(likelihoodTable);
            ByteVector cell = i.sub(importanceMin).mul(likelihoodSize).add(l.sub(likelihoodMin));
            l.intoArray(likelihood, row);
            cell.selectFrom(levelTable).intoArray(level, row);
            cell.selectFrom(priorityTable).intoArray(priority, row);
        }
        return row;
    }
}
