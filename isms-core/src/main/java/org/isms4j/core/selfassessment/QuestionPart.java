package org.isms4j.core.selfassessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * A part of a question set, such as Part 1 基本的対策 (basic measures), questions 1 - 5 of the
 * self-assessment.
 *
 * <p>The questions are kept in order of number. A part answered on its own scale, such as the
 * ○ / × part of a comprehension test, has one; otherwise its questions take the set's scale.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QuestionPart {

    /** The highest part number. */
    public static final int MAX_NUMBER = 99;

    QuestionPart() {}

    /**
     * Returns the number, such as 1.
     *
     * @return the number, 1 - {@value #MAX_NUMBER}
     */
    @Value.Parameter
    public abstract int number();

    /**
     * Returns the title, such as 基本的対策.
     *
     * @return the title, not null
     */
    @Value.Parameter
    public abstract LocalizedText title();

    /**
     * Returns the questions, in order of number.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    @Value.Parameter
    public abstract List<Question> questions();

    /**
     * Returns the part's own answer scale, if its questions are not answered on the set's.
     *
     * @return the scale, or empty
     */
    public abstract Optional<AnswerScale> scale();

    /**
     * Obtains a part titled in Japanese and English.
     *
     * @param number the number, 1 - {@value #MAX_NUMBER}
     * @param japanese the Japanese title, not blank
     * @param english the English title, not blank
     * @param questions the questions, not empty, numbers unique; copied and put in order of number
     * @return the part, not null
     * @throws IsmsException if the number is out of range, a title is blank, there is no question
     *     or two share a number
     */
    public static QuestionPart of(int number, String japanese, String english, List<Question> questions) {
        Objects.requireNonNull(japanese, "japanese");
        Objects.requireNonNull(english, "english");
        return of(number, LocalizedText.of(Checks.format("part %d", number), japanese, english), questions);
    }

    /**
     * Obtains a part with a title in one or both languages.
     *
     * @param number the number, 1 - {@value #MAX_NUMBER}
     * @param title the title, not null
     * @param questions the questions, not empty, numbers unique; copied and put in order of number
     * @return the part, not null
     * @throws IsmsException if the number is out of range, there is no question or two share a
     *     number
     */
    public static QuestionPart of(int number, LocalizedText title, List<Question> questions) {
        Objects.requireNonNull(questions, "questions");
        List<Question> sorted = new ArrayList<>(questions);
        sorted.sort(Comparator.comparingInt(Question::number));
        return ImmutableQuestionPart.of(number, title, sorted);
    }

    @Value.Check
    final void check() {
        Checks.entries("questions", questions());
        Checks.inRange("part number", 1, MAX_NUMBER, number());
        if (questions().isEmpty()) {
            throw new IsmsException(Checks.format("Invalid part %d: it has at least one question", number()));
        }
        for (int i = 1; i < questions().size(); i++) {
            if (questions().get(i).number() <= questions().get(i - 1).number()) {
                throw new IsmsException(Checks.format("Duplicate question number: %d", questions().get(i).number()));
            }
        }
    }

    /**
     * Returns the title for a locale, falling back to the other language.
     *
     * @param locale the locale, not null
     * @return the title, not null
     */
    public final String title(Locale locale) {
        return title().text(locale);
    }

    /**
     * Returns a copy answered on its own scale.
     *
     * @param scale the scale, not null
     * @return the copy
     */
    public abstract QuestionPart withScale(AnswerScale scale);
}
