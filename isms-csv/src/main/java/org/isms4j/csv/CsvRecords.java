package org.isms4j.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV file as {@link TableRows}: Jackson's parser over text decoded by
 * {@link StrictTextReader}, each cell unescaped as the {@link CellEscaping} mode writes it; a
 * decoding failure at the row and cell being read.
 *
 * <p>Not part of the API. This class is not thread-safe.
 */
final class CsvRecords implements TableRows {

    private final CsvParser parser;
    private final CellEscaping escaping;
    private int row;
    private boolean started;

    CsvRecords(CsvParser parser, CellEscaping escaping) {
        this.parser = parser;
        this.escaping = escaping;
    }

    @Override
    public List<String> next(int maxCells) throws IOException {
        List<String> record = new ArrayList<>();
        try {
            if (!started) {
                started = true;
                // WRAP_AS_ARRAY: the table is an array of records.
                if (parser.nextToken() == null) {
                    return null;
                }
            }
            row++; // The record about to be read, named by a failure while reading it.
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                row--;
                if (token != null && parser.nextToken() != null) {
                    throw new IsmsCsvException(row, null, "Malformed CSV: content after the table", null);
                }
                return null;
            }
            for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    throw new IsmsCsvException(row, null, "Malformed CSV: unexpected " + token, null);
                }
                record.add(escaping.unescape(parser.getText()));
                if (record.size() > maxCells) {
                    return record;
                }
            }
            return record;
        } catch (StrictTextReader.DecodingException e) {
            throw new IsmsCsvException(Math.max(1, row), null, record.size(), e.getMessage(), e);
        }
    }

    @Override
    public int row() {
        return row;
    }
}
