package org.isms4j.csv;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.communication.Communication;
import org.isms4j.records.communication.CommunicationPlan;

/**
 * The communication plan コミュニケーション計画 (clause 7.4) as a CSV table, the columns of
 * {@link CommunicationPlan#toTable}: 内容, 実施時期, 対象者, 実施者, 方法, the methods joined by
 * {@code "; "}.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class CommunicationTable {

    /** The columns, in the table's order. */
    static final List<RecordColumn> COLUMNS = List.of(RecordColumn.CONTENT, RecordColumn.TIMING, RecordColumn.AUDIENCE,
            RecordColumn.COMMUNICATOR, RecordColumn.METHODS);

    /** The table. */
    static final CsvTable<CommunicationPlan> TABLE = new CsvTable<>("communication plan",
            CommunicationTable::table, COLUMNS, CsvTableReader.NO_EXTRA, CommunicationTable::read);

    private CommunicationTable() {}

    /**
     * Returns the plan as its table.
     *
     * @throws IsmsException if a method holds the separator {@code "; "}
     */
    static ReportTable table(CommunicationPlan plan, Locale locale) {
        for (int i = 0; i < plan.communications().size(); i++) {
            for (String method : plan.communications().get(i).methods()) {
                JoinedCell.check(CsvText.format("method '%s' of communication %d", CsvInput.quote(method), i + 1),
                        method);
            }
        }
        return plan.toTable(locale);
    }

    static CommunicationPlan read(CsvInput<RecordColumn> in) throws IOException {
        CollectedRows<Communication> rows = new CollectedRows<>();
        while (in.next()) {
            rows.add(in, in.core(null, () -> Communication.of(in.cell(RecordColumn.CONTENT), in.cell(RecordColumn.TIMING),
                    in.cell(RecordColumn.AUDIENCE), in.cell(RecordColumn.COMMUNICATOR), JoinedCell.split(in, RecordColumn.METHODS))));
        }
        return rows.build(CommunicationPlan::of);
    }
}
