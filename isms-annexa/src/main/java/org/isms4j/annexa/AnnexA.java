package org.isms4j.annexa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;

/**
 * The ISO/IEC 27001:2022 Annex A catalogue as shipped, and the ISO/IEC 27001:2013 controls with
 * their correspondence, such as {@code AnnexA.get("5.12")}: classification of information
 * 情報の分類, continuing A.8.2.1. The entry point of this module, in the manner of JavaMoney's
 * {@code Monetary}.
 *
 * <p>The catalogue holds 93 controls in four themes (37 organizational, 8 people, 14 physical and
 * 34 technological), with English and Japanese titles, the five ISO/IEC 27002:2022 attribute sets
 * and whether each is new in 2022 (11 are). The 2013 edition's 114 controls map onto them in 115
 * pairs. Both are loaded from the module's own resource on first use, once, and never change.
 *
 * <p>Only facts ship: ids, titles, themes, attributes and the correspondence, never ISO's control
 * statements. A licensee attaches their own text with {@link #withText(ControlTextProvider)}.
 *
 * <p>The Japanese titles follow JIS Q 27001:2023. The title of 5.24 is <em>unconfirmed</em>:
 * sources split between 情報セキュリティインシデント管理の計画及び準備 and
 * 情報セキュリティインシデント管理の計画策定及び準備; isms4j uses the latter, after JIS's usual
 * rendering of "planning" as 計画策定.
 *
 * <p>Ids parse leniently ({@code 5.12}, {@code A.5.12}, {@code A 5.12}; {@code A.8.2.1},
 * {@code 8.2.1} for 2013) and print canonically ({@code 5.12}, {@code A.8.2.1}). A null argument
 * throws {@link NullPointerException}; text that names no control throws
 * {@link UnknownControlException} from {@code get}, and gives empty from {@code find}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AnnexA {

    private AnnexA() {}

    /**
     * Returns the catalogue as shipped, without licensee text.
     *
     * @return the catalogue, not null
     */
    public static ControlCatalogue catalogue() {
        return Catalogues.standard();
    }

    /**
     * Returns the control with an id.
     *
     * @param id the id, such as 5.12, not null
     * @return the control, not null
     */
    public static Control get(ControlId id) {
        return Catalogues.standard().get(id);
    }

    /**
     * Returns the control an id names, such as {@code 5.12}, {@code A.5.12} or {@code A 5.12}.
     *
     * @param id the id, not null
     * @return the control, not null
     * @throws UnknownControlException if the text is malformed or names no control, as
     *     {@code Unknown Annex A control: '5.99' (valid ids 5.1 - 5.37, 6.1 - 6.8, 7.1 - 7.14, 8.1 - 8.34)}
     */
    public static Control get(CharSequence id) {
        Objects.requireNonNull(id, "id");
        return Catalogues.standard().get(id);
    }

    /**
     * Finds the control an id names, if any; never throws for malformed text.
     *
     * @param id the id, such as {@code A.5.12}, not null
     * @return the control, or empty if the text is malformed or names no control
     */
    public static Optional<Control> find(CharSequence id) {
        return Catalogues.standard().find(id);
    }

    /**
     * Tells whether an id names a control; never throws for malformed text.
     *
     * @param id the id, such as {@code 5.37} (true) or {@code 5.38} (false), not null
     * @return true if the text names a control
     */
    public static boolean contains(CharSequence id) {
        return Catalogues.standard().contains(id);
    }

    /**
     * Returns every control in document order, 5.1 to 8.34.
     *
     * @return an unmodifiable list of 93 controls, not null
     */
    public static List<Control> all() {
        return Catalogues.standard().all();
    }

    /**
     * Returns the controls of a theme in document order, such as the 8 people controls.
     *
     * @param theme the theme, not null
     * @return an unmodifiable list, not null
     */
    public static List<Control> byTheme(Theme theme) {
        return Catalogues.standard().byTheme(theme);
    }

    /**
     * Returns the 11 controls new in 2022 in document order, 5.7 to 8.28.
     *
     * @return an unmodifiable list, not null
     */
    public static List<Control> newIn2022() {
        return Catalogues.standard().newIn2022();
    }

    /**
     * Returns the controls that have every one of some themes and attribute values, in document
     * order, such as the preventive controls for confidentiality:
     * {@code AnnexA.query(ControlType.PREVENTIVE, SecurityProperty.CONFIDENTIALITY)}.
     *
     * @param terms themes and values of the five attributes ({@link ControlType},
     *     {@link SecurityProperty}, {@link CybersecurityConcept}, {@link OperationalCapability},
     *     {@link SecurityDomain}), combined with "and"; not null
     * @return an unmodifiable list, not null
     * @throws IsmsException if a term is neither a theme nor an attribute value
     * @see ControlCatalogue#query(VocabularyTerm...)
     */
    public static List<Control> query(VocabularyTerm... terms) {
        return Catalogues.standard().query(terms);
    }

    /**
     * Returns the controls that match a filter, in document order.
     *
     * @param filter the filter, such as {@code c -> c.isNewIn2022()}, not null
     * @return an unmodifiable list, not null
     */
    public static List<Control> filter(Predicate<? super Control> filter) {
        return Catalogues.standard().filter(filter);
    }

    /**
     * Returns the catalogue with a licensee's statements and guidance attached.
     *
     * @param provider the provider, such as {@link ControlTextProvider#load(java.io.Reader)}
     *     gives; not null
     * @return the catalogue with text, not null
     * @see ControlCatalogue#withText(ControlTextProvider)
     */
    public static ControlCatalogue withText(ControlTextProvider provider) {
        return Catalogues.standard().withText(provider);
    }

    /**
     * Returns the ISO/IEC 27001:2013 control with an id and the 2022 controls that continue it.
     *
     * @param id the id, such as A.8.2.1, not null
     * @return the control, not null
     */
    public static Iso2013Control get2013(Iso2013ControlId id) {
        return Catalogues.iso2013().get(Objects.requireNonNull(id, "id").index());
    }

    /**
     * Returns the ISO/IEC 27001:2013 control an id names, such as {@code A.8.2.1} or
     * {@code 8.2.1}.
     *
     * @param id the id, not null
     * @return the control, not null
     * @throws UnknownControlException if the text is malformed or names no 2013 control, as
     *     {@code Unknown ISO/IEC 27001:2013 control: 'A.8.2.9' (valid ids A.8.2.1 - A.8.2.3)}
     */
    public static Iso2013Control get2013(CharSequence id) {
        Objects.requireNonNull(id, "id");
        return get2013(Iso2013ControlId.parse(id));
    }

    /**
     * Finds the ISO/IEC 27001:2013 control an id names, if any; never throws for malformed text.
     *
     * @param id the id, such as {@code A.8.2.1}, not null
     * @return the control, or empty if the text is malformed or names no 2013 control
     */
    public static Optional<Iso2013Control> find2013(CharSequence id) {
        Objects.requireNonNull(id, "id");
        int index = Iso2013ControlId.indexOf(id);
        return index < 0 ? Optional.empty() : Optional.of(Catalogues.iso2013().get(index));
    }

    /**
     * Returns the 114 controls of ISO/IEC 27001:2013 in document order, A.5.1.1 to A.18.2.3.
     *
     * @return an unmodifiable list, not null
     */
    public static List<Iso2013Control> all2013() {
        return Catalogues.iso2013();
    }
}
