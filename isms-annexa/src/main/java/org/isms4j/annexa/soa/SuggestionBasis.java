package org.isms4j.annexa.soa;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A ground on which the {@link GapCheck} suggests a control for a risk, with the points it adds
 * to the suggestion's score, such as an operational capability 運用機能 that a word of the risk
 * source リスク源 suggests (3 points).
 *
 * <p>The score of a {@link Suggestion} is the sum of the points of its reasons, so the ranking can
 * be explained line by line. The weights say what the gap check trusts most: the risk source is
 * what a treatment addresses, so a capability it suggests weighs most; a word of the risk that the
 * control's title shares is a specific hint; the event, the properties and the concepts only tell
 * candidates apart.
 */
public enum SuggestionBasis implements VocabularyTerm {
    /** The control preserves a property the risk loses 損なわれる特性の維持 (1 point each). */
    LOST_PROPERTY("lost_property", "損なわれる特性の維持", "preserves a lost property", 1),
    /**
     * The control preserves no property but those the risk loses 損なわれる特性に特化 (1 point), such as
     * 8.12 data leakage prevention, for confidentiality only.
     */
    ONLY_LOST_PROPERTIES("only_lost_properties", "損なわれる特性に特化", "preserves only lost properties", 1),
    /** A word of the risk source suggests one of the control's operational capabilities (3 points each). */
    CAPABILITY_IN_RISK_SOURCE("capability_in_risk_source", "リスク源が示す運用機能",
            "operational capability suggested by the risk source", 3),
    /**
     * A word of the event, and none of the risk source, suggests one of the control's operational
     * capabilities (1 point each).
     */
    CAPABILITY_IN_EVENT("capability_in_event", "事象が示す運用機能", "operational capability suggested by the event", 1),
    /** A word of the risk suggests one of the control's cybersecurity concepts (1 point each). */
    CONCEPT("concept", "リスクが示すサイバーセキュリティ概念", "cybersecurity concept suggested by the risk", 1),
    /** The control's Japanese or English title contains a word of the risk (2 points). */
    TITLE("title", "名称がリスクの語を含む", "title contains a word of the risk", 2);

    private final TermNames names;
    private final int points;

    SuggestionBasis(String code, String japanese, String english, int points) {
        this.names = TermNames.of(code, japanese, english);
        this.points = points;
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the points one reason on this ground adds to a suggestion's score, such as 3 for a
     * capability suggested by the risk source.
     *
     * @return the points, 1 or more
     */
    public int points() {
        return points;
    }

    /**
     * Returns the basis with a code.
     *
     * @param code the code, such as {@code capability_in_risk_source}, not null
     * @return the basis, not null
     * @throws IsmsException if no basis has that code, listing the valid codes
     */
    public static SuggestionBasis ofCode(String code) {
        return VocabularyTerm.ofCode(SuggestionBasis.class, "suggestion basis", code);
    }
}
