package org.isms4j.records.corrective;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * One recorded step of a corrective action: what was written, its author 作成, its approver 承認
 * and its date; such as the correction 力量の確認。任命力量確認表の更新。 written by 佐藤 and
 * approved by 山田 on 2024-02-26.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActionStep {

    ActionStep() {}

    /**
     * Returns what the step records.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String content();

    /**
     * Returns the author 作成.
     *
     * @return the name, not blank
     */
    @Value.Parameter
    public abstract String author();

    /**
     * Returns the approver 承認.
     *
     * @return the name, not blank
     */
    @Value.Parameter
    public abstract String approver();

    /**
     * Returns the step's date: the planned date of a plan, the day done of a report.
     *
     * @return the date, not null
     */
    @Value.Parameter
    public abstract LocalDate date();

    /**
     * Obtains a step.
     *
     * @param content what the step records, not blank
     * @param author the author, not blank
     * @param approver the approver, not blank
     * @param date the date, not null
     * @return the step, not null
     * @throws IsmsException if a text is blank,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public static ActionStep of(String content, String author, String approver, LocalDate date) {
        return ImmutableActionStep.of(content, author, approver, date);
    }

    @Value.Check
    final void check() {
        Texts.notBlank("step content", content());
        Texts.notBlank("author", author());
        Texts.notBlank("approver", approver());
        Checks.date("step date", date());
    }
}
