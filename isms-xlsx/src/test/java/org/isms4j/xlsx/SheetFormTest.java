package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isms4j.testkit.BadInput.thrown;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.isms4j.core.RiskModel;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The form of a written sheet that a person filling it in relies on (its sheet's name in each
 * language, the drop-down lists and how strictly each holds, columns as wide as their text), and
 * the header block of a sheet kept by hand: its labels where a person may put them, its bounds.
 */
class SheetFormTest {

    private static final IsmsXlsx JA = IsmsXlsx.japanese();
    private static final IsmsXlsx EN = IsmsXlsx.english();
    private static final RiskModel MODEL = RiskModel.standard();
    private static final RiskRegister REGISTER = Fixtures.canonicalRegister();
    private static final TreatmentPlan PLAN = CanonicalFixture.plan();

    private static String sheetName(byte[] workbook) {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            return book.getFirstSheet().getName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet's rows as the table readers get their text. */
    private static List<List<String>> rows(byte[] workbook) {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook),
                new ReadingOptions(true, false))) {
            SheetRows sheet = new SheetRows(book.getFirstSheet().read().iterator());
            for (List<String> row = sheet.next(100); row != null; row = sheet.next(100)) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A workbook of one sheet of text cells, as a person might type them. */
    private static byte[] typed(String name, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet(name);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void eachTablesSheet_isNamedInTheWritersLanguage_andReadInEither() {
        assertThat(sheetName(IsmsXlsxTest.register(EN, REGISTER))).isEqualTo("Risk assessment report");
        assertThat(sheetName(IsmsXlsxTest.plan(EN, PLAN))).isEqualTo("Risk treatment plan");
        assertThat(sheetName(IsmsXlsxTest.plan(JA, PLAN))).isEqualTo("リスク対応計画");
        assertThat(sheetName(IsmsXlsxTest.soa(EN, Fixtures.canonicalSoa()))).isNotBlank()
                .isNotEqualTo(sheetName(IsmsXlsxTest.soa(JA, Fixtures.canonicalSoa())));
        assertThat(sheetName(IsmsXlsxTest.inventory(EN, Fixtures.quickApproachInventory()))).isNotBlank()
                .isNotEqualTo(sheetName(IsmsXlsxTest.inventory(JA, Fixtures.quickApproachInventory())));
        assertThat(JA.readTreatmentPlan(new ByteArrayInputStream(IsmsXlsxTest.plan(EN, PLAN)))).isEqualTo(PLAN);
    }

    /** The sheet's drop-down lists: each list's terms, its error style, and whether it shows an error. */
    private static List<String> dropDowns(byte[] workbook) throws IOException {
        String sheet = IsmsXlsxTest.part(workbook, "xl/worksheets/sheet1.xml");
        Matcher m = Pattern.compile("<dataValidation sqref=\"([A-Z]+)(\\d+):[A-Z]+(\\d+)\"[^>]*errorStyle=\"(\\w+)\" "
                + "showErrorMessage=\"(\\w+)\"[^>]*><formula1>([^<]*)</formula1>").matcher(sheet);
        List<String> lists = new ArrayList<>();
        while (m.find()) {
            lists.add(m.group(1) + " " + m.group(6) + " " + m.group(4) + " " + m.group(5));
        }
        return lists;
    }

    @Test
    void theRegistersDropDowns_holdTheTerms_severalOptionsOnlyInformed() throws IOException {
        assertThat(dropDowns(IsmsXlsxTest.register(EN, REGISTER))).containsExactly(
                "M \"avoid,reduce,transfer,retain\" information false",
                "P \"done,planned,undecided\" stop true",
                "AC \"accepted,rejected\" stop true");
        assertThat(dropDowns(IsmsXlsxTest.register(JA, REGISTER))).containsExactly(
                "M \"回避,低減,移転,保有\" information false",
                "P \"済み,予定,未定\" stop true",
                "AC \"受容,不受容\" stop true");
        assertThat(dropDowns(IsmsXlsxTest.plan(EN, PLAN))).containsExactly(
                "I \"completed,in progress,not started\" stop true");
    }

    @Test
    void theDropDowns_coverTheTableAndFiveHundredRowsBelowIt() throws IOException {
        byte[] workbook = IsmsXlsxTest.plan(EN, PLAN);
        String sheet = IsmsXlsxTest.part(workbook, "xl/worksheets/sheet1.xml");
        int rows = rows(workbook).size();
        assertThat(sheet).contains("<dataValidation sqref=\"I2:I" + (rows + 500) + "\"");
    }

    @Test
    void columnWidths_fitTheirLongestText_withinSixAndSixtyCharacters() throws IOException {
        for (byte[] workbook : List.of(IsmsXlsxTest.plan(EN, PLAN), IsmsXlsxTest.plan(JA, PLAN),
                IsmsXlsxTest.register(JA, REGISTER))) {
            List<List<String>> rows = rows(workbook);
            int heading = 0;
            while (!List.of("番号", "No").contains(rows.get(heading).get(0))) {
                heading++;
            }
            List<List<String>> table = rows.subList(heading, rows.size());
            String sheet = IsmsXlsxTest.part(workbook, "xl/worksheets/sheet1.xml");
            Matcher m = Pattern.compile("<col min=\"(\\d+)\" max=\"\\d+\" width=\"(\\d+)\\.0\"").matcher(sheet);
            int columns = 0;
            while (m.find()) {
                int c = Integer.parseInt(m.group(1)) - 1;
                int widest = 0;
                for (List<String> row : table) {
                    if (c < row.size()) {
                        widest = Math.max(widest, SheetWriter.displayWidth(row.get(c)));
                    }
                }
                assertThat(Integer.parseInt(m.group(2))).as("column %d", c + 1).isEqualTo(Math.min(60, Math.max(6,
                        widest + 2)));
                columns++;
            }
            assertThat(columns).isEqualTo(table.get(0).size());
        }
    }

    // ---------------------------------------------------------------- the header block, kept by hand

    /** The register without an approval, and so without a header block of its own. */
    private static final RiskRegister BARE = RiskRegister.of(MODEL, REGISTER.inventory(), REGISTER.risks());
    private static final RiskRegister APPROVED = BARE.withApproval(Approval.drafted("情報セキュリティ委員長",
            LocalDate.of(2023, 7, 3)).approvedBy("代表取締役", LocalDate.of(2023, 7, 10)));

    /** The register's sheet with its header block's rows (after the title) replaced. */
    private static byte[] withHeader(List<List<String>> header) {
        List<List<String>> rows = rows(IsmsXlsxTest.register(JA, BARE));
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(List.of("リスクアセスメント結果報告書"));
        sheet.addAll(header);
        sheet.add(List.of());
        sheet.addAll(rows);
        return typed("リスクアセスメント結果報告書", sheet);
    }

    private static RiskRegister read(byte[] workbook) {
        return JA.readRiskRegister(new ByteArrayInputStream(workbook), MODEL, REGISTER.inventory());
    }

    private static IsmsXlsxException readError(byte[] workbook) {
        return thrown(IsmsXlsxException.class, () -> read(workbook));
    }

    @Test
    void aHeaderBlock_typedByHand_readsAsTheApproval_whereverItsPairsStand() {
        assertThat(read(withHeader(List.of(
                List.of("作成者／更新者", "情報セキュリティ委員長", "作成日／更新日", "2023-07-03"),
                List.of("承認者", "代表取締役", "承認日", "2023-07-10"))))).isEqualTo(APPROVED);
        assertThat(read(withHeader(List.of(
                List.of("Author", "情報セキュリティ委員長", "", "", "Updated", "2023-07-03"),
                List.of("Approver", "代表取締役", "Approved", "2023-07-10"))))).isEqualTo(APPROVED);
        // A label without its value cell: no approver yet.
        assertThat(read(withHeader(List.of(
                List.of("作成者／更新者", "情報セキュリティ委員長", "作成日／更新日", "2023-07-03"),
                List.of("承認者"))))).isEqualTo(BARE.withApproval(Approval.drafted("情報セキュリティ委員長",
                        LocalDate.of(2023, 7, 3))));
    }

    @Test
    void aHeaderBlocksBadDate_failsAtItsCell() {
        IsmsXlsxException updated = readError(withHeader(List.of(
                List.of("作成者／更新者", "山田", "作成日／更新日", "2023/07/03"))));
        assertThat(updated.location()).isEqualTo("リスクアセスメント結果報告書!D2");
        assertThat(updated.reason()).isEqualTo("Invalid value for updated (a date yyyy-MM-dd): '2023/07/03'");
        IsmsXlsxException approved = readError(withHeader(List.of(
                List.of("作成者／更新者", "山田", "作成日／更新日", "2023-07-03"),
                List.of("承認者", "社長", "承認日", "7月10日"))));
        assertThat(approved.location()).isEqualTo("リスクアセスメント結果報告書!D3");
        assertThat(readError(withHeader(List.of(List.of("作成者／更新者", "山田")))).reason())
                .isEqualTo("Missing value for updated (required with an author)");
    }

    @Test
    void aHeaderBlock_ofEightRowsIsRead_ofMoreIsRefused() {
        List<List<String>> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(List.of("会社名", "株式会社サンプル"));
        }
        assertThat(read(withHeader(seven))).isEqualTo(BARE);
        List<List<String>> eight = new ArrayList<>(seven);
        eight.add(List.of("会社名", "株式会社サンプル"));
        assertThat(readError(withHeader(eight)).reason()).isEqualTo("Invalid header block: more than 8 rows");
    }
}
