package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isms4j.testkit.BadInput.thrown;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.csv.IsmsCsvException;
import org.isms4j.csv.SpreadsheetTolerance;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.isms4j.testkit.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbooks: typed cells, the sheet's layout, round trips, and bad workbooks at their cells. */
class IsmsXlsxTest {

    private static final IsmsXlsx JA = IsmsXlsx.japanese();
    private static final IsmsXlsx EN = IsmsXlsx.english();
    private static final RiskModel MODEL = RiskModel.standard();
    private static final RiskRegister REGISTER = Fixtures.canonicalRegister();
    private static final AssetInventory INVENTORY = Fixtures.quickApproachInventory();

    static byte[] inventory(IsmsXlsx xlsx, AssetInventory inventory) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.writeAssetInventory(inventory, out);
        return out.toByteArray();
    }

    static byte[] register(IsmsXlsx xlsx, RiskRegister register) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.writeRiskRegister(register, out);
        return out.toByteArray();
    }

    static byte[] plan(IsmsXlsx xlsx, TreatmentPlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.writeTreatmentPlan(plan, out);
        return out.toByteArray();
    }

    static byte[] soa(IsmsXlsx xlsx, StatementOfApplicability soa) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.writeStatementOfApplicability(soa, out);
        return out.toByteArray();
    }

    private static List<Row> rows(byte[] workbook) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook),
                new ReadingOptions(true, false))) {
            return book.getFirstSheet().read();
        }
    }

    static String part(byte[] workbook, String name) throws IOException {
        Path file = java.nio.file.Files.createTempFile("isms4j", ".xlsx");
        try {
            java.nio.file.Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new AssertionError("no part " + name);
                }
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    // ---------------------------------------------------------------- writing

    @Test
    void write_inventory_typedCellsInTheSourcesColumnOrder() throws IOException {
        assertThat(SheetWriter.displayWidth("社員名簿\nab")).isEqualTo(8);
        List<Row> rows = rows(inventory(JA, INVENTORY));
        assertThat(rows.get(0).getCellText(0)).isEqualTo("番号");
        assertThat(rows.get(0).getCellText(11)).isEqualTo("重要度");
        Row first = rows.get(1);
        assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.getCell(2).getType()).isEqualTo(CellType.STRING);
        assertThat(first.getCell(2).asString()).isEqualTo("社員名簿");
        assertThat(first.getCell(11).asNumber()).isEqualByComparingTo("3");
        assertThat(part(inventory(JA, INVENTORY), "xl/styles.xml")).contains("formatCode=\"@\"");
    }

    @Test
    void write_sheetLayout_frozenHeadingsWidthsAndLists() throws IOException {
        byte[] workbook = register(JA, REGISTER);
        String sheet = part(workbook, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("state=\"frozen\"").contains("<cols>").contains("<dataValidation")
                .contains("<formula1>\"済み,予定,未定\"</formula1>").contains("<formula1>\"回避,低減,移転,保有\"</formula1>");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName))
                    .containsExactly("リスクアセスメント結果報告書");
        }
        String soa = part(soa(EN, Fixtures.canonicalSoa()), "xl/worksheets/sheet1.xml");
        assertThat(soa).contains("\"○,×\"").contains("\"○,△,未,—\"");
    }

    @Test
    void write_soa_idsAsTextCellsSoThat510StaysAsWritten() throws IOException {
        List<Row> rows = rows(soa(JA, Fixtures.canonicalSoa()));
        Row row = rows.stream().filter(r -> "5.10".equals(r.getCellText(0))).findFirst().orElseThrow();
        assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(rows).hasSize(94);
    }

    @Test
    void write_plan_realDates() throws IOException {
        List<Row> rows = rows(plan(JA, CanonicalFixture.plan()));
        Cell start = rows.get(1).getCell(4);
        assertThat(start.getType()).isEqualTo(CellType.NUMBER);
        assertThat(start.getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(start.asDate().toLocalDate()).isEqualTo(CanonicalFixture.plan().items().get(0).plannedStart());
    }

    @Test
    void write_headerBlock_companyAndTheRegistersApproval() throws IOException {
        RiskRegister approved = REGISTER.withApproval(Approval.drafted("情報セキュリティ委員長", LocalDate.of(2023, 7, 3))
                .approvedBy("代表取締役", LocalDate.of(2023, 7, 10)));
        byte[] workbook = register(JA.withCompany("株式会社サンプル"), approved);
        List<Row> rows = rows(workbook);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("リスクアセスメント結果報告書");
        assertThat(rows.get(1).getCellText(0)).isEqualTo("会社名");
        assertThat(rows.get(1).getCellText(1)).isEqualTo("株式会社サンプル");
        assertThat(rows.get(2).getCellText(0)).isEqualTo("作成者／更新者");
        assertThat(rows.get(2).getCell(3).asDate().toLocalDate()).isEqualTo(LocalDate.of(2023, 7, 3));
        assertThat(rows.get(3).getCellText(1)).isEqualTo("代表取締役");
        assertThat(rows.get(4).getRowNum()).isEqualTo(6);
        assertThat(rows.get(4).getCellText(0)).isEqualTo("番号");
        assertThat(part(workbook, "xl/worksheets/sheet1.xml")).contains("ySplit=\"6\"");
        assertThat(JA.readRiskRegister(new ByteArrayInputStream(workbook), MODEL, REGISTER.inventory()))
                .isEqualTo(approved);
        assertThatThrownBy(() -> JA.withCompany(" ")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for company (must not be blank): ' '");
    }

    // ---------------------------------------------------------------- round trips

    @Test
    void roundTrip_theCanonicalTablesInBothLanguages(@TempDir Path dir) {
        RiskRegister table = RiskRegister.of(MODEL, REGISTER.inventory(), REGISTER.risks());
        for (IsmsXlsx xlsx : new IsmsXlsx[] {JA, EN.withCompany("Example Ltd.")}) {
            assertThat(JA.readAssetInventory(new ByteArrayInputStream(inventory(xlsx, INVENTORY)))).isEqualTo(INVENTORY);
            assertThat(EN.readRiskRegister(new ByteArrayInputStream(register(xlsx, table)), MODEL, table.inventory()))
                    .isEqualTo(table);
            assertThat(JA.readTreatmentPlan(new ByteArrayInputStream(plan(xlsx, CanonicalFixture.plan()))))
                    .isEqualTo(CanonicalFixture.plan());
            assertThat(EN.readStatementOfApplicability(new ByteArrayInputStream(soa(xlsx, Fixtures.canonicalSoa()))))
                    .isEqualTo(Fixtures.canonicalSoa());
            Path file = dir.resolve("soa.xlsx");
            xlsx.writeStatementOfApplicability(Fixtures.canonicalSoa(), file);
            assertThat(xlsx.readStatementOfApplicability(file)).isEqualTo(Fixtures.canonicalSoa());
            xlsx.writeTreatmentPlan(CanonicalFixture.plan(), file);
            assertThat(xlsx.readTreatmentPlan(file)).isEqualTo(CanonicalFixture.plan());
            xlsx.writeAssetInventory(INVENTORY, file);
            assertThat(xlsx.readAssetInventory(file)).isEqualTo(INVENTORY);
            xlsx.writeRiskRegister(table, file);
            assertThat(xlsx.readRiskRegister(file, MODEL, table.inventory())).isEqualTo(table);
        }
    }

    /** Whether a text holds a character no workbook can hold, which the writer refuses. */
    private static boolean unwritable(String text) {
        return text.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE
                || ch == 0xFFFF) || text.chars().anyMatch(ch -> ch >= 0xD800 && ch <= 0xDFFF) && !text.codePoints().allMatch(cp -> cp < 0xD800 || cp > 0xDFFF) ;
    }

    /** Writes and reads back equal, unless the writer refuses a character no workbook holds. */
    private static void roundTrip(String text, Runnable write, Runnable check) {
        try {
            write.run();
        } catch (IsmsException e) {
            assertThat(e).hasMessageStartingWith("Cannot write as a workbook: row ");
            assertThat(unwritable(text)).as(e.getMessage()).isTrue();
            return;
        }
        check.run();
    }

    @Test
    void roundTrip_generatedRegistersPlansAndStatements() {
        qt().withExamples(25).withShrinkCycles(3).forAll(Generators.csvRegisters()).checkAssert(register -> {
            RiskRegister table = RiskRegister.of(register.model(), register.inventory(), register.risks());
            roundTrip(table.toString() + table.inventory(), () -> {
                inventory(EN, table.inventory());
                register(EN, table);
            }, () -> {
                assertThat(JA.readAssetInventory(new ByteArrayInputStream(inventory(EN, table.inventory()))))
                        .isEqualTo(table.inventory());
                assertThat(JA.readRiskRegister(new ByteArrayInputStream(register(EN, table)), table.model(),
                        table.inventory())).isEqualTo(table);
            });
        });
        qt().withExamples(25).withShrinkCycles(3).forAll(Generators.csvPlans()).checkAssert(plan -> roundTrip(plan.toString(),
                () -> plan(JA, plan),
                () -> assertThat(EN.readTreatmentPlan(new ByteArrayInputStream(plan(JA, plan)))).isEqualTo(plan)));
        qt().withExamples(10).withShrinkCycles(3).forAll(Generators.csvSoas()).checkAssert(soa -> roundTrip(soa.toString(),
                () -> soa(JA, soa),
                () -> assertThat(EN.readStatementOfApplicability(new ByteArrayInputStream(soa(JA, soa)))).isEqualTo(soa)));
    }

    @Test
    void write_refusesACharacterAWorkbookCannotHold() {
        AssetInventory control = AssetInventory.of(Asset.of(1, "社員\u0001名簿", CiaRating.of(1, 1, 1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> JA.writeAssetInventory(control, out)).isInstanceOf(IsmsException.class)
                .hasMessage("Cannot write as a workbook: row 2, column 情報資産名称 has the character U+0001, which a "
                        + "workbook cannot hold: '社員\\u0001名簿'");
        assertThat(out.size()).isZero();
    }

    // ---------------------------------------------------------------- reading: bad cells

    @Test
    void read_aBadCellIsNamedAsASpreadsheetNamesIt() {
        AssetInventory bad = AssetInventory.of(Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)));
        byte[] workbook = inventory(JA.withCompany("株式会社サンプル"), bad);
        String text = new String(workbook, StandardCharsets.ISO_8859_1);
        assertThat(text).isNotEmpty();
        IsmsXlsxException e = thrown(IsmsXlsxException.class, () -> JA.readRiskRegister(
                new ByteArrayInputStream(workbook), MODEL, bad));
        assertThat(e.location()).isEqualTo("資産目録!A1");
        assertThat(e.reason()).startsWith("Unknown risk register column: '資産目録'");
        assertThat(e.getCause()).isInstanceOf(IsmsCsvException.class);
    }

    @Test
    void read_derivedCellsAreCheckedAtTheirCell() {
        RiskRegister table = RiskRegister.of(MODEL, REGISTER.inventory(), REGISTER.risks());
        AssetInventory lower = AssetInventory.of(REGISTER.inventory().assets().stream()
                .map(a -> a.number() == 9 ? Asset.of(9, a.name(), CiaRating.of(1, 1, 1)) : a).toList());
        IsmsXlsxException e = thrown(IsmsXlsxException.class, () -> JA.readRiskRegister(
                new ByteArrayInputStream(register(JA, table)), MODEL, lower));
        assertThat(e.sheet()).hasValue("リスクアセスメント結果報告書");
        assertThat(e.cell()).hasValue("I2");
        assertThat(e.reason()).startsWith("Invalid value for importance");
        assertThat(e.getMessage()).isEqualTo(e.location() + ": " + e.reason());
    }

    @Test
    void read_toleranceAppliesAsInCsv() throws IOException {
        byte[] workbook = inventory(JA, INVENTORY);
        assertThat(JA.withTolerance(SpreadsheetTolerance.excel()).readAssetInventory(new ByteArrayInputStream(workbook)))
                .isEqualTo(INVENTORY);
        assertThat(JA.withTolerance(SpreadsheetTolerance.excel()).tolerance()).isEqualTo(SpreadsheetTolerance.excel());
        assertThat(rows(workbook)).hasSize(4);
    }

    @Test
    void read_notAWorkbook() {
        assertThat(thrown(IsmsXlsxException.class, () -> JA.readAssetInventory(new ByteArrayInputStream(
                "番号,業務分類\r\n".getBytes(StandardCharsets.UTF_8)))))
                .hasMessage("workbook: Invalid workbook: not an .xlsx file (a zip)");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(thrown(IsmsXlsxException.class, () -> JA.readAssetInventory(new ByteArrayInputStream(ole2))))
                .hasMessage("workbook: Invalid workbook: an Excel 97-2003 .xls file; save it as an Excel workbook (.xlsx)");
        assertThat(thrown(IsmsXlsxException.class, () -> JA.readStatementOfApplicability(new ByteArrayInputStream(
                inventory(JA, INVENTORY)))).location()).startsWith("資産目録");
    }
}
