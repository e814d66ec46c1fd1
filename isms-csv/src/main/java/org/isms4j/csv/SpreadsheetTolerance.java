package org.isms4j.csv;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a table reader tolerates of a table kept in a spreadsheet, each tolerance named and off
 * until asked for: {@link #strict()} tolerates nothing, {@link #excel()} everything a sheet kept
 * by hand commonly has except unknown columns. Nothing is tolerated silently: a tolerance changes
 * what is read only as its method says, and every value is still checked.
 *
 * <ul>
 *   <li>{@link #withTitleRowsSkipped()}: rows above the heading row, such as a title
 *       情報資産管理台帳, are skipped until the first row that holds a heading of the table (at
 *       most 32 rows);
 *   <li>{@link #withUnknownColumnsIgnored()} and {@link #withColumnsIgnored(String...)}: a
 *       column whose heading is not the table's, such as 保存期限 or 登録日, is ignored, every
 *       such column or the named ones only;
 *   <li>{@link #withTrailingEmptyColumnsIgnored()}: columns after the last heading whose heading
 *       is empty (a row ending {@code ,,,}) are ignored if their cells are empty too;
 *   <li>{@link #withHeadingVariants()}: headings match after Unicode NFKC normalisation (full-width
 *       letters, digits and punctuation as their ASCII forms), without any space (full-width
 *       spaces too), without a final full stop and with English letters in any case: {@code No.},
 *       {@code ｎｏ．} and {@code 番　号} match {@code No} and {@code 番号};
 *   <li>{@link #withExcelDates()}: dates also as {@code yyyy/M/d}, such as {@code 2026/1/5};
 *   <li>{@link #withDashVariants()}: in the SoA, {@code ―} (U+2015, what windows-31j makes of
 *       {@code —}) and {@code －} (U+FF0D) for the excluded control's status mark {@code —};
 *   <li>{@link #withDerivedColumnsComputed()}: the columns derived from others may be left out
 *       and are then computed by the model: an asset's 重要度 importance, and a risk's importance,
 *       被害発生可能性 likelihood (from the threat and vulnerability columns), リスクレベル level and
 *       優先順位 priority, first and second; a derived column present is checked as always.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpreadsheetTolerance {

    private static final SpreadsheetTolerance STRICT = new SpreadsheetTolerance(0, Set.of());
    private static final int TITLE_ROWS = 1;
    private static final int UNKNOWN_COLUMNS = 2;
    private static final int TRAILING_EMPTY_COLUMNS = 4;
    private static final int HEADING_VARIANTS = 8;
    private static final int EXCEL_DATES = 16;
    private static final int DASH_VARIANTS = 32;
    private static final int DERIVED_COLUMNS = 64;
    private static final String[] NAMES = {"title rows skipped", "unknown columns ignored",
        "trailing empty columns ignored", "heading variants", "Excel dates", "dash variants",
        "derived columns computed"};

    private final int flags;
    private final Set<String> ignored;

    private SpreadsheetTolerance(int flags, Set<String> ignored) {
        this.flags = flags;
        this.ignored = ignored;
    }

    /**
     * Returns the tolerance of nothing, the readers' default.
     *
     * @return the tolerance, not null
     */
    public static SpreadsheetTolerance strict() {
        return STRICT;
    }

    /**
     * Returns every tolerance but of unknown columns: title rows skipped, trailing empty columns
     * ignored, heading variants, Excel dates, dash variants, derived columns computed.
     *
     * @return the tolerance, not null
     */
    public static SpreadsheetTolerance excel() {
        return new SpreadsheetTolerance(TITLE_ROWS | TRAILING_EMPTY_COLUMNS | HEADING_VARIANTS | EXCEL_DATES
                | DASH_VARIANTS | DERIVED_COLUMNS, Set.of());
    }

    private SpreadsheetTolerance with(int flag) {
        return new SpreadsheetTolerance(flags | flag, ignored);
    }

    /**
     * Returns a copy that skips title rows above the heading row.
     *
     * @return the copy, not null
     */
    public SpreadsheetTolerance withTitleRowsSkipped() {
        return with(TITLE_ROWS);
    }

    /**
     * Returns a copy that ignores every column whose heading is not one of the table's.
     *
     * @return the copy, not null
     */
    public SpreadsheetTolerance withUnknownColumnsIgnored() {
        return with(UNKNOWN_COLUMNS);
    }

    /**
     * Returns a copy that ignores the columns of some headings, such as 保存期限 and 登録日, as well
     * as those it ignores already.
     *
     * @param headings the headings, each not blank, as the file writes them (compared as
     *     {@link #withHeadingVariants()} compares them if that is tolerated too)
     * @return the copy, not null
     * @throws IllegalArgumentException if a heading is blank
     */
    public SpreadsheetTolerance withColumnsIgnored(String... headings) {
        Objects.requireNonNull(headings, "headings");
        Set<String> all = new TreeSet<>(ignored);
        for (String heading : headings) {
            Objects.requireNonNull(heading, "heading");
            if (heading.isBlank()) {
                throw new IllegalArgumentException("Invalid value for ignored column (must not be blank): '"
                        + CsvText.escape(heading, 64) + "'");
            }
            all.add(heading.strip());
        }
        return new SpreadsheetTolerance(flags, Set.copyOf(all));
    }

    /**
     * Returns a copy that ignores columns without a heading after the last heading.
     *
     * @return the copy, not null
     */
    public SpreadsheetTolerance withTrailingEmptyColumnsIgnored() {
        return with(TRAILING_EMPTY_COLUMNS);
    }

    /**
     * Returns a copy that matches headings after normalisation ({@code No.} for {@code No}).
     *
     * @return the copy, not null
     */
    public SpreadsheetTolerance withHeadingVariants() {
        return with(HEADING_VARIANTS);
    }

    /**
     * Returns a copy that also reads dates as {@code yyyy/M/d}.
     *
     * @return the copy, not null
     */
    public SpreadsheetTolerance withExcelDates() {
        return with(EXCEL_DATES);
    }

    /**
     * Returns a copy that reads {@code ―} and {@code －} as the SoA's mark {@code —}.
     *
     * @return the copy, not null
     */
    public SpreadsheetTolerance withDashVariants() {
        return with(DASH_VARIANTS);
    }

    /**
     * Returns a copy that computes derived columns the table leaves out.
     *
     * @return the copy, not null
     */
    public SpreadsheetTolerance withDerivedColumnsComputed() {
        return with(DERIVED_COLUMNS);
    }

    /**
     * Tells whether title rows are skipped.
     *
     * @return true if so
     */
    public boolean skipsTitleRows() {
        return (flags & TITLE_ROWS) != 0;
    }

    /**
     * Tells whether every unknown column is ignored.
     *
     * @return true if so
     */
    public boolean ignoresUnknownColumns() {
        return (flags & UNKNOWN_COLUMNS) != 0;
    }

    /**
     * Returns the headings of the columns ignored by name.
     *
     * @return the headings, sorted; not null
     */
    public Set<String> ignoredColumns() {
        return new TreeSet<>(ignored);
    }

    /**
     * Tells whether trailing columns without a heading are ignored.
     *
     * @return true if so
     */
    public boolean ignoresTrailingEmptyColumns() {
        return (flags & TRAILING_EMPTY_COLUMNS) != 0;
    }

    /**
     * Tells whether headings match after normalisation.
     *
     * @return true if so
     */
    public boolean acceptsHeadingVariants() {
        return (flags & HEADING_VARIANTS) != 0;
    }

    /**
     * Tells whether dates are read as {@code yyyy/M/d} too.
     *
     * @return true if so
     */
    public boolean acceptsExcelDates() {
        return (flags & EXCEL_DATES) != 0;
    }

    /**
     * Tells whether {@code ―} and {@code －} read as {@code —}.
     *
     * @return true if so
     */
    public boolean acceptsDashVariants() {
        return (flags & DASH_VARIANTS) != 0;
    }

    /**
     * Tells whether derived columns may be left out and are then computed.
     *
     * @return true if so
     */
    public boolean computesDerivedColumns() {
        return (flags & DERIVED_COLUMNS) != 0;
    }

    /** Returns a heading as headings are compared: itself, or normalised if variants are tolerated. */
    String headingKey(String heading) {
        if (!acceptsHeadingVariants()) {
            return heading;
        }
        String key = Normalizer.normalize(heading, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return key.toLowerCase(Locale.ROOT);
    }

    /** Tells whether an unknown heading's column is ignored. */
    boolean ignores(String heading) {
        if (ignoresUnknownColumns()) {
            return true;
        }
        for (String name : ignored) {
            if (headingKey(name).equals(headingKey(heading))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpreadsheetTolerance && ((SpreadsheetTolerance) other).flags == flags
                && ((SpreadsheetTolerance) other).ignored.equals(ignored);
    }

    @Override
    public int hashCode() {
        return flags * 31 + ignored.hashCode();
    }

    /**
     * Returns the tolerances by name, such as
     * {@code SpreadsheetTolerance[title rows skipped, Excel dates, ignored columns 保存期限]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("SpreadsheetTolerance[");
        String separator = "";
        for (int i = 0; i < NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                out.append(separator).append(NAMES[i]);
                separator = ", ";
            }
        }
        if (!ignored.isEmpty()) {
            out.append(separator).append("ignored columns ").append(String.join(", ", ignored));
        } else if (flags == 0) {
            out.append("strict");
        }
        return out.append(']').toString();
    }
}
