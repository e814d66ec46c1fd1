package org.isms4j.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.isms4j.core.Checks;
import org.isms4j.csv.IsmsCsvException;

/**
 * Reads a table's sheet from a workbook: the bytes checked by {@link WorkbookGuard}, the sheet
 * found by its name (or the workbook's only sheet), its header block read, and its rows given to
 * isms-csv's reader of the table; every failure becomes {@link IsmsXlsxException} at its cell.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class WorkbookReader {

    /** The reader of a table from a sheet's rows, after its header block. */
    @FunctionalInterface
    interface Table<T> {
        T read(SheetRows rows, Optional<HeaderBlock> header);
    }

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    private WorkbookReader() {}

    static <T> T read(InputStream in, SheetLayout layout, Table<T> table) {
        byte[] bytes;
        try {
            bytes = WorkbookGuard.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(bytes, layout, table);
    }

    static <T> T read(Path file, SheetLayout layout, Table<T> table) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, layout, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(byte[] bytes, SheetLayout layout, Table<T> table) {
        WorkbookGuard.check(bytes);
        String name = null;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), OPTIONS)) {
            Sheet sheet = sheet(workbook, layout);
            name = sheet.getName();
            try (Stream<Row> stream = sheet.openStream()) {
                SheetRows rows = new SheetRows(stream.iterator());
                Optional<HeaderBlock> header = HeaderBlock.read(rows, layout);
                return table.read(rows, header);
            }
        } catch (IsmsXlsxException e) {
            throw e;
        } catch (IsmsCsvException e) {
            throw new IsmsXlsxException(name, cell(e), e.reason(), e);
        } catch (IOException | RuntimeException e) {
            throw new IsmsXlsxException(name, null, "Malformed workbook: " + Checks.echo(String.valueOf(
                    e.getMessage())), e);
        }
    }

    private static String cell(IsmsCsvException e) {
        if (e.row() == 0) {
            return null;
        }
        return e.cellIndex().isPresent() ? IsmsXlsxException.columnLetters(e.cellIndex().getAsInt()) + e.row()
                : e.row() + ":" + e.row();
    }

    private static Sheet sheet(ReadableWorkbook workbook, SheetLayout layout) {
        List<Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
        for (Sheet sheet : sheets) {
            if (layout.isNamed(sheet.getName())) {
                return sheet;
            }
        }
        if (sheets.size() == 1) {
            return sheets.get(0);
        }
        throw new IsmsXlsxException(null, null, String.format("Missing sheet: '%s' / '%s' (the workbook has %s)",
                layout.sheetName(java.util.Locale.JAPANESE), layout.sheetName(java.util.Locale.ENGLISH),
                sheets.stream().map(s -> "'" + Checks.echo(s.getName()) + "'").collect(Collectors.joining(", "))),
                null);
    }
}
