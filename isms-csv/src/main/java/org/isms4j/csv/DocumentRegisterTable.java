package org.isms4j.csv;

import java.io.IOException;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import org.isms4j.records.document.DocumentKind;
import org.isms4j.records.document.DocumentNumber;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.document.DocumentedInformation;

/**
 * The documented-information register 文書管理台帳 (clause 7.5) as a CSV table, the columns of
 * {@link DocumentRegister#toTable}: 文書番号, 文書の種類, 文書名, 作成者, 承認者, 作成日, 改訂日, 版, 保管.
 * The kind is derived from the number (外部文書 without one) and checked.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class DocumentRegisterTable {

    /** The columns, in the table's order. */
    static final List<RecordColumn> COLUMNS = List.of(RecordColumn.DOCUMENT_NUMBER, RecordColumn.KIND,
            RecordColumn.TITLE, RecordColumn.AUTHOR, RecordColumn.APPROVER, RecordColumn.CREATED, RecordColumn.REVISED,
            RecordColumn.EDITION, RecordColumn.STORAGE);

    /** The table. */
    static final CsvTable<DocumentRegister> TABLE = new CsvTable<>("documented-information register",
            (register, locale) -> register.toTable(locale), COLUMNS, CsvTableReader.NO_EXTRA,
            DocumentRegisterTable::read);

    private DocumentRegisterTable() {}

    static DocumentRegister read(CsvInput<RecordColumn> in) throws IOException {
        CollectedRows<DocumentedInformation> rows = new CollectedRows<>();
        while (in.next()) {
            rows.add(in, document(in));
        }
        return rows.build(DocumentRegister::of);
    }

    private static DocumentedInformation document(CsvInput<RecordColumn> in) {
        String numberCell = in.cell(RecordColumn.DOCUMENT_NUMBER);
        Optional<DocumentNumber> number = numberCell.isEmpty() ? Optional.empty()
                : Optional.of(in.core(RecordColumn.DOCUMENT_NUMBER, () -> DocumentNumber.parse(numberCell)));
        DocumentKind kind = number.map(DocumentNumber::kind).orElse(DocumentKind.EXTERNAL);
        String kindCell = in.cell(RecordColumn.KIND);
        if (!kindCell.equals(kind.names().japanese()) && !kindCell.equals(kind.names().english())
                && !kindCell.equals(kind.code())) {
            throw in.error(RecordColumn.KIND, CsvText.format("Invalid value for document kind (%s is '%s' / '%s'): '%s'",
                    number.map(n -> "document " + n).orElse("a document without a number"), kind.names().japanese(),
                    kind.names().english(), CsvInput.quote(kindCell)));
        }
        String approver = in.cell(RecordColumn.APPROVER);
        LocalDate created = in.date(RecordColumn.CREATED, "created");
        Optional<LocalDate> revised = in.optionalDate(RecordColumn.REVISED, "revised");
        int edition = in.integer(RecordColumn.EDITION, "document edition", 0, Integer.MAX_VALUE);
        return in.core(null, () -> DocumentedInformation.ofRecord(number, in.cell(RecordColumn.TITLE),
                in.cell(RecordColumn.AUTHOR), approver.isEmpty() ? Optional.empty() : Optional.of(approver), created,
                revised, edition, in.cell(RecordColumn.STORAGE)));
    }
}
