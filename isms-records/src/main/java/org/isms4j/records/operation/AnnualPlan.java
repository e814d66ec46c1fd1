package org.isms4j.records.operation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.internal.Texts;

/**
 * The ISMS annual plan ISMS年間計画表 (clause 8.1): the activities planned in clause 6 and those
 * that meet the other requirements, each with its clause, documents and scheduled weeks.
 *
 * <p>An activity whose document is not in the documented-information register is
 * {@linkplain #unregisteredDocuments(DocumentRegister) flagged}. No activity is listed twice
 * under one clause.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnnualPlan {

    AnnualPlan() {}

    /**
     * Returns the activities in the order given.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    @Value.Parameter
    public abstract List<PlannedActivity> activities();

    /**
     * Obtains a plan.
     *
     * @param activities the activities, not empty, none twice under one clause; copied
     * @return the plan, not null
     * @throws IsmsException if there is no activity or one is there twice
     */
    public static AnnualPlan of(Collection<PlannedActivity> activities) {
        Objects.requireNonNull(activities, "activities");
        return ImmutableAnnualPlan.of(List.copyOf(activities));
    }

    @Value.Check
    final void check() {
        Checks.entries("activities", activities());
        Texts.notEmpty("annual plan", "activity", activities());
        Texts.unique("annual plan", "activity", activities(), a -> a.clause() + " " + a.activity());
    }

    /**
     * Returns every week of the plan, each by its Monday.
     *
     * @return an unmodifiable sorted set, not null
     */
    public final SortedSet<LocalDate> weeks() {
        SortedSet<LocalDate> weeks = new TreeSet<>();
        activities().forEach(a -> weeks.addAll(a.weeks()));
        return java.util.Collections.unmodifiableSortedSet(weeks);
    }

    /**
     * Returns the documents the activities name that the register does not hold, in plan order.
     *
     * @param register the documented-information register, not null
     * @return an unmodifiable list, empty when every document is registered, not null
     */
    public final List<UnregisteredDocument> unregisteredDocuments(DocumentRegister register) {
        Objects.requireNonNull(register, "register");
        List<UnregisteredDocument> missing = new ArrayList<>();
        for (PlannedActivity activity : activities()) {
            for (String title : activity.documents()) {
                if (register.findByTitle(title).isEmpty()) {
                    missing.add(UnregisteredDocument.of(activity, title));
                }
            }
        }
        return List.copyOf(missing);
    }

    /**
     * Returns the plan as a table with the source's columns No (the clause), 実施事項, 文書名, then
     * one column per scheduled week headed by its Monday, marked ● in the weeks the activity is
     * scheduled.
     *
     * @param locale Japanese or English headings, not null
     * @return the table, not null
     */
    public final ReportTable toTable(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean japanese = org.isms4j.core.VocabularyTerm.isJapanese(locale);
        SortedSet<LocalDate> weeks = weeks();
        List<String> headings = new ArrayList<>(japanese ? List.of("No", "実施事項", "文書名")
                : List.of("No", "activity", "documents"));
        weeks.forEach(w -> headings.add(w.toString()));
        List<List<String>> rows = new ArrayList<>();
        for (PlannedActivity activity : activities()) {
            List<String> row = new ArrayList<>(List.of(activity.clause().toString(), activity.activity(),
                    String.join("; ", activity.documents())));
            weeks.forEach(w -> row.add(activity.weeks().contains(w) ? "●" : ""));
            rows.add(row);
        }
        return ReportTable.of(headings, rows);
    }
}
