package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isms4j.testkit.BadInput.thrown;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.records.communication.Communication;
import org.isms4j.records.communication.CommunicationPlan;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.corrective.ActionStep;
import org.isms4j.records.corrective.CauseEvaluation;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.corrective.NonconformityOrigin;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.leadership.IsmsRole;
import org.isms4j.records.operation.AnnualPlan;
import org.isms4j.records.operation.PlannedActivity;
import org.isms4j.records.Clause;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.review.ReviewInput;
import org.isms4j.records.review.ReviewOutput;
import org.isms4j.records.training.TrainingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ISMS records' CSV tables: their bytes, round trips in both languages, and bad input at its cell. */
class RecordTablesTest {

    private static final IsmsCsv JA = IsmsCsv.japanese();
    private static final IsmsCsv EN = IsmsCsv.english();
    private static final CompetenceRecord COMPETENCE = ExampleCompany.departmentHeadCompetenceAfterTraining();
    private static final CsvTable<CompetenceRecord> COMPETENCE_TABLE = RecordTables.competence(COMPETENCE.role(),
            COMPETENCE.person());
    private static final TrainingRecord TRAINING = ExampleCompany.trainingRecordWithTests();
    private static final ManagementReview REVIEW = ManagementReview.of(LocalDate.of(2024, 3, 15),
            List.of(ExampleCompany.TOP, ExampleCompany.CHAIR))
            .withInput(ReviewInput.AUDIT_RESULTS, "軽微な不適合1件、観察事項2件")
            .withInput(ReviewInput.NONCONFORMITIES, "是正処置は完了")
            .withOutput(ReviewOutput.CHANGES, "情報セキュリティ方針を当社HPに公表する");

    private static final LocalDate DAY = LocalDate.of(2024, 2, 21);
    /** The audit's minor nonconformity, corrected, its cause removed and the action closed; a second one only requested. */
    private static final List<CorrectiveAction> ACTIONS = List.of(
            CorrectiveAction.of("24-01", "総務部", NonconformityOrigin.INTERNAL_AUDIT, FindingGrade.MINOR_NONCONFORMITY,
                    Clause.parse("5.2"), step("方針を利害関係者が入手できない", DAY))
                    .corrected(step("方針を当社HPに公開する", DAY.plusDays(1)))
                    .evaluated(CauseEvaluation.of(false, true, true, step("公開手順が未整備", DAY.plusDays(2))))
                    .causeRemovalPlanned(step("公開手順を文書化する", DAY.plusDays(3)))
                    .implemented(step("HPに公開、手順書C-01を改訂", DAY.plusDays(10)))
                    .confirmed(step("公開を確認", DAY.plusDays(11)))
                    .reviewed(step("有効と判断", DAY.plusDays(40)), false),
            CorrectiveAction.of("24-02", "管理部", NonconformityOrigin.INCIDENT, FindingGrade.OBSERVATION,
                    Clause.parse("7.3"), step("教育の終了", DAY)));

    private static ActionStep step(String content, LocalDate date) {
        return ActionStep.of(content, ExampleCompany.AUDIT_LEAD, ExampleCompany.CHAIR, date);
    }

