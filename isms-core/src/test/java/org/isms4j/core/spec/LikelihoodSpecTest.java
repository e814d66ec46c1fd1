package org.isms4j.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.LikelihoodTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** docs/method.md#likelihood: the likelihood conversion table, cell by cell. */
class LikelihoodSpecTest {

    @ParameterizedTest(name = "threat {0}, vulnerability {1} -> {2}")
    @CsvSource({
        "3, 3, 3", "3, 2, 2", "3, 1, 1",
        "2, 3, 2", "2, 2, 1", "2, 1, 1",
        "1, 3, 1", "1, 2, 1", "1, 1, 1",
    })
    void standardTable_cell(int threat, int vulnerability, int likelihood) {
        assertThat(LikelihoodTables.standard().likelihood(threat, vulnerability)).isEqualTo(likelihood);
    }

    @Test
    void examples() {
        assertThat(LikelihoodTables.standard().likelihood(2, 1)).isEqualTo(1);
        assertThat(LikelihoodTables.standard().likelihood(3, 3)).isEqualTo(3);
    }

    @Test
    void scales_runFrom1To3() {
        LikelihoodTable table = LikelihoodTables.standard();
        assertThat(table.threatScale().min()).isEqualTo(1);
        assertThat(table.threatScale().max()).isEqualTo(3);
        assertThat(table.vulnerabilityScale().min()).isEqualTo(1);
        assertThat(table.vulnerabilityScale().max()).isEqualTo(3);
        assertThat(table.cells()).hasSize(9);
    }
}
