package org.isms4j.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.ReportTable;
import org.isms4j.csv.CsvTable;
import org.isms4j.csv.IsmsCsv;
import org.isms4j.csv.SpreadsheetTolerance;

/**
 * The reader and writer of isms4j's tables as Excel workbooks (.xlsx): the asset inventory
 * 資産目録, the risk assessment report リスクアセスメント結果報告書 (every value of every risk, first
 * and second evaluation), the risk treatment plan リスク対応計画 and the Statement of Applicability
 * 適用宣言書, one table per workbook on a sheet of its name, with Japanese or English headings in
 * the source's column order; and every other table of isms-csv, the ISMS records' tables and the
 * LV.2 answer sheet, through {@link #write(CsvTable, Object, OutputStream)} and
 * {@link #read(CsvTable, InputStream)}.
 * <pre>{@code
 * import org.isms4j.core.asset.*;
 *
 * AssetInventory inventory = AssetInventory.of(Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)));
 * ByteArrayOutputStream out = new ByteArrayOutputStream();
 * IsmsXlsx.japanese().withCompany("株式会社サンプル").writeAssetInventory(inventory, out);
 * AssetInventory read = IsmsXlsx.english().readAssetInventory(new ByteArrayInputStream(out.toByteArray()));
 * System.out.println(read.equals(inventory));
 * // prints: true
 * }</pre>
 *
 * <p>Writing: every cell typed, numbers as numbers, ids, codes and terms as text cells formatted
 * as text (so that a spreadsheet keeps {@code 5.10}), dates as date cells formatted
 * {@code yyyy-mm-dd}; the heading row bold and frozen; column widths that fit; a drop-down list
 * on each column of a closed vocabulary (対応 済み / 予定 / 未定, the four treatment options, the
 * plan's statuses, the SoA's marks). Above the table, a header block when there is something to
 * put in it: the title, the company ({@link #withCompany(String)}) and, for a register with one,
 * its approval record (作成者／更新者, 作成日／更新日, 承認者, 承認日). The cells are those of isms-csv's
 * tables, and a value that a cell could not carry back fails with {@link IsmsException} as it
 * does there. Text cells are never evaluated as formulas, so no cell is escaped.
 *
 * <p>Reading: the sheet named for the table in either language, or the workbook's only sheet;
 * its header block if it starts with one; then the table, read by isms-csv's reader of the table
 * with the instance's {@link SpreadsheetTolerance}, as strictly as from CSV. A number cell reads
 * as its digits, a date cell as {@code yyyy-MM-dd}, a formula as its saved value. A failure
 * throws {@link IsmsXlsxException} naming the cell, such as {@code 資産目録!L3}, with the CSV
 * reader's reason, and nothing else whatever the bytes. A workbook is read into memory up to
 * 64 MiB, and its zip checked before it is parsed: parts of 256 MiB inflated (shared strings
 * 64 MiB), 512 MiB in all, 1,000 entries, an inflation ratio of 100, so that a zip bomb fails
 * within its first megabyte.
 *
 * <p>Streams given to this class are not closed: the caller owns them. This class is immutable
 * and thread-safe.
 */
public final class IsmsXlsx {

    private static final IsmsXlsx JAPANESE = new IsmsXlsx(Locale.JAPANESE, Optional.empty(),
            SpreadsheetTolerance.strict());
    private static final IsmsXlsx ENGLISH = new IsmsXlsx(Locale.ENGLISH, Optional.empty(),
            SpreadsheetTolerance.strict());

    private final Locale locale;
    private final Optional<String> company;
    private final SpreadsheetTolerance tolerance;
    private final IsmsCsv tables;

    private IsmsXlsx(Locale locale, Optional<String> company, SpreadsheetTolerance tolerance) {
        this.locale = locale;
        this.company = company;
        this.tolerance = tolerance;
        this.tables = IsmsCsv.of(locale).withTolerance(tolerance);
    }

    /**
     * Returns the instance that writes Japanese sheet names, headings and terms.
     *
     * @return the instance, not null
     */
    public static IsmsXlsx japanese() {
        return JAPANESE;
    }

    /**
     * Returns the instance that writes English sheet names, headings and terms.
     *
     * @return the instance, not null
     */
    public static IsmsXlsx english() {
        return ENGLISH;
    }

