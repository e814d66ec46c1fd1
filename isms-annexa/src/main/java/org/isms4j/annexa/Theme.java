package org.isms4j.annexa;

import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A theme of ISO/IEC 27001:2022 Annex A, one of its four clauses, such as organizational controls
 * 組織的管理策 (5.1 - 5.37).
 *
 * <p>Every control belongs to the theme of its clause: 5 organizational (37 controls), 6 people
 * (8), 7 physical (14) and 8 technological (34). The codes are those of the catalogue's resource.
 */
public enum Theme implements VocabularyTerm {
    /** Organizational controls 組織的管理策, clause 5: 5.1 - 5.37. */
    ORGANIZATIONAL("organizational", "組織的管理策", "organizational controls", 5, 37),
    /** People controls 人的管理策, clause 6: 6.1 - 6.8. */
    PEOPLE("people", "人的管理策", "people controls", 6, 8),
    /** Physical controls 物理的管理策, clause 7: 7.1 - 7.14. */
    PHYSICAL("physical", "物理的管理策", "physical controls", 7, 14),
    /** Technological controls 技術的管理策, clause 8: 8.1 - 8.34. */
    TECHNOLOGICAL("technological", "技術的管理策", "technological controls", 8, 34);

    /** The clause of the first theme, 5. */
    static final int FIRST_CLAUSE = 5;
    /** The clause of the last theme, 8. */
    static final int LAST_CLAUSE = 8;

    private final TermNames names;
    private final int clause;
    private final int size;

    Theme(String code, String japanese, String english, int clause, int size) {
        this.names = TermNames.of(code, japanese, english);
        this.clause = clause;
        this.size = size;
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the clause of Annex A that holds this theme's controls, such as 5.
     *
     * @return the clause, 5 - 8
     */
    public int clause() {
        return clause;
    }

    /**
     * Returns the number of controls of this theme, such as 37 for organizational controls.
     *
     * @return the number of controls, 1 or more
     */
    public int size() {
        return size;
    }

    /**
     * Returns the first control of this theme, such as 5.1.
     *
     * @return the id, not null
     */
    public ControlId first() {
        return ControlId.of(clause, 1);
    }

    /**
     * Returns the last control of this theme, such as 5.37.
     *
     * @return the id, not null
     */
    public ControlId last() {
        return ControlId.of(clause, size);
    }

    /**
     * Returns the theme of a clause.
     *
     * @param clause the clause, 5 - 8
     * @return the theme, not null
     * @throws IsmsException if the clause is outside 5 - 8
     */
    public static Theme ofClause(int clause) {
        switch (clause) {
            case 5:
                return ORGANIZATIONAL;
            case 6:
                return PEOPLE;
            case 7:
                return PHYSICAL;
            case 8:
                return TECHNOLOGICAL;
            default:
                throw Checks.outOfRange("Annex A clause", FIRST_CLAUSE, LAST_CLAUSE, clause);
        }
    }

    /**
     * Returns the theme with a code.
     *
     * @param code the code, such as {@code organizational}, not null
     * @return the theme, not null
     * @throws IsmsException if no theme has that code, listing the valid codes
     */
    public static Theme ofCode(String code) {
        return VocabularyTerm.ofCode(Theme.class, "theme", code);
    }
}
