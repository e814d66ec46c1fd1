package org.isms4j.core.selfassessment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The measure decided for one question below target (対策の決定と周知): the measure, its owner, the
 * due date and the procedure 実施手順 that carries it, such as question 3 answered
 * 一部実施している, measure "パスワードは10文字以上", owner 情報システム部, due 2024-06-30, procedure
 * "C-03 パスワード管理手順".
 *
 * <p>The decision is open until it is completed; the procedure may be named later.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasureDecision {

    MeasureDecision() {}

    /**
     * Returns the number of the question the measure answers.
     *
     * @return the number
     */
    @Value.Parameter
    public abstract int question();

    /**
     * Returns the measure chosen, such as パスワードは10文字以上.
     *
     * @return the measure, not blank
     */
    @Value.Parameter
    public abstract String measure();

    /**
     * Returns who carries it out, such as 情報システム部.
     *
     * @return the owner, not blank
     */
    @Value.Parameter
    public abstract String owner();

    /**
     * Returns the date it is due.
     *
     * @return the date, not null
     */
    @Value.Parameter
    public abstract LocalDate due();

    /**
     * Returns the procedure 実施手順 document that carries the measure, such as
     * "C-03 パスワード管理手順".
     *
     * @return the document, not blank, or empty while none is written
     */
    public abstract Optional<String> procedure();

    /**
     * Returns the date the measure was completed.
     *
     * @return the date, or empty while the decision is open
     */
    public abstract Optional<LocalDate> completed();

    /**
     * Obtains an open decision.
     *
     * @param question the question's number, 1 or more
     * @param measure the measure, not blank
     * @param owner the owner, not blank
     * @param due the due date, not null
     * @return the decision, not null
     * @throws IsmsException if the number is below 1, a text is blank or too long, or the date lies
     *     outside {@code 0000-01-01 - 9999-12-31}
     */
    public static MeasureDecision of(int question, String measure, String owner, LocalDate due) {
        return ImmutableMeasureDecision.of(question, measure, owner, due);
    }

    @Value.Check
    final void check() {
        Checks.inRange("question number", 1, Question.MAX_NUMBER, question());
        Checks.notBlank("measure", measure());
        Checks.notBlank("owner", owner());
        procedure().ifPresent(p -> Checks.notBlank("procedure", p));
        Checks.date("due date", due());
        completed().ifPresent(date -> Checks.date("completion date", date));
    }

    /**
     * Returns a copy carried by a procedure document.
     *
     * @param procedure the document, such as "C-03 パスワード管理手順"; not blank
     * @return the copy
     * @throws IsmsException if the document is blank
     */
    public abstract MeasureDecision withProcedure(String procedure);

    /**
     * Returns a copy completed on a date.
     *
     * @param completed the date, not null
     * @return the copy
     * @throws IsmsException if the date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public final MeasureDecision completedOn(LocalDate completed) {
        return ImmutableMeasureDecision.builder().from(this).completed(Objects.requireNonNull(completed, "completed"))
                .build();
    }

    /**
     * Tells whether the decision is still open: not completed.
     *
     * @return true if open
     */
    public final boolean isOpen() {
        return completed().isEmpty();
    }

    /**
     * Tells whether the decision is overdue on a date: open and its due date has passed.
     *
     * @param today the date to judge on, not null
     * @return true if overdue
     */
    public final boolean isOverdue(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return isOpen() && today.isAfter(due());
    }
}
