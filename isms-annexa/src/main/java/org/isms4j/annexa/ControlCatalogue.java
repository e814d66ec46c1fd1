package org.isms4j.annexa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;

/**
 * The 93 controls of ISO/IEC 27001:2022 Annex A, possibly with a licensee's statements, such as
 * the catalogue {@link AnnexA#withText(ControlTextProvider)} returns for an organisation's own
 * licensed copy of the standard.
 *
 * <p>{@link AnnexA} holds the catalogue as shipped and forwards to it; use this class directly
 * for a catalogue with text. Lookup by {@link ControlId} is an array index. Lists are in document
 * order (5.2 before 5.10) and unmodifiable.
 *
 * <p>The Japanese title of 5.24 is unconfirmed (see {@link Control#japaneseTitle()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ControlCatalogue {

    private final Control[] controls;
    private final List<Control> all;
    private final List<Control> newIn2022;

    ControlCatalogue(Control[] controls) {
        this.controls = controls;
        this.all = List.of(controls);
        List<Control> created = new ArrayList<>(11);
        for (Control control : controls) {
            if (control.isNewIn2022()) {
                created.add(control);
            }
        }
        this.newIn2022 = Collections.unmodifiableList(created);
    }

    /**
     * Returns the control with an id.
     *
     * @param id the id, such as 5.12, not null
     * @return the control, not null
     */
    public Control get(ControlId id) {
        return controls[Objects.requireNonNull(id, "id").index()];
    }

    /**
     * Returns the control an id names, such as {@code 5.12}, {@code A.5.12} or {@code A 5.12}.
     *
     * @param id the id, not null
     * @return the control, not null
     * @throws UnknownControlException if the text is malformed or names no control
     */
    public Control get(CharSequence id) {
        Objects.requireNonNull(id, "id");
        return controls[ControlId.parse(id).index()];
    }

    /**
     * Finds the control an id names, if any; never throws for malformed text.
     *
     * @param id the id, such as {@code A.5.12}, not null
     * @return the control, or empty if the text is malformed or names no control
     */
    public Optional<Control> find(CharSequence id) {
        Objects.requireNonNull(id, "id");
        int index = ControlId.indexOf(id);
        return index < 0 ? Optional.empty() : Optional.of(controls[index]);
    }

    /**
     * Tells whether an id names a control of the catalogue; never throws for malformed text.
     *
     * @param id the id, such as {@code 5.37} (true) or {@code 5.38} (false), not null
     * @return true if the text names a control
     */
    public boolean contains(CharSequence id) {
        Objects.requireNonNull(id, "id");
        return ControlId.indexOf(id) >= 0;
    }

    /**
     * Returns every control in document order, 5.1 to 8.34.
     *
     * @return an unmodifiable list of 93 controls, not null
     */
    public List<Control> all() {
        return all;
    }

    /**
     * Returns the controls of a theme in document order, such as the 14 physical controls.
     *
     * @param theme the theme, not null
     * @return an unmodifiable list, not null
     */
    public List<Control> byTheme(Theme theme) {
        Objects.requireNonNull(theme, "theme");
        return all.subList(theme.first().index(), theme.last().index() + 1);
    }

    /**
     * Returns the 11 controls new in 2022, in document order: 5.7, 5.23, 5.30, 7.4, 8.9, 8.10,
     * 8.11, 8.12, 8.16, 8.23 and 8.28.
     *
     * @return an unmodifiable list, not null
     */
    public List<Control> newIn2022() {
        return newIn2022;
    }

    /**
     * Returns the controls that have every one of some themes and attribute values, in document
     * order, such as the preventive controls for confidentiality:
     * {@code query(ControlType.PREVENTIVE, SecurityProperty.CONFIDENTIALITY)}.
     *
     * <p>Values are combined with "and", also within one attribute: {@code query(PREVENTIVE,
     * DETECTIVE)} gives the controls that are both. For "or", use {@link #filter(Predicate)}. No
     * values gives every control.
     *
     * @param terms themes and values of the five attributes ({@link ControlType},
     *     {@link SecurityProperty}, {@link CybersecurityConcept}, {@link OperationalCapability},
     *     {@link SecurityDomain}); not null
     * @return an unmodifiable list, not null
     * @throws IsmsException if a term is neither a theme nor an attribute value
     */
    public List<Control> query(VocabularyTerm... terms) {
        Objects.requireNonNull(terms, "terms");
        for (VocabularyTerm term : terms) {
            Objects.requireNonNull(term, "terms element");
            if (!(term instanceof Theme) && ControlAttribute.ofTerm(term).isEmpty()) {
                throw Control.notAnAttribute(term);
            }
        }
        List<Control> result = new ArrayList<>();
        for (Control control : controls) {
            boolean matches = true;
            for (VocabularyTerm term : terms) {
                if (!control.has(term)) {
                    matches = false;
                    break;
                }
            }
            if (matches) {
                result.add(control);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Returns the controls that match a filter, in document order, such as those preventive or
     * detective: {@code filter(c -> c.has(PREVENTIVE) || c.has(DETECTIVE))}.
     *
     * @param filter the filter, not null
     * @return an unmodifiable list, not null
     */
    public List<Control> filter(Predicate<? super Control> filter) {
        Objects.requireNonNull(filter, "filter");
        List<Control> result = new ArrayList<>();
        for (Control control : controls) {
            if (filter.test(control)) {
                result.add(control);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Returns a catalogue whose controls carry a licensee's statements and guidance, such as those
     * read by {@link ControlTextProvider#load(java.io.Reader)}. The provider is asked once for
     * each of the 93 controls, now; a control it has no text for has none in the result.
     *
     * @param provider the provider, not null; it must not return null
     * @return the catalogue with text, not null
     * @throws NullPointerException if the provider returns null
     */
    public ControlCatalogue withText(ControlTextProvider provider) {
        Objects.requireNonNull(provider, "provider");
        Control[] texted = new Control[controls.length];
        for (int i = 0; i < controls.length; i++) {
            Control control = controls[i];
            Optional<ControlText> text = provider.text(control.id());
            if (text == null) {
                throw new NullPointerException("provider returned null for " + control.id());
            }
            texted[i] = control.withText(text);
        }
        return new ControlCatalogue(texted);
    }

    /**
     * Returns a summary, such as {@code ControlCatalogue[93 controls, 2 with text]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        int withText = 0;
        for (Control control : controls) {
            if (control.text().isPresent()) {
                withText++;
            }
        }
        return "ControlCatalogue[" + controls.length + " controls, " + withText + " with text]";
    }
}