    /**
     * Returns the instance of a locale's language: Japanese for Japanese, English for every other.
     *
     * @param locale the locale, not null
     * @return the instance, not null
     */
    public static IsmsXlsx of(Locale locale) {
        return VocabularyTerm.isJapanese(Objects.requireNonNull(locale, "locale")) ? JAPANESE : ENGLISH;
    }

    /**
     * Returns a copy that writes a company's name in each sheet's header block.
     *
     * @param company the company's name, such as {@code 株式会社サンプル}; not blank
     * @return the copy, not null
     * @throws IsmsException if the name is blank
     */
    public IsmsXlsx withCompany(String company) {
        return new IsmsXlsx(locale, Optional.of(org.isms4j.core.Checks.notBlank("company", company)), tolerance);
    }

    /**
     * Returns a copy whose readers tolerate what a sheet kept by hand has, as isms-csv's readers
     * do ({@link SpreadsheetTolerance}).
     *
     * @param readTolerance the tolerance, not null
     * @return the copy, not null
     */
    public IsmsXlsx withTolerance(SpreadsheetTolerance readTolerance) {
        return new IsmsXlsx(locale, company, Objects.requireNonNull(readTolerance, "readTolerance"));
    }

    /**
     * Returns the language of what is written.
     *
     * @return {@link Locale#JAPANESE} or {@link Locale#ENGLISH}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the company written in the header blocks.
     *
     * @return the company, or empty
     */
    public Optional<String> company() {
        return company;
    }

    /**
     * Returns what the readers tolerate.
     *
     * @return the tolerance, not null
     */
    public SpreadsheetTolerance tolerance() {
        return tolerance;
    }

    // ---------------------------------------------------------------- writing

    private Optional<HeaderBlock> header(Optional<Approval> approval) {
        return company.isPresent() || approval.isPresent() ? Optional.of(new HeaderBlock(company, approval))
                : Optional.empty();
    }

