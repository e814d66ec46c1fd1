package org.isms4j.core.selfassessment;

import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * One answer of an {@link AnswerScale} with its points, such as 実施している (implemented), 4 points,
 * or 分からない (don't know), −1 point.
 *
 * <p>The code is stable and lowercase, as files name the answer by it; the code
 * {@value #NOT_APPLICABLE_CODE} is reserved for {@link #notApplicable()}, the answer a question
 * set admits only when it says how to score it ({@link NotApplicable}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Answer implements VocabularyTerm {

    /** The lowest points an answer may score. */
    public static final int MIN_POINTS = -100;
    /** The highest points an answer may score. */
    public static final int MAX_POINTS = 100;
    /** The code of the not-applicable answer 該当しない. */
    public static final String NOT_APPLICABLE_CODE = "not_applicable";

    private static final Answer NOT_APPLICABLE = ImmutableAnswer.of(
            TermNames.of(NOT_APPLICABLE_CODE, "該当しない", "not applicable"), 0);

    Answer() {}

    /**
     * Returns the code and the Japanese and English labels, such as ({@code implemented},
     * 実施している, implemented).
     *
     * @return the names, not null
     */
    @Override
    @Value.Parameter
    public abstract TermNames names();

    /**
     * Returns the points the answer scores, such as 4 for 実施している.
     *
     * @return the points, {@value #MIN_POINTS} - {@value #MAX_POINTS}; 0 for the not-applicable
     *     answer, whose scoring its question set decides
     */
    @Value.Parameter
    public abstract int points();

    /**
     * Obtains an answer.
     *
     * @param code the stable code, lowercase ASCII letters, digits and underscores, not
     *     {@value #NOT_APPLICABLE_CODE}
     * @param japanese the Japanese label, such as 一部実施している; not blank
     * @param english the English label, such as {@code partly implemented}; not blank
     * @param points the points, {@value #MIN_POINTS} - {@value #MAX_POINTS}
     * @return the answer, not null
     * @throws IsmsException if the code is malformed or reserved, a label is blank, or the points
     *     are out of range
     */
    public static Answer of(String code, String japanese, String english, int points) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(japanese, "japanese");
        Objects.requireNonNull(english, "english");
        TermNames names = TermNames.of(code, japanese, english);
        if (code.equals(NOT_APPLICABLE_CODE)) {
            throw new IsmsException(Checks.format(
                    "Invalid value for answer code (reserved for the not-applicable answer): '%s'", code));
        }
        Checks.inRange("answer points", MIN_POINTS, MAX_POINTS, points);
        return ImmutableAnswer.of(names, points);
    }

    /**
     * Returns the not-applicable answer 該当しない, code {@value #NOT_APPLICABLE_CODE}, which a sheet
     * may give only when its question set allows it.
     *
     * @return the answer, not null
     */
    public static Answer notApplicable() {
        return NOT_APPLICABLE;
    }

    /**
     * Tells whether this is the not-applicable answer.
     *
     * @return true if this is {@link #notApplicable()}
     */
    public final boolean isNotApplicable() {
        return code().equals(NOT_APPLICABLE_CODE);
    }

    /**
     * Returns the answer as text, such as {@code implemented (4)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return code() + " (" + points() + ")";
    }
}
