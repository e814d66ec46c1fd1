package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isms4j.testkit.BadInput.thrown;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.csv.IsmsCsvException;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The text a cell reads as, whoever wrote the workbook: dates by their format (built-in or
 * custom), booleans, formulas, the longest cell; the cells the library writes as numbers and
 * dates; the columns' letters; and the sheet found among a workbook's others.
 */
class CellTextTest {

    private static final IsmsXlsx JA = IsmsXlsx.japanese();
    private static final AssetInventory INVENTORY = Fixtures.quickApproachInventory();

    /** A workbook of one sheet, written by fastexcel as another program would write it. */
    private static byte[] workbook(Consumer<Worksheet> sheet) {
        return workbook(List.of("Sheet1"), sheet);
    }

    private static byte[] workbook(List<String> names, Consumer<Worksheet> last) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            for (int i = 0; i < names.size(); i++) {
                Worksheet sheet = workbook.newWorksheet(names.get(i));
                if (i == names.size() - 1) {
                    last.accept(sheet);
                } else {
                    sheet.value(0, 0, "notes");
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first row's cells, as the table readers get them. */
    private static List<String> firstRow(byte[] workbook) {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook),
                new ReadingOptions(true, false))) {
            List<Row> rows = book.getFirstSheet().read();
            return new SheetRows(rows.iterator()).next(100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final LocalDate DAY = LocalDate.of(2024, 4, 1);

    /** A date cell, its format's id and code changed in the styles: a built-in id, or another code. */
    private static String dateIn(int id, String code) {
        byte[] dated = workbook(sheet -> {
            sheet.value(0, 0, DAY);
            sheet.style(0, 0).format("yyyy-mm-dd").set();
        });
        byte[] changed = Zips.rewrite(dated, "xl/styles.xml", xml -> {
            java.util.regex.Matcher custom = java.util.regex.Pattern.compile("<numFmt numFmtId=\"(\\d+)\"")
                    .matcher(xml);
            assertThat(custom.find()).isTrue();
            String ids = id < 0 ? xml : xml.replace("numFmtId=\"" + custom.group(1) + "\"", "numFmtId=\"" + id + "\"");
            return ids.replace("formatCode=\"yyyy-mm-dd\"", "formatCode=\"" + code.replace("&", "&amp;")
                    .replace("\"", "&quot;") + "\"");
        });
        return firstRow(changed).get(0);
    }

    /** The date cell in the built-in format of an id (its code in the styles not a date's). */
    private static String dateInFormatId(int id) {
        return dateIn(id, "0");
    }

    @Test
    void aNumberInABuiltInDateFormat_readsAsItsDay() {
        String serial = firstRow(workbook(sheet -> sheet.value(0, 0, DAY))).get(0);
        assertThat(serial).isEqualTo("45383");
        for (int id : new int[] {14, 17, 22, 45, 47}) {
            assertThat(dateInFormatId(id)).as("format %d", id).isEqualTo("2024-04-01");
        }
        for (int id : new int[] {1, 13, 23, 44, 48}) {
            assertThat(dateInFormatId(id)).as("format %d", id).isEqualTo(serial);
        }
    }

    private static String inFormat(String format) {
        return dateIn(-1, format);
    }

    @Test
    void aNumberInACustomFormat_readsAsADay_ifTheFormatHasAYearOrADay() {
        assertThat(inFormat("d/m/yyyy")).isEqualTo("2024-04-01");
        assertThat(inFormat("YYYY\"年\"M\"月\"")).isEqualTo("2024-04-01");
        assertThat(inFormat("[$-411]ggge\"年\"m\"月\"d\"日\"")).isEqualTo("2024-04-01");
        // A year or a day in quoted text, in brackets or escaped is not the format's.
        assertThat(inFormat("0\" days\"")).isEqualTo("45383");
        assertThat(inFormat("[Red]0")).isEqualTo("45383");
        assertThat(inFormat("0\\d")).isEqualTo("45383");
        assertThat(inFormat("#,##0")).isEqualTo("45383");
    }

    @Test
    void booleansFormulasAndTheLongestCell() {
        assertThat(firstRow(workbook(sheet -> {
            sheet.value(0, 0, true);
            sheet.value(0, 1, false);
            sheet.formula(0, 2, "1+1");
            sheet.value(0, 3, "x".repeat(SheetRows.MAX_CELL_LENGTH));
            sheet.value(0, 4, 5.10);
        }))).containsExactly("TRUE", "FALSE", "", "x".repeat(SheetRows.MAX_CELL_LENGTH), "5.1");
        IsmsCsvException e = thrown(IsmsCsvException.class, () -> firstRow(workbook(sheet -> sheet.value(0, 1,
                "x".repeat(SheetRows.MAX_CELL_LENGTH + 1)))));
        assertThat(e.reason()).isEqualTo("Read limit exceeded: a cell of 100001 characters, more than 100000");
        assertThat(e.cellIndex()).hasValue(1);
    }

    @Test
    void numberAndDateCells_areWrittenForTheTextsTheyGiveBack() {
        for (String number : new String[] {"0", "1", "9", "10", "90", "123456789"}) {
            assertThat(SheetWriter.isNumberCell(number)).as(number).isTrue();
        }
        for (String text : new String[] {"", "00", "01", "1234567890", "/", ":", "1a", "-1", "1.5"}) {
            assertThat(SheetWriter.isNumberCell(text)).as(text).isFalse();
        }
        assertThat(SheetWriter.isDateCell("1901-01-01")).isTrue();
        assertThat(SheetWriter.isDateCell("2024-02-29")).isTrue();
        assertThat(SheetWriter.isDateCell("1900-12-31")).isFalse();
        assertThat(SheetWriter.isDateCell("2023-02-29")).isFalse();
        assertThat(SheetWriter.isDateCell("2024-4-1")).isFalse();
        assertThat(SheetWriter.isDateCell("2024-04-01x")).isFalse();
    }

    @Test
    void displayWidth_countsAWideCharacterTwice_fromU1100() {
        assertThat(SheetWriter.displayWidth("")).isZero();
        assertThat(SheetWriter.displayWidth("\u10FF")).isEqualTo(1);
        assertThat(SheetWriter.displayWidth("\u1100")).isEqualTo(2);
        assertThat(SheetWriter.displayWidth("資産")).isEqualTo(4);
        assertThat(SheetWriter.displayWidth("abc\n資\nabcd")).isEqualTo(4);
    }

    @Test
    void columnLetters_asASpreadsheetNamesItsColumns() {
        assertThat(IsmsXlsxException.columnLetters(0)).isEqualTo("A");
        assertThat(IsmsXlsxException.columnLetters(25)).isEqualTo("Z");
        assertThat(IsmsXlsxException.columnLetters(26)).isEqualTo("AA");
        assertThat(IsmsXlsxException.columnLetters(51)).isEqualTo("AZ");
        assertThat(IsmsXlsxException.columnLetters(701)).isEqualTo("ZZ");
        assertThat(IsmsXlsxException.columnLetters(702)).isEqualTo("AAA");
        assertThat(IsmsXlsxException.columnLetters(16383)).isEqualTo("XFD");
    }

    @Test
    void theInstances_tellTheirLanguageAndCompany() {
        assertThat(IsmsXlsx.japanese().locale()).isEqualTo(Locale.JAPANESE);
        assertThat(IsmsXlsx.english().locale()).isEqualTo(Locale.ENGLISH);
        assertThat(IsmsXlsx.of(Locale.JAPAN)).isSameAs(IsmsXlsx.japanese());
        assertThat(IsmsXlsx.of(Locale.GERMANY)).isSameAs(IsmsXlsx.english());
        assertThat(IsmsXlsx.japanese().company()).isEmpty();
        assertThat(IsmsXlsx.english().withCompany("Example Ltd").company()).hasValue("Example Ltd");
        assertThat(IsmsXlsx.english().withCompany("Example Ltd").locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aBufferedStream_isFlushedWithTheWholeWorkbook() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BufferedOutputStream buffered = new BufferedOutputStream(bytes, 1 << 20);
        JA.writeAssetInventory(INVENTORY, buffered);
        assertThat(JA.readAssetInventory(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(INVENTORY);
    }

    /** The inventory's rows, copied into the last sheet of a workbook with other sheets before it. */
    private static byte[] inventoryAmong(List<String> names) {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(IsmsXlsxTest.inventory(JA,
                INVENTORY)), new ReadingOptions(true, false))) {
            SheetRows sheet = new SheetRows(book.getFirstSheet().read().iterator());
            for (List<String> row = sheet.next(100); row != null; row = sheet.next(100)) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workbook(names, sheet -> {
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
        });
    }

    private static String sheetName(byte[] workbook) {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            return book.getFirstSheet().getName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theTablesSheet_isFoundByItsName_amongOthers() {
        String name = sheetName(IsmsXlsxTest.inventory(JA, INVENTORY));
        assertThat(JA.readAssetInventory(new ByteArrayInputStream(inventoryAmong(List.of("メモ", name)))))
                .isEqualTo(INVENTORY);
        assertThat(JA.readAssetInventory(new ByteArrayInputStream(inventoryAmong(List.of("Sheet1")))))
                .isEqualTo(INVENTORY);
        IsmsXlsxException e = thrown(IsmsXlsxException.class, () -> JA.readAssetInventory(new ByteArrayInputStream(
                inventoryAmong(List.of("メモ", "Sheet2")))));
        assertThat(e.reason()).startsWith("Missing sheet: '" + name + "' / '").endsWith("(the workbook has 'メモ', "
                + "'Sheet2')");
    }
}
