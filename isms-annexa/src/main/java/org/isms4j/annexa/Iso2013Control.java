package org.isms4j.annexa;

import java.util.List;
import java.util.Objects;

/**
 * A control of ISO/IEC 27001:2013 Annex A with its correspondence to the 2022 edition, such as
 * A.8.2.1 classification of information, continued by 5.12.
 *
 * <p>Each of the 114 controls is continued by one 2022 control, or by two (A.18.2.3 technical
 * compliance review, by 5.36 and 8.8): 115 pairs in all, the same pairs
 * {@link Control#iso2013()} reads the other way. Controls come from the catalogue
 * ({@link AnnexA#get2013(Iso2013ControlId)}); there is no public factory. Like {@link Control}, this
 * class is written by hand, to keep the catalogue's first access cheap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Iso2013Control {

    private final Iso2013ControlId id;
    private final String englishTitle;
    private final List<ControlId> iso2022;

    /** Creates a control from the resource; the list must be unmodifiable and is kept. */
    Iso2013Control(Iso2013ControlId id, String englishTitle, List<ControlId> iso2022) {
        this.id = id;
        this.englishTitle = englishTitle;
        this.iso2022 = iso2022;
    }

    /**
     * Returns the id, such as A.8.2.1.
     *
     * @return the id, not null
     */
    public Iso2013ControlId id() {
        return id;
    }

    /**
     * Returns the English title of ISO/IEC 27001:2013 Annex A, such as
     * {@code Classification of information}.
     *
     * @return the title, not blank
     */
    public String englishTitle() {
        return englishTitle;
    }

    /**
     * Returns the 2022 controls that continue this control, in document order, such as 5.12.
     *
     * @return an unmodifiable list of one or two ids, not null
     */
    public List<ControlId> iso2022() {
        return iso2022;
    }

    /**
     * Tells whether another object is the same 2013 control: equal ids, titles and
     * correspondence.
     *
     * @param other the object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Iso2013Control)) {
            return false;
        }
        Iso2013Control that = (Iso2013Control) other;
        return id.equals(that.id) && englishTitle.equals(that.englishTitle) && iso2022.equals(that.iso2022);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, englishTitle, iso2022);
    }

    /**
     * Returns the control as text, its id and English title, such as
     * {@code A.8.2.1 Classification of information}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return id() + " " + englishTitle();
    }
}
