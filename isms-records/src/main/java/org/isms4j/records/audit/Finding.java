package org.isms4j.records.audit;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.Clause;
import org.isms4j.records.internal.Texts;

/**
 * A finding of the internal audit report 内部監査結果報告書: its grade, number within the grade, the
 * clause 規格, the department and the content 内容, and the follow-up recorded at the next audit;
 * such as the source's minor nonconformity 1 on 5.2: the policy could not be confirmed available to
 * interested parties.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {

    Finding() {}

    /**
     * Returns the grade.
     *
     * @return the grade, not null
     */
    public abstract FindingGrade grade();

    /**
     * Returns the number within its grade.
     *
     * @return 1 or more
     */
    public abstract int number();

    /**
     * Returns the clause 規格.
     *
     * @return the clause, not null
     */
    public abstract Clause clause();

    /**
     * Returns the department the finding concerns.
     *
     * @return the name, not blank
     */
    public abstract String department();

    /**
     * Returns the content 内容.
     *
     * @return the text, not blank
     */
    public abstract String content();

    /**
     * Returns the follow-up recorded at the next audit, such as 方針をHPに公開したことを確認.
     *
     * @return the text, or empty until followed up
     */
    public abstract Optional<String> followUp();

    /**
     * Obtains a finding not yet followed up.
     *
     * @param grade the grade, not null
     * @param number the number within the grade, 1 or more
     * @param clause the clause, not null
     * @param department the department, not blank
     * @param content the content, not blank
     * @return the finding, not null
     * @throws IsmsException if the number is below 1 or a text blank
     */
    public static Finding of(FindingGrade grade, int number, Clause clause, String department, String content) {
        return ImmutableFinding.builder().grade(grade).number(number).clause(clause).department(department)
                .content(content).build();
    }

    /**
     * Returns a copy with the follow-up of the next audit.
     *
     * @param note what the next audit found, not blank
     * @return the copy, not null
     * @throws IsmsException if the note is blank or the finding is already followed up
     */
    public final Finding followedUp(String note) {
        Objects.requireNonNull(note, "note");
        if (followUp().isPresent()) {
            throw new IsmsException(Checks.format("Invalid finding %s %d: it is already followed up", grade().code(),
                    number()));
        }
        return ImmutableFinding.builder().from(this).followUp(note).build();
    }

    @Value.Check
    final void check() {
        Checks.inRange("finding number", 1, Integer.MAX_VALUE, number());
        Texts.notBlank("department", department());
        Texts.notBlank("finding content", content());
        followUp().ifPresent(f -> Texts.notBlank("follow-up", f));
    }
}
