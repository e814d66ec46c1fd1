package org.isms4j.csv;

import java.io.IOException;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
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

    /** The columns, in the table's order. */
    static final List<RecordColumn> COLUMNS = List.of(RecordColumn.NUMBER, RecordColumn.REQUIREMENT,
            RecordColumn.RATING, RecordColumn.PLANNED_ON, RecordColumn.IMPROVEMENT, RecordColumn.RE_RATING,
            RecordColumn.CONFIRMED_ON);

    private CompetenceTable() {}

    /**
     * Returns the table of one person's record in one role.
     *
     * @param role the role
     * @param person the person
     * @return the table
     */
    static CsvTable<CompetenceRecord> table(IsmsRole role, String person) {
        return new CsvTable<>("competence record", (record, locale) -> record.toTable(locale), COLUMNS,
                CsvTableReader.NO_EXTRA, in -> read(in, role, person));
    }

    private static CompetenceRecord read(CsvInput<RecordColumn> in, IsmsRole role, String person) throws IOException {
        CollectedRows<CompetenceItem> rows = new CollectedRows<>();
        while (in.next()) {
            int number = in.integer(RecordColumn.NUMBER, "competence item number", 0, Integer.MAX_VALUE);
            CompetenceRating rating = rating(in, RecordColumn.RATING);
            Optional<ImprovementPlan> plan = Optional.empty();
            if (!in.allEmpty(RecordColumn.PLANNED_ON, RecordColumn.IMPROVEMENT)) {
                LocalDate plannedOn = in.date(RecordColumn.PLANNED_ON, "improvement date");
                plan = Optional.of(in.core(RecordColumn.IMPROVEMENT,
                        () -> ImprovementPlan.of(plannedOn, in.cell(RecordColumn.IMPROVEMENT))));
            }
            Optional<CompetenceRating> reRating = in.cell(RecordColumn.RE_RATING).isEmpty() ? Optional.empty()
                    : Optional.of(rating(in, RecordColumn.RE_RATING));
            Optional<LocalDate> confirmedOn = in.optionalDate(RecordColumn.CONFIRMED_ON, "confirmation date");
            Optional<ImprovementPlan> improvement = plan;
            rows.add(in, in.core(null, () -> CompetenceItem.ofRecord(number, in.cell(RecordColumn.REQUIREMENT), rating,
                    improvement, reRating, confirmedOn)));
        }
        return rows.build(items -> CompetenceRecord.of(role, person, items));
    }

    /** A rating by its number, its scale 1 - 5 the core's. */
    private static CompetenceRating rating(CsvInput<RecordColumn> in, RecordColumn column) {
        int value = in.integer(column, "competence rating", 0, Integer.MAX_VALUE);
        return in.core(column, () -> CompetenceRating.of(value));
    }
}
