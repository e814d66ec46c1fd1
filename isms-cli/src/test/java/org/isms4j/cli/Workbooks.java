package org.isms4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** What a workbook the command wrote holds, read with fastexcel-reader apart from isms-xlsx. */
final class Workbooks {

    private Workbooks() {}

    /** The names of the workbook's sheets, in order. */
    static List<String> sheetNames(Path file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            return workbook.getSheets().map(Sheet::getName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every non-empty cell of the first sheet, row by row. */
    static List<String> cells(Path file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.flatMap(row -> row.stream().filter(Objects::nonNull).map(Cell::getText))
                    .filter(Objects::nonNull).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
