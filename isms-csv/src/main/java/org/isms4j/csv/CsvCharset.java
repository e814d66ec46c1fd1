package org.isms4j.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The character encodings a CSV table is read and written in: UTF-8, the default, and
 * windows-31j (CP932, Microsoft's Shift_JIS), which Excel writes on a Japanese PC when a sheet is
 * saved as "CSV (Comma delimited)". Reading decodes strictly: a byte sequence that is not text of
 * the encoding (for UTF-8 also an overlong form, an encoded surrogate or a code point above
 * U+10FFFF) fails, and nothing is replaced. A byte order mark chooses the encoding it marks
 * whatever the option: UTF-8 ({@code EF BB BF}) or UTF-16 ({@code FE FF}, {@code FF FE}); a
 * UTF-32 mark is refused.
 */
public enum CsvCharset {

    /** UTF-8, what Excel calls "CSV UTF-8 (Comma delimited)". */
    UTF_8(StandardCharsets.UTF_8),

    /** windows-31j (CP932), Excel's "CSV (Comma delimited)" on a Japanese PC. */
    WINDOWS_31J(Charset.forName("windows-31j"));

    private final Charset charset;

    CsvCharset(Charset charset) {
        this.charset = charset;
    }

    /**
     * Returns the Java charset.
     *
     * @return the charset, such as {@link StandardCharsets#UTF_8}; not null
     */
    public Charset charset() {
        return charset;
    }
}
