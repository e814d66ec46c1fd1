package org.isms4j.core.selfassessment;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The ordered answers a question can be given, each with its points, such as the self-assessment's
 * 実施している 4, 一部実施している 2, 実施していない 0 and 分からない −1.
 *
 * <p>Answers run from the best to the worst: the points never rise along the scale, so that a
 * better answer never scores less. The first answer is the <em>target</em>: a question answered
 * with anything scoring less is below target and asks for a measure. One answer may be marked
 * <em>unknown</em> (分からない): the result lists the questions answered so, for follow-up. Codes
 * are unique; the code {@value Answer#NOT_APPLICABLE_CODE} is not on any scale, a question set
 * admitting it separately ({@link NotApplicable}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnswerScale {

    AnswerScale() {}

    /**
     * Returns the answers, best first.
     *
     * @return an unmodifiable list of two or more answers, not null
     */
    @Value.Parameter
    public abstract List<Answer> answers();

    /**
     * Returns the code of the answer that means "unknown" 分からない, if the scale has one.
     *
     * @return the code of an answer of this scale, not the first, or empty
     */
    @Value.Parameter
    public abstract Optional<String> unknownCode();

    /**
     * Obtains a scale without an "unknown" answer, such as the choices of a comprehension test.
     *
     * @param answers the answers, best first, points never rising; two or more, unique codes;
     *     copied
     * @return the scale, not null
     * @throws IsmsException if there are fewer than two answers or more than
     *     {@value org.isms4j.core.Limits#MAX_LIST_SIZE}, a code repeats, or the points rise along
     *     the scale
     */
    public static AnswerScale of(List<Answer> answers) {
        Objects.requireNonNull(answers, "answers");
        return ImmutableAnswerScale.of(answers, Optional.empty());
    }

    /**
     * Obtains a scale with an "unknown" answer, such as the self-assessment's 分からない.
     *
     * @param answers the answers, best first, points never rising; two or more, unique codes;
     *     copied
     * @param unknownCode the code of the answer that means "unknown", not the first; not null
     * @return the scale, not null
     * @throws IsmsException if a rule of {@link #of(List)} is broken, or the unknown code is not
     *     on the scale or is its first answer
     */
    public static AnswerScale of(List<Answer> answers, String unknownCode) {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(unknownCode, "unknownCode");
        return ImmutableAnswerScale.of(answers, Optional.of(unknownCode));
    }

    @Value.Check
    final void check() {
        if (answers().size() < 2) {
            throw new IsmsException(Checks.format("Invalid answer scale: it has at least 2 answers, not %d",
                    answers().size()));
        }
        Checks.listSize("answers", answers());
        Set<String> codes = new HashSet<>();
        Answer previous = null;
        for (Answer answer : answers()) {
            if (!codes.add(answer.code())) {
                throw new IsmsException(Checks.format("Duplicate answer code: '%s'", answer.code()));
            }
            if (answer.isNotApplicable()) {
                throw new IsmsException(Checks.format(
                        "Invalid answer scale: '%s' is admitted by a question set, not put on a scale", answer.code()));
            }
            if (previous != null && answer.points() > previous.points()) {
                throw new IsmsException(Checks.format(
                        "Invalid answer scale: '%s' (%d points) follows the worse-scoring '%s' (%d points); points "
                                + "never rise from the best answer to the worst",
                        answer.code(), answer.points(), previous.code(), previous.points()));
            }
            previous = answer;
        }
        unknownCode().ifPresent(code -> {
            if (!codes.contains(code)) {
                throw new IsmsException(Checks.format("Unknown answer code for 'unknown': '%s' (valid values %s)",
                        Quoted.cut(code), codes()));
            }
            if (code.equals(target().code())) {
                throw new IsmsException(Checks.format(
                        "Invalid answer scale: the unknown answer '%s' cannot be the first, the target", code));
            }
        });
    }

    /**
     * Returns the target answer, the first: such as 実施している.
     *
     * @return the answer, not null
     */
    public final Answer target() {
        return answers().get(0);
    }

    /**
     * Returns the answer that means "unknown", if any, such as 分からない.
     *
     * @return the answer, or empty
     */
    public final Optional<Answer> unknown() {
        return unknownCode().flatMap(this::find);
    }

    /**
     * Finds the answer with a code.
     *
     * @param code the code, such as {@code implemented}; not null
     * @return the answer, or empty if the scale has none with that code
     */
    public final Optional<Answer> find(String code) {
        Objects.requireNonNull(code, "code");
        for (Answer answer : answers()) {
            if (answer.code().equals(code)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether an answer is on this scale.
     *
     * @param answer the answer, not null
     * @return true if it is one of {@link #answers()}
     */
    public final boolean contains(Answer answer) {
        return answers().contains(Objects.requireNonNull(answer, "answer"));
    }

    /**
     * Returns the codes of the answers, for messages, such as
     * {@code implemented, partly_implemented, not_implemented, unknown}.
     *
     * @return the codes, best first, separated by commas, not null
     */
    public final String codes() {
        return answers().stream().map(Answer::code).collect(Collectors.joining(", "));
    }

    /**
     * Tells whether an answer scores less than the target, such as 一部実施している (2 &lt; 4).
     *
     * @param answer an answer of this scale, not null
     * @return true if the answer is below target
     */
    public final boolean isBelowTarget(Answer answer) {
        return Objects.requireNonNull(answer, "answer").points() < target().points();
    }

    /**
     * Tells whether an answer is the scale's "unknown" answer.
     *
     * @param answer the answer, not null
     * @return true if it is the unknown answer
     */
    public final boolean isUnknown(Answer answer) {
        Objects.requireNonNull(answer, "answer");
        return unknownCode().isPresent() && contains(answer) && answer.code().equals(unknownCode().get());
    }

    /**
     * Returns the weaker of two answers of this scale: the one with fewer points, or with equal
     * points the one further down the scale.
     *
     * @param a an answer of this scale, not null
     * @param b an answer of this scale, not null
     * @return the weaker, not null
     * @throws IsmsException if an answer is not on this scale
     */
    public final Answer weaker(Answer a, Answer b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return position(b) > position(a) ? b : a;
    }

    private int position(Answer answer) {
        int index = answers().indexOf(Objects.requireNonNull(answer, "answer"));
        if (index < 0) {
            throw new IsmsException(Checks.format("Unknown answer: '%s' (valid values %s)", answer.code(), codes()));
        }
        return index;
    }
}
