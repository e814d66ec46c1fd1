package org.isms4j.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats the command reads and writes, chosen by a file's extension or by
 * {@code --format}: JSON, CSV, and XLSX, which answers "not supported yet" (exit code 2) until
 * the isms-xlsx module exists.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FileFormat {
    /** isms4j's JSON documents, {@code .json}. */
    JSON("json"),
    /** isms4j's CSV tables with Japanese or English headings, {@code .csv}. */
    CSV("csv"),
    /** Excel workbooks, {@code .xlsx}: not supported yet. */
    XLSX("xlsx");

    private final String code;

    FileFormat(String code) {
        this.code = code;
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

    /**
     * Throws for a format that cannot be read or written yet.
     *
     * @return this format, supported
     * @throws CliFailure with exit code 2 for XLSX
     */
    public FileFormat supported() {
        if (this == XLSX) {
            throw CliFailure.usage("XLSX is not supported yet (it will come with the isms-xlsx module); "
                    + "use json or csv");
        }
        return this;
    }
}
