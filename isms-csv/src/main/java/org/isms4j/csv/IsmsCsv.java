package org.isms4j.csv;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.isms4j.annexa.soa.SoaColumn;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;
import org.isms4j.core.RiskModel;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.AssessmentColumn;
import org.isms4j.core.report.InventoryColumn;
import org.isms4j.core.report.PlanColumn;
import org.isms4j.core.report.ReportTable;

/**
 * The reader and writer of isms4j's tables as CSV: the asset inventory 資産目録, the risk
 * assessment report リスクアセスメント結果報告書, the risk treatment plan リスク対応計画 and the Statement
 * of Applicability 適用宣言書, with Japanese or English headings in the source's column order, such
 * as the inventory's row of the staff register read back.
 * <pre>{@code
 * import org.isms4j.core.asset.*;
 *
 * AssetInventory inventory = AssetInventory.of(Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2))
 *         .withBusinessCategory("人事").withMedium("社員PC"));
 * String csv = IsmsCsv.japanese().writeAssetInventory(inventory);
 * System.out.print(csv);
 * System.out.println(IsmsCsv.japanese().readAssetInventory(csv).equals(inventory));
 * // prints: 番号,業務分類,情報資産名称,備考,利用者範囲,リスク所有者,管理部署,媒体・保存先,機密性,完全性,可用性,重要度
 * // prints: 1,人事,社員名簿,,,,,社員PC,3,3,2,3
 * // prints: true
 * }</pre>
 *
 * <p>Tables: the inventory has every {@link InventoryColumn}; the register every
 * {@link AssessmentColumn} (the source's columns, then the detail columns: threat, vulnerability,
 * overrides, justification, the residual acceptance), so that every value of every risk is in it;
 * the plan every {@link PlanColumn}; the SoA every {@link SoaColumn}, one row per Annex A control
 * with empty cells after the theme for an undecided control. Cells are those of the core's
 * Markdown tables ({@link ReportTable}): terms by name in the table's language (an SoA's marks
 * ○, ×, △, 未, —), several numbers or terms in a cell separated by {@code ", "}, several controls,
 * tasks, documents or evidence references by line breaks, a treatment control as
 * {@code 情報の分類定義 (5.12)}, dates as {@code 2023-10-02}.
 *
 * <p>Writing: UTF-8, RFC 4180 (CRLF after each row; a cell quoted when it holds a comma, a quote,
 * a line break or leading or trailing space), optionally after a byte order mark
 * ({@link #withByteOrderMark()}) so that spreadsheet programs such as Excel open Japanese text
 * correctly. A value a cell could not carry back fails with {@link IsmsException} before anything
 * is written: a line break inside one of several values of a cell (a task, a control, a
 * document), or a control's text that ends like an Annex A id in brackets while the control names
 * none. A register's approval record has no place in the table and is not written.
 *
 * <p>Reading is strict and reads back equal objects: headings in Japanese or English (mixed too),
 * in any order, each column exactly once; a leading byte order mark skipped; rows of empty cells
 * skipped; terms in either language or as codes. Every derived cell is checked (an asset's
 * importance, a risk's importance, likelihood, level and priority under the model, the Annex A
 * column against the controls), and every rule of the core. A failure throws
 * {@link IsmsCsvException} naming the row and column, such as
 * {@code row 3, column 重要度: Invalid value for importance (valid values 0 - 10): 11}, and nothing
 * else whatever the bytes; only an {@link IOException} of the caller's stream is rethrown, as
 * {@link UncheckedIOException}. Read limits are {@link #DEFAULT_READ_CONSTRAINTS}
 * (cells of {@value #MAX_CELL_LENGTH} characters, tables of {@value #MAX_TABLE_LENGTH} bytes) unless
 * {@link #withReadConstraints} sets others.
 *
 * <p>The ISMS records' tables and the self-assessment answer sheet are kinds of {@link CsvTable},
 * read by {@link #read(CsvTable, String)} and written by {@link #write(CsvTable, Object)} and
 * their stream and file overloads, with the same rules: {@link RecordTables} and
 * {@link SelfAssessmentTables} list them.
 *
 * <p>Each table is written to an {@link OutputStream}, a {@code String} or a file ({@link Path},
 * created or replaced) and read from an {@link InputStream}, a {@code String} or a UTF-8 file
 * (closed after reading). Streams given to this class are not closed: the caller owns them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IsmsCsv extends CsvWriting {

    /**
     * The longest cell read by default, in characters after unquoting: {@value}, the core's
     * longest text ({@link Limits#MAX_TEXT_LENGTH}) and the apostrophe that
     * {@link CellEscaping#SPREADSHEET} may put before it. Every cell the writers write from values
     * the core accepts is within it: a text, a list of texts one per line (a plan row's tasks, a
     * treatment's controls), which the core limits as one text, and a list of at most
     * {@link Limits#MAX_LIST_SIZE} numbers ({@code 1, 2, 3}, at most 95,998 characters).
     */
    public static final int MAX_CELL_LENGTH = Limits.MAX_TEXT_LENGTH + 1;
    /** The longest table read by default, in bytes: {@value} (1 GiB). */
    public static final long MAX_TABLE_LENGTH = 1L << 30;

    /**
     * The read limits of {@link #japanese()} and {@link #english()}: cells of
     * {@value #MAX_CELL_LENGTH} characters, tables of {@value #MAX_TABLE_LENGTH} bytes, and the
     * limits of a number's digits (32), of nesting (32) and of a name (256) that a table, flat and
     * without names, does not reach.
     */
    public static final StreamReadConstraints DEFAULT_READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxStringLength(MAX_CELL_LENGTH)
            .maxNumberLength(32)
            .maxNameLength(256)
            .maxDocumentLength(MAX_TABLE_LENGTH)
            .build();

    private static final IsmsCsv JAPANESE = new IsmsCsv(Locale.JAPANESE, false, DEFAULT_READ_CONSTRAINTS,
            CsvCharset.UTF_8, CellEscaping.SPREADSHEET, SpreadsheetTolerance.strict());
    private static final IsmsCsv ENGLISH = JAPANESE.withLocale(Locale.ENGLISH);

    private static final CsvTableReader.Table<InventoryColumn, AssetInventory> INVENTORY = new CsvTableReader.Table<>(
            InventoryColumn.class, EnumSet.of(InventoryColumn.IMPORTANCE), "asset inventory", CsvTables::inventory);
    private static final CsvTableReader.Table<PlanColumn, TreatmentPlan> PLAN = new CsvTableReader.Table<>(
            PlanColumn.class, Set.of(), "treatment plan", CsvTables::plan);
    private static final CsvTableReader.Table<SoaColumn, StatementOfApplicability> SOA = new CsvTableReader.Table<>(
            SoaColumn.class, Set.of(), "statement of applicability", SoaTable::soa);

    private final StreamReadConstraints constraints;
    private final SpreadsheetTolerance tolerance;
    private final CsvTableReader tables;

    private IsmsCsv(Locale locale, boolean byteOrderMark, StreamReadConstraints constraints, CsvCharset charset,
            CellEscaping escaping, SpreadsheetTolerance tolerance) {
        super(locale, byteOrderMark, charset, escaping);
        this.constraints = constraints;
        this.tolerance = tolerance;
        this.tables = new CsvTableReader(constraints, charset, escaping, tolerance);
    }

    private IsmsCsv withLocale(Locale language) {
        return new IsmsCsv(language, byteOrderMark, constraints, charset, escaping, tolerance);
    }

    /**
     * Returns the instance that writes Japanese headings and terms, without a byte order mark.
     *
     * @return the instance, not null
     */
    public static IsmsCsv japanese() {
        return JAPANESE;
    }

    /**
     * Returns the instance that writes English headings and terms, without a byte order mark.
     *
     * @return the instance, not null
     */
    public static IsmsCsv english() {
        return ENGLISH;
    }

    /**
     * Returns the instance that writes the headings and terms of a locale: Japanese for a locale
     * whose language is Japanese, English for every other.
     *
     * @param locale the locale, such as {@link Locale#JAPAN}, not null
     * @return the instance, not null
     */
    public static IsmsCsv of(Locale locale) {
        return VocabularyTerm.isJapanese(Objects.requireNonNull(locale, "locale")) ? JAPANESE : ENGLISH;
    }

    /**
     * Returns a copy that reads and writes in a character encoding: {@link CsvCharset#UTF_8}, the
     * default, or {@link CsvCharset#WINDOWS_31J}, the encoding of the "CSV" Excel saves on a
     * Japanese PC. Reading decodes strictly; a byte order mark still chooses UTF-8 or UTF-16.
     * Writing fails, before anything is written, for a cell with a character the encoding lacks,
     * such as {@code —} (U+2014) in windows-31j; a byte order mark is written in UTF-8 only.
     * Text ({@code String}) is read and written as it is.
     *
     * @param encoding the encoding, not null
     * @return the copy, not null
     */
    public IsmsCsv withCharset(CsvCharset encoding) {
        return new IsmsCsv(locale, byteOrderMark, constraints, Objects.requireNonNull(encoding, "encoding"), escaping,
                tolerance);
    }

    /**
     * Returns a copy that writes and reads cells a spreadsheet would take for formulas as a mode
     * says: {@link CellEscaping#SPREADSHEET}, the default, or {@link CellEscaping#EXACT}.
     *
     * @param mode the mode, not null
     * @return the copy, not null
     */
    public IsmsCsv withCellEscaping(CellEscaping mode) {
        return new IsmsCsv(locale, byteOrderMark, constraints, charset, Objects.requireNonNull(mode, "mode"),
                tolerance);
    }

    /**
     * Returns a copy whose readers tolerate what a spreadsheet kept by hand has, as the
     * tolerance names it, such as {@link SpreadsheetTolerance#excel()}; the default is
     * {@link SpreadsheetTolerance#strict()}.
     *
     * @param readTolerance the tolerance, not null
     * @return the copy, not null
     */
    public IsmsCsv withTolerance(SpreadsheetTolerance readTolerance) {
        return new IsmsCsv(locale, byteOrderMark, constraints, charset, escaping,
                Objects.requireNonNull(readTolerance, "readTolerance"));
    }

    /**
     * Returns the character encoding of reading and writing bytes.
     *
     * @return the encoding, not null
     */
    public CsvCharset charset() {
        return charset;
    }

    /**
     * Returns the mode of formula-like cells.
     *
     * @return the mode, not null
     */
    public CellEscaping cellEscaping() {
        return escaping;
    }

    /**
     * Returns what the readers tolerate.
     *
     * @return the tolerance, not null
     */
    public SpreadsheetTolerance tolerance() {
        return tolerance;
    }

    /**
     * Returns a copy that writes a UTF-8 byte order mark first, as spreadsheet programs expect
     * of a UTF-8 file.
     *
     * @return the copy, not null
     */
    public IsmsCsv withByteOrderMark() {
        return new IsmsCsv(locale, true, constraints, charset, escaping, tolerance);
    }

    /**
     * Returns a copy with other read limits.
     *
     * @param readConstraints the limits, not null
     * @return the copy, not null
     */
    public IsmsCsv withReadConstraints(StreamReadConstraints readConstraints) {
        return new IsmsCsv(locale, byteOrderMark, Objects.requireNonNull(readConstraints, "readConstraints"), charset,
                escaping, tolerance);
    }

    /**
     * Returns the language of the headings and terms written: {@link Locale#JAPANESE} or
     * {@link Locale#ENGLISH}.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Tells whether a byte order mark is written first.
     *
     * @return true if {@link #withByteOrderMark()} made this copy
     */
    public boolean writesByteOrderMark() {
        return byteOrderMark;
    }

    /**
     * Returns the read limits.
     *
     * @return the limits, not null
     */
    public StreamReadConstraints readConstraints() {
        return constraints;
    }

    // ---------------------------------------------------------------- asset inventory

    /**
     * Reads an asset inventory; each rating lies in 0 - 10.
     *
     * @param in the UTF-8 table, not null; not closed
     * @return the inventory, not null
     * @throws IsmsCsvException if the table is not a valid asset inventory
     * @throws UncheckedIOException if the stream fails
     */
    public AssetInventory readAssetInventory(InputStream in) {
        return tables.read(in, INVENTORY);
    }

    /**
     * Reads an asset inventory from text.
     *
     * @param csv the table, not null
     * @return the inventory, not null
     * @throws IsmsCsvException if the table is not a valid asset inventory
     */
    public AssetInventory readAssetInventory(String csv) {
        return tables.read(csv, INVENTORY);
    }

    /**
     * Reads the asset inventory table from a UTF-8 file.
     *
     * @param file the file, not null
     * @return the inventory, not null
     * @throws IsmsCsvException if the table is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public AssetInventory readAssetInventory(Path file) {
        return tables.read(file, INVENTORY);
    }

    // ---------------------------------------------------------------- risk register

    /**
     * Reads a risk register scored by a model over an inventory. Each risk's first evaluation
     * takes its asset importance from the inventory; its likelihood, level and priority, and
     * those of a second evaluation, are checked against the model.
     *
     * @param in the UTF-8 table, not null; not closed
     * @param model the model that scored the register, not null
     * @param inventory the inventory holding every asset the risks cite, not null
     * @return the register, without an approval record; not null
     * @throws IsmsCsvException if the table is not a valid risk register under the model and
     *     inventory
     * @throws UncheckedIOException if the stream fails
     */
    public RiskRegister readRiskRegister(InputStream in, RiskModel model, AssetInventory inventory) {
        return tables.read(in, RegisterTable.table(model, inventory));
    }

    /**
     * Reads a risk register from text.
     *
     * @param csv the table, not null
     * @param model the model that scored the register, not null
     * @param inventory the inventory holding every asset the risks cite, not null
     * @return the register, without an approval record; not null
     * @throws IsmsCsvException if the table is not a valid risk register under the model and
     *     inventory
     */
    public RiskRegister readRiskRegister(String csv, RiskModel model, AssetInventory inventory) {
        return tables.read(csv, RegisterTable.table(model, inventory));
    }

    /**
     * Reads the risk register table from a UTF-8 file, scored by a model over an inventory.
     *
     * @param file the file, not null
     * @param model the model that scored the register, not null
     * @param inventory the inventory holding every risk's assets, not null
     * @return the register, not null
     * @throws IsmsCsvException if the table is not valid or disagrees with the model or the inventory
     * @throws UncheckedIOException if the file cannot be read
     */
    public RiskRegister readRiskRegister(Path file, RiskModel model, AssetInventory inventory) {
        return tables.read(file, RegisterTable.table(model, inventory));
    }

    // ---------------------------------------------------------------- treatment plan

    /**
     * Reads a treatment plan.
     *
     * @param in the UTF-8 table, not null; not closed
     * @return the plan, not null
     * @throws IsmsCsvException if the table is not a valid treatment plan
     * @throws UncheckedIOException if the stream fails
     */
    public TreatmentPlan readTreatmentPlan(InputStream in) {
        return tables.read(in, PLAN);
    }

    /**
     * Reads a treatment plan from text.
     *
     * @param csv the table, not null
     * @return the plan, not null
     * @throws IsmsCsvException if the table is not a valid treatment plan
     */
    public TreatmentPlan readTreatmentPlan(String csv) {
        return tables.read(csv, PLAN);
    }

    /**
     * Reads the treatment plan table from a UTF-8 file.
     *
     * @param file the file, not null
     * @return the plan, not null
     * @throws IsmsCsvException if the table is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public TreatmentPlan readTreatmentPlan(Path file) {
        return tables.read(file, PLAN);
    }

    // ---------------------------------------------------------------- Statement of Applicability

    /**
     * Reads a Statement of Applicability: rows in any order, each control at most once; a
     * control without a row, or with an empty applicability cell, is undecided.
     *
     * @param in the UTF-8 table, not null; not closed
     * @return the statement, not null
     * @throws IsmsCsvException if the table is not a valid Statement of Applicability
     * @throws UncheckedIOException if the stream fails
     */
    public StatementOfApplicability readStatementOfApplicability(InputStream in) {
        return tables.read(in, SOA);
    }

    /**
     * Reads a Statement of Applicability from text.
     *
     * @param csv the table, not null
     * @return the statement, not null
     * @throws IsmsCsvException if the table is not a valid Statement of Applicability
     */
    public StatementOfApplicability readStatementOfApplicability(String csv) {
        return tables.read(csv, SOA);
    }

    /**
     * Reads the Statement of Applicability table from a UTF-8 file.
     *
     * @param file the file, not null
     * @return the statement, not null
     * @throws IsmsCsvException if the table is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public StatementOfApplicability readStatementOfApplicability(Path file) {
        return tables.read(file, SOA);
    }

    // ---------------------------------------------------------------- another format's rows

    /**
     * Reads an asset inventory from another format's rows of text cells, as from a file.
     *
     * @param rows the rows, not null
     * @return the inventory, not null
     * @throws IsmsCsvException if the table is not a valid asset inventory, at the row as
     *     {@link TableRows#row()} counts it and the cell's index
     */
    public AssetInventory readAssetInventory(TableRows rows) {
        return tables.read(rows, INVENTORY);
    }

    /**
     * Reads a risk register from another format's rows of text cells, as from a file.
     *
     * @param rows the rows, not null
     * @param model the model that scored the register, not null
     * @param inventory the inventory holding every risk's assets, not null
     * @return the register, without an approval record; not null
     * @throws IsmsCsvException if the table is not valid or disagrees with the model or the inventory
     */
    public RiskRegister readRiskRegister(TableRows rows, RiskModel model, AssetInventory inventory) {
        return tables.read(rows, RegisterTable.table(model, inventory));
    }

    /**
     * Reads a treatment plan from another format's rows of text cells, as from a file.
     *
     * @param rows the rows, not null
     * @return the plan, not null
     * @throws IsmsCsvException if the table is not a valid treatment plan
     */
    public TreatmentPlan readTreatmentPlan(TableRows rows) {
        return tables.read(rows, PLAN);
    }

    /**
     * Reads a Statement of Applicability from another format's rows of text cells, as from a file.
     *
     * @param rows the rows, not null
     * @return the statement, not null
     * @throws IsmsCsvException if the table is not a valid Statement of Applicability
     */
    public StatementOfApplicability readStatementOfApplicability(TableRows rows) {
        return tables.read(rows, SOA);
    }

    /**
     * Reads a table of a kind, such as {@link RecordTables#DOCUMENT_REGISTER}, from another
     * format's rows of text cells, as from a file.
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param rows the rows, not null
     * @return the value, not null
     * @throws IsmsCsvException if the rows are not a valid table of that kind, at the row as
     *     {@link TableRows#row()} counts it and the cell's index
     */
    public <T> T read(CsvTable<T> table, TableRows rows) {
        return Objects.requireNonNull(table, "table").read(tables, Objects.requireNonNull(rows, "rows"));
    }

    // ---------------------------------------------------------------- any table kind

    /**
     * Reads a table of a kind, such as {@link RecordTables#DOCUMENT_REGISTER} or
     * {@link SelfAssessmentTables#answerSheet}, as its constant or factory documents it.
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param in the UTF-8 table, not null; not closed
     * @return the value, not null
     * @throws IsmsCsvException if the bytes are not a valid table of that kind
     * @throws UncheckedIOException if the stream fails
     */
    public <T> T read(CsvTable<T> table, InputStream in) {
        return Objects.requireNonNull(table, "table").read(tables, in);
    }

    /**
     * Reads a table of a kind from text.
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param csv the table, not null
     * @return the value, not null
     * @throws IsmsCsvException if the text is not a valid table of that kind
     */
    public <T> T read(CsvTable<T> table, String csv) {
        return Objects.requireNonNull(table, "table").read(tables, csv);
    }

    /**
     * Reads a table of a kind from a UTF-8 file.
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param file the file, not null
     * @return the value, not null
     * @throws IsmsCsvException if the file is not a valid table of that kind
     * @throws UncheckedIOException if the file cannot be read
     */
    public <T> T read(CsvTable<T> table, Path file) {
        return Objects.requireNonNull(table, "table").read(tables, file);
    }
}
