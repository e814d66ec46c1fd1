package org.isms4j.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.corrective.ActionStage;
import org.isms4j.records.corrective.ActionStep;
import org.isms4j.records.corrective.CauseEvaluation;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.corrective.NonconformityOrigin;

/**
 * Corrective actions 是正要求書兼回答書 (clause 10.2) as a CSV table, one row per recorded step of
 * each action in the form's order: No (the action's number), 段階 (the step's stage: 是正要求, 修正,
 * 評価・原因, 原因除去, 実施報告, 処置確認, 有効性確認済み), 部門, 発生源, 区分 and 規格 in the request's row,
 * 内容, 作成者, 承認者 and 日付 of each step, the three answers of the evaluation in its row and the
 * follow-up audit in the effectiveness review's, as はい / いいえ. Reading records the steps in the
 * rows' order, so that the action's state machine rejects a step out of order at its row.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class CorrectiveActionTable {

    /** The columns, in the table's order. */
    static final List<RecordColumn> COLUMNS = List.of(RecordColumn.NUMBER, RecordColumn.STAGE,
            RecordColumn.DEPARTMENT, RecordColumn.ORIGIN, RecordColumn.GRADE, RecordColumn.CLAUSE,
            RecordColumn.CONTENT, RecordColumn.AUTHOR, RecordColumn.APPROVER, RecordColumn.DATE,
            RecordColumn.SIMILAR_EXIST, RecordColumn.SIMILAR_COULD_OCCUR, RecordColumn.CAUSE_REMOVAL_NEEDED,
            RecordColumn.FOLLOW_UP_AUDIT);

    /** The columns of the request's row only. */
    private static final List<RecordColumn> REQUEST = List.of(RecordColumn.DEPARTMENT, RecordColumn.ORIGIN,
            RecordColumn.GRADE, RecordColumn.CLAUSE);
    /** The columns of the evaluation's row only. */
    private static final List<RecordColumn> EVALUATION = List.of(RecordColumn.SIMILAR_EXIST,
            RecordColumn.SIMILAR_COULD_OCCUR, RecordColumn.CAUSE_REMOVAL_NEEDED);

    /** An answer of the evaluation or the review: はい / yes, いいえ / no. */
    private enum Answer implements VocabularyTerm {
        YES("yes", "はい", "yes"),
        NO("no", "いいえ", "no");

        private final TermNames names;

        Answer(String code, String japanese, String english) {
            this.names = TermNames.of(code, japanese, english);
        }

        @Override
        public TermNames names() {
            return names;
        }

        static String cell(boolean value, Locale locale) {
            return (value ? YES : NO).getDisplayName(locale);
        }
    }

    /** The table. */
    static final CsvTable<List<CorrectiveAction>> TABLE = new CsvTable<>("corrective actions",
            CorrectiveActionTable::table, COLUMNS, CsvTableReader.NO_EXTRA, CorrectiveActionTable::read);

    private CorrectiveActionTable() {}

    static ReportTable table(List<CorrectiveAction> actions, Locale locale) {
        List<String> headings = new ArrayList<>();
        COLUMNS.forEach(column -> headings.add(column.getDisplayName(locale)));
        List<List<String>> rows = new ArrayList<>();
        for (CorrectiveAction action : actions) {
            List<String> request = step(action, ActionStage.REQUESTED, action.request(), locale);
            request.set(2, action.department());
            request.set(3, action.origin().getDisplayName(locale));
            request.set(4, action.grade().getDisplayName(locale));
            request.set(5, action.clause().toString());
            rows.add(request);
            action.correction().ifPresent(s -> rows.add(step(action, ActionStage.CORRECTED, s, locale)));
            action.evaluation().ifPresent(e -> {
                List<String> row = step(action, ActionStage.EVALUATED, e.cause(), locale);
                row.set(10, Answer.cell(e.similarExist(), locale));
                row.set(11, Answer.cell(e.similarCouldOccur(), locale));
                row.set(12, Answer.cell(e.causeRemovalNeeded(), locale));
                rows.add(row);
            });
            action.causeRemoval().ifPresent(s -> rows.add(step(action, ActionStage.CAUSE_REMOVAL_PLANNED, s, locale)));
            action.implementation().ifPresent(s -> rows.add(step(action, ActionStage.IMPLEMENTED, s, locale)));
            action.confirmation().ifPresent(s -> rows.add(step(action, ActionStage.CONFIRMED, s, locale)));
            action.effectiveness().ifPresent(s -> {
                List<String> row = step(action, ActionStage.CLOSED, s, locale);
                row.set(13, Answer.cell(action.followUpAuditNeeded().orElseThrow(), locale));
                rows.add(row);
            });
        }
        return ReportTable.of(headings, rows);
    }

    /** A step's row, the cells of the other steps empty. */
    private static List<String> step(CorrectiveAction action, ActionStage stage, ActionStep step, Locale locale) {
        return new ArrayList<>(List.of(action.number(), stage.getDisplayName(locale), "", "", "", "",
                step.content(), step.author(), step.approver(), step.date().toString(), "", "", "", ""));
    }

    static List<CorrectiveAction> read(CsvInput<RecordColumn> in) throws IOException {
        List<CorrectiveAction> actions = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        CorrectiveAction action = null;
        while (in.next()) {
            String number = in.cell(RecordColumn.NUMBER);
            ActionStage stage = in.term(RecordColumn.STAGE, in.cell(RecordColumn.STAGE), "corrective action stage",
                    ActionStage.values());
            only(in, REQUEST, stage == ActionStage.REQUESTED);
            only(in, EVALUATION, stage == ActionStage.EVALUATED);
            only(in, List.of(RecordColumn.FOLLOW_UP_AUDIT), stage == ActionStage.CLOSED);
            ActionStep step = in.core(null, () -> ActionStep.of(in.cell(RecordColumn.CONTENT),
                    in.cell(RecordColumn.AUTHOR), in.cell(RecordColumn.APPROVER), in.date(RecordColumn.DATE, "date")));
            if (stage == ActionStage.REQUESTED) {
                if (!numbers.add(number)) {
                    throw in.error(RecordColumn.NUMBER, CsvText.format("Duplicate corrective action number: '%s'",
                            CsvInput.quote(number)));
                }
                action = request(in, number, step);
                actions.add(action);
                continue;
            }
            if (action == null || !action.number().equals(number)) {
                throw in.error(RecordColumn.NUMBER, CsvText.format("Invalid value for corrective action number (the "
                        + "rows of an action follow its %s row%s): '%s'", ActionStage.REQUESTED.names().japanese(),
                        action == null ? "" : ", those of '" + CsvInput.quote(action.number()) + "'",
                        CsvInput.quote(number)));
            }
            CorrectiveAction before = action;
            action = in.core(RecordColumn.STAGE, () -> record(in, before, stage, step));
            actions.set(actions.size() - 1, action);
        }
        return List.copyOf(actions);
    }

    private static CorrectiveAction request(CsvInput<RecordColumn> in, String number, ActionStep step) {
        NonconformityOrigin origin = in.term(RecordColumn.ORIGIN, in.cell(RecordColumn.ORIGIN), "nonconformity origin",
                NonconformityOrigin.values());
        FindingGrade grade = in.term(RecordColumn.GRADE, in.cell(RecordColumn.GRADE), "finding grade",
                FindingGrade.values());
        Clause clause = in.core(RecordColumn.CLAUSE, () -> Clause.parse(in.cell(RecordColumn.CLAUSE)));
        return in.core(null, () -> CorrectiveAction.of(number, in.cell(RecordColumn.DEPARTMENT), origin, grade, clause,
                step));
    }

    private static CorrectiveAction record(CsvInput<RecordColumn> in, CorrectiveAction action, ActionStage stage,
            ActionStep step) {
        return switch (stage) {
            case CORRECTED -> action.corrected(step);
            case EVALUATED -> action.evaluated(CauseEvaluation.of(answer(in, RecordColumn.SIMILAR_EXIST),
                    answer(in, RecordColumn.SIMILAR_COULD_OCCUR), answer(in, RecordColumn.CAUSE_REMOVAL_NEEDED), step));
            case CAUSE_REMOVAL_PLANNED -> action.causeRemovalPlanned(step);
            case IMPLEMENTED -> action.implemented(step);
            case CONFIRMED -> action.confirmed(step);
            case CLOSED -> action.reviewed(step, answer(in, RecordColumn.FOLLOW_UP_AUDIT));
            case REQUESTED -> throw new AssertionError(stage);
        };
    }

    private static boolean answer(CsvInput<RecordColumn> in, RecordColumn column) {
        return in.term(column, in.cell(column), column.names().english(), Answer.values()) == Answer.YES;
    }

    /** Fails if a row not of the stage that has the columns fills one. */
    private static void only(CsvInput<RecordColumn> in, List<RecordColumn> columns, boolean rowOfThem) {
        if (rowOfThem) {
            return;
        }
        for (RecordColumn column : columns) {
            if (!in.cell(column).isEmpty()) {
                throw in.error(column, CsvText.format("Invalid value for %s (empty but in the row of the %s step): '%s'",
                        column.names().english(), columns == REQUEST ? "request" : columns == EVALUATION
                                ? "cause evaluation" : "effectiveness review", CsvInput.quote(in.cell(column))));
            }
        }
    }
}
