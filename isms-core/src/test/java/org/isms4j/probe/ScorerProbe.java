package org.isms4j.probe;

import java.util.Arrays;
import org.isms4j.core.RiskModel;
import org.isms4j.core.scoring.ColumnarScorer;

/**
 * The program isms-core's tests run in forked JVMs to see which scoring kernel a JVM gets: one
 * scorer, five rows. Its package is none of {@code org.isms4j.core}'s, so that it also runs from
 * the class path beside isms-core on the module path.
 */
public final class ScorerProbe {

    private ScorerProbe() {}

    public static void main(String[] args) {
        ColumnarScorer scorer = ColumnarScorer.of(RiskModel.standard());
        byte[] level = new byte[5];
        scorer.score(new byte[] {3, 3, 3, 1, 3}, new byte[] {3, 3, 2, 1, 3}, new byte[] {3, 2, 3, 1, 3},
                new byte[5], level, new byte[5]);
        System.out.println("vectorized=" + scorer.isVectorized() + " levels=" + Arrays.toString(level));
    }
}
