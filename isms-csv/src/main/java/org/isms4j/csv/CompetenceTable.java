package org.isms4j.csv;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.records.competence.CompetenceItem;
import org.isms4j.records.competence.CompetenceRating;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.competence.ImprovementPlan;
import org.isms4j.records.leadership.IsmsRole;

/**
 * The competence record 力量確認表 (clause 7.2) of one person in one role as a CSV table, the
 * columns of {@link CompetenceRecord#toTable}: No, 必要条件, 評価, 改善予定日, 改善内容, 改善後評価,
 * 改善確認日, ratings as their numbers 1 - 5. The role and the person are the table's, not the
 * file's.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class CompetenceTable {

    /** The columns, as {@link CompetenceRecord#toTable} heads them. */
    enum Column implements VocabularyTerm {
        NUMBER("number", "No", "No"),
        REQUIREMENT("requirement", "必要条件", "requirement"),
        RATING("rating", "評価", "rating"),
        PLANNED_ON("planned_on", "改善予定日", "improvement date"),
        IMPROVEMENT("improvement", "改善内容", "improvement"),
        RE_RATING("re_rating", "改善後評価", "re-rating"),
        CONFIRMED_ON("confirmed_on", "改善確認日", "confirmation date");

        private final TermNames names;

        Column(String code, String japanese, String english) {
            this.names = TermNames.of(code, japanese, english);
        }

        @Override
        public TermNames names() {
            return names;
        }
    }

    private CompetenceTable() {}

    /**
     * Returns the table of one person's record in one role.
     *
     * @param role the role
     * @param person the person
     * @return the table
     */
    static CsvTable<CompetenceRecord> table(IsmsRole role, String person) {
        return new CsvTable<>("competence record", (record, locale) -> record.toTable(locale), Column.class,
                CsvTableReader.NO_EXTRA, in -> read(in, role, person));
    }

    private static CompetenceRecord read(CsvInput<Column> in, IsmsRole role, String person) throws IOException {
        CollectedRows<CompetenceItem> rows = new CollectedRows<>();
        while (in.next()) {
            int number = in.integer(Column.NUMBER, "competence item number", 0, Integer.MAX_VALUE);
            CompetenceRating rating = rating(in, Column.RATING);
            Optional<ImprovementPlan> plan = Optional.empty();
            if (!in.allEmpty(Column.PLANNED_ON, Column.IMPROVEMENT)) {
                LocalDate plannedOn = in.date(Column.PLANNED_ON, "improvement date");
                plan = Optional.of(in.core(Column.IMPROVEMENT,
                        () -> ImprovementPlan.of(plannedOn, in.cell(Column.IMPROVEMENT))));
            }
            Optional<CompetenceRating> reRating = in.cell(Column.RE_RATING).isEmpty() ? Optional.empty()
                    : Optional.of(rating(in, Column.RE_RATING));
            Optional<LocalDate> confirmedOn = in.optionalDate(Column.CONFIRMED_ON, "confirmation date");
            Optional<ImprovementPlan> improvement = plan;
            rows.add(in, in.core(null, () -> CompetenceItem.ofRecord(number, in.cell(Column.REQUIREMENT), rating,
                    improvement, reRating, confirmedOn)));
        }
        in.expectEnd();
        return rows.build(items -> CompetenceRecord.of(role, person, items));
    }

    /** A rating by its number, its scale 1 - 5 the core's. */
    private static CompetenceRating rating(CsvInput<Column> in, Column column) {
        int value = in.integer(column, "competence rating", 0, Integer.MAX_VALUE);
        return in.core(column, () -> CompetenceRating.of(value));
    }
}
