package org.isms4j.csv;

import java.io.IOException;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
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

    /** The columns, as {@link CommunicationPlan#toTable} heads them. */
    enum Column implements VocabularyTerm {
        CONTENT("content", "内容", "content"),
        TIMING("timing", "実施時期", "timing"),
        AUDIENCE("audience", "対象者", "audience"),
        COMMUNICATOR("communicator", "実施者", "communicator"),
        METHODS("methods", "方法", "method");

        private final TermNames names;

        Column(String code, String japanese, String english) {
            this.names = TermNames.of(code, japanese, english);
        }

        @Override
        public TermNames names() {
            return names;
        }
    }

    /** The table. */
    static final CsvTable<CommunicationPlan> TABLE = new CsvTable<>("communication plan",
            CommunicationTable::table, Column.class, CsvTableReader.NO_EXTRA, CommunicationTable::read);

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

    static CommunicationPlan read(CsvInput<Column> in) throws IOException {
        CollectedRows<Communication> rows = new CollectedRows<>();
        while (in.next()) {
            rows.add(in, in.core(null, () -> Communication.of(in.cell(Column.CONTENT), in.cell(Column.TIMING),
                    in.cell(Column.AUDIENCE), in.cell(Column.COMMUNICATOR), JoinedCell.split(in, Column.METHODS))));
        }
        in.expectEnd();
        return rows.build(CommunicationPlan::of);
    }
}
