package org.isms4j.records.context;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * The scope of the ISMS 適用範囲 (clause 4.3): the organisational units, locations and assets
 * inside it, its interfaces and dependencies with other organisations, and what it excludes
 * with the reasons; such as the source's SME default 全社・全従業員 company-wide.
 *
 * <p>No unit, location or asset is named twice, and nothing excluded is also inside.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scope {

    Scope() {}

    /**
     * Returns the organisational units inside the scope (人的・組織的境界), such as 営業部.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<String> units();

    /**
     * Returns the locations inside the scope (物理的境界), such as 本社.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<String> locations();

    /**
     * Returns the assets inside the scope (資産的境界), such as 社内ネットワーク.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<String> assets();

    /**
     * Returns the interfaces and dependencies with other organisations.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ScopeInterface> interfaces();

    /**
     * Returns what the scope leaves out, each with its reason.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ScopeExclusion> exclusions();

    /**
     * Obtains a scope.
     *
     * @param units the units inside, not empty, none blank or twice; copied
     * @param locations the locations inside, not empty, none blank or twice; copied
     * @param assets the assets inside, none blank or twice; copied
     * @param interfaces the interfaces and dependencies; copied
     * @param exclusions what is left out, none also inside or twice; copied
     * @return the scope, not null
     * @throws IsmsException if a rule of the scope is broken
     */
    public static Scope of(Collection<String> units, Collection<String> locations, Collection<String> assets,
            Collection<ScopeInterface> interfaces, Collection<ScopeExclusion> exclusions) {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(locations, "locations");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(interfaces, "interfaces");
        Objects.requireNonNull(exclusions, "exclusions");
        return ImmutableScope.builder().units(units).locations(locations).assets(assets).interfaces(interfaces)
                .exclusions(exclusions).build();
    }

    @Value.Check
    final void check() {
        Checks.entries("scope interfaces", interfaces());
        Checks.entries("scope exclusions", exclusions());
        Texts.notEmpty("scope", "unit", units());
        Texts.notEmpty("scope", "location", locations());
        Texts.eachNotBlank("unit", units());
        Texts.eachNotBlank("location", locations());
        Texts.eachNotBlank("asset", assets());
        List<String> inside = new ArrayList<>(units());
        inside.addAll(locations());
        inside.addAll(assets());
        Texts.unique("scope", "unit, location or asset", inside, s -> s);
        Texts.unique("scope", "excluded subject", exclusions(), ScopeExclusion::subject);
        for (ScopeExclusion exclusion : exclusions()) {
            if (inside.contains(exclusion.subject())) {
                throw new IsmsException(Checks.format(
                        "Invalid scope: '%s' is both inside the scope and excluded from it",
                        Texts.echo(exclusion.subject())));
            }
        }
    }
}
