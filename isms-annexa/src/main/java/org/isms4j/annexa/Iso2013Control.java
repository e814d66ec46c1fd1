package org.isms4j.annexa;

import java.util.List;
import org.immutables.value.Value;

/**
 * A control of ISO/IEC 27001:2013 Annex A with its correspondence to the 2022 edition, such as
 * A.8.2.1 classification of information, continued by 5.12.
 *
 * <p>Each of the 114 controls is continued by one 2022 control, or by two (A.18.2.3 technical
 * compliance review, by 5.36 and 8.8): 115 pairs in all, the same pairs
 * {@link Control#iso2013()} reads the other way. Controls come from the catalogue
 * ({@link AnnexA#get2013(Iso2013ControlId)}); there is no public factory.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Iso2013Control {

    Iso2013Control() {}

    /**
     * Returns the id, such as A.8.2.1.
     *
     * @return the id, not null
     */
    public abstract Iso2013ControlId id();

    /**
     * Returns the English title of ISO/IEC 27001:2013 Annex A, such as
     * {@code Classification of information}.
     *
     * @return the title, not blank
     */
    public abstract String englishTitle();

    /**
     * Returns the 2022 controls that continue this control, in document order, such as 5.12.
     *
     * @return an unmodifiable list of one or two ids, not null
     */
    public abstract List<ControlId> iso2022();

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
