package org.isms4j.core;

import java.time.LocalDate;

/**
 * The limits of every value isms4j builds: the longest text, the most values a list of one value
 * holds, and the first and last date. Every factory of isms-core refuses a value beyond them when
 * the value is built, with {@link Checks}' message such as
 * {@code Invalid value for asset name (at most 100000 characters, not 100001): 'xxxx…'}; and
 * every reader of isms4j reads at least what they allow, so that whatever a factory accepts is
 * written and read back equal, through JSON as through CSV.
 *
 * <ul>
 *   <li>Text: at most {@value #MAX_TEXT_LENGTH} characters ({@link String#length()}, so a
 *       character outside the Basic Multilingual Plane, such as 😀, counts two), for a name, an
 *       id, a description, a code. A list of texts that a table writes in one cell, one per line
 *       (a plan row's tasks, a treatment's controls), counts as one text: its texts together,
 *       with one line break between each, hold at most {@value #MAX_TEXT_LENGTH} characters.
 *   <li>Lists: at most {@value #MAX_LIST_SIZE} values in one list of a value: a risk's asset
 *       numbers, a plan row's tasks and risk numbers, a treatment's controls, a question's
 *       measures, an answer scale's answers, a test record's attempts. {@value #MAX_LIST_SIZE} numbers of ten digits,
 *       written as a table writes them in one cell ({@code 1, 2, 3}), are 95,998 characters:
 *       within the longest text.
 *   <li>Dates: {@link #MIN_DATE} ({@code 0000-01-01}) to {@link #MAX_DATE} ({@code 9999-12-31}),
 *       the dates of four-digit years, which every document writes as {@code yyyy-MM-dd} (ISO
 *       8601 without the expanded years, such as {@code +10000-01-01}, that no reader reads).
 *   <li>Entries: at most {@value #MAX_ENTRIES} entries in one list of a record or a question
 *       set, which a JSON document holds whole: a register's documents, a plan's communications,
 *       a course's attendees, an audit's findings, a question set's parts and questions.
 * </ul>
 *
 * <p>The streamed containers are not limited here: an inventory's assets, a register's risks, a
 * plan's rows. A document as a whole is limited by its reader (isms-json reads documents of at
 * most 1 GiB by default), which no factory can check.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Limits {

    /** The longest text, in characters ({@link String#length()}): {@value}. */
    public static final int MAX_TEXT_LENGTH = 100_000;

    /** The most values one list of a value holds, such as a risk's asset numbers: {@value}. */
    public static final int MAX_LIST_SIZE = 8_000;

    /**
     * The most entries one list of a record or a question set holds, such as a documented-information
     * register's documents: {@value}.
     */
    public static final int MAX_ENTRIES = 100_000;

    /** The first year of a date: {@value}, the year {@code 0000} of ISO 8601 (1 BC). */
    public static final int MIN_YEAR = 0;

    /** The last year of a date: {@value}. */
    public static final int MAX_YEAR = 9999;

    /** The first date, {@code 0000-01-01}. */
    public static final LocalDate MIN_DATE = LocalDate.of(MIN_YEAR, 1, 1);

    /** The last date, {@code 9999-12-31}. */
    public static final LocalDate MAX_DATE = LocalDate.of(MAX_YEAR, 12, 31);

    private Limits() {}
}
