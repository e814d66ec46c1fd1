package org.isms4j.xlsx;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dhatim.fastexcel.Worksheet;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.register.Approval;
import org.isms4j.csv.IsmsCsvException;

/**
 * The block above a table, as the source's forms have one: the table's title in the first row,
 * the company 会社名, and for the risk assessment report its record of approval, 作成者／更新者
 * author and 作成日／更新日 date, 承認者 approver and 承認日 date; then an empty row. Each value is in
 * the cell right of its label; a row that starts with a label (会社名, 作成者／更新者, 承認者) belongs to
 * the block, and the first that does not is the table's heading row.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
final class HeaderBlock {

    private static final String[] COMPANY = {"会社名", "Company"};
    private static final String[] AUTHOR = {"作成者／更新者", "Author"};
    private static final String[] UPDATED = {"作成日／更新日", "Updated"};
    private static final String[] APPROVER = {"承認者", "Approver"};
    private static final String[] APPROVED = {"承認日", "Approved"};
    /** The most rows a header block has, its title and empty row included. */
    private static final int MAX_ROWS = 8;
    /** The most cells of a row read while looking for the block, as many as a table's row may have. */
    private static final int MAX_CELLS = 1024;

    private final Optional<String> company;
    private final Optional<Approval> approval;

    HeaderBlock(Optional<String> company, Optional<Approval> approval) {
        this.company = company;
        this.approval = approval;
    }

    Optional<String> company() {
        return company;
    }

    Optional<Approval> approval() {
        return approval;
    }

    private static String label(String[] label, Locale locale) {
        return VocabularyTerm.isJapanese(locale) ? label[0] : label[1];
    }

    /**
     * Writes the block from the sheet's first row.
     *
     * @param sheet the sheet
     * @param title the table's title
     * @param locale the language of the labels
     * @return the row after the block's empty row: the heading row
     */
    int write(Worksheet sheet, String title, Locale locale) {
        sheet.value(0, 0, title);
        sheet.style(0, 0).bold().fontSize(14).set();
        int row = 1;
        if (company.isPresent()) {
            labelled(sheet, row++, 0, label(COMPANY, locale), company.get());
        }
        if (approval.isPresent()) {
            Approval a = approval.get();
            labelled(sheet, row, 0, label(AUTHOR, locale), a.author());
            labelled(sheet, row, 2, label(UPDATED, locale), a.updated());
            row++;
            labelled(sheet, row, 0, label(APPROVER, locale), a.approver().orElse(""));
            labelled(sheet, row, 2, label(APPROVED, locale), a.approved().orElse(null));
            row++;
        }
        return row + 1;
    }

    private static void labelled(Worksheet sheet, int row, int column, String label, Object value) {
        sheet.value(row, column, label);
        sheet.style(row, column).bold().set();
        // A date the spreadsheet's date numbers hold is a date cell; an earlier one stays text, as in the table.
        if (value instanceof LocalDate && SheetWriter.isDateCell(value.toString())) {
            sheet.value(row, column + 1, (LocalDate) value);
            sheet.style(row, column + 1).format("yyyy-mm-dd").set();
        } else if (value != null && !value.toString().isEmpty()) {
            sheet.value(row, column + 1, value.toString());
            sheet.style(row, column + 1).format("@").set();
        }
    }

    /**
     * Reads the block if the sheet starts with one: a first row whose first cell is the table's
     * title. Otherwise the rows are left as they were.
     *
     * @param rows the sheet's rows, before the first
     * @param layout the table's sheet
     * @return the block, or empty if the sheet has none
     * @throws IOException if the workbook cannot be read
     * @throws IsmsCsvException at the cell of an unknown label or a bad value
     */
    static Optional<HeaderBlock> read(SheetRows rows, SheetLayout layout) throws IOException {
        List<String> first = rows.next(MAX_CELLS);
        if (first == null || first.isEmpty() || !layout.isNamed(first.get(0).strip())) {
            rows.unread(first);
            return Optional.empty();
        }
        String company = null;
        String author = null;
        LocalDate updated = null;
        String approver = null;
        LocalDate approved = null;
        boolean approval = false;
        for (int read = 1; ; read++) {
            List<String> row = rows.next(MAX_CELLS);
            if (row == null) {
                throw new IsmsCsvException(rows.row(), null, "Invalid sheet: no table after its header block", null);
            }
            String first0 = row.isEmpty() ? "" : row.get(0).strip();
            if (!isLabel(first0)) {
                rows.unread(row);
                break;
            }
            if (read == MAX_ROWS) {
                throw new IsmsCsvException(rows.row(), null, "Invalid header block: more than " + MAX_ROWS + " rows",
                        null);
            }
            for (int c = 0; c < row.size(); c += 2) {
                String label = row.get(c).strip();
                String value = c + 1 < row.size() ? row.get(c + 1) : "";
                if (label.isEmpty() && value.isEmpty()) {
                    continue;
                }
                if (is(label, COMPANY)) {
                    company = value;
                } else if (is(label, AUTHOR)) {
                    author = value;
                    approval = true;
                } else if (is(label, UPDATED)) {
                    updated = date(rows, c + 1, "updated", value);
                    approval = true;
                } else if (is(label, APPROVER)) {
                    approver = value.isEmpty() ? null : value;
                } else if (is(label, APPROVED)) {
                    approved = value.isEmpty() ? null : date(rows, c + 1, "approved", value);
                } else {
                    throw new IsmsCsvException(rows.row(), null, c, "Unknown header block label: '"
                            + Checks.echo(label) + "' (valid labels 会社名 / Company, 作成者／更新者 / "
                            + "Author, 作成日／更新日 / Updated, 承認者 / Approver, 承認日 / Approved)", null);
                }
            }
        }
        Optional<Approval> record = Optional.empty();
        if (approval) {
            String by = author == null ? "" : author;
            LocalDate on = updated;
            String approvedBy = approver;
            LocalDate approvedOn = approved;
            int row = rows.row();
            if (on == null) {
                throw new IsmsCsvException(row, null, "Missing value for updated (required with an author)", null);
            }
            try {
                record = Optional.of(Approval.ofRecord(by, on, Optional.ofNullable(approvedBy),
                        Optional.ofNullable(approvedOn)));
            } catch (IsmsException e) {
                throw new IsmsCsvException(row, null, e.getMessage(), e);
            }
        }
        return Optional.of(new HeaderBlock(Optional.ofNullable(company), record));
    }

    private static boolean isLabel(String text) {
        return is(text, COMPANY) || is(text, AUTHOR) || is(text, APPROVER);
    }

    private static boolean is(String label, String[] names) {
        return label.equals(names[0]) || label.equals(names[1]);
    }

    private static LocalDate date(SheetRows rows, int cell, String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IsmsCsvException(rows.row(), null, cell, "Invalid value for " + field + " (a date yyyy-MM-dd): '"
                    + Checks.echo(value) + "'", null);
        }
    }
}
