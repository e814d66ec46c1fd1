package org.isms4j.records.context;

import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * A need or expectation of an interested party 利害関係者のニーズ及び期待 (clause 4.2) with its risk
 * and opportunity, and whether the ISMS addresses it; such as the customer's 適切な情報の取扱い,
 * risk 不適切な取扱いで信頼低下→案件減少, opportunity 適切な対応で信頼向上→受注の維持/増加,
 * addressed.
 *
 * <p>A requirement may be a climate requirement (the note Amd 1:2024 adds to 4.2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartyRequirement {

    PartyRequirement() {}

    /**
     * Returns the requirement 情報セキュリティに関する要求事項.
     *
     * @return the text, not blank
     */
    public abstract String requirement();

    /**
     * Returns the risk リスク of not meeting it.
     *
     * @return the text, not blank
     */
    public abstract String risk();

    /**
     * Returns the opportunity 機会 of meeting it.
     *
     * @return the text, not blank
     */
    public abstract String opportunity();

    /**
     * Tells whether the ISMS addresses the requirement.
     *
     * @return true if addressed
     */
    public abstract boolean isAddressed();

    /**
     * Tells whether the requirement is a climate requirement (気候変動に関する要求事項).
     *
     * @return true if it is
     */
    public abstract boolean isClimateRelated();

    /**
     * Obtains a requirement the ISMS addresses, not climate-related.
     *
     * @param requirement the requirement, not blank
     * @param risk the risk, not blank
     * @param opportunity the opportunity, not blank
     * @return the requirement, not null
     * @throws IsmsException if a text is blank
     */
    public static PartyRequirement addressed(String requirement, String risk, String opportunity) {
        return of(requirement, risk, opportunity, true, false);
    }

    /**
     * Obtains a requirement.
     *
     * @param requirement the requirement, not blank
     * @param risk the risk, not blank
     * @param opportunity the opportunity, not blank
     * @param addressed whether the ISMS addresses it
     * @param climateRelated whether it is a climate requirement
     * @return the requirement, not null
     * @throws IsmsException if a text is blank
     */
    public static PartyRequirement of(String requirement, String risk, String opportunity, boolean addressed,
            boolean climateRelated) {
        return ImmutablePartyRequirement.builder().requirement(requirement).risk(risk).opportunity(opportunity)
                .isAddressed(addressed).isClimateRelated(climateRelated).build();
    }

    @Value.Check
    final void check() {
        Texts.notBlank("requirement", requirement());
        Texts.notBlank("risk", risk());
        Texts.notBlank("opportunity", opportunity());
    }
}
