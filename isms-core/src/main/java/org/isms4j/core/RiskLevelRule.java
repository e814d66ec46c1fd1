package org.isms4j.core;

/**
 * The rule that turns importance and likelihood into a risk level リスクレベル: the source's product
 * (importance 3 × likelihood 2 = level 6) or an explicit lookup grid.
 *
 * <p>The two kinds are {@link ProductRule} and {@link LevelGrid}; ready-made rules are in
 * {@link RiskLevelRules}. A rule never gives a lower level for a higher importance or a higher
 * likelihood.
 */
public sealed interface RiskLevelRule permits ProductRule, LevelGrid {

    /**
     * Returns the level for an importance and a likelihood the model has already checked.
     *
     * @param importance the importance, on the model's importance scale
     * @param likelihood the likelihood, on the model's likelihood scale
     * @return the risk level, 0 - 100
     * @throws IsmsException if the rule has no cell for the pair
     */
    int level(int importance, int likelihood);

    /**
     * Returns the stable code of the kind of rule: {@code product} or {@code grid}.
     *
     * @return the code, not null
     */
    String code();
}
