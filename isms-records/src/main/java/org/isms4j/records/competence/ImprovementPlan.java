package org.isms4j.records.competence;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * The improvement planned for an item of the competence record: the planned date 改善予定日 and
 * the content 改善内容, such as ISMS構築作業を通して獲得 by 2023-09-29.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImprovementPlan {

    ImprovementPlan() {}

    /**
     * Returns the planned date 改善予定日.
     *
     * @return the date, not null
     */
    @Value.Parameter
    public abstract LocalDate plannedOn();

    /**
     * Returns the content 改善内容.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String content();

    /**
     * Obtains a plan.
     *
     * @param plannedOn the planned date, not null
     * @param content the content, not blank
     * @return the plan, not null
     * @throws IsmsException if the content is blank,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public static ImprovementPlan of(LocalDate plannedOn, String content) {
        return ImmutableImprovementPlan.of(plannedOn, content);
    }

    @Value.Check
    final void check() {
        Texts.notBlank("improvement content", content());
        Checks.date("improvement date", plannedOn());
    }
}