    private void write(SheetLayout layout, ReportTable table, Optional<Approval> approval, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            SheetWriter.write(layout, table, header(approval), locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(SheetLayout layout, ReportTable table, Optional<Approval> approval, Path file) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            SheetWriter.write(layout, table, header(approval), locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an asset inventory as a workbook.
     *
     * @param inventory the inventory, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeAssetInventory(AssetInventory inventory, OutputStream out) {
        write(RiskSheet.INVENTORY, tables.inventoryTable(inventory), Optional.empty(), out);
    }

    /**
     * Writes an asset inventory as a workbook file.
     *
     * @param inventory the inventory, not null
     * @param file the file, not null; created or replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeAssetInventory(AssetInventory inventory, Path file) {
        write(RiskSheet.INVENTORY, tables.inventoryTable(inventory), Optional.empty(), file);
    }

    /**
     * Writes a risk register as a workbook, with its approval record in the header block.
     *
     * @param register the register, not null
     * @param out the stream, not null; flushed, not closed
     * @throws IsmsException if a value could not be read back from its cell (nothing is written)
     * @throws UncheckedIOException if the stream fails
     */
    public void writeRiskRegister(RiskRegister register, OutputStream out) {
        write(RiskSheet.REGISTER, tables.registerTable(register), register.approval(), out);
    }

    /**
     * Writes a risk register as a workbook file.
     *
     * @param register the register, not null
     * @param file the file, not null; created or replaced
     * @throws IsmsException if a value could not be read back from its cell
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeRiskRegister(RiskRegister register, Path file) {
        write(RiskSheet.REGISTER, tables.registerTable(register), register.approval(), file);
    }

    /**
     * Writes a treatment plan as a workbook.
     *
     * @param plan the plan, not null
     * @param out the stream, not null; flushed, not closed
     * @throws IsmsException if a task has a line break (nothing is written)
     * @throws UncheckedIOException if the stream fails
     */
    public void writeTreatmentPlan(TreatmentPlan plan, OutputStream out) {
        write(RiskSheet.PLAN, tables.planTable(plan), Optional.empty(), out);
    }

    /**
     * Writes a treatment plan as a workbook file.
     *
     * @param plan the plan, not null
     * @param file the file, not null; created or replaced
     * @throws IsmsException if a task has a line break
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeTreatmentPlan(TreatmentPlan plan, Path file) {
        write(RiskSheet.PLAN, tables.planTable(plan), Optional.empty(), file);
    }

    /**
     * Writes a Statement of Applicability as a workbook: one row per Annex A control.
     *
     * @param soa the statement, not null
     * @param out the stream, not null; flushed, not closed
     * @throws IsmsException if a document or an evidence reference has a line break
     * @throws UncheckedIOException if the stream fails
     */
    public void writeStatementOfApplicability(StatementOfApplicability soa, OutputStream out) {
        write(RiskSheet.SOA, tables.soaTable(soa), Optional.empty(), out);
    }

    /**
     * Writes a Statement of Applicability as a workbook file.
     *
     * @param soa the statement, not null
     * @param file the file, not null; created or replaced
     * @throws IsmsException if a document or an evidence reference has a line break
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeStatementOfApplicability(StatementOfApplicability soa, Path file) {
        write(RiskSheet.SOA, tables.soaTable(soa), Optional.empty(), file);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads an asset inventory from a workbook.
     *
     * @param in the workbook, not null; not closed
     * @return the inventory, not null
     * @throws IsmsXlsxException if the workbook does not hold a valid asset inventory
     * @throws UncheckedIOException if the stream fails
     */
    public AssetInventory readAssetInventory(InputStream in) {
        return WorkbookReader.read(Objects.requireNonNull(in, "in"), RiskSheet.INVENTORY,
                (rows, header) -> tables.readAssetInventory(rows));
    }

    /**
     * Reads an asset inventory from a workbook file.
     *
     * @param file the file, not null
     * @return the inventory, not null
     * @throws IsmsXlsxException if the workbook does not hold a valid asset inventory
     * @throws UncheckedIOException if the file cannot be read
     */
    public AssetInventory readAssetInventory(Path file) {
        return WorkbookReader.read(Objects.requireNonNull(file, "file"), RiskSheet.INVENTORY,
                (rows, header) -> tables.readAssetInventory(rows));
    }

    /**
     * Reads a risk register scored by a model over an inventory from a workbook, with the
     * approval record of its header block if it has one.
     *
     * @param in the workbook, not null; not closed
     * @param model the model that scored the register, not null
     * @param inventory the inventory holding every risk's assets, not null
     * @return the register, not null
     * @throws IsmsXlsxException if the workbook does not hold a valid register under the model
     *     and inventory
     * @throws UncheckedIOException if the stream fails
     */
    public RiskRegister readRiskRegister(InputStream in, RiskModel model, AssetInventory inventory) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inventory, "inventory");
        return WorkbookReader.read(Objects.requireNonNull(in, "in"), RiskSheet.REGISTER,
                (rows, header) -> register(rows, header, model, inventory));
    }

    /**
     * Reads a risk register from a workbook file.
     *
     * @param file the file, not null
     * @param model the model that scored the register, not null
     * @param inventory the inventory holding every risk's assets, not null
     * @return the register, not null
     * @throws IsmsXlsxException if the workbook does not hold a valid register
     * @throws UncheckedIOException if the file cannot be read
     */
    public RiskRegister readRiskRegister(Path file, RiskModel model, AssetInventory inventory) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inventory, "inventory");
        return WorkbookReader.read(Objects.requireNonNull(file, "file"), RiskSheet.REGISTER,
                (rows, header) -> register(rows, header, model, inventory));
    }

    private RiskRegister register(SheetRows rows, Optional<HeaderBlock> header, RiskModel model,
            AssetInventory inventory) {
        RiskRegister register = tables.readRiskRegister(rows, model, inventory);
        Optional<Approval> approval = header.flatMap(HeaderBlock::approval);
        return approval.isPresent() ? register.withApproval(approval.get()) : register;
    }

    /**
     * Reads a treatment plan from a workbook.
     *
     * @param in the workbook, not null; not closed
     * @return the plan, not null
     * @throws IsmsXlsxException if the workbook does not hold a valid treatment plan
     * @throws UncheckedIOException if the stream fails
     */
    public TreatmentPlan readTreatmentPlan(InputStream in) {
        return WorkbookReader.read(Objects.requireNonNull(in, "in"), RiskSheet.PLAN,
                (rows, header) -> tables.readTreatmentPlan(rows));
    }

    /**
     * Reads a treatment plan from a workbook file.
     *
     * @param file the file, not null
     * @return the plan, not null
     * @throws IsmsXlsxException if the workbook does not hold a valid treatment plan
     * @throws UncheckedIOException if the file cannot be read
     */
    public TreatmentPlan readTreatmentPlan(Path file) {
        return WorkbookReader.read(Objects.requireNonNull(file, "file"), RiskSheet.PLAN,
                (rows, header) -> tables.readTreatmentPlan(rows));
    }

    /**
     * Reads a Statement of Applicability from a workbook: rows in any order; a control without a
     * row, or with an empty applicability cell, is undecided.
     *
     * @param in the workbook, not null; not closed
     * @return the statement, not null
     * @throws IsmsXlsxException if the workbook does not hold a valid Statement of Applicability
     * @throws UncheckedIOException if the stream fails
     */
    public StatementOfApplicability readStatementOfApplicability(InputStream in) {
        return WorkbookReader.read(Objects.requireNonNull(in, "in"), RiskSheet.SOA,
                (rows, header) -> tables.readStatementOfApplicability(rows));
    }

    /**
     * Reads a Statement of Applicability from a workbook file.
     *
     * @param file the file, not null
     * @return the statement, not null
     * @throws IsmsXlsxException if the workbook does not hold a valid Statement of Applicability
     * @throws UncheckedIOException if the file cannot be read
     */
    public StatementOfApplicability readStatementOfApplicability(Path file) {
        return WorkbookReader.read(Objects.requireNonNull(file, "file"), RiskSheet.SOA,
                (rows, header) -> tables.readStatementOfApplicability(rows));
    }

    // ---------------------------------------------------------------- the other tables

    /**
     * Writes a value as a workbook of one of isms-csv's other tables: an ISMS record of
     * {@link org.isms4j.csv.RecordTables}, such as a {@code DocumentRegister} as
     * {@code RecordTables.DOCUMENT_REGISTER} on the sheet 文書管理台帳 (Document register), or an
     * LV.2 answer sheet of {@link org.isms4j.csv.SelfAssessmentTables#answerSheet}, on 自社診断回答
     * (Answer sheet). The cells are the CSV table's; a column whose every cell is a whole number
     * is written as numbers, one whose every cell is a date as dates, any other as text.
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param value the value, not null
     * @param out the stream, not null; flushed, not closed
     * @throws IsmsException if a value could not be read back from its cell (nothing is written)
     * @throws UncheckedIOException if the stream fails
     */
    public <T> void write(CsvTable<T> table, T value, OutputStream out) {
        ReportTable cells = tables.table(table, Objects.requireNonNull(value, "value"));
        write(RecordSheet.writing(table, cells), cells, Optional.empty(), out);
    }

    /**
     * Writes a value as a workbook file of one of isms-csv's other tables.
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param value the value, not null
     * @param file the file, not null; created or replaced
     * @throws IsmsException if a value could not be read back from its cell
     * @throws UncheckedIOException if the file cannot be written
     */
    public <T> void write(CsvTable<T> table, T value, Path file) {
        ReportTable cells = tables.table(table, Objects.requireNonNull(value, "value"));
        write(RecordSheet.writing(table, cells), cells, Optional.empty(), file);
    }

    /**
     * Reads a value from a workbook of one of isms-csv's other tables: the sheet named for the
     * table in either language (or the workbook's only sheet), read by the CSV reader of the
     * table, as {@link org.isms4j.csv.IsmsCsv#read(CsvTable, InputStream)} reads the CSV.
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param in the workbook, not null; not closed
     * @return the value, not null
     * @throws IsmsXlsxException if the workbook does not hold a valid table of that kind
     * @throws UncheckedIOException if the stream fails
     */
    public <T> T read(CsvTable<T> table, InputStream in) {
        Objects.requireNonNull(table, "table");
        return WorkbookReader.read(Objects.requireNonNull(in, "in"), RecordSheet.reading(table),
                (rows, header) -> tables.read(table, rows));
    }

    /**
     * Reads a value from a workbook file of one of isms-csv's other tables.
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param file the file, not null
     * @return the value, not null
     * @throws IsmsXlsxException if the workbook does not hold a valid table of that kind
     * @throws UncheckedIOException if the file cannot be read
     */
    public <T> T read(CsvTable<T> table, Path file) {
        Objects.requireNonNull(table, "table");
        return WorkbookReader.read(Objects.requireNonNull(file, "file"), RecordSheet.reading(table),
                (rows, header) -> tables.read(table, rows));
    }
}
