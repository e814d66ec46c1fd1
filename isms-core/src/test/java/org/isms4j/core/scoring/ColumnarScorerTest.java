package org.isms4j.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.SplittableRandom;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.RiskModelGenerators;
import org.isms4j.core.Score;
import org.junit.jupiter.api.Test;

class ColumnarScorerTest {

    @Test
    void quickApproachRows() {
        ColumnarScorer scorer = ColumnarScorer.of(RiskModel.standard());
        byte[] likelihood = new byte[3];
        byte[] level = new byte[3];
        byte[] priority = new byte[3];
        scorer.score(new byte[] {3, 3, 3}, new byte[] {3, 3, 2}, new byte[] {3, 2, 3}, likelihood, level, priority);
        assertThat(likelihood).containsExactly(3, 2, 2);
        assertThat(level).containsExactly(9, 6, 6);
        assertThat(priority).containsExactly(1, 2, 2);
        assertThat(scorer.model()).isSameAs(RiskModel.standard());
    }

    @Test
    void bulkEqualsPerRisk_onGeneratedModelsAndColumns() {
        qt().withExamples(200).forAll(RiskModelGenerators.models(), integers().between(0, 2000),
                integers().allPositive()).checkAssert((model, size, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            RatingScale is = model.importanceScale();
            RatingScale ts = model.likelihoodTable().threatScale();
            RatingScale vs = model.likelihoodTable().vulnerabilityScale();
            byte[] i = new byte[size];
            byte[] t = new byte[size];
            byte[] v = new byte[size];
            int[] ii = new int[size];
            int[] ti = new int[size];
            int[] vi = new int[size];
            for (int row = 0; row < size; row++) {
                ii[row] = random.nextInt(is.min(), is.max() + 1);
                ti[row] = random.nextInt(ts.min(), ts.max() + 1);
                vi[row] = random.nextInt(vs.min(), vs.max() + 1);
                i[row] = (byte) ii[row];
                t[row] = (byte) ti[row];
                v[row] = (byte) vi[row];
            }
            byte[] lb = new byte[size];
            byte[] eb = new byte[size];
            byte[] pb = new byte[size];
            int[] li = new int[size];
            int[] ei = new int[size];
            int[] pi = new int[size];
            ColumnarScorer scorer = ColumnarScorer.of(model);
            scorer.score(i, t, v, lb, eb, pb);
            scorer.score(ii, ti, vi, li, ei, pi);
            for (int row = 0; row < size; row++) {
                Score score = model.score(ii[row], ti[row], vi[row]);
                assertThat(lb[row]).isEqualTo((byte) score.likelihood());
                assertThat(eb[row]).isEqualTo((byte) score.level());
                assertThat(pb[row]).isEqualTo((byte) score.priority().rank());
                assertThat(li[row]).isEqualTo(score.likelihood());
                assertThat(ei[row]).isEqualTo(score.level());
                assertThat(pi[row]).isEqualTo(score.priority().rank());
            }
        });
    }

