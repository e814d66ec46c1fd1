package org.isms4j.records.objective;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * An information security objective 情報セキュリティ目的 with the plan to reach it (clause 6.2): the
 * objectives, the measurable metric 評価指標, the actions 実施事項, the resources 必要な資源, the
 * responsible person 責任者, the due date 達成期限 and the evaluation method 評価方法; such as the
 * source's 当社ISMSの意味を理解した活動の開始, metric ISMS教育受講／合格 100％(全従業者), action
 * 教育による活動の意味の理解, owner ISMS事務局長, method 受講者数および合格者数をカウントし、評価する.
 *
 * <p>The date the objective was set is kept, so that no evaluation can predate it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SecurityObjective {

    SecurityObjective() {}

    /**
     * Returns the objective's number on the sheet.
     *
     * @return the number, 1 or more
     */
    public abstract int number();

    /**
     * Returns the objectives 情報セキュリティ目的, such as 情報セキュリティ事故を未然に防止する.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<String> objectives();

    /**
     * Returns the metric 評価指標.
     *
     * @return the metric, not null
     */
    public abstract Metric metric();

    /**
     * Returns the actions 実施事項.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<String> actions();

    /**
     * Returns the resources needed 必要な資源, such as ウイルス対策ソフト.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<String> resources();

    /**
     * Returns the responsible person 責任者.
     *
     * @return the name, not blank
     */
    public abstract String responsible();

    /**
     * Returns the due date 達成期限.
     *
     * @return the date, not before the date set, not null
     */
    public abstract LocalDate dueDate();

    /**
     * Returns the evaluation method 評価方法.
     *
     * @return the text, not blank
     */
    public abstract String evaluationMethod();

    /**
     * Returns the date the objective was set.
     *
     * @return the date, not null
     */
    public abstract LocalDate setOn();

    /**
     * Obtains an objective with its plan.
     *
     * @param number the number, 1 or more
     * @param objectives the objectives, not empty, none blank; copied
     * @param metric the measurable metric, not null
     * @param actions the actions, not empty, none blank; copied
     * @param resources the resources, not empty, none blank; copied
     * @param responsible the responsible person, not blank
     * @param dueDate the due date, not before {@code setOn}
     * @param evaluationMethod the evaluation method, not blank
     * @param setOn the date the objective is set, not null
     * @return the objective, not null
     * @throws IsmsException if a rule of the objective is broken
     */
    public static SecurityObjective of(int number, Collection<String> objectives, Metric metric,
            Collection<String> actions, Collection<String> resources, String responsible, LocalDate dueDate,
            String evaluationMethod, LocalDate setOn) {
        Objects.requireNonNull(objectives, "objectives");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(resources, "resources");
        return ImmutableSecurityObjective.builder().number(number).objectives(objectives).metric(metric)
                .actions(actions).resources(resources).responsible(responsible).dueDate(dueDate)
                .evaluationMethod(evaluationMethod).setOn(setOn).build();
    }

    @Value.Check
    final void check() {
        Checks.inRange("objective number", 1, Integer.MAX_VALUE, number());
        String record = Checks.format("objective %d", number());
        Texts.notEmpty(record, "objective", objectives());
        Texts.eachNotBlank("objective", objectives());
        Texts.notEmpty(record, "action", actions());
        Texts.eachNotBlank("action", actions());
        Texts.notEmpty(record, "resource", resources());
        Texts.eachNotBlank("resource", resources());
        Texts.notBlank("responsible person", responsible());
        Texts.notBlank("evaluation method", evaluationMethod());
        Checks.date("due date", dueDate());
        Checks.date("date set", setOn());
        if (dueDate().isBefore(setOn())) {
            throw new IsmsException(Checks.format("Invalid %s: the due date %s is before the date set %s", record,
                    dueDate(), setOn()));
        }
    }
}
