package org.isms4j.core.selfassessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.Limits;
import org.isms4j.core.IsmsException;

/**
 * A question set, named and versioned like a risk model: its parts and questions and the answer
 * scale they are scored on, such as the five questions of the self-assessment's Part 1
 * 基本的対策 answered 実施している 4 / 一部実施している 2 / 実施していない 0 / 分からない −1, a maximum of
 * 5 × 4 = 20.
 *
 * <p>The parts are kept in order of number and the question numbers are unique across the set, as
 * the source numbers its 25 questions 1 - 25 over three parts. The answer "not applicable"
 * 該当しない is admitted only by a set that says how it scores ({@link NotApplicable}); its
 * scored-as answer must be on every scale of the set.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QuestionSet {

    QuestionSet() {}

    /**
     * Returns the set's id, such as {@code ipa-self-assessment-part1-example}.
     *
     * @return the id, not blank
     */
    @Value.Parameter
    public abstract String id();

    /**
     * Returns the set's version, such as {@code 1}.
     *
     * @return the version, not blank
     */
    @Value.Parameter
    public abstract String version();

    /**
     * Returns the title, such as 情報セキュリティ自社診断.
     *
     * @return the title, not null
     */
    @Value.Parameter
    public abstract LocalizedText title();

    /**
     * Returns the answer scale of every part without its own.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract AnswerScale scale();

    /**
     * Returns the parts, in order of number.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    @Value.Parameter
    public abstract List<QuestionPart> parts();

    /**
     * Returns how the answer "not applicable" is scored, if the set admits it.
     *
     * @return the treatment, or empty when the set does not admit "not applicable"
     */
    public abstract Optional<NotApplicable> notApplicable();

    /**
     * Obtains a question set.
     *
     * @param id the id, not blank
     * @param version the version, not blank
     * @param title the title, not null
     * @param scale the answer scale, not null
     * @param parts the parts, not empty, part and question numbers unique; copied and put in
     *     order of number
     * @return the set, not null
     * @throws IsmsException if the id or version is blank, there is no part, or a part or question
     *     number repeats
     */
    public static QuestionSet of(String id, String version, LocalizedText title, AnswerScale scale,
            List<QuestionPart> parts) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Checks.notBlank("question set id", id);
        Checks.notBlank("question set version", version);
        Objects.requireNonNull(parts, "parts");
        List<QuestionPart> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt(QuestionPart::number));
        return ImmutableQuestionSet.of(id, version, title, scale, sorted);
    }

    @Value.Check
    final void check() {
        Checks.entries("question parts", parts());
        // An answer sheet answers every question in one list: the set's questions are one list's entries.
        long questions = 0;
        for (QuestionPart part : parts()) {
            questions += part.questions().size();
        }
        if (questions > Limits.MAX_ENTRIES) {
            Checks.entries("questions", questions());
        }
        Checks.notBlank("question set id", id());
        Checks.notBlank("question set version", version());
        if (parts().isEmpty()) {
            throw new IsmsException("Invalid question set: it has at least one part");
        }
        for (int i = 1; i < parts().size(); i++) {
            if (parts().get(i).number() == parts().get(i - 1).number()) {
                throw new IsmsException(Checks.format("Duplicate part number: %d", parts().get(i).number()));
            }
        }
        byNumber();
        notApplicable().flatMap(NotApplicable::scoredAs).ifPresent(code -> {
            for (QuestionPart part : parts()) {
                AnswerScale scale = scaleOf(part);
                if (scale.find(code).isEmpty()) {
                    throw new IsmsException(Checks.format(
                            "Unknown answer for not applicable in part %d: '%s' (valid values %s)", part.number(),
                            Quoted.cut(code), scale.codes()));
                }
            }
        });
    }

    @Value.Lazy
    Map<Integer, QuestionPart> byNumber() {
        Map<Integer, QuestionPart> byNumber = new HashMap<>();
        for (QuestionPart part : parts()) {
            for (Question question : part.questions()) {
                if (byNumber.put(question.number(), part) != null) {
                    throw new IsmsException(Checks.format("Duplicate question number: %d", question.number()));
                }
            }
        }
        return Map.copyOf(byNumber);
    }

    /**
     * Returns every question, in order of part and number.
     *
     * @return an unmodifiable list, not null
     */
    @Value.Lazy
    public List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        for (QuestionPart part : parts()) {
            questions.addAll(part.questions());
        }
        return Collections.unmodifiableList(questions);
    }

    /**
     * Finds the question with a number.
     *
     * @param number the number
     * @return the question, or empty if the set has none with that number
     */
    public final Optional<Question> find(int number) {
        QuestionPart part = byNumber().get(number);
        if (part == null) {
            return Optional.empty();
        }
        return part.questions().stream().filter(q -> q.number() == number).findFirst();
    }

    /**
     * Returns the part a question is in.
     *
     * @param number the question's number
     * @return the part, not null
     * @throws IsmsException if the set has no question with that number
     */
    public final QuestionPart partOf(int number) {
        QuestionPart part = byNumber().get(number);
        if (part == null) {
            throw new IsmsException(Checks.format("Unknown question number: %d", number));
        }
        return part;
    }

    /**
     * Returns the scale a part's questions are answered on: its own, or else the set's.
     *
     * @param part a part of this set, not null
     * @return the scale, not null
     */
    public final AnswerScale scaleOf(QuestionPart part) {
        return Objects.requireNonNull(part, "part").scale().orElse(scale());
    }

    /**
     * Returns the scale a question is answered on.
     *
     * @param number the question's number
     * @return the scale, not null
     * @throws IsmsException if the set has no question with that number
     */
    public final AnswerScale scaleOf(int number) {
        return scaleOf(partOf(number));
    }

    /**
     * Returns the answer with a code that a question may be given: one of its scale, or
     * "not applicable" when the set admits it.
     *
     * @param number the question's number
     * @param code the answer's code, such as {@code implemented}; not null
     * @return the answer, not null
     * @throws IsmsException if the set has no such question, or the code is no answer it may be
     *     given, such as {@code Invalid answer to question 3 (valid values implemented,
     *     partly_implemented, not_implemented, unknown): 'yes'}
     */
    public final Answer answer(int number, String code) {
        Objects.requireNonNull(code, "code");
        AnswerScale scale = scaleOf(number);
        Optional<Answer> answer = scale.find(code);
        if (answer.isPresent()) {
            return answer.get();
        }
        boolean admitted = notApplicable().isPresent();
        if (admitted && code.equals(Answer.NOT_APPLICABLE_CODE)) {
            return Answer.notApplicable();
        }
        throw new IsmsException(Checks.format("Invalid answer to question %d (valid values %s%s): '%s'", number,
                scale.codes(), admitted ? ", " + Answer.NOT_APPLICABLE_CODE : "", Quoted.cut(code)));
    }

    /**
     * Returns the answer a question is scored as: the answer itself, or for "not applicable" the
     * configured answer, or nothing when not applicable is excluded from the maximum.
     *
     * @param number the question's number
     * @param answer an answer the question may be given, not null
     * @return the answer scored, or empty when the question counts for nothing
     * @throws IsmsException if the question does not exist or may not be given the answer
     */
    public final Optional<Answer> scoredAs(int number, Answer answer) {
        Objects.requireNonNull(answer, "answer");
        Answer checked = answer(number, answer.code());
        if (!checked.equals(answer)) {
            throw new IsmsException(Checks.format("Invalid answer to question %d (valid values %s): '%s'", number,
                    scaleOf(number).codes(), Checks.echo(answer.toString())));
        }
        if (!answer.isNotApplicable()) {
            return Optional.of(answer);
        }
        return notApplicable().orElseThrow().scoredAs().map(code -> scaleOf(number).find(code).orElseThrow());
    }

    /**
     * Checks that answers are given to every question of the set, as a sheet and a result need.
     *
     * @param numbers the numbers of the questions answered
     * @throws IsmsException naming the questions without an answer
     */
    final void requireAnswered(java.util.Set<Integer> numbers) {
        List<Integer> missing = new ArrayList<>();
        for (Question question : questions()) {
            if (!numbers.contains(question.number())) {
                missing.add(question.number());
            }
        }
        if (!missing.isEmpty()) {
            throw new IsmsException(Checks.format("Missing answer to question%s %s of %s",
                    missing.size() == 1 ? "" : "s",
                    missing.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")), this));
        }
    }

    /**
     * Returns the maximum score: every question answered with its scale's target, such as
     * 25 × 4 = 100 for the source's sheet.
     *
     * @return the maximum
     */
    public final int maximum() {
        int maximum = 0;
        for (QuestionPart part : parts()) {
            maximum += part.questions().size() * scaleOf(part).target().points();
        }
        return maximum;
    }

    /**
     * Returns a copy that admits "not applicable", scored as the treatment says.
     *
     * @param notApplicable the treatment, not null
     * @return the copy
     * @throws IsmsException if the treatment scores as an answer missing from a scale of the set
     */
    public abstract QuestionSet withNotApplicable(NotApplicable notApplicable);

    /**
     * Returns the set as text, such as {@code QuestionSet ipa-self-assessment-part1-example@1}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "QuestionSet " + id() + "@" + version();
    }
}
