package org.isms4j.csv;

import java.util.List;
import java.util.Objects;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.communication.CommunicationPlan;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.leadership.IsmsRole;
import org.isms4j.records.operation.AnnualPlan;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.training.TrainingRecord;

/**
 * The CSV tables of the ISMS records (isms-records), read and written by
 * {@link IsmsCsv#read(CsvTable, String)} and {@link IsmsCsv#write(CsvTable, Object)}: each the
 * record's report table, headings in Japanese or English in the source's column order. A record
 * whose table holds only part of it (the findings of an audit report, the attendees of a
 * training record) has a factory taking the rest, which reading keeps.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.List;
 * import org.isms4j.records.document.*;
 *
 * DocumentRegister register = DocumentRegister.of(List.of(DocumentedInformation.of(DocumentNumber.parse("A-01"),
 *         "ISMS適用範囲", "佐藤", "山田", LocalDate.of(2023, 4, 3), "キャビネット")));
 * String csv = IsmsCsv.japanese().write(RecordTables.DOCUMENT_REGISTER, register);
 * System.out.print(csv);
 * System.out.println(IsmsCsv.japanese().read(RecordTables.DOCUMENT_REGISTER, csv).equals(register));
 * // prints: 文書番号,文書の種類,文書名,作成者,承認者,作成日,改訂日,版,保管
 * // prints: A-01,基本文書,ISMS適用範囲,佐藤,山田,2023-04-03,,1,キャビネット
 * // prints: true
 * }</pre>
 *
 * <p>Reading is as strict as {@link IsmsCsv}'s other tables: every rule of the record's factory,
 * every derived cell checked, each failure an {@link IsmsCsvException} at its row and, where one
 * cell's value broke it, its column. A rule across rows, such as a duplicate document number, is
 * reported at the first row that breaks it.
 *
 * <p>This class is thread-safe.
 */
public final class RecordTables {

    /**
     * The communication plan (7.4): 内容 content, 実施時期 timing, 対象者 audience, 実施者 communicator,
     * 方法 method, several methods joined by {@code "; "} (writing fails with {@link IsmsException}
     * for a method that holds it).
     */
    public static final CsvTable<CommunicationPlan> COMMUNICATION_PLAN = CommunicationTable.TABLE;

    /**
     * The documented-information register (7.5): 文書番号 number, 文書の種類 kind (derived from the
     * number), 文書名 title, 作成者 author, 承認者 approver, 作成日 created, 改訂日 revised, 版 edition,
     * 保管 storage.
     */
    public static final CsvTable<DocumentRegister> DOCUMENT_REGISTER = DocumentRegisterTable.TABLE;

    /**
     * The annual plan (8.1): No (the clause), 実施事項 activity, 文書名 documents joined by
     * {@code "; "}, then one column per week headed by its Monday ({@code 2023-05-15}), ● where the
     * activity is scheduled.
     */
    public static final CsvTable<AnnualPlan> ANNUAL_PLAN = AnnualPlanTable.TABLE;

    /**
     * Corrective actions 是正要求書兼回答書 (10.2), one row per recorded step of each action in the
     * form's order: No (the action's number), 段階 stage (是正要求 requested, 修正 correction planned,
     * 評価・原因 cause evaluated, 原因除去 cause removal planned, 実施報告 implemented, 処置確認 confirmed,
     * 有効性確認済み closed), 部門 department, 発生源 origin, 区分 grade and 規格 clause in the request's
     * row, 内容 content, 作成者 author, 承認者 approver and 日付 date of the step, 類似の不適合 similar
     * nonconformities exist, 発生の可能性 similar could occur and 原因除去の要否 cause removal needed in
     * the evaluation's row, フォローアップ監査 follow-up audit in the closing review's, as はい / いいえ
     * (yes / no). Reading records each action's steps in the rows' order, so that one recorded before
     * the step it depends on fails at its row.
     */
    public static final CsvTable<List<CorrectiveAction>> CORRECTIVE_ACTIONS = CorrectiveActionTable.TABLE;

    private RecordTables() {}

    /**
     * Returns the table of a competence record 力量確認表 (7.2) of one person in one role: No,
     * 必要条件 requirement, 評価 rating (1 - 5), 改善予定日 improvement date, 改善内容 improvement,
     * 改善後評価 re-rating, 改善確認日 confirmation date. The record read has the role and person
     * given here; the appointment follows from the items.
     *
     * @param role the role, not null
     * @param person the person, not blank
     * @return the table, not null
     * @throws IsmsException if the person is blank
     */
    public static CsvTable<CompetenceRecord> competence(IsmsRole role, String person) {
        Objects.requireNonNull(role, "role");
        return CompetenceTable.table(role, Checks.notBlank("person", person));
    }

    /**
     * Returns the table of a training record's attendees 教育受講者一覧 (7.2): No (1, 2, …), 所属
     * department, 氏名 name, 受講日 date attended, 確認テスト test (the scores of the sittings, derived
     * and checked). The record read is the course's with the table's attendees, and the course's
     * comprehension test and sittings, which the attendees must still allow.
     *
     * @param course the training record the attendees attended, not null
     * @return the table, not null
     */
    public static CsvTable<TrainingRecord> attendees(TrainingRecord course) {
        return AttendeeTable.table(Objects.requireNonNull(course, "course"));
    }

    /**
     * Returns the table of an internal audit report's findings (9.2): 区分 grade, No, 規格 clause,
     * 部門 department, 内容 content, フォローアップ follow-up. The report read is the given report's
     * plan, checklist, summary and date with the table's findings, each concerning an audited
     * department.
     *
     * @param report the audit report, not null
     * @return the table, not null
     */
    public static CsvTable<AuditReport> auditFindings(AuditReport report) {
        return FindingTable.table(Objects.requireNonNull(report, "report"));
    }

    /**
     * Returns the table of a management review's inputs and outputs (9.3): 区分 part (インプット input
     * / アウトプット output), 項目 item (a – g of 9.3.2, 1 and 2 of 9.3.3), 事項 subject (derived),
     * 内容 content, empty for one not yet reported. The review read is the given review's date
     * and attendees with the table's inputs and outputs.
     *
     * @param review the review, not null
     * @return the table, not null
     */
    public static CsvTable<ManagementReview> managementReview(ManagementReview review) {
        return ReviewTable.table(Objects.requireNonNull(review, "review"));
    }
}
