package org.isms4j.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.isms4j.core.RiskModel;
import org.junit.jupiter.api.Test;

/** docs/method.md#risk-level: risk level = importance × likelihood. */
class RiskLevelSpecTest {

    @Test
    void possibleLevels_are_1_2_3_4_6_9() {
        Set<Integer> levels = new TreeSet<>();
        for (int importance = 1; importance <= 3; importance++) {
            for (int threat = 1; threat <= 3; threat++) {
                for (int vulnerability = 1; vulnerability <= 3; vulnerability++) {
                    levels.add(RiskModel.standard().score(importance, threat, vulnerability).level());
                }
            }
        }
        assertThat(levels).containsExactly(1, 2, 3, 4, 6, 9);
    }

    @Test
    void examples() {
        assertThat(RiskModel.standard().scoreOfLikelihood(3, 1).level()).isEqualTo(3);
        assertThat(RiskModel.standard().scoreOfLikelihood(2, 3).level()).isEqualTo(6);
    }
}
