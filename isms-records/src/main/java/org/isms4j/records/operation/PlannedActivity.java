package org.isms4j.records.operation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.Clause;
import org.isms4j.records.internal.Texts;

/**
 * One activity of the ISMS annual plan ISMS年間計画表 (clause 8.1): the clause No, the activity
 * 実施事項, the documents 文書名 it uses or produces, and the weeks it is scheduled in; such as the
 * source's 6.1 リスクアセスメントの実施 with 資産目録 and リスクアセスメント結果報告書 in the weeks of
 * 2023-05-15 and 2023-05-22.
 *
 * <p>A week is given by its Monday, as the source's schedule heads its columns.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlannedActivity {

    PlannedActivity() {}

    /**
     * Returns the clause of the requirement the activity meets.
     *
     * @return the clause, not null
     */
    public abstract Clause clause();

    /**
     * Returns the activity 実施事項.
     *
     * @return the text, not blank
     */
    public abstract String activity();

    /**
     * Returns the titles of the documents used or produced 文書名.
     *
     * @return an unmodifiable list without duplicates, not null
     */
    public abstract List<String> documents();

    /**
     * Returns the weeks scheduled, each by its Monday.
     *
     * @return an unmodifiable, non-empty sorted set, not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<LocalDate> weeks();

    /**
     * Obtains an activity.
     *
     * @param clause the clause, not null
     * @param activity the activity, not blank
     * @param documents the titles of its documents, none blank or twice; copied
     * @param weeks the weeks scheduled, each a Monday, not empty; copied
     * @return the activity, not null
     * @throws IsmsException if a rule of the activity is broken
     */
    public static PlannedActivity of(Clause clause, String activity, Collection<String> documents,
            Collection<LocalDate> weeks) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(weeks, "weeks");
        Texts.unique(Checks.format("activity '%s'", Texts.echo(Objects.requireNonNull(activity, "activity"))),
                "scheduled week", weeks, w -> w);
        return ImmutablePlannedActivity.builder().clause(clause).activity(activity).documents(documents)
                .weeks(weeks).build();
    }

    @Value.Check
    final void check() {
        Checks.entries("weeks", weeks());
        Texts.notBlank("activity", activity());
        String record = Checks.format("activity '%s'", Texts.echo(activity()));
        Texts.eachNotBlank("document title", documents());
        Texts.unique(record, "document", documents(), d -> d);
        Texts.notEmpty(record, "scheduled week", weeks());
        for (LocalDate week : weeks()) {
            Checks.date("scheduled week", week);
            if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw new IsmsException(Checks.format(
                        "Invalid value for scheduled week (the Monday of the week): %s, a %s", week,
                        week.getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
    }
}
