package org.isms4j.annexa;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;

/**
 * A control of ISO/IEC 27001:2022 Annex A, such as 5.12 classification of information 情報の分類:
 * organizational, preventive, for confidentiality, integrity and availability, continuing the
 * 2013 control A.8.2.1.
 *
 * <p>A control has its {@link ControlId id}, its {@link Theme theme}, its English title (the
 * ISO/IEC 27001:2022 Annex A wording) and Japanese title (JIS Q 27001:2023 style), the five
 * ISO/IEC 27002:2022 attribute sets, whether it is new in 2022 and the 2013 controls it continues.
 * It has no control statement unless a licensee attached one (see {@link ControlTextProvider}):
 * isms4j ships none.
 *
 * <p>Controls come from the catalogue ({@link AnnexA}); there is no public factory.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Control {

    Control() {}

    /**
     * Returns the id, such as 5.12.
     *
     * @return the id, not null
     */
    public abstract ControlId id();

    /**
     * Returns the English title, the ISO/IEC 27001:2022 Annex A wording, such as
     * {@code Classification of information}.
     *
     * @return the title, not blank
     */
    public abstract String englishTitle();

    /**
     * Returns the Japanese title in the style of JIS Q 27001:2023, such as 情報の分類.
     *
     * <p>The title of 5.24 is unconfirmed: sources split between 情報セキュリティインシデント管理の
     * 計画及び準備 and 情報セキュリティインシデント管理の計画策定及び準備; isms4j uses the latter.
     *
     * @return the title, not blank
     */
    public abstract String japaneseTitle();

    /**
     * Tells whether the control is new in the 2022 edition, continuing no 2013 control, such as
     * 5.7 threat intelligence.
     *
     * @return true for the 11 new controls
     */
    public abstract boolean isNewIn2022();

    /**
     * Returns the control types, such as preventive.
     *
     * @return an unmodifiable, non-empty set, iterating in the order of ISO/IEC 27002, not null
     */
    public abstract Set<ControlType> controlTypes();

    /**
     * Returns the information security properties the control preserves, such as
     * confidentiality, integrity and availability.
     *
     * @return an unmodifiable, non-empty set, iterating in the order of ISO/IEC 27002, not null
     */
    public abstract Set<SecurityProperty> securityProperties();

    /**
     * Returns the cybersecurity concepts, such as identify.
     *
     * @return an unmodifiable, non-empty set, iterating in the order of ISO/IEC 27002, not null
     */
    public abstract Set<CybersecurityConcept> cybersecurityConcepts();

    /**
     * Returns the operational capabilities, such as information protection.
     *
     * @return an unmodifiable, non-empty set, iterating in the order of ISO/IEC 27002, not null
     */
    public abstract Set<OperationalCapability> operationalCapabilities();

    /**
     * Returns the security domains, such as protection and defence.
     *
     * @return an unmodifiable, non-empty set, iterating in the order of ISO/IEC 27002, not null
     */
    public abstract Set<SecurityDomain> securityDomains();

    /**
     * Returns the ISO/IEC 27001:2013 controls this control continues, in 2013 document order, such
     * as A.8.2.1 for 5.12 or A.8.3.1, A.8.3.2, A.8.3.3 and A.11.2.5 for 7.10.
     *
     * @return an unmodifiable list, empty exactly for the controls new in 2022, not null
     */
    public abstract List<Iso2013ControlId> iso2013();

    /**
     * Returns the licensee's statement and guidance, if a {@link ControlTextProvider} gave them.
     *
     * @return the text, empty in the catalogue as shipped, not null
     */
    public abstract Optional<ControlText> text();

    /**
     * Returns a copy with another licensee text; only the catalogue attaches text.
     *
     * @param text the text, or empty
     * @return the copy, {@code this} if unchanged
     */
    abstract Control withText(Optional<? extends ControlText> text);

    /**
     * Returns the theme, such as organizational for 5.12.
     *
     * @return the theme, not null
     */
    public final Theme theme() {
        return id().theme();
    }

    /**
     * Returns the title for a locale: Japanese for a locale whose language is Japanese, English
     * for every other.
     *
     * @param locale the locale, such as {@link Locale#JAPANESE}, not null
     * @return the title, not null
     */
    public final String title(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return VocabularyTerm.isJapanese(locale) ? japaneseTitle() : englishTitle();
    }

    /**
     * Returns the values of one of the five attribute sets, such as the control types for
     * {@link ControlAttribute#CONTROL_TYPE}.
     *
     * @param attribute the attribute, not null
     * @return an unmodifiable, non-empty set, not null
     */
    public final Set<? extends VocabularyTerm> attribute(ControlAttribute attribute) {
        Objects.requireNonNull(attribute, "attribute");
        switch (attribute) {
            case CONTROL_TYPE:
                return controlTypes();
            case SECURITY_PROPERTIES:
                return securityProperties();
            case CYBERSECURITY_CONCEPTS:
                return cybersecurityConcepts();
            case OPERATIONAL_CAPABILITIES:
                return operationalCapabilities();
            case SECURITY_DOMAINS:
                return securityDomains();
            default:
                throw new AssertionError(attribute);
        }
    }

    /**
     * Tells whether the control has a theme or an attribute value, such as
     * {@link ControlType#PREVENTIVE} or {@link SecurityProperty#CONFIDENTIALITY}.
     *
     * @param term a {@link Theme} or a value of one of the five attributes (see
     *     {@link ControlAttribute}); not null
     * @return true if the control belongs to the theme or carries the value
     * @throws IsmsException if the term is neither a theme nor an attribute value, such as a
     *     treatment option
     */
    public final boolean has(VocabularyTerm term) {
        Objects.requireNonNull(term, "term");
        if (term instanceof Theme) {
            return theme() == term;
        }
        Optional<ControlAttribute> attribute = ControlAttribute.ofTerm(term);
        if (attribute.isEmpty()) {
            throw notAnAttribute(term);
        }
        return attribute(attribute.get()).contains(term);
    }

    static IsmsException notAnAttribute(VocabularyTerm term) {
        return new IsmsException("Invalid value for an Annex A attribute (valid values a theme, control type, "
                + "security property, cybersecurity concept, operational capability or security domain): '"
                + term.code() + "' (" + term.getClass().getSimpleName() + ")");
    }

    /**
     * Returns the control as text, its id and English title, such as
     * {@code 5.12 Classification of information}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return id() + " " + englishTitle();
    }
}
