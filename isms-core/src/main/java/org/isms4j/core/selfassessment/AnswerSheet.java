package org.isms4j.core.selfassessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * One filled-in sheet of a question set: who answered (the respondent, the department or office
 * 事業所・部署, the date) and one answer per question, such as 営業部's sheet of the self-assessment
 * with question 3 answered 一部実施している.
 *
 * <p>A sheet answers every question of its set exactly once, each with an answer of the
 * question's scale, or "not applicable" when the set admits it; a sheet that skips or repeats a
 * question, names a question the set does not have, or gives an answer outside the scale is
 * rejected with a message naming the question. With several offices or departments each fills
 * its own sheet and an {@link Aggregation} tallies them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnswerSheet {

    AnswerSheet() {}

    /**
     * Returns the question set answered.
     *
     * @return the set, not null
     */
    public abstract QuestionSet questionSet();

    /**
     * Returns who answered, such as 山田.
     *
     * @return the respondent, not blank
     */
    public abstract String respondent();

    /**
     * Returns the department or office the sheet speaks for, such as 営業部 or 本社.
     *
     * @return the department, not blank
     */
    public abstract String department();

    /**
     * Returns the date the sheet was filled in.
     *
     * @return the date, not null
     */
    public abstract LocalDate answered();

    /**
     * Returns the answers by question number.
     *
     * @return an unmodifiable sorted map with one answer per question of the set, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, Answer> answers();

    /**
     * Obtains a sheet from answers given by code.
     *
     * @param questionSet the set answered, not null
     * @param respondent who answered, not blank
     * @param department the department or office, not blank
     * @param answered the date, not null
     * @param answers the answer codes by question number, one per question of the set; not null
     * @return the sheet, not null
     * @throws IsmsException if a text is blank or too long, the date lies outside
     *     {@code 0000-01-01 - 9999-12-31}, a question is missing or unknown, or an answer is
     *     outside its question's scale; the message names the question
     */
    public static AnswerSheet of(QuestionSet questionSet, String respondent, String department, LocalDate answered,
            Map<Integer, String> answers) {
        Objects.requireNonNull(answers, "answers");
        SheetBuilder builder = builder(questionSet, respondent, department, answered);
        new TreeMap<>(answers).forEach(builder::answer);
        return builder.build();
    }

    /**
     * Returns a builder that takes the answers one by one, rejecting a question answered twice.
     *
     * @param questionSet the set answered, not null
     * @param respondent who answered, not blank
     * @param department the department or office, not blank
     * @param answered the date, not null
     * @return the builder, not null
     * @throws IsmsException if a text is blank
     */
    public static SheetBuilder builder(QuestionSet questionSet, String respondent, String department,
            LocalDate answered) {
        return new SheetBuilder(ImmutableAnswerSheet.builder().questionSet(Objects.requireNonNull(questionSet,
                "questionSet")).respondent(Checks.notBlank("respondent", respondent))
                .department(Checks.notBlank("department", department))
                .answered(Objects.requireNonNull(answered, "answered")), questionSet);
    }

    @Value.Check
    final void check() {
        Checks.notBlank("respondent", respondent());
        Checks.notBlank("department", department());
        Checks.date("answer date", answered());
        for (Map.Entry<Integer, Answer> entry : answers().entrySet()) {
            questionSet().scoredAs(entry.getKey(), entry.getValue());
        }
        questionSet().requireAnswered(answers().keySet());
    }

    /**
     * Returns the answer to a question.
     *
     * @param number the question's number
     * @return the answer, not null
     * @throws IsmsException if the set has no question with that number
     */
    public final Answer answerTo(int number) {
        Answer answer = answers().get(number);
        if (answer == null) {
            throw new IsmsException(Checks.format("Unknown question number: %d", number));
        }
        return answer;
    }

    /**
     * Returns the sheet's result: totals, part subtotals, unknown answers and the questions below
     * target.
     *
     * @return the result, not null
     */
    public final SelfAssessmentResult result() {
        return SelfAssessmentResult.of(questionSet(), answers());
    }

    /**
     * Returns a copy with one answer changed.
     *
     * @param number the question's number
     * @param code the new answer's code; not null
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the question is unknown or the answer outside its scale
     */
    public final AnswerSheet withAnswer(int number, String code) {
        Answer answer = questionSet().answer(number, code);
        if (answer.equals(answers().get(number))) {
            return this;
        }
        Map<Integer, Answer> copy = new TreeMap<>(answers());
        copy.put(number, answer);
        return ImmutableAnswerSheet.builder().from(this).answers(copy).build();
    }

    /**
     * Returns a copy by another respondent.
     *
     * @param respondent who answered, not blank
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the respondent is blank or too long
     */
    public abstract AnswerSheet withRespondent(String respondent);

    /**
     * Returns a copy for another department or office.
     *
     * @param department the department, not blank
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the department is blank or too long
     */
    public abstract AnswerSheet withDepartment(String department);

    /**
     * Returns a copy filled in on another date.
     *
     * @param answered the date, not null
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public abstract AnswerSheet withAnswered(LocalDate answered);

    /**
     * A builder of a sheet, taking its answers one by one.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class SheetBuilder {

        private final ImmutableAnswerSheet.Builder sheet;
        private final QuestionSet questionSet;
        private final Map<Integer, Answer> answers = new TreeMap<>();

        private SheetBuilder(ImmutableAnswerSheet.Builder sheet, QuestionSet questionSet) {
            this.sheet = sheet;
            this.questionSet = questionSet;
        }

        /**
         * Adds the answer to a question.
         *
         * @param number the question's number
         * @param code the answer's code, such as {@code implemented}; not null
         * @return this builder
         * @throws IsmsException if the question is unknown or already answered, or the answer is
         *     outside its scale
         */
        public SheetBuilder answer(int number, String code) {
            Answer answer = questionSet.answer(number, code);
            Answer previous = answers.putIfAbsent(number, answer);
            if (previous != null) {
                throw new IsmsException(Checks.format("Duplicate answer to question %d: '%s' and '%s'", number,
                        previous.code(), answer.code()));
            }
            return this;
        }

        /**
         * Builds the sheet.
         *
         * @return the sheet, not null
         * @throws IsmsException if a question is not answered
         */
        public AnswerSheet build() {
            return sheet.answers(answers).build();
        }
    }
}
