package org.isms4j.records.competence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.internal.Column;
import org.isms4j.records.internal.Texts;
import org.isms4j.records.leadership.IsmsRole;

/**
 * The competence record 力量確認表 of one person in one role (clause 7.2): the required items with
 * their ratings, improvement plans and re-ratings, and the appointment criterion 任命基準 they give;
 * such as the source's 部門管理者: items rated 2, 2, 2, 5, each 2 with a plan, gives B; re-rated 3,
 * 3, 3 after improvement, A.
 *
 * <p>The {@linkplain #appointment() appointment} is computed, never typed: A when every item's
 * current rating is 3 or more; B when every item rated 2 or less has an improvement plan
 * (provisional until the improvement is confirmed); C when some item rated 2 or less has none.
 * Raising a rating never worsens it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompetenceRecord {

    private static final List<Column<CompetenceItem>> COLUMNS = List.of(
            Column.of("number", "No", "No", (i, l) -> Integer.toString(i.number())),
            Column.of("requirement", "必要条件", "requirement", (i, l) -> i.requirement()),
            Column.of("rating", "評価", "rating", (i, l) -> Integer.toString(i.rating().value())),
            Column.of("planned_on", "改善予定日", "improvement date",
                    (i, l) -> i.improvement().map(p -> p.plannedOn().toString()).orElse("")),
            Column.of("improvement", "改善内容", "improvement", (i, l) -> i.improvement().map(ImprovementPlan::content)
                    .orElse("")),
            Column.of("re_rating", "改善後評価", "re-rating",
                    (i, l) -> i.reRating().map(r -> Integer.toString(r.value())).orElse("")),
            Column.of("confirmed_on", "改善確認日", "confirmation date",
                    (i, l) -> i.confirmedOn().map(LocalDate::toString).orElse("")));

    CompetenceRecord() {}

    /**
     * Returns the role 役割.
     *
     * @return the role, not null
     */
    public abstract IsmsRole role();

    /**
     * Returns the person 氏名.
     *
     * @return the name, not blank
     */
    public abstract String person();

    /**
     * Returns the required items, numbered 1, 2, … in order.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<CompetenceItem> items();

    /**
     * Obtains a record as a document states it, with the appointment it states, which must be
     * the one computed from the items: the appointment is never taken from the document.
     *
     * @param role the role, not null
     * @param person the person, not blank
     * @param items the items, not empty, numbered 1, 2, … in order; copied
     * @param stated the appointment the document states, not null
     * @return the record, not null
     * @throws IsmsException if the person is blank, there is no item, the items are not numbered
     *     1, 2, … in order, or the stated appointment is not the computed one
     */
    public static CompetenceRecord ofRecord(IsmsRole role, String person, Collection<CompetenceItem> items,
            Appointment stated) {
        Objects.requireNonNull(stated, "stated");
        CompetenceRecord record = of(role, person, items);
        if (record.appointment() != stated) {
            throw new IsmsException(Checks.format(
                    "Invalid competence record of '%s': the appointment is %s, not %s as stated",
                    Texts.echo(record.person()), record.appointment().code(), stated.code()));
        }
        return record;
    }

    /**
     * Obtains a record.
     *
     * @param role the role, not null
     * @param person the person, not blank
     * @param items the items, not empty, numbered 1, 2, … in order; copied
     * @return the record, not null
     * @throws IsmsException if the person is blank, there is no item, or the items are not
     *     numbered 1, 2, … in order
     */
    public static CompetenceRecord of(IsmsRole role, String person, Collection<CompetenceItem> items) {
        Objects.requireNonNull(items, "items");
        return ImmutableCompetenceRecord.builder().role(role).person(person).items(items).build();
    }

    @Value.Check
    final void check() {
        Checks.entries("competence items", items());
        Texts.notBlank("person", person());
        String record = Checks.format("competence record of '%s'", Texts.echo(person()));
        Texts.notEmpty(record, "item", items());
        for (int i = 0; i < items().size(); i++) {
            if (items().get(i).number() != i + 1) {
                throw new IsmsException(Checks.format("Invalid %s: item %d is numbered %d", record, i + 1,
                        items().get(i).number()));
            }
        }
    }

    /**
     * Returns the appointment criterion the items give.
     *
     * @return A, B or C, not null
     */
    public final Appointment appointment() {
        Appointment appointment = Appointment.A;
        for (CompetenceItem item : items()) {
            if (!item.currentRating().isSufficient()) {
                if (item.improvement().isEmpty()) {
                    return Appointment.C;
                }
                appointment = Appointment.B;
            }
        }
        return appointment;
    }

    /**
     * Returns the items whose current rating is 2 or less.
     *
     * @return an unmodifiable list, not null
     */
    public final List<CompetenceItem> itemsBelowSufficient() {
        return items().stream().filter(i -> !i.currentRating().isSufficient()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns a copy with an improvement plan for one item.
     *
     * @param number the item's number, 1 to the number of items
     * @param plan the plan, not null
     * @return the copy, not null
     * @throws IsmsException if there is no such item or it already has a plan
     */
    public final CompetenceRecord withPlan(int number, ImprovementPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return withItem(number, item -> item.withPlan(plan));
    }

    /**
     * Returns a copy with one item re-rated after its improvement, such as after training.
     *
     * @param number the item's number, 1 to the number of items
     * @param reRating the rating after improvement, not null
     * @param confirmedOn the date the improvement was confirmed, not null
     * @return the copy, not null
     * @throws IsmsException if there is no such item, it has no plan or it is already re-rated,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public final CompetenceRecord reRated(int number, CompetenceRating reRating, LocalDate confirmedOn) {
        Objects.requireNonNull(reRating, "reRating");
        Objects.requireNonNull(confirmedOn, "confirmedOn");
        return withItem(number, item -> item.reRated(reRating, confirmedOn));
    }

    private CompetenceRecord withItem(int number, UnaryOperator<CompetenceItem> change) {
        Checks.inRange("competence item number", 1, items().size(), number);
        List<CompetenceItem> items = new ArrayList<>(items());
        items.set(number - 1, change.apply(items.get(number - 1)));
        return ImmutableCompetenceRecord.builder().from(this).items(items).build();
    }

    /**
     * Returns the record as a table with the source's columns: 必要条件, 評価, 改善予定日, 改善内容,
     * 改善後評価, 改善確認日, led by the number; ratings as their numbers.
     *
     * @param locale Japanese or English headings, not null
     * @return the table, not null
     */
    public final ReportTable toTable(Locale locale) {
        return Column.table(COLUMNS, items(), locale);
    }
}