    /** Each table with its example record: the table, the record, and the table's name. */
    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(RecordTables.COMMUNICATION_PLAN, ExampleCompany.communication(), "communication plan"),
                arguments(RecordTables.DOCUMENT_REGISTER, ExampleCompany.documents(),
                        "documented-information register"),
                arguments(RecordTables.ANNUAL_PLAN, ExampleCompany.annualPlan(), "annual plan"),
                arguments(COMPETENCE_TABLE, COMPETENCE, "competence record"),
                arguments(RecordTables.competence(IsmsRole.DEPARTMENT_HEAD, ExampleCompany.SALES_HEAD),
                        ExampleCompany.departmentHeadCompetence(), "competence record"),
                arguments(RecordTables.attendees(TRAINING), TRAINING, "training attendees"),
                arguments(RecordTables.attendees(ExampleCompany.trainingRecord()), ExampleCompany.trainingRecord(),
                        "training attendees"),
                arguments(RecordTables.auditFindings(ExampleCompany.auditReport()), ExampleCompany.auditReport(),
                        "audit findings"),
                arguments(RecordTables.managementReview(REVIEW), REVIEW, "management review"),
                arguments(RecordTables.CORRECTIVE_ACTIONS, ACTIONS, "corrective actions"),
                arguments(RecordTables.CORRECTIVE_ACTIONS, List.of(), "corrective actions"));
    }

    @Test
    void correctiveActions_oneRowPerStep_theRequestsCellsInItsRow() {
        String[] rows = JA.write(RecordTables.CORRECTIVE_ACTIONS, ACTIONS).split("\r\n");
        assertThat(rows).hasSize(9);
        assertThat(rows[0]).isEqualTo("No,段階,部門,発生源,区分,規格,内容,作成者,承認者,日付,類似の不適合,発生の可能性,原因除去の要否,"
                + "フォローアップ監査");
        assertThat(rows[1]).isEqualTo("24-01,是正要求,総務部,内部監査における指摘事項,軽微な不適合,5.2,方針を利害関係者が入手できない,"
                + "\"鈴木 一郎\",\"佐藤 花子\",2024-02-21,,,,");
        assertThat(rows[3]).endsWith(",2024-02-23,いいえ,はい,はい,");
        assertThat(rows[7]).startsWith("24-01,有効性確認済み,").endsWith(",2024-04-01,,,,いいえ");
        assertThat(EN.write(RecordTables.CORRECTIVE_ACTIONS, ACTIONS).split("\r\n")[3]).contains(",\"cause evaluated\",")
                .endsWith(",no,yes,yes,");
    }

    @ParameterizedTest
    @MethodSource("examples")
    <T> void everyTable_readsBackEqual_inBothLanguages_andWithAByteOrderMark(CsvTable<T> table, T record,
            String name) {
        assertThat(table.name()).isEqualTo(name).isEqualTo(table.toString());
        for (IsmsCsv csv : new IsmsCsv[] {JA, EN, JA.withByteOrderMark()}) {
            String written = csv.write(table, record);
            assertThat(csv.read(table, written)).isEqualTo(record);
            assertThat(JA.read(table, written)).as("read whatever the reader's language").isEqualTo(record);
        }
    }

    @Test
    void communicationPlan_isTheRecordsTable_methodsJoinedBySemicolons() {
        String csv = JA.write(RecordTables.COMMUNICATION_PLAN, ExampleCompany.communication());
        assertThat(csv).startsWith("内容,実施時期,対象者,実施者,方法\r\n"
                + "情報セキュリティ方針の伝達,随時,利害関係者,トップマネジメント（ISMS事務局）,\"外部：当社HPに公表; 内部：ISMS定期教育にて; "
                + "内部：当社HPに公表; 内部：社内掲示\"\r\n");
        assertThat(EN.write(RecordTables.COMMUNICATION_PLAN, ExampleCompany.communication()))
                .startsWith("content,timing,audience,communicator,method\r\n");
    }

    @Test
    void communicationPlan_aMethodHoldingTheSeparator_isNotWritten() {
        CommunicationPlan plan = CommunicationPlan.of(List.of(Communication.of("方針", "随時", "全員", "事務局",
                List.of("メール; 掲示"))));
        assertThatThrownBy(() -> JA.write(RecordTables.COMMUNICATION_PLAN, plan))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Cannot write as CSV: method 'メール; 掲示' of communication 1 holds '; ', which separates "
                        + "the values of its cell");
    }

    @Test
    void documentRegister_pinsTheSourcesColumns_andTheExternalDocument() {
        String csv = JA.write(RecordTables.DOCUMENT_REGISTER, ExampleCompany.documents());
        assertThat(csv).startsWith("文書番号,文書の種類,文書名,作成者,承認者,作成日,改訂日,版,保管\r\n"
                + "A-01,基本文書,ISMS適用範囲,\"佐藤 花子\",\"山田 太郎\",2023-04-03,,1,ISMS事務局キャビネット\r\n");
        assertThat(csv).endsWith("\r\n,外部文書,\"ISO/IEC 27001:2022\",ISO/IEC,,2022-10-25,,1,ISMS事務局キャビネット\r\n");
    }

    @Test
    void annualPlan_hasAColumnPerWeek_readInAnyOrder() {
        AnnualPlan plan = AnnualPlan.of(List.of(PlannedActivity.of(Clause.parse("6.1"), "リスクアセスメントの実施",
                List.of("資産目録", "リスクアセスメント結果報告書"), List.of(LocalDate.of(2023, 5, 15), LocalDate.of(2023, 5, 22)))));
        String csv = JA.write(RecordTables.ANNUAL_PLAN, plan);
        assertThat(csv).isEqualTo("No,実施事項,文書名,2023-05-15,2023-05-22\r\n"
                + "6.1,リスクアセスメントの実施,\"資産目録; リスクアセスメント結果報告書\",●,●\r\n");
        assertThat(JA.read(RecordTables.ANNUAL_PLAN, "2023-05-22,文書名,No,実施事項,2023-05-29\r\n"
                + "●,資産目録; リスクアセスメント結果報告書,6.1,リスクアセスメントの実施,\r\n"))
                .isEqualTo(AnnualPlan.of(List.of(PlannedActivity.of(Clause.parse("6.1"), "リスクアセスメントの実施",
                        List.of("資産目録", "リスクアセスメント結果報告書"), List.of(LocalDate.of(2023, 5, 22))))));
    }

    @Test
    void competence_readsTheRoleAndPersonOfItsTable_andComputesTheAppointment() {
        String csv = JA.write(COMPETENCE_TABLE, ExampleCompany.departmentHeadCompetence());
        assertThat(csv).startsWith("No,必要条件,評価,改善予定日,改善内容,改善後評価,改善確認日\r\n"
                + "1,\"情報セキュリティ基本方針および社内の規程、基準などに精通していること\",2,2023-09-29,ISMS構築作業を通して獲得,,\r\n");
        CompetenceRecord read = JA.read(COMPETENCE_TABLE, csv);
        assertThat(read.role()).isEqualTo(IsmsRole.DEPARTMENT_HEAD);
        assertThat(read.person()).isEqualTo("中村 誠");
        assertThat(read.appointment().name()).isEqualTo("B");
        assertThat(JA.read(COMPETENCE_TABLE, JA.write(COMPETENCE_TABLE, COMPETENCE)).appointment().name())
                .isEqualTo("A");
    }

    @Test
    void competence_aBlankPersonOrNullRole_isRejected() {
        assertThatThrownBy(() -> RecordTables.competence(IsmsRole.DEPARTMENT_HEAD, " "))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid value for person (must not be blank): ' '");
        assertThatThrownBy(() -> RecordTables.competence(null, "x")).isInstanceOf(NullPointerException.class)
                .hasMessage("role");
    }

    @Test
    void attendees_theTestColumnShowsTheSittings() {
        assertThat(JA.write(RecordTables.attendees(TRAINING), TRAINING)).isEqualTo("No,所属,氏名,受講日,確認テスト\r\n"
                + "1,営業,\"中村 誠\",2023-10-05,\"90, 100 (2023-10-12)\"\r\n"
                + "2,管理,\"小林 恵\",2023-10-06,\"100 (2023-10-06)\"\r\n");
    }

    @Test
    void auditFindings_andReview_pinTheirHeadings() {
        assertThat(JA.write(RecordTables.auditFindings(ExampleCompany.auditReport()), ExampleCompany.auditReport()))
                .startsWith("区分,No,規格,部門,内容,フォローアップ\r\n軽微な不適合,1,5.2,総務部,");
        assertThat(EN.write(RecordTables.managementReview(REVIEW), REVIEW))
                .startsWith("part,item,subject,content\r\ninput,a,\"status of actions from previous reviews\",\r\n");
    }

    // ---------------------------------------------------------------- bad input, at its row and column

    private static final String COMMUNICATION = JA.write(RecordTables.COMMUNICATION_PLAN, ExampleCompany.communication());
    private static final String DOCUMENTS = JA.write(RecordTables.DOCUMENT_REGISTER, ExampleCompany.documents());
    private static final String ANNUAL = JA.write(RecordTables.ANNUAL_PLAN, ExampleCompany.annualPlan());
    private static final String ITEMS = JA.write(COMPETENCE_TABLE, COMPETENCE);
    private static final String ATTENDEES = JA.write(RecordTables.attendees(TRAINING), TRAINING);
    private static final String FINDINGS = JA.write(RecordTables.auditFindings(ExampleCompany.auditReport()),
            ExampleCompany.auditReport());
    private static final String REVIEW_CSV = JA.write(RecordTables.managementReview(REVIEW), REVIEW);
    private static final String ACTIONS_CSV = JA.write(RecordTables.CORRECTIVE_ACTIONS, ACTIONS);

    /** A table with the first occurrence of a snippet replaced. */
    private static String first(String csv, String text, String replacement) {
        assertThat(csv).contains(text);
        int at = csv.indexOf(text);
        return csv.substring(0, at) + replacement + csv.substring(at + text.length());
    }

    static Stream<Arguments> badTables() {
        return Stream.of(
                arguments(RecordTables.COMMUNICATION_PLAN, first(COMMUNICATION, ",随時,", ", ,"),
                        "row 2: Invalid value for timing (must not be blank): ' '"),
                arguments(RecordTables.COMMUNICATION_PLAN, first(COMMUNICATION, "外部：当社HPに公表; ", "; "),
                        "row 2: Invalid value for method (must not be blank): ''"),
                arguments(RecordTables.COMMUNICATION_PLAN, "内容,実施時期,対象者,実施者\r\n",
                        "row 1: Missing column: '方法'"),
                arguments(RecordTables.DOCUMENT_REGISTER, first(DOCUMENTS, "A-02,", "A-01,"),
                        "row 3: Invalid documented-information register: duplicate document number 'A-01'"),
                arguments(RecordTables.DOCUMENT_REGISTER, first(DOCUMENTS, "B-01,", "B-02,"),
                        "row 6, column 文書番号: Invalid value for document number (valid values A-01 - A-99, B-01, C-01 - C-99, "
                                + "D-01 - D-99): 'B-02'"),
                arguments(RecordTables.DOCUMENT_REGISTER, first(DOCUMENTS, "A-01,基本文書", "A-01,記録類"),
                        "row 2, column 文書の種類: Invalid value for document kind (document A-01 is '基本文書' / 'basic "
                                + "document'): '記録類'"),
                arguments(RecordTables.DOCUMENT_REGISTER, first(DOCUMENTS, "2023-04-03,,1,", "2023-04-03,,2,"),
                        "row 2: Invalid document 'ISMS適用範囲': edition 2 has a revision date (none given)"),
                arguments(RecordTables.DOCUMENT_REGISTER, first(DOCUMENTS, "2023-04-03,,1,", "2023-4-3,,1,"),
                        "row 2, column 作成日: Invalid value for created (a date yyyy-MM-dd): '2023-4-3'"),
                arguments(RecordTables.ANNUAL_PLAN, first(ANNUAL, "2023-05-08", "2023-05-09"),
                        "row 2: Invalid value for scheduled week (the Monday of the week): 2023-05-09, a tuesday"),
                arguments(RecordTables.ANNUAL_PLAN, first(ANNUAL, "●", "x"),
                        "row 2, column 2023-05-08: Invalid value for scheduled week (● when scheduled, else empty): 'x'"),
                arguments(RecordTables.ANNUAL_PLAN, first(ANNUAL, "2023-05-15", "2023-05-08"),
                        "row 1, column 2023-05-08: Duplicate column: '2023-05-08'"),
                arguments(RecordTables.ANNUAL_PLAN, first(ANNUAL, "\r\n6.1,", "\r\n11.1,"),
                        "row 2, column No: Unknown ISO/IEC 27001 clause: '11.1' (valid values 4 - 10, 4.1 - 4.4, 5.1 - 5.3, "
                                + "6.1 - 6.3, 7.1 - 7.5, 8.1 - 8.3, 9.1 - 9.3, 10.1 - 10.2, 6.1.1 - 6.1.3, 7.5.1 - 7.5.3, 9.2.1 - "
                                + "9.2.2, 9.3.1 - 9.3.3)"),
                arguments(RecordTables.ANNUAL_PLAN, first(ANNUAL, "\r\n6.1,リスクアセスメントの実施", "\r\n6.1,外部および内部の課題に対する活動の検討"),
                        "row 3: Invalid annual plan: duplicate activity '6.1 外部および内部の課題に対する活動の検討'"),
                arguments(COMPETENCE_TABLE, first(ITEMS, "\r\n4,公正な判断ができること,5,", "\r\n4,公正な判断ができること,6,"),
                        "row 5, column 評価: Invalid value for competence rating (valid values 1 - 5): 6"),
                arguments(COMPETENCE_TABLE, first(ITEMS, "\r\n2,", "\r\n3,"),
                        "row 3: Invalid competence record of '中村 誠': item 2 is numbered 3"),
                arguments(COMPETENCE_TABLE, first(ITEMS, ",2023-09-29,ISMS構築作業を通して獲得,", ",,ISMS構築作業を通して獲得,"),
                        "row 2, column 改善予定日: Invalid value for improvement date (a date yyyy-MM-dd): ''"),
                arguments(COMPETENCE_TABLE, first(ITEMS, "3,2023-10-06", "3,"),
                        "row 2: Invalid competence item 1: a re-rating and its confirmation date go together "
                                + "(re-rating 3, confirmed none)"),
                arguments(RecordTables.attendees(TRAINING), first(ATTENDEES, "2023-10-05", "2023-11-05"),
                        "row 2: Invalid training record 'ISMS教育（基本方針、目標、ルール）': attendee '中村 誠' attended on "
                                + "2023-11-05, outside the period 2023-10-02 - 2023-10-31"),
                arguments(RecordTables.attendees(TRAINING), first(ATTENDEES, "\"90, 100 (2023-10-12)\"", "100"),
                        "row 2, column 確認テスト: Invalid value for test (the course's sittings give '90, 100 "
                                + "(2023-10-12)'): '100'"),
                arguments(RecordTables.attendees(TRAINING), first(ATTENDEES, "\r\n2,", "\r\n3,"),
                        "row 3, column No: Invalid value for attendee number (attendee 2 of the list): 3"),
                arguments(RecordTables.attendees(TRAINING), first(ATTENDEES, "2,管理,", "2,経理,"),
                        "table: Invalid training record 'ISMS教育（基本方針、目標、ルール）': '小林 恵' sat the test for "
                                + "department '管理', not as on the list of attendees"),
                arguments(RecordTables.auditFindings(ExampleCompany.auditReport()), first(FINDINGS, "総務部", "経理部"),
                        "row 2: Invalid audit report 'ISO27001認証取得に関する内部監査': finding minor_nonconformity 1 "
                                + "concerns '経理部', which the plan does not audit"),
                arguments(RecordTables.auditFindings(ExampleCompany.auditReport()), first(FINDINGS, "観察事項,2,", "観察事項,1,"),
                        "row 4: Invalid audit report 'ISO27001認証取得に関する内部監査': duplicate finding 'observation 1'"),
                arguments(RecordTables.auditFindings(ExampleCompany.auditReport()), first(FINDINGS, "軽微な不適合", "不適合"),
                        "row 2, column 区分: Unknown finding grade: '不適合' (valid values 重大な不適合 / major nonconformity, "
                                + "軽微な不適合 / minor nonconformity, 観察事項 / observation, 改善の機会 / opportunity for "
                                + "improvement)"),
                arguments(RecordTables.managementReview(REVIEW), first(REVIEW_CSV, "インプット,b,ISMSに関連する外部および内部の課題の変化,",
                        "インプット,a,前回までの指示事項に対する処置の進捗や結果,"), "row 3, column 項目: Duplicate management review input: 'a'"),
                arguments(RecordTables.managementReview(REVIEW), first(REVIEW_CSV, "インプット,b,", "インプット,h,"),
                        "row 3, column 項目: Unknown management review input: 'h' (valid values a, b, c, d) 1), d) 2), "
                                + "d) 3), d) 4), e, f, g)"),
                arguments(RecordTables.managementReview(REVIEW), first(REVIEW_CSV, "インプット,b,ISMSに関連する", "インプット,b,ISMSに関する"),
                        "row 3, column 事項: Invalid value for subject (input b is 'ISMSに関連する外部および内部の課題の変化' / "
                                + "'changes in external and internal issues'): 'ISMSに関する外部および内部の課題の変化'"),
                arguments(RecordTables.managementReview(REVIEW), first(REVIEW_CSV, "情報セキュリティ方針を当社HPに公表する",
                        " "), "row 13, column 内容: Invalid value for management review output changes (must not be "
                                + "blank): ' '"),
                arguments(RecordTables.CORRECTIVE_ACTIONS, first(ACTIONS_CSV, "24-01,修正,", "24-01,原因除去,"),
                        "row 3, column 段階: Invalid corrective action 24-01: cause_removal_planned cannot be recorded at "
                                + "stage requested"),
                arguments(RecordTables.CORRECTIVE_ACTIONS, first(ACTIONS_CSV, "24-01,修正,", "24-02,修正,"),
                        "row 3, column No: Invalid value for corrective action number (the rows of an action follow "
                                + "its 是正要求 row, those of '24-01'): '24-02'"),
                arguments(RecordTables.CORRECTIVE_ACTIONS, first(ACTIONS_CSV, "24-02,是正要求", "24-01,是正要求"),
                        "row 9, column No: Duplicate corrective action number: '24-01'"),
                arguments(RecordTables.CORRECTIVE_ACTIONS, first(ACTIONS_CSV, "2024-02-22,,,,", "2024-02-22,はい,,,"),
                        "row 3, column 類似の不適合: Invalid value for similar nonconformities exist (empty but in the row "
                                + "of the cause evaluation step): 'はい'"),
                arguments(RecordTables.CORRECTIVE_ACTIONS, first(ACTIONS_CSV, "いいえ,はい,はい", "多分,はい,はい"),
                        "row 4, column 類似の不適合: Unknown similar nonconformities exist: '多分' (valid values はい / yes, "
                                + "いいえ / no)"),
                arguments(RecordTables.CORRECTIVE_ACTIONS, first(ACTIONS_CSV, "2024-02-22", "2024-02-20"),
                        "row 3, column 段階: Invalid corrective action 24-01: corrected dated 2024-02-20 is before "
                                + "requested, dated 2024-02-21"),
                arguments(RecordTables.CORRECTIVE_ACTIONS, first(ACTIONS_CSV, ",内部監査における指摘事項,", ",,"),
                        "row 2, column 発生源: Unknown nonconformity origin: '' (valid values 内部監査における指摘事項 / "
                                + "internal audit finding, 外部機関が実施した監査における指摘事項 / external audit finding, "
                                + "セキュリティインシデントの関連した改善事項 / improvement after an incident, "
                                + "外部の利害関係者からのニーズに基づく改善事項 / improvement for an interested party's need, "
                                + "内部において提案された改善事項 / "
                                + "internal proposal, その他 / other)"));
    }

    @ParameterizedTest
    @MethodSource("badTables")
    <T> void badTable_failsAtItsRowAndColumn(CsvTable<T> table, String csv, String message) {
        assertThat(thrown(IsmsCsvException.class, () -> JA.read(table, csv))).hasMessage(message);
    }
}
