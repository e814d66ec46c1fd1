package org.isms4j.records.competence;

import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A rating 評価 of one required item of the competence record 力量確認表, on the source's scale
 * 評価基準 1 - 5, such as 3 力量がある。他の支援により対応ができる.
 *
 * <p>3 and above are sufficient: the person is capable, with support at 3. Ratings compare by
 * their {@link #value()}, never by declaration order.
 */
public enum CompetenceRating implements VocabularyTerm {
    /** 5 十分な力量がある。指導・教育ができる: can teach others. */
    CAN_TEACH(5, "can_teach", "十分な力量がある。指導・教育ができる", "fully competent; can teach others"),
    /** 4 力量がある。支援なしに対応ができる: capable without support. */
    CAPABLE(4, "capable", "力量がある。支援なしに対応ができる", "competent; capable without support"),
    /** 3 力量がある。他の支援により対応ができる: capable with support. */
    CAPABLE_WITH_SUPPORT(3, "capable_with_support", "力量がある。他の支援により対応ができる",
            "competent; capable with support"),
    /** 2 改善の余地がある: room for improvement. */
    ROOM_FOR_IMPROVEMENT(2, "room_for_improvement", "改善の余地がある", "room for improvement"),
    /** 1 改善が必要: improvement needed. */
    IMPROVEMENT_NEEDED(1, "improvement_needed", "改善が必要", "improvement needed");

    /** The lowest rating that is sufficient without improvement. */
    public static final int SUFFICIENT = 3;

    private final int value;
    private final TermNames names;

    CompetenceRating(int value, String code, String japanese, String english) {
        this.value = value;
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the number of the rating.
     *
     * @return 1 - 5
     */
    public int value() {
        return value;
    }

    /**
     * Tells whether the rating is sufficient without improvement: 3 or more.
     *
     * @return true for 3, 4 and 5
     */
    public boolean isSufficient() {
        return value >= SUFFICIENT;
    }

    /**
     * Returns the rating with a number.
     *
     * @param value the number, 1 - 5
     * @return the rating, not null
     * @throws IsmsException if the number is outside 1 - 5, as
     *     {@code Invalid value for competence rating (valid values 1 - 5): 6}
     */
    public static CompetenceRating of(int value) {
        Checks.inRange("competence rating", 1, 5, value);
        for (CompetenceRating rating : values()) {
            if (rating.value == value) {
                return rating;
            }
        }
        throw new AssertionError(value);
    }

    /**
     * Returns the rating with a code.
     *
     * @param code the code, such as {@code capable}, not null
     * @return the rating, not null
     * @throws IsmsException if no rating has that code
     */
    public static CompetenceRating ofCode(String code) {
        return VocabularyTerm.ofCode(CompetenceRating.class, "competence rating", code);
    }
}
