package org.isms4j.report;

import java.util.Objects;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;

/**
 * One table of the ISMS records ISMSの記録 section of a report, under its title, such as the
 * documented-information register 文書化した情報の一覧 (7.5) as its {@code toTable(locale)} lays it
 * out. The report shows the table as it is given, in the given order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordTable {

    private final String title;
    private final ReportTable table;

    private RecordTable(String title, ReportTable table) {
        this.title = title;
        this.table = table;
    }

    /**
     * Obtains a titled record table.
     *
     * @param title the title, such as {@code 教育実施記録 (7.2, 7.3)}; not blank
     * @param table the record's table, in the report's language; not null
     * @return the table, not null
     * @throws IsmsException if the title is blank
     */
    public static RecordTable of(String title, ReportTable table) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(table, "table");
        Checks.notBlank("record table title", title);
        return new RecordTable(title, table);
    }

    /**
     * Returns the title.
     *
     * @return the title, not blank
     */
    public String title() {
        return title;
    }

    /**
     * Returns the table.
     *
     * @return the table, not null
     */
    public ReportTable table() {
        return table;
    }
}
