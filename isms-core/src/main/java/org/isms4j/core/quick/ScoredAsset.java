package org.isms4j.core.quick;

import org.immutables.value.Value;
import org.isms4j.core.Score;
import org.isms4j.core.asset.Asset;

/**
 * An asset scored by the quick approach クイックアプローチ, such as the staff register 社員名簿 with
 * likelihood 3: level 9.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoredAsset {

    ScoredAsset() {}

    /**
     * Returns the asset.
     *
     * @return the asset, not null
     */
    @Value.Parameter
    public abstract Asset asset();

    /**
     * Returns its score: its importance, the likelihood the assessor gave, level and priority.
     *
     * @return the score, not null
     */
    @Value.Parameter
    public abstract Score score();

    static ScoredAsset of(Asset asset, Score score) {
        return ImmutableScoredAsset.of(asset, score);
    }
}
