package org.isms4j.csv;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isms4j.core.Checks;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.selfassessment.Answer;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionSet;

/**
 * An answer sheet 回答 of the LV.2 self-assessment as a CSV table a respondent fills in a
 * spreadsheet: one row per question, No, 診断内容 (the question's text, to read, not to change),
 * 回答 (the answer's name in the table's language, or its code), and 回答者, 部署 and 回答日 filled
 * in the first row only. Reading needs the question set; the core rejects a skipped, repeated or
 * off-scale answer naming the question, at its row.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class AnswerSheetTable {

    /** The columns, in the table's order. */
    static final List<RecordColumn> COLUMNS = List.of(RecordColumn.NUMBER, RecordColumn.QUESTION, RecordColumn.ANSWER,
            RecordColumn.RESPONDENT, RecordColumn.RESPONDENT_DEPARTMENT, RecordColumn.ANSWERED);

    private AnswerSheetTable() {}

    /**
     * Returns the table of the sheets of a question set.
     *
     * @param set the question set
     * @return the table
     */
    static CsvTable<AnswerSheet> table(QuestionSet set) {
        return new CsvTable<>("answer sheet", AnswerSheetTable::table, COLUMNS, CsvTableReader.NO_EXTRA,
                in -> read(in, set));
    }

    /** The sheet as its table: the sheet's answers in the order of its set's questions. */
    static ReportTable table(AnswerSheet sheet, Locale locale) {
        List<String> headings = new ArrayList<>();
        for (RecordColumn column : COLUMNS) {
            headings.add(column.getDisplayName(locale));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Question question : sheet.questionSet().questions()) {
            Answer answer = sheet.answerTo(question.number());
            String name = answer.getDisplayName(locale);
            String cell = resolve(sheet.questionSet(), question.number(), name).filter(answer::equals).isPresent()
                    ? name : answer.code();
            boolean first = rows.isEmpty();
            rows.add(List.of(Integer.toString(question.number()), question.text(locale), cell,
                    first ? sheet.respondent() : "", first ? sheet.department() : "",
                    first ? sheet.answered().toString() : ""));
        }
        return ReportTable.of(headings, rows);
    }

    private static AnswerSheet read(CsvInput<RecordColumn> in, QuestionSet set) throws IOException {
        AnswerSheet.SheetBuilder builder = null;
        while (in.next()) {
            if (builder == null) {
                String respondent = in.core(RecordColumn.RESPONDENT,
                        () -> Checks.notBlank("respondent", in.cell(RecordColumn.RESPONDENT)));
                String department = in.core(RecordColumn.RESPONDENT_DEPARTMENT,
                        () -> Checks.notBlank("department", in.cell(RecordColumn.RESPONDENT_DEPARTMENT)));
                LocalDate answered = in.date(RecordColumn.ANSWERED, "date answered");
                builder = in.core(null, () -> AnswerSheet.builder(set, respondent, department, answered));
            } else {
                for (RecordColumn column : List.of(RecordColumn.RESPONDENT, RecordColumn.RESPONDENT_DEPARTMENT,
                        RecordColumn.ANSWERED)) {
                    if (!in.cell(column).isEmpty()) {
                        throw in.error(column, CsvText.format("Invalid value for %s (given in the first row only, "
                                + "empty after): '%s'", column.names().english(), CsvInput.quote(in.cell(column))));
                    }
                }
            }
            int number = in.integer(RecordColumn.NUMBER, "question number", 0, Integer.MAX_VALUE);
            Question question = in.core(RecordColumn.NUMBER, () -> set.partOf(number).questions().stream()
                    .filter(q -> q.number() == number).findFirst().orElseThrow());
            String text = in.cell(RecordColumn.QUESTION);
            if (!text.equals(question.text(Locale.JAPANESE)) && !text.equals(question.text(Locale.ENGLISH))) {
                throw in.error(RecordColumn.QUESTION, CsvText.format(
                        "Invalid value for question text (question %d reads '%s'): '%s'", number,
                        CsvInput.quote(question.text(Locale.JAPANESE)), CsvInput.quote(text)));
            }
            String cell = in.cell(RecordColumn.ANSWER);
            String code = resolve(set, number, cell).map(Answer::code).orElse(cell);
            AnswerSheet.SheetBuilder sheet = builder;
            in.core(RecordColumn.ANSWER, () -> sheet.answer(number, code));
        }
        if (builder == null) {
            throw new IsmsCsvException(0, null, CsvText.format("Invalid answer sheet: it has no row; the first names "
                    + "the respondent, the department and the date answered, and answers question %d",
                    set.questions().get(0).number()), null);
        }
        try {
            return builder.build();
        } catch (org.isms4j.core.IsmsException e) {
            throw new IsmsCsvException(0, null, e.getMessage(), e);
        }
    }

    /**
     * The answer a cell names for a question: the one with that code, else the only one with that
     * Japanese or English name; empty when none (the core then rejects the cell as a code).
     */
    private static Optional<Answer> resolve(QuestionSet set, int number, String text) {
        List<Answer> answers = new ArrayList<>(set.scaleOf(number).answers());
        set.notApplicable().ifPresent(n -> answers.add(Answer.notApplicable()));
        for (Answer answer : answers) {
            if (answer.code().equals(text)) {
                return Optional.of(answer);
            }
        }
        List<Answer> named = new ArrayList<>();
        for (Answer answer : answers) {
            if (answer.names().japanese().equals(text) || answer.names().english().equals(text)) {
                named.add(answer);
            }
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
