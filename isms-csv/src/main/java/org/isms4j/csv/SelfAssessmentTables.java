package org.isms4j.csv;

import java.util.Objects;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSet;

/**
 * The CSV tables of the LV.2 self-assessment, read and written by
 * {@link IsmsCsv#read(CsvTable, String)} and {@link IsmsCsv#write(CsvTable, Object)}.
 * <pre>{@code
 * CsvTable<AnswerSheet> table = SelfAssessmentTables.answerSheet(QuestionSets.selfAssessmentPart1());
 * AnswerSheet sheet = IsmsCsv.japanese().read(table, Path.of("sheet.csv"));
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
