package org.isms4j.oscal;

import java.util.Locale;
import java.util.Objects;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.annexa.Theme;

/**
 * The OSCAL identifiers isms4j gives Annex A, such as {@code a.5.12} for control 5.12
 * classification of information 情報の分類, with sort id {@code a.05.12}.
 *
 * <p>OSCAL ids are tokens, which must start with a letter, so a control's id is its canonical
 * Annex A id behind {@code a.}: {@code a.5.12}, and for the 2013 edition {@code a.8.2.1}. A
 * theme's group id is its clause behind {@code a.}: {@code a.5} for the organizational controls.
 * The ISO label ({@code 5.12}) travels in the control's {@code label} property, and the
 * {@code sort-id} property pads each number to two digits ({@code a.05.02}, {@code a.05.10}) so
 * that OSCAL tools sorting text put 5.2 before 5.10, as the document does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OscalIds {

    private OscalIds() {}

    /**
     * Returns the OSCAL id of a 2022 control, such as {@code a.5.12}.
     *
     * @param id the control, not null
     * @return the id, an OSCAL token, not null
     */
    public static String controlId(ControlId id) {
        return "a." + Objects.requireNonNull(id, "id");
    }

    /**
     * Returns the OSCAL id of a 2013 control, such as {@code a.8.2.1} for A.8.2.1.
     *
     * @param id the control, not null
     * @return the id, an OSCAL token, not null
     */
    public static String controlId(Iso2013ControlId id) {
        return Objects.requireNonNull(id, "id").toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the OSCAL group id of a theme, such as {@code a.5} for the organizational controls.
     *
     * @param theme the theme, not null
     * @return the id, an OSCAL token, not null
     */
    public static String groupId(Theme theme) {
        return "a." + Objects.requireNonNull(theme, "theme").clause();
    }

    /**
     * Returns the sort id of a 2022 control, such as {@code a.05.12}: the numbers padded to two
     * digits, so that the text order of sort ids is the document order of controls.
     *
     * @param id the control, not null
     * @return the sort id, not null
     */
    public static String sortId(ControlId id) {
        Objects.requireNonNull(id, "id");
        return String.format(Locale.ROOT, "a.%02d.%02d", id.clause(), id.number());
    }

    /**
     * Returns the sort id of a theme's group, such as {@code a.05}.
     *
     * @param theme the theme, not null
     * @return the sort id, not null
     */
    public static String sortId(Theme theme) {
        return String.format(Locale.ROOT, "a.%02d", Objects.requireNonNull(theme, "theme").clause());
    }
}
