package org.isms4j.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.IsmsException;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.AssessmentColumn;
import org.isms4j.core.report.ReportTable;

/**
 * The writing half of {@link IsmsCsv}, whose methods these are: each table written to an
 * {@link OutputStream}, a file ({@link Path}, created or replaced) or a {@code String}, in the
 * instance's language, as {@link IsmsCsv} says. Kept apart from the reading half so that each
 * stays a size one can read; only {@code IsmsCsv} extends it.
 *
 * <p>Not part of the API by name. This class is immutable and thread-safe.
 */
abstract sealed class CsvWriting permits IsmsCsv {

    /** The language of the headings and terms written. */
    final Locale locale;
    /** Whether a byte order mark starts what is written. */
    final boolean byteOrderMark;
    /** The encoding of bytes written and read. */
    final CsvCharset charset;
    /** The mode of formula-like cells. */
    final CellEscaping escaping;

    CsvWriting(Locale locale, boolean byteOrderMark, CsvCharset charset, CellEscaping escaping) {
        this.locale = locale;
        this.byteOrderMark = byteOrderMark;
        this.charset = charset;
        this.escaping = escaping;
    }

    private CsvOutput output(CsvCharset encoding) {
        return new CsvOutput(encoding, byteOrderMark && encoding == CsvCharset.UTF_8, escaping);
    }

    // ---------------------------------------------------------------- any table

