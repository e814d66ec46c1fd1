package org.isms4j.oscal;

import java.util.Objects;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013Control;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * The relationship of an OSCAL 1.2 mapping entry between a 2013 control and a 2022 control, such
 * as subset-of 部分集合 for A.5.1.1 and 5.1, which continues A.5.1.2 too. {@link #oscalValue()}
 * gives the value of OSCAL's control mapping model ({@code equivalent-to}, {@code subset-of},
 * ...); {@link #code()}, as for every isms4j vocabulary, the same in lowercase with underscores
 * ({@code equivalent_to}).
 *
 * <p>The correspondence of ISO/IEC 27002:2022 Annex B says which 2013 controls each 2022 control
 * continues, not how their requirements compare, so {@link #between(Iso2013ControlId, ControlId)}
 * reads a relationship from the shape of the correspondence alone:
 * <ul>
 *   <li>one 2013 control continued by one 2022 control that continues nothing else:
 *       {@link #EQUIVALENT_TO};
 *   <li>a 2013 control merged with others into one 2022 control: {@link #SUBSET_OF};
 *   <li>a 2013 control split over several 2022 controls, each continuing nothing else:
 *       {@link #SUPERSET_OF} (the 2022 edition has no such pair);
 *   <li>split and merged at once (A.18.2.3, continued by 5.36 and 8.8, which continue A.18.2.2 and
 *       A.12.6.1 too): {@link #INTERSECTS_WITH};
 *   <li>a pair the correspondence does not hold, such as any pair with a control new in 2022:
 *       {@link #NO_RELATIONSHIP}.
 * </ul>
 * {@link #EQUAL_TO} (the same text) is never derived: the correspondence does not compare the
 * texts, and isms4j ships none. It is here so that the vocabulary is OSCAL's whole list.
 */
public enum MappingRelationship implements VocabularyTerm {
    /** Equivalent to 同等: the same effective requirements in other words. */
    EQUIVALENT_TO("equivalent_to", "同等", "equivalent to"),
    /** Equal to 同一: the same requirements in the same words; never derived by isms4j. */
    EQUAL_TO("equal_to", "同一", "equal to"),
    /** Subset of 部分集合: the source's requirements are part of the target's. */
    SUBSET_OF("subset_of", "部分集合", "subset of"),
    /** Superset of 上位集合: the target's requirements are part of the source's. */
    SUPERSET_OF("superset_of", "上位集合", "superset of"),
    /** Intersects with 一部重複: each has requirements the other lacks. */
    INTERSECTS_WITH("intersects_with", "一部重複", "intersects with"),
    /** No relationship 関係なし: the requirements do not overlap. */
    NO_RELATIONSHIP("no_relationship", "関係なし", "no relationship");

    private final TermNames names;

    MappingRelationship(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the value of OSCAL's control mapping model, such as {@code subset-of}.
     *
     * @return the value, not null
     */
    public String oscalValue() {
        return code().replace('_', '-');
    }

    /**
     * Returns the relationship the correspondence gives a 2013 control and a 2022 control, such as
     * {@link #EQUIVALENT_TO} for A.8.2.1 and 5.12 (each continues only the other) or
     * {@link #SUBSET_OF} for A.5.1.1 and 5.1 (which continues A.5.1.2 too).
     *
     * @param from the 2013 control, not null
     * @param to the 2022 control, not null
     * @return the relationship, {@link #NO_RELATIONSHIP} if the correspondence does not pair
     *     them, never {@link #EQUAL_TO}; not null
     */
    public static MappingRelationship between(Iso2013ControlId from, ControlId to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Iso2013Control source = AnnexA.get2013(from);
        if (!source.iso2022().contains(to)) {
            return NO_RELATIONSHIP;
        }
        boolean split = source.iso2022().size() > 1;
        boolean merged = AnnexA.get(to).iso2013().size() > 1;
        if (split) {
            return merged ? INTERSECTS_WITH : SUPERSET_OF;
        }
        return merged ? SUBSET_OF : EQUIVALENT_TO;
    }

    /**
     * Returns the relationship with a code.
     *
     * @param code the code, such as {@code subset_of}, not null
     * @return the relationship, not null
     * @throws IsmsException if no relationship has that code, listing the valid codes
     */
    public static MappingRelationship ofCode(String code) {
        return VocabularyTerm.ofCode(MappingRelationship.class, "mapping relationship", code);
    }
}
