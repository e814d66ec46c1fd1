package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class LikelihoodTableTest {

    private static final RatingScale S = RatingScale.standard();

    @Test
    void of_notTotal_missingRow() {
        assertThatThrownBy(() -> LikelihoodTable.of(S, S, S, new int[][] {{1, 1, 1}, {1, 1, 2}}))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Likelihood table is not total: it has 2 rows, but threat scale 1 - 3 needs 3");
    }

    @Test
    void of_notTotal_shortRow() {
        assertThatThrownBy(() -> LikelihoodTable.of(S, S, S, new int[][] {{1, 1, 1}, {1, 1}, {1, 2, 3}}))
                .hasMessage("Likelihood table is not total: the row for threat 2 has 2 cells, but vulnerability "
                        + "scale 1 - 3 needs 3");
    }

    @Test
    void of_notMonotoneAlongThreat() {
        assertThatThrownBy(() -> LikelihoodTable.of(S, S, S, new int[][] {{1, 1, 1}, {1, 2, 2}, {1, 1, 3}}))
                .hasMessage("Likelihood table is not monotone: cell (threat 3, vulnerability 2) = 1 is below "
                        + "cell (threat 2, vulnerability 2) = 2; likelihood must not decrease as threat rises");
    }

    @Test
    void of_notMonotoneAlongVulnerability() {
        assertThatThrownBy(() -> LikelihoodTable.of(S, S, S, new int[][] {{1, 1, 1}, {1, 1, 2}, {1, 3, 2}}))
                .hasMessage("Likelihood table is not monotone: cell (threat 3, vulnerability 3) = 2 is below "
                        + "cell (threat 3, vulnerability 2) = 3; likelihood must not decrease as vulnerability rises");
    }

    @Test
    void of_cellOffLikelihoodScale() {
        assertThatThrownBy(() -> LikelihoodTable.of(S, S, S, new int[][] {{1, 1, 1}, {1, 1, 2}, {1, 2, 4}}))
                .hasMessage("Invalid value for likelihood in cell (threat 3, vulnerability 3) (valid values 1 - 3): 4");
    }

    @Test
    void of_nullRow_namesIt() {
        assertThatThrownBy(() -> LikelihoodTable.of(S, S, S, new int[][] {{1, 1, 1}, null, {1, 2, 3}}))
                .isInstanceOf(NullPointerException.class).hasMessage("rows[1]");
    }

    @Test
    void asymmetric4x5Table() {
        RatingScale threat = RatingScale.of(1, 4);
        RatingScale vulnerability = RatingScale.of(1, 5);
        LikelihoodTable table = LikelihoodTable.of(threat, vulnerability, RatingScale.of(1, 4), new int[][] {
            {1, 1, 1, 2, 2}, {1, 1, 2, 2, 3}, {1, 2, 2, 3, 4}, {2, 2, 3, 4, 4}});
        assertThat(table.likelihood(4, 5)).isEqualTo(4);
        assertThat(table.likelihood(2, 3)).isEqualTo(2);
        assertThat(table.toRows()[3]).containsExactly(2, 2, 3, 4, 4);
        assertThatThrownBy(() -> table.likelihood(5, 1))
                .hasMessage("Invalid value for threat (valid values 1 - 4): 5");
        assertThatThrownBy(() -> table.likelihood(1, 6))
                .hasMessage("Invalid value for vulnerability (valid values 1 - 5): 6");
    }

    @Test
    void generatedTables_roundTripThroughRows() {
        qt().forAll(RiskModelGenerators.tables()).checkAssert(table -> {
            LikelihoodTable copy = LikelihoodTable.of(table.threatScale(), table.vulnerabilityScale(),
                    table.likelihoodScale(), table.toRows());
            assertThat(copy).isEqualTo(table);
        });
    }

    @Test
    void generatedTables_withOneCellLowered_areRejectedNamingTheCell() {
        qt().withExamples(300).forAll(RiskModelGenerators.tables(), integers().between(0, 99), integers().between(0, 99))
                .checkAssert((table, rowPick, columnPick) -> {
                    int[][] rows = table.toRows();
                    int r = rowPick % rows.length;
                    int c = columnPick % rows[r].length;
                    int lowered = rows[r][c] - 1;
                    boolean breaksMonotone = (r > 0 && lowered < rows[r - 1][c]) || (c > 0 && lowered < rows[r][c - 1]);
                    boolean offScale = lowered < table.likelihoodScale().min();
                    rows[r][c] = lowered;
                    if (breaksMonotone || offScale) {
                        assertThatThrownBy(() -> LikelihoodTable.of(table.threatScale(), table.vulnerabilityScale(),
                                table.likelihoodScale(), rows)).isInstanceOf(IsmsException.class)
                                .hasMessageContaining("(threat " + (table.threatScale().min() + r)
                                        + ", vulnerability " + (table.vulnerabilityScale().min() + c) + ")");
                    } else {
                        assertThat(LikelihoodTable.of(table.threatScale(), table.vulnerabilityScale(),
                                table.likelihoodScale(), rows).toRows()[r][c]).isEqualTo(lowered);
                    }
                });
    }
}