    /**
     * Writes a report table as CSV, such as {@code ReportTable.ofAssessment(register, locale)}.
     *
     * @param table the table, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeTable(ReportTable table, OutputStream out) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        try {
            output(charset).write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a report table as CSV text.
     *
     * @param table the table, not null
     * @return the text, beginning with the byte order mark if this instance writes one; not null
     */
    public String writeTable(ReportTable table) {
        Objects.requireNonNull(table, "table");
        StringWriter out = new StringWriter();
        try {
            output(CsvCharset.UTF_8).write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes any table to a file, as {@link #writeTable(ReportTable, OutputStream)} does.
     *
     * @param table the table, not null
     * @param file the file, not null; created or replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeTable(ReportTable table, Path file) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(file, "file");
        CsvOutput output = output(charset);
        output.check(table);
        try (OutputStream out = Files.newOutputStream(file)) {
            output.write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the tables themselves

    /**
     * Returns a value's table of a kind, such as a {@code DocumentRegister}'s as
     * {@link RecordTables#DOCUMENT_REGISTER}, as this instance writes it, before cell escaping,
     * for a writer of another format that holds the same table (such as a workbook's sheet).
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param value the value, not null
     * @return the table, not null
     * @throws IsmsException if a value could not be read back from its cell
     */
    public <T> ReportTable table(CsvTable<T> table, T value) {
        return Objects.requireNonNull(table, "table").table(value, locale);
    }

    /**
     * Returns the asset inventory's table as this instance writes it, before cell escaping, for a
     * writer of another format that holds the same table (such as a workbook's sheet).
     *
     * @param inventory the inventory, not null
     * @return the table, with every {@code InventoryColumn}; not null
     */
    public ReportTable inventoryTable(AssetInventory inventory) {
        return CsvTables.inventoryTable(Objects.requireNonNull(inventory, "inventory"), locale);
    }

    /**
     * Returns the risk register's table as this instance writes it, with every
     * {@link AssessmentColumn}.
     *
     * @param register the register, not null
     * @return the table, not null
     * @throws IsmsException if a value could not be read back from its cell
     */
    public ReportTable registerTable(RiskRegister register) {
        return RegisterTable.registerTable(Objects.requireNonNull(register, "register"), locale);
    }

    /**
     * Returns the treatment plan's table as this instance writes it, with every {@code PlanColumn}.
     *
     * @param plan the plan, not null
     * @return the table, not null
     * @throws IsmsException if a task has a line break
     */
    public ReportTable planTable(TreatmentPlan plan) {
        return CsvTables.planTable(Objects.requireNonNull(plan, "plan"), locale);
    }

    /**
     * Returns the Statement of Applicability's table as this instance writes it, with every
     * {@code SoaColumn}, one row per Annex A control.
     *
     * @param soa the statement, not null
     * @return the table, not null
     * @throws IsmsException if a document or an evidence reference has a line break
     */
    public ReportTable soaTable(StatementOfApplicability soa) {
        return SoaTable.soaTable(Objects.requireNonNull(soa, "soa"), locale);
    }

    // ---------------------------------------------------------------- asset inventory

    /**
     * Writes an asset inventory.
     *
     * @param inventory the inventory, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeAssetInventory(AssetInventory inventory, OutputStream out) {
        writeTable(CsvTables.inventoryTable(Objects.requireNonNull(inventory, "inventory"), locale), out);
    }

    /**
     * Writes an asset inventory as text.
     *
     * @param inventory the inventory, not null
     * @return the text, not null
     */
    public String writeAssetInventory(AssetInventory inventory) {
        return writeTable(CsvTables.inventoryTable(Objects.requireNonNull(inventory, "inventory"), locale));
    }

    /**
     * Writes the asset inventory table to a file.
     *
     * @param inventory the inventory, not null
     * @param file the file, not null; created or replaced
     * @throws IsmsException if a value could not be read back from its cell
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeAssetInventory(AssetInventory inventory, Path file) {
        writeTable(CsvTables.inventoryTable(Objects.requireNonNull(inventory, "inventory"), locale), file);
    }

    // ---------------------------------------------------------------- risk register

    /**
     * Writes a risk register with every {@link AssessmentColumn}; the approval record is not
     * part of the table.
     *
     * @param register the register, not null
     * @param out the stream, not null; flushed, not closed
     * @throws IsmsException if a value could not be read back from its cell (nothing is written
     *     then)
     * @throws UncheckedIOException if the stream fails
     */
    public void writeRiskRegister(RiskRegister register, OutputStream out) {
        writeTable(RegisterTable.registerTable(Objects.requireNonNull(register, "register"), locale), out);
    }

    /**
     * Writes a risk register as text, as {@link #writeRiskRegister(RiskRegister, OutputStream)}
     * does.
     *
     * @param register the register, not null
     * @return the text, not null
     * @throws IsmsException if a value could not be read back from its cell
     */
    public String writeRiskRegister(RiskRegister register) {
        return writeTable(RegisterTable.registerTable(Objects.requireNonNull(register, "register"), locale));
    }

    /**
     * Writes the risk register table to a file.
     *
     * @param register the register, not null
     * @param file the file, not null; created or replaced
     * @throws IsmsException if a value could not be read back from its cell
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeRiskRegister(RiskRegister register, Path file) {
        writeTable(RegisterTable.registerTable(Objects.requireNonNull(register, "register"), locale), file);
    }

    // ---------------------------------------------------------------- treatment plan

    /**
     * Writes a treatment plan.
     *
     * @param plan the plan, not null
     * @param out the stream, not null; flushed, not closed
     * @throws IsmsException if a task has a line break (nothing is written then)
     * @throws UncheckedIOException if the stream fails
     */
    public void writeTreatmentPlan(TreatmentPlan plan, OutputStream out) {
        writeTable(CsvTables.planTable(Objects.requireNonNull(plan, "plan"), locale), out);
    }

    /**
     * Writes a treatment plan as text.
     *
     * @param plan the plan, not null
     * @return the text, not null
     * @throws IsmsException if a task has a line break
     */
    public String writeTreatmentPlan(TreatmentPlan plan) {
        return writeTable(CsvTables.planTable(Objects.requireNonNull(plan, "plan"), locale));
    }

    /**
     * Writes the treatment plan table to a file.
     *
     * @param plan the plan, not null
     * @param file the file, not null; created or replaced
     * @throws IsmsException if a value could not be read back from its cell
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeTreatmentPlan(TreatmentPlan plan, Path file) {
        writeTable(CsvTables.planTable(Objects.requireNonNull(plan, "plan"), locale), file);
    }

    // ---------------------------------------------------------------- Statement of Applicability

    /**
     * Writes a Statement of Applicability: one row per Annex A control in document order.
     *
     * @param soa the statement, not null
     * @param out the stream, not null; flushed, not closed
     * @throws IsmsException if a document or an evidence reference has a line break (nothing is
     *     written then)
     * @throws UncheckedIOException if the stream fails
     */
    public void writeStatementOfApplicability(StatementOfApplicability soa, OutputStream out) {
        writeTable(SoaTable.soaTable(Objects.requireNonNull(soa, "soa"), locale), out);
    }

    /**
     * Writes a Statement of Applicability as text.
     *
     * @param soa the statement, not null
     * @return the text, not null
     * @throws IsmsException if a document or an evidence reference has a line break
     */
    public String writeStatementOfApplicability(StatementOfApplicability soa) {
        return writeTable(SoaTable.soaTable(Objects.requireNonNull(soa, "soa"), locale));
    }

    /**
     * Writes the Statement of Applicability table to a file.
     *
     * @param soa the statement, not null
     * @param file the file, not null; created or replaced
     * @throws IsmsException if a value could not be read back from its cell
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeStatementOfApplicability(StatementOfApplicability soa, Path file) {
        writeTable(SoaTable.soaTable(Objects.requireNonNull(soa, "soa"), locale), file);
    }

    // ---------------------------------------------------------------- any table kind

    /**
     * Writes a value as a table of a kind, such as a {@code DocumentRegister} as
     * {@link RecordTables#DOCUMENT_REGISTER}.
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param value the value, not null
     * @param out the stream, not null; flushed, not closed
     * @throws IsmsException if a value could not be read back from its cell (nothing is written
     *     then)
     * @throws UncheckedIOException if the stream fails
     */
    public <T> void write(CsvTable<T> table, T value, OutputStream out) {
        writeTable(Objects.requireNonNull(table, "table").table(value, locale), out);
    }

    /**
     * Writes a value as a table of a kind, as text.
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param value the value, not null
     * @return the text, not null
     * @throws IsmsException if a value could not be read back from its cell
     */
    public <T> String write(CsvTable<T> table, T value) {
        return writeTable(Objects.requireNonNull(table, "table").table(value, locale));
    }

    /**
     * Writes a value as a table of a kind to a file.
     *
     * @param <T> the value the table holds
     * @param table the kind of table, not null
     * @param value the value, not null
     * @param file the file, not null; created or replaced
     * @throws IsmsException if a value could not be read back from its cell
     * @throws UncheckedIOException if the file cannot be written
     */
    public <T> void write(CsvTable<T> table, T value, Path file) {
        writeTable(Objects.requireNonNull(table, "table").table(value, locale), file);
    }
}
