package org.isms4j.csv;

import java.util.Objects;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSet;

/**
 * The CSV tables of the LV.2 self-assessment, read and written by
 * {@link IsmsCsv#read(CsvTable, String)} and {@link IsmsCsv#write(CsvTable, Object)}.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.Map;
 * import org.isms4j.core.selfassessment.*;
 *
 * QuestionSet set = QuestionSets.selfAssessmentPart1();
 * CsvTable<AnswerSheet> table = SelfAssessmentTables.answerSheet(set);
 * AnswerSheet sheet = AnswerSheet.of(set, "山田", "本社", LocalDate.of(2024, 4, 1), Map.of(
 *         1, "implemented", 2, "partly_implemented", 3, "implemented", 4, "not_implemented", 5, "unknown"));
 * String csv = IsmsCsv.japanese().write(table, sheet);
 * System.out.println(csv.lines().findFirst().get());
 * System.out.println(IsmsCsv.japanese().read(table, csv.replace(",一部実施している,", ",実施している,")).result().total());
 * // prints: No,診断内容,回答,回答者,部署,回答日
 * // prints: 11
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class SelfAssessmentTables {

    private SelfAssessmentTables() {}

    /**
     * Returns the table of an answer sheet 回答 of a question set, for a respondent to fill in a
     * spreadsheet: one row per question, No, 診断内容 question (its text, checked on reading
     * against the question's Japanese or English text), 回答 answer (written as its name in the
     * table's language, read as its code or its Japanese or English name), and 回答者 respondent,
     * 部署 department and 回答日 date answered in the first row only. The core rejects an unknown
     * question, an answer off the question's scale, and a repeated answer at the question's row,
     * a question without a row at the table.
     *
     * @param set the question set of the sheets, not null
     * @return the table, not null
     */
    public static CsvTable<AnswerSheet> answerSheet(QuestionSet set) {
        return AnswerSheetTable.table(Objects.requireNonNull(set, "set"));
    }
}
