package org.isms4j.records.context;

import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * An interface or dependency between the activities of the scope and those of another
 * organisation (インターフェースおよび依存関係, clause 4.3 c), such as the partner company
 * パートナー会社 with 部品の発注・納入 ordering and delivery of parts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScopeInterface {

    ScopeInterface() {}

    /**
     * Returns the other party, such as パートナー会社 or 顧客.
     *
     * @return the name, not blank
     */
    @Value.Parameter
    public abstract String counterpart();

    /**
     * Returns what crosses the boundary, such as 部品の発注、部品の納入.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String exchange();

    /**
     * Obtains an interface.
     *
     * @param counterpart the other party, not blank
     * @param exchange what crosses the boundary, not blank
     * @return the interface, not null
     * @throws IsmsException if a text is blank
     */
    public static ScopeInterface of(String counterpart, String exchange) {
        return ImmutableScopeInterface.of(counterpart, exchange);
    }

    @Value.Check
    final void check() {
        Texts.notBlank("counterpart", counterpart());
        Texts.notBlank("exchange", exchange());
    }
}
