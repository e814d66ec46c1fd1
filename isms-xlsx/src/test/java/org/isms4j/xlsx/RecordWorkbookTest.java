package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isms4j.testkit.BadInput.thrown;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.csv.CsvTable;
import org.isms4j.csv.RecordTables;
import org.isms4j.csv.SelfAssessmentTables;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ISMS records' tables and the LV.2 answer sheet as workbooks: each read back equal in both
 * languages, on the sheet of its form's name, numbers and dates as typed cells; and, over
 * generated tables, every cell read back as the text it was written from.
 */
class RecordWorkbookTest {

    private static final IsmsXlsx JA = IsmsXlsx.japanese();
    private static final IsmsXlsx EN = IsmsXlsx.english();
    private static final AnswerSheet ANSWERS = AnswerSheet.of(QuestionSets.selfAssessmentPart1(), "山田", "本社",
            LocalDate.of(2024, 4, 1), Map.of(1, "implemented", 2, "partly_implemented", 3, "implemented", 4, "not_implemented",
                    5, "unknown"));

    /** Each table with its example: the table, the value, the sheet's Japanese and English names. */
    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(RecordTables.COMMUNICATION_PLAN, ExampleCompany.communication(), "コミュニケーション計画",
                        "Communication plan"),
                arguments(RecordTables.DOCUMENT_REGISTER, ExampleCompany.documents(), "文書管理台帳",
                        "Document register"),
                arguments(RecordTables.ANNUAL_PLAN, ExampleCompany.annualPlan(), "ISMS年間計画表", "Annual plan"),
                arguments(RecordTables.competence(ExampleCompany.departmentHeadCompetenceAfterTraining().role(),
                        ExampleCompany.departmentHeadCompetenceAfterTraining().person()),
                        ExampleCompany.departmentHeadCompetenceAfterTraining(), "力量確認表", "Competence record"),
                arguments(RecordTables.attendees(ExampleCompany.trainingRecordWithTests()),
                        ExampleCompany.trainingRecordWithTests(), "教育受講者一覧", "Training attendees"),
                arguments(RecordTables.auditFindings(ExampleCompany.auditReport()), ExampleCompany.auditReport(),
                        "内部監査指摘事項", "Audit findings"),
                arguments(RecordTables.managementReview(ExampleCompany.managementReview()),
                        ExampleCompany.managementReview(), "マネジメントレビュー", "Management review"),
                arguments(RecordTables.CORRECTIVE_ACTIONS, List.of(), "是正処置", "Corrective actions"),
                arguments(SelfAssessmentTables.answerSheet(QuestionSets.selfAssessmentPart1()), ANSWERS, "自社診断回答",
                        "Answer sheet"));
    }

    private static <T> byte[] write(IsmsXlsx xlsx, CsvTable<T> table, T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(table, value, out);
        return out.toByteArray();
    }

    private static List<String> sheetNames(byte[] workbook) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            return book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).collect(
                    java.util.stream.Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("examples")
    <T> void eachTable_readsBackEqual_inBothLanguages_onTheSheetOfItsFormsName(CsvTable<T> table, T value,
            String japanese, String english) throws IOException {
        byte[] ja = write(JA, table, value);
        byte[] en = write(EN.withCompany(ExampleCompany.COMPANY), table, value);
        assertThat(sheetNames(ja)).containsExactly(japanese);
        assertThat(sheetNames(en)).containsExactly(english);
        assertThat(JA.read(table, new ByteArrayInputStream(ja))).isEqualTo(value);
        assertThat(JA.read(table, new ByteArrayInputStream(en))).isEqualTo(value);
        assertThat(EN.read(table, new ByteArrayInputStream(ja))).isEqualTo(value);
    }

    @Test
    void answerSheet_numbersAsNumberCells_theDateAsADateCell_textAsText() throws IOException {
        byte[] workbook = write(JA, SelfAssessmentTables.answerSheet(QuestionSets.selfAssessmentPart1()), ANSWERS);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook));
                Stream<Row> rows = book.getFirstSheet().openStream()) {
            List<Row> all = rows.collect(java.util.stream.Collectors.toList());
            Row first = all.get(1);
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(0).asNumber()).isEqualByComparingTo("1");
            assertThat(first.getCell(2).getType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).asString()).isEqualTo("実施している");
            int answered = all.get(0).getCells(0, all.get(0).getCellCount()).stream()
                    .map(c -> c.asString()).collect(java.util.stream.Collectors.toList()).indexOf("回答日");
            assertThat(answered).isPositive();
            assertThat(first.getCell(answered).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(answered).asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        }
    }

    @Test
    void file_roundTrip(@TempDir Path dir) {
        Path file = dir.resolve("documents.xlsx");
        JA.write(RecordTables.DOCUMENT_REGISTER, ExampleCompany.documents(), file);
        assertThat(EN.read(RecordTables.DOCUMENT_REGISTER, file)).isEqualTo(ExampleCompany.documents());
    }

    @Test
    void aBadCell_failsAtItsCell_withTheCsvReadersReason() {
        byte[] workbook = write(JA, RecordTables.DOCUMENT_REGISTER, ExampleCompany.documents());
        byte[] other = write(JA, RecordTables.COMMUNICATION_PLAN, ExampleCompany.communication());
        IsmsXlsxException e = thrown(IsmsXlsxException.class, () -> JA.read(RecordTables.COMMUNICATION_PLAN,
                new ByteArrayInputStream(workbook)));
        assertThat(e.location()).startsWith("文書管理台帳!");
        assertThat(e.reason()).contains("communication plan");
        assertThat(JA.read(RecordTables.COMMUNICATION_PLAN, new ByteArrayInputStream(other)))
                .isEqualTo(ExampleCompany.communication());
    }

    /** The texts a record's cell may hold that a typed cell could take for another. */
    private static final List<String> CELLS = List.of("", "1", "25", "0", "007", "5.10", "5.1", "123456789",
            "1234567890", "2024-04-01", "1900-01-01", "1901-01-01", "0500-01-01", "2024-02-30", "2024/4/1",
            "9999-12-31", "社員名簿", " 3", "-1", "=1+1", "TRUE");

    @Test
    void generatedTables_everyCellReadsBackAsTheTextItWasWrittenFrom() {
        CsvTable<?> kind = RecordTables.COMMUNICATION_PLAN;
        qt().forAll(integers().between(1, 4), lists().of(integers().between(0, CELLS.size() - 1)).ofSizeBetween(0, 24))
                .checkAssert((width, picks) -> {
                    List<String> headings = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        headings.add("h" + c);
                    }
                    List<List<String>> rows = new ArrayList<>();
                    for (int i = 0; i + width <= picks.size(); i += width) {
                        List<String> row = new ArrayList<>();
                        for (int c = 0; c < width; c++) {
                            row.add(CELLS.get(picks.get(i + c)));
                        }
                        rows.add(row);
                    }
                    ReportTable table = ReportTable.of(headings, rows);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try {
                        SheetWriter.write(RecordSheet.writing(kind, table), table, Optional.empty(), Locale.ENGLISH,
                                out);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                    List<List<String>> read = WorkbookReader.read(new ByteArrayInputStream(out.toByteArray()),
                            RecordSheet.reading(kind), (sheet, header) -> {
                                List<List<String>> all = new ArrayList<>();
                                for (List<String> row = sheet.next(width); row != null; row = sheet.next(width)) {
                                    List<String> padded = new ArrayList<>(row);
                                    while (padded.size() < width) {
                                        padded.add("");
                                    }
                                    if (padded.stream().anyMatch(cell -> !cell.isEmpty())) {
                                        all.add(padded); // a row of empty cells may be read or not
                                    }
                                }
                                return all;
                            });
                    assertThat(read).isEqualTo(Stream.concat(Stream.of(headings), rows.stream()).filter(
                            row -> row.stream().anyMatch(cell -> !cell.isEmpty()))
                            .collect(java.util.stream.Collectors.toList()));
                });
    }
}
