package org.isms4j.core.selfassessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * One person's sittings of a comprehension test, retaken until a pass (合格点に達するまで繰り返す),
 * such as 90 points on 2024-04-10 and 100 on 2024-04-17, passed.
 *
 * <p>Every attempt is by the record's person under the record's key, none earlier than the one
 * before, and only the last may pass: a passed test takes no more attempts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TestRecord {

    TestRecord() {}

    /**
     * Returns the test's key.
     *
     * @return the key, not null
     */
    @Value.Parameter
    public abstract AnswerKey key();

    /**
     * Returns who takes the test, such as 山田.
     *
     * @return the person, not blank
     */
    @Value.Parameter
    public abstract String person();

    /**
     * Returns the attempts, oldest first.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    @Value.Parameter
    public abstract List<TestAttempt> attempts();

    /**
     * Obtains a record without attempts.
     *
     * @param key the test's key, not null
     * @param person who takes the test, not blank
     * @return the record, not null
     * @throws IsmsException if the person is blank
     */
    public static TestRecord of(AnswerKey key, String person) {
        return ImmutableTestRecord.of(key, Checks.notBlank("person", person), List.of());
    }

    @Value.Check
    final void check() {
        Checks.notBlank("person", person());
        Checks.listSize("attempts", attempts());
        TestAttempt previous = null;
        for (TestAttempt attempt : attempts()) {
            AnswerSheet sheet = attempt.sheet();
            if (!attempt.key().equals(key())) {
                throw new IsmsException(Checks.format("Invalid test record of '%s': an attempt on %s is scored by "
                        + "another key", Quoted.cut(person()), sheet.answered()));
            }
            if (!sheet.respondent().equals(person())) {
                throw new IsmsException(Checks.format("Invalid test record of '%s': the attempt on %s is by '%s'",
                        Quoted.cut(person()), sheet.answered(), Quoted.cut(sheet.respondent())));
            }
            if (previous != null) {
                if (previous.isPassed()) {
                    throw new IsmsException(Checks.format("Invalid test record of '%s': the test was passed on %s; "
                            + "there is no retake after a pass", Quoted.cut(person()), previous.sheet().answered()));
                }
                if (sheet.answered().isBefore(previous.sheet().answered())) {
                    throw new IsmsException(Checks.format("Invalid test record of '%s': the attempt on %s is before "
                            + "the one on %s", Quoted.cut(person()), sheet.answered(), previous.sheet().answered()));
                }
            }
            previous = attempt;
        }
    }

    /**
     * Returns a copy with one more attempt, scored by the key.
     *
     * @param sheet the person's sheet of the test, not before the last attempt; not null
     * @return the copy
     * @throws IsmsException if the test is already passed, the sheet is by someone else or of
     *     another set, it is dated before the last attempt, or the record already holds
     *     {@value org.isms4j.core.Limits#MAX_LIST_SIZE} attempts
     */
    public final TestRecord withAttempt(AnswerSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        List<TestAttempt> attempts = new ArrayList<>(attempts());
        attempts.add(key().score(sheet));
        return ImmutableTestRecord.of(key(), person(), attempts);
    }

    /**
     * Tells whether the test is passed: the last attempt reached the pass mark.
     *
     * @return true if passed
     */
    public final boolean isPassed() {
        return !attempts().isEmpty() && attempts().get(attempts().size() - 1).isPassed();
    }

    /**
     * Returns the date of the passing attempt.
     *
     * @return the date, or empty while not passed
     */
    public final Optional<LocalDate> passedOn() {
        return isPassed() ? Optional.of(attempts().get(attempts().size() - 1).sheet().answered()) : Optional.empty();
    }

    /**
     * Returns the number of retakes: the attempts after the first.
     *
     * @return the retakes, 0 or more
     */
    public final int retakes() {
        return Math.max(0, attempts().size() - 1);
    }
}
