package org.isms4j.annexa.soa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.CybersecurityConcept;
import org.isms4j.annexa.OperationalCapability;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.risk.Risk;

/**
 * An Annex A control the {@link GapCheck} suggests for one risk, with its score and the reasons
 * for it, such as 8.1 user endpoint devices 利用者エンドポイント機器 for risk 1 (mobile-device usage
 * rules not established), score 8: it preserves confidentiality, which the risk loses; its
 * capability asset management is suggested by "モバイル" and "機器" in the risk source; and so on.
 *
 * <p>The score is the sum of the points of the reasons ({@link SuggestionBasis#points()}). For one
 * risk, suggestions rank by score, highest first, and then in document order of their controls
 * (5.2 before 5.10): a total order, since a control is suggested at most once per risk.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Suggestion {

    /** Highest score first, then document order of controls, then risk number. */
    static final Comparator<Suggestion> RANKING = Comparator.comparingInt(Suggestion::score).reversed()
            .thenComparing(Suggestion::controlId).thenComparingInt(Suggestion::riskNumber);

    Suggestion() {}

    /**
     * Returns the number of the risk the control is suggested for, such as 1.
     *
     * @return the number, 1 or more
     */
    public abstract int riskNumber();

    /**
     * Returns the control suggested, such as 8.1.
     *
     * @return the control, not null
     */
    public abstract ControlId controlId();

    /**
     * Returns the reasons: the properties the control preserves that the risk loses, whether it
     * preserves only those, its operational capabilities and then its cybersecurity concepts that
     * the risk's words suggest (each in the order of ISO/IEC 27002), and its title.
     *
     * @return an unmodifiable list, starting with at least one
     *     {@link SuggestionBasis#LOST_PROPERTY}, not null
     */
    public abstract List<SuggestionReason> reasons();

    /**
     * Returns the score, the sum of the reasons' points, such as 8.
     *
     * @return the score, 1 or more
     */
    @Value.Derived
    public int score() {
        int score = 0;
        for (SuggestionReason reason : reasons()) {
            score += reason.points();
        }
        return score;
    }

    /**
     * Returns the reasons as sentences for a user, in Japanese or English, such as
     * {@code preserves 'confidentiality', which the risk loses}.
     *
     * @param locale Japanese for a locale whose language is Japanese, English for every other; not
     *     null
     * @return an unmodifiable list, one sentence per reason, not null
     * @see SuggestionReason#describe(Locale)
     */
    public final List<String> reasons(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return reasons().stream().map(reason -> reason.describe(locale)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Scores a control for a risk: the reasons of every basis that holds, or none when the control
     * preserves no property the risk loses.
     *
     * @param risk the risk
     * @param words the words of the risk, {@code RiskWords.of(risk)}
     * @param control the control
     * @return the suggestion, or empty if the control is no candidate for the risk
     */
    static Optional<Suggestion> of(Risk risk, RiskWords words, Control control) {
        List<SuggestionReason> reasons = new ArrayList<>();
        for (SecurityProperty property : SecurityProperty.values()) {
            if (risk.lostProperties().contains(property) && control.securityProperties().contains(property)) {
                reasons.add(reason(SuggestionBasis.LOST_PROPERTY, property, List.of()));
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        if (risk.lostProperties().containsAll(control.securityProperties())) {
            reasons.add(ImmutableSuggestionReason.of(SuggestionBasis.ONLY_LOST_PROPERTIES, Optional.empty(), List.of()));
        }
        for (OperationalCapability capability : control.operationalCapabilities()) {
            List<String> inSource = words.inSource(capability);
            if (!inSource.isEmpty()) {
                reasons.add(reason(SuggestionBasis.CAPABILITY_IN_RISK_SOURCE, capability, inSource));
            } else if (!words.inEvent(capability).isEmpty()) {
                reasons.add(reason(SuggestionBasis.CAPABILITY_IN_EVENT, capability, words.inEvent(capability)));
            }
        }
        for (CybersecurityConcept concept : control.cybersecurityConcepts()) {
            List<String> inRisk = words.inRisk(concept);
            if (!inRisk.isEmpty()) {
                reasons.add(reason(SuggestionBasis.CONCEPT, concept, inRisk));
            }
        }
        List<String> shared = words.sharedWith(control);
        if (!shared.isEmpty()) {
            reasons.add(ImmutableSuggestionReason.of(SuggestionBasis.TITLE, Optional.empty(), shared));
        }
        return Optional.of(ImmutableSuggestion.builder().riskNumber(risk.number()).controlId(control.id())
                .reasons(reasons).build());
    }

    private static SuggestionReason reason(SuggestionBasis basis, VocabularyTerm term, List<String> words) {
        return ImmutableSuggestionReason.of(basis, Optional.of(term), words);
    }

    /**
     * Returns the control from the catalogue, with its titles and attributes.
     *
     * @return the control, not null
     */
    public final Control control() {
        return AnnexA.get(controlId());
    }
}
