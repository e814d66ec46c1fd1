package org.isms4j.annexa.soa;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.annexa.ControlAttribute;
import org.isms4j.annexa.CybersecurityConcept;
import org.isms4j.annexa.OperationalCapability;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;

/**
 * One reason why the {@link GapCheck} suggests a control for a risk, worth the points of its
 * {@link SuggestionBasis}, such as "operational capability 'information protection', suggested by
 * '分類', '取扱い' in the risk source" 運用機能「情報保護」（リスク源の「分類」「取扱い」から） for 5.10 and
 * risk 3.
 *
 * <p>A reason has its basis; the attribute value it rests on (a {@link SecurityProperty} the risk
 * loses, an {@link OperationalCapability} or a {@link CybersecurityConcept}), absent for
 * {@link SuggestionBasis#ONLY_LOST_PROPERTIES} and {@link SuggestionBasis#TITLE}; and the words
 * of the risk that suggested it, empty for the two grounds on properties.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SuggestionReason {

    SuggestionReason() {}

    /**
     * Returns the ground of the reason, such as an operational capability the risk source suggests.
     *
     * @return the basis, not null
     */
    @Value.Parameter
    public abstract SuggestionBasis basis();

    /**
     * Returns the attribute value the reason rests on, such as information protection.
     *
     * @return a security property, operational capability or cybersecurity concept; empty for
     *     {@link SuggestionBasis#ONLY_LOST_PROPERTIES} and {@link SuggestionBasis#TITLE}; not null
     */
    @Value.Parameter
    public abstract Optional<VocabularyTerm> term();

    /**
     * Returns the words of the risk that suggested the value or that the title contains, in the
     * order of the gap check's word table, such as 分類, 取扱い.
     *
     * @return an unmodifiable list, empty exactly for the grounds on properties, not null
     */
    @Value.Parameter
    public abstract List<String> words();

    /**
     * Returns the points the reason adds to the suggestion's score, those of its basis.
     *
     * @return the points, 1 or more
     */
    public final int points() {
        return basis().points();
    }

    /**
     * Returns the reason as a sentence for a user, in Japanese or English, such as
     * {@code operational capability 'information protection', suggested by '分類', '取扱い' in the risk source}
     * or 運用機能「情報保護」（リスク源の「分類」「取扱い」から）.
     *
     * @param locale Japanese for a locale whose language is Japanese, English for every other; not
     *     null
     * @return the sentence, not null
     */
    public final String describe(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean japanese = VocabularyTerm.isJapanese(locale);
        String term = term().map(t -> japanese ? "「" + t.getDisplayName(locale) + "」" : "'" + t.getDisplayName(locale)
                + "'").orElse("");
        String words = japanese ? words().stream().map(w -> "「" + w + "」").collect(Collectors.joining())
                : words().stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
        String capability = ControlAttribute.OPERATIONAL_CAPABILITIES.getDisplayName(locale);
        switch (basis()) {
            case LOST_PROPERTY:
                return japanese ? "リスクが損なう" + term + "を維持する" : "preserves " + term + ", which the risk loses";
            case ONLY_LOST_PROPERTIES:
                return japanese ? "リスクが損なう特性だけを維持する" : "preserves no property but those the risk loses";
            case CAPABILITY_IN_RISK_SOURCE:
                return japanese ? capability + term + "（リスク源の" + words + "から）"
                        : "operational capability " + term + ", suggested by " + words + " in the risk source";
            case CAPABILITY_IN_EVENT:
                return japanese ? capability + term + "（事象の" + words + "から）"
                        : "operational capability " + term + ", suggested by " + words + " in the event";
            case CONCEPT:
                return japanese ? ControlAttribute.CYBERSECURITY_CONCEPTS.getDisplayName(locale) + term + "（リスクの"
                        + words + "から）" : "cybersecurity concept " + term + ", suggested by " + words + " in the risk";
            case TITLE:
                return japanese ? "名称がリスクの" + words + "を含む" : "its title contains " + words + " of the risk";
            default:
                throw new AssertionError(basis());
        }
    }

    /**
     * Returns the reason in English.
     *
     * @return the sentence, not null
     * @see #describe(Locale)
     */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
