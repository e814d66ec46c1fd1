package org.isms4j.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.isms4j.csv.IsmsCsv;
import org.isms4j.xlsx.IsmsXlsx;

/**
 * The file formats the command reads and writes, chosen by a file's extension or by
 * {@code --format}: JSON, CSV and XLSX. A JSON document is whole: a register holds its inventory
 * and its approval record. A CSV table and an XLSX workbook hold one table each, so that a
 * register refers to an inventory in a file of its own ({@code --inventory}); a workbook keeps the
 * register's approval record in its header block, a CSV table does not.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FileFormat {
    /** isms4j's JSON documents, {@code .json}. */
    JSON("json", "a JSON", true),
    /** isms4j's CSV tables with Japanese or English headings, {@code .csv}. */
    CSV("csv", "a CSV", false),
    /** isms4j's Excel workbooks, one table on a sheet of its name, {@code .xlsx}. */
    XLSX("xlsx", "an XLSX", true);

    private final String code;
    private final String article;
    private final boolean holdsApproval;

    FileFormat(String code, String article, boolean holdsApproval) {
        this.code = code;
        this.article = article;
        this.holdsApproval = holdsApproval;
    }

    /**
     * Returns the stable code, which is also the extension.
     *
     * @return {@code json}, {@code csv} or {@code xlsx}
     */
    public String code() {
        return code;
    }

    /**
     * Returns whether a file of this format holds one table, whose register refers to an inventory
     * in another file: CSV and XLSX.
     *
     * @return true for CSV and XLSX, false for JSON
     */
    public boolean isTable() {
        return this != JSON;
    }

    /**
     * Returns whether a register written in this format keeps its approval record.
     *
     * @return true for JSON and XLSX, false for CSV
     */
    public boolean holdsApproval() {
        return holdsApproval;
    }

    /**
     * Returns the format's name with its article, for messages: {@code a CSV}, {@code an XLSX}.
     *
     * @return the name, not null
     */
    public String withArticle() {
        return article;
    }

    /**
     * Returns the reading and writing of the documents in this format.
     *
     * @param language the language of the headings and terms written; tables are read in either
     * @return the codec, not null
     */
    public DocumentCodec codec(Locale language) {
        return codec(language, Optional.empty());
    }

    /**
     * Returns the reading and writing of the documents in this format, a workbook's header block
     * naming a company.
     *
     * @param language the language of the headings and terms written; tables are read in either
     * @param company the company a workbook's header block names; JSON and CSV have no place for it
     * @return the codec, not null
     */
    public DocumentCodec codec(Locale language, Optional<String> company) {
        return switch (this) {
            case JSON -> JsonCodec.INSTANCE;
            case CSV -> new CsvCodec(IsmsCsv.of(language));
            case XLSX -> new XlsxCodec(company.map(IsmsXlsx.of(language)::withCompany)
                    .orElseGet(() -> IsmsXlsx.of(language)));
        };
    }

    /**
     * Returns the format of a code, such as {@code csv}.
     *
     * @param code the code, not null
     * @return the format, not null
     * @throws CliFailure with exit code 2 if the code is none of the formats
     */
    public static FileFormat ofCode(String code) {
        for (FileFormat format : values()) {
            if (format.code.equals(code.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw CliFailure.usage("Unknown format: '" + code + "' (valid values json, csv, xlsx)");
    }

    /**
     * Returns the format the user gave, or else the one of the file's extension.
     *
     * @param path the file, not null
     * @param given the format given with {@code --format}, if any
     * @return the format, not null
     * @throws CliFailure with exit code 2 if neither gives a known format
     */
    public static FileFormat of(Path path, Optional<String> given) {
        if (given.isPresent()) {
            return ofCode(given.get());
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw CliFailure.usage(path + ": no extension to tell the format by; give --format json|csv|xlsx");
        }
        try {
            return ofCode(name.substring(dot + 1));
        } catch (CliFailure e) {
            throw CliFailure.usage(path + ": unknown extension '" + name.substring(dot + 1)
                    + "'; give --format json|csv|xlsx");
        }
    }
}