    @Test
    void invalidValue_namesColumnAndRow() {
        ColumnarScorer scorer = ColumnarScorer.of(RiskModel.standard());
        byte[] out = new byte[3];
        assertThatThrownBy(() -> scorer.score(new byte[] {3, 3, 3}, new byte[] {3, 7, 2}, new byte[] {3, 2, 3}, out,
                out.clone(), out.clone())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for threat[1] (valid values 1 - 3): 7");
        assertThatThrownBy(() -> scorer.score(new byte[] {3, 3, -1}, new byte[] {3, 3, 2}, new byte[] {3, 2, 3}, out,
                out.clone(), out.clone())).hasMessage("Invalid value for importance[2] (valid values 1 - 3): -1");
        assertThatThrownBy(() -> scorer.score(new byte[] {3, 3, 3}, new byte[] {3, 3, 2}, new byte[] {0, 2, 3}, out,
                out.clone(), out.clone())).hasMessage("Invalid value for vulnerability[0] (valid values 1 - 3): 0");
        int[] outInt = new int[2];
        assertThatThrownBy(() -> scorer.score(new int[] {3, 300}, new int[] {3, 3}, new int[] {3, 3}, outInt,
                outInt.clone(), outInt.clone())).hasMessage("Invalid value for importance[1] (valid values 1 - 3): 300");
        assertThatThrownBy(() -> scorer.score(new int[] {3, 3}, new int[] {3, -2}, new int[] {3, 3}, outInt,
                outInt.clone(), outInt.clone())).hasMessage("Invalid value for threat[1] (valid values 1 - 3): -2");
        assertThatThrownBy(() -> scorer.score(new int[] {3, 3}, new int[] {3, 3}, new int[] {3, 4}, outInt,
                outInt.clone(), outInt.clone())).hasMessage("Invalid value for vulnerability[1] (valid values 1 - 3): 4");
    }

    @Test
    void invalidBytes_generated_areRejectedNamingTheColumn() {
        ColumnarScorer scorer = ColumnarScorer.of(RiskModel.standard());
        qt().forAll(integers().between(-128, 127), integers().between(0, 2)).checkAssert((value, column) -> {
            byte[][] in = {{2}, {2}, {2}};
            in[column][0] = value.byteValue();
            byte[] out = new byte[1];
            if (value >= 1 && value <= 3) {
                scorer.score(in[0], in[1], in[2], out, out.clone(), out.clone());
            } else {
                String name = column == 0 ? "importance" : column == 1 ? "threat" : "vulnerability";
                assertThatThrownBy(() -> scorer.score(in[0], in[1], in[2], out, out.clone(), out.clone()))
                        .hasMessage("Invalid value for %s[0] (valid values 1 - 3): %d", name, value);
            }
        });
    }

    /** A bad value anywhere in a long register, inside an 8-row group or in the tail, is named. */
    @Test
    void invalidValueInALongRegister_namesItsRow_andRowsBeforeItAreScored() {
        RiskModel model = RiskModel.standard();
        ColumnarScorer scorer = ColumnarScorer.of(model);
        qt().withExamples(500).forAll(integers().between(1, 80), integers().between(0, 79),
                integers().between(0, 3 * 256 - 1), integers().between(0, 26)).checkAssert((size, badPick, columnValue,
                        fill) -> {
                    int column = columnValue / 256;
                    int value = columnValue % 256 - 128;
                    int bad = badPick % size;
                    byte[][] in = new byte[3][size];
                    for (int row = 0; row < size; row++) {
                        int cell = (fill + row) % 27;
                        in[0][row] = (byte) (cell / 9 + 1);
                        in[1][row] = (byte) (cell / 3 % 3 + 1);
                        in[2][row] = (byte) (cell % 3 + 1);
                    }
                    in[column][bad] = (byte) value;
                    byte[] level = new byte[size];
                    byte[] likelihood = new byte[size];
                    byte[] priority = new byte[size];
                    if (value >= 1 && value <= 3) {
                        scorer.score(in[0], in[1], in[2], likelihood, level, priority);
                        return;
                    }
                    String name = column == 0 ? "importance" : column == 1 ? "threat" : "vulnerability";
                    assertThatThrownBy(() -> scorer.score(in[0], in[1], in[2], likelihood, level, priority))
                            .isInstanceOf(IsmsException.class)
                            .hasMessage("Invalid value for %s[%d] (valid values 1 - 3): %d", name, bad, value);
                    for (int row = 0; row < bad; row++) {
                        assertThat(level[row]).isEqualTo((byte) model.score(in[0][row], in[1][row], in[2][row]).level());
                    }
                });
    }

    @Test
    void columnsOfDifferentLength_orBadRange() {
        ColumnarScorer scorer = ColumnarScorer.of(RiskModel.standard());
        byte[] three = new byte[3];
        assertThatThrownBy(() -> scorer.score(three, three, new byte[2], three, three, three))
                .hasMessage("Columns differ in length: importance has 3 rows, vulnerability has 2");
        assertThatThrownBy(() -> scorer.score(three, three, three, three, three, three, 2, 1))
                .hasMessage("Invalid value for to (valid values 2 - 3): 1");
        assertThatThrownBy(() -> scorer.score(three, three, three, three, three, three, -1, 1))
                .hasMessage("Invalid value for from (valid values 0 - 3): -1");
        assertThatThrownBy(() -> scorer.score(three, new byte[4], three, three, three, three))
                .hasMessage("Columns differ in length: importance has 3 rows, threat has 4");
        assertThatThrownBy(() -> scorer.score(three, three, three, new byte[2], three, three))
                .hasMessage("Columns differ in length: importance has 3 rows, likelihood has 2");
        assertThatThrownBy(() -> scorer.score(three, three, three, three, new byte[0], three))
                .hasMessage("Columns differ in length: importance has 3 rows, level has 0");
        assertThatThrownBy(() -> scorer.score(three, three, three, three, three, new byte[5]))
                .hasMessage("Columns differ in length: importance has 3 rows, priority has 5");
        int[] two = new int[2];
        assertThatThrownBy(() -> scorer.score(two, two, two, two, new int[3], two))
                .hasMessage("Columns differ in length: importance has 2 rows, level has 3");
        assertThatThrownBy(() -> scorer.score((byte[]) null, three, three, three, three, three))
                .isInstanceOf(NullPointerException.class).hasMessage("importance");
    }

    @Test
    void range_scoresOnlyTheRange() {
        ColumnarScorer scorer = ColumnarScorer.of(RiskModel.standard());
        byte[] in = {3, 3, 3, 3};
        byte[] level = new byte[4];
        scorer.score(in, in, in, new byte[4], level, new byte[4], 1, 3);
        assertThat(level).containsExactly(0, 9, 9, 0);
    }

    /**
     * The build runs isms-core's tests with {@code --add-modules jdk.incubator.vector}, so the
     * Vector API kernel is the one a fitting model gets; the property switches it off.
     */
    @Test
    void vectorKernel_takesTheModelsWhoseTablesFitInAVector() {
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector"))
                .as("isms-core's tests run with --add-modules jdk.incubator.vector").isPresent();
        assertThat(ColumnarScorer.of(RiskModel.standard()).isVectorized()).isTrue();
        assertThat(scalar(RiskModel.standard()).isVectorized()).isFalse();
        int lanes = lanes();
        qt().forAll(RiskModelGenerators.models()).checkAssert(model -> {
            int likelihoodCells = model.likelihoodTable().threatScale().size()
                    * model.likelihoodTable().vulnerabilityScale().size();
            int levelCells = model.importanceScale().size() * model.likelihoodTable().likelihoodScale().size();
            assertThat(ColumnarScorer.of(model).isVectorized()).isEqualTo(likelihoodCells <= lanes && levelCells <= lanes);
        });
    }

    /**
     * On generated models, ranges and columns, with an off-scale value in a third of the cases,
     * the Vector API kernel and the scalar one write the same bytes (rows outside the range and
     * after a bad row untouched) and throw the same message.
     */
    @Test
    void vectorAndScalarKernels_agree_badValuesIncluded() {
        qt().withExamples(300).forAll(RiskModelGenerators.models(), integers().between(0, 700),
                integers().allPositive()).checkAssert((model, size, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            RatingScale[] scales = {model.importanceScale(), model.likelihoodTable().threatScale(),
                model.likelihoodTable().vulnerabilityScale()};
            byte[][] in = new byte[3][size];
            for (int column = 0; column < 3; column++) {
                for (int row = 0; row < size; row++) {
                    in[column][row] = (byte) random.nextInt(scales[column].min(), scales[column].max() + 1);
                }
            }
            if (size > 0 && random.nextInt(3) == 0) {
                int column = random.nextInt(3);
                byte value;
                do {
                    value = (byte) random.nextInt(-128, 128);
                } while (scales[column].contains(value));
                in[column][random.nextInt(size)] = value;
            }
            int from = random.nextInt(size + 1);
            int to = from + random.nextInt(size - from + 1);
            byte[][] vectorOut = untouched(size);
            byte[][] scalarOut = untouched(size);
            Throwable vectorThrew = catchThrowable(() -> ColumnarScorer.of(model).score(in[0], in[1], in[2],
                    vectorOut[0], vectorOut[1], vectorOut[2], from, to));
            Throwable scalarThrew = catchThrowable(() -> scalar(model).score(in[0], in[1], in[2],
                    scalarOut[0], scalarOut[1], scalarOut[2], from, to));
            assertThat(vectorThrew == null ? null : vectorThrew.getMessage())
                    .isEqualTo(scalarThrew == null ? null : scalarThrew.getMessage());
            assertThat(vectorOut).isDeepEqualTo(scalarOut);
        });
    }

    /** The kernel itself scores every whole vector of a valid range, and stops at a bad one. */
    @Test
    void vectorKernel_scoresWholeVectors_andStopsAtTheVectorWithABadValue() {
        RiskModel model = RiskModel.standard();
        BlockKernel kernel = ColumnarScorer.vectorKernel(model);
        int lanes = kernel.blockRows();
        int size = 5 * lanes + 3;
        byte[][] in = new byte[3][size];
        for (int row = 0; row < size; row++) {
            in[0][row] = (byte) (row % 3 + 1);
            in[1][row] = (byte) (row / 3 % 3 + 1);
            in[2][row] = (byte) (row / 9 % 3 + 1);
        }
        byte[][] out = untouched(size);
        assertThat(kernel.score(in[0], in[1], in[2], out[0], out[1], out[2], 1, size)).isEqualTo(1 + 5 * lanes);
        for (int row = 0; row < size; row++) {
            boolean scored = row >= 1 && row < 1 + 5 * lanes;
            Score score = model.score(in[0][row], in[1][row], in[2][row]);
            assertThat(out[1][row]).as("level[%d]", row).isEqualTo(scored ? (byte) score.level() : (byte) 0x55);
            assertThat(out[2][row]).as("priority[%d]", row)
                    .isEqualTo(scored ? (byte) score.priority().rank() : (byte) 0x55);
            assertThat(out[0][row]).as("likelihood[%d]", row)
                    .isEqualTo(scored ? (byte) score.likelihood() : (byte) 0x55);
        }
        in[1][2 * lanes + 7] = 4;
        assertThat(kernel.score(in[0], in[1], in[2], untouched(size)[0], out[1], out[2], 0, size)).isEqualTo(2 * lanes);
    }

    /** The byte lanes of a vector on this hardware, as the standard model's kernel tells them. */
    private static int lanes() {
        return ColumnarScorer.vectorKernel(RiskModel.standard()).blockRows();
    }

    private static byte[][] untouched(int size) {
        byte[][] out = new byte[3][size];
        for (byte[] column : out) {
            java.util.Arrays.fill(column, (byte) 0x55);
        }
        return out;
    }

    /** A scorer made with the Vector API switched off. */
    private static ColumnarScorer scalar(RiskModel model) {
        String before = System.getProperty(ColumnarScorer.VECTOR_PROPERTY);
        System.setProperty(ColumnarScorer.VECTOR_PROPERTY, "false");
        try {
            return ColumnarScorer.of(model);
        } finally {
            if (before == null) {
                System.clearProperty(ColumnarScorer.VECTOR_PROPERTY);
            } else {
                System.setProperty(ColumnarScorer.VECTOR_PROPERTY, before);
            }
        }
    }
}
