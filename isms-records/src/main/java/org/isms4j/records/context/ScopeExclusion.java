package org.isms4j.records.context;

import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * A part of the organisation left out of the ISMS scope, with the reason (適用範囲外とする理由),
 * such as a subsidiary with its own certification.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScopeExclusion {

    ScopeExclusion() {}

    /**
     * Returns what is excluded: a unit, location or asset.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String subject();

    /**
     * Returns why it is excluded.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String reason();

    /**
     * Obtains an exclusion.
     *
     * @param subject what is excluded, not blank
     * @param reason why, not blank
     * @return the exclusion, not null
     * @throws IsmsException if a text is blank
     */
    public static ScopeExclusion of(String subject, String reason) {
        return ImmutableScopeExclusion.of(subject, reason);
    }

    @Value.Check
    final void check() {
        Texts.notBlank("excluded subject", subject());
        Texts.notBlank("exclusion reason", reason());
    }
}
