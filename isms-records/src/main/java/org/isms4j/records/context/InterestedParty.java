package org.isms4j.records.context;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * An interested party 利害関係者 of clause 4.2 with its needs and expectations, such as 取引先
 * customers with 適切な情報の取扱い and 法令遵守.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InterestedParty {

    InterestedParty() {}

    /**
     * Returns the party's name, such as 取引先, 株主, 従業者 or 国・自治体.
     *
     * @return the name, not blank
     */
    @Value.Parameter
    public abstract String name();

    /**
     * Returns the party's needs and expectations.
     *
     * @return an unmodifiable, non-empty list without two equal requirement texts, not null
     */
    @Value.Parameter
    public abstract List<PartyRequirement> requirements();

    /**
     * Obtains a party.
     *
     * @param name the name, not blank
     * @param requirements its needs and expectations, not empty, no requirement text twice; copied
     * @return the party, not null
     * @throws IsmsException if the name is blank, there is no requirement or one is there twice
     */
    public static InterestedParty of(String name, Collection<PartyRequirement> requirements) {
        Objects.requireNonNull(requirements, "requirements");
        return ImmutableInterestedParty.of(name, List.copyOf(requirements));
    }

    /**
     * Returns the requirements the ISMS addresses.
     *
     * @return an unmodifiable list, not null
     */
    public final List<PartyRequirement> addressed() {
        return requirements().stream().filter(PartyRequirement::isAddressed).collect(
                java.util.stream.Collectors.toUnmodifiableList());
    }

    @Value.Check
    final void check() {
        Checks.entries("requirements", requirements());
        Texts.notBlank("interested party", name());
        String record = Checks.format("interested party '%s'", Texts.echo(name()));
        Texts.notEmpty(record, "requirement", requirements());
        Texts.unique(record, "requirement", requirements(), PartyRequirement::requirement);
    }
}
