package org.isms4j.core.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * Ready-made answer scales, such as the self-assessment's 実施している 4 / 一部実施している 2 /
 * 実施していない 0 / 分からない −1.
 */
public final class AnswerScales {

    private static final AnswerScale SELF_ASSESSMENT = AnswerScale.of(List.of(
            Answer.of("implemented", "実施している", "implemented", 4),
            Answer.of("partly_implemented", "一部実施している", "partly implemented", 2),
            Answer.of("not_implemented", "実施していない", "not implemented", 0),
            Answer.of("unknown", "分からない", "don't know", -1)), "unknown");

    private static final AnswerScale TRUE_FALSE = AnswerScale.of(List.of(
            Answer.of("true", "○", "true", 0), Answer.of("false", "×", "false", 0)));

    private AnswerScales() {}

    /**
     * Returns the scale of the self-assessment 5分でできる！情報セキュリティ自社診断: 実施している
     * ({@code implemented}) 4, 一部実施している ({@code partly_implemented}) 2, 実施していない
     * ({@code not_implemented}) 0 and 分からない ({@code unknown}) −1, the last one "unknown".
     *
     * @return the scale, not null
     */
    public static AnswerScale selfAssessment() {
        return SELF_ASSESSMENT;
    }

    /**
     * Returns the ○ / × scale of a comprehension test's true-or-false questions: {@code true} ○
     * and {@code false} ×, both 0 points, as an {@link AnswerKey} scores them.
     *
     * @return the scale, not null
     */
    public static AnswerScale trueFalse() {
        return TRUE_FALSE;
    }

    /**
     * Returns a scale of lettered choices for a comprehension test's multiple-choice questions,
     * such as A, B and C (codes {@code a}, {@code b}, {@code c}), all 0 points, as an
     * {@link AnswerKey} scores them.
     *
     * @param letters the letters, two or more, each one of A - Z, unique; not null
     * @return the scale, not null
     * @throws IsmsException if there are fewer than two letters, one is not a single letter A - Z,
     *     or one repeats
     */
    public static AnswerScale choices(String... letters) {
        Objects.requireNonNull(letters, "letters");
        List<Answer> answers = new ArrayList<>();
        for (String letter : letters) {
            Objects.requireNonNull(letter, "letter");
            if (letter.length() != 1 || letter.charAt(0) < 'A' || letter.charAt(0) > 'Z') {
                throw new IsmsException(Checks.format(
                        "Invalid value for choice (one letter A - Z): '%s'", Quoted.cut(letter)));
            }
            answers.add(Answer.of(letter.toLowerCase(Locale.ROOT), letter, letter, 0));
        }
        return AnswerScale.of(answers);
    }
}
