package org.isms4j.csv;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
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

    /** The columns, as {@link DocumentRegister#toTable} heads them. */
    enum Column implements VocabularyTerm {
        NUMBER("number", "文書番号", "number"),
        KIND("kind", "文書の種類", "kind"),
        TITLE("title", "文書名", "title"),
        AUTHOR("author", "作成者", "author"),
        APPROVER("approver", "承認者", "approver"),
        CREATED("created_on", "作成日", "created"),
        REVISED("revised_on", "改訂日", "revised"),
        EDITION("edition", "版", "edition"),
        STORAGE("storage", "保管", "storage");

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
    static final CsvTable<DocumentRegister> TABLE = new CsvTable<>("documented-information register",
            (register, locale) -> register.toTable(locale), Column.class, CsvTableReader.NO_EXTRA,
            DocumentRegisterTable::read);

    private DocumentRegisterTable() {}

    static DocumentRegister read(CsvInput<Column> in) throws IOException {
        CollectedRows<DocumentedInformation> rows = new CollectedRows<>();
        while (in.next()) {
            rows.add(in, document(in));
        }
        in.expectEnd();
        return rows.build(DocumentRegister::of);
    }

    private static DocumentedInformation document(CsvInput<Column> in) {
        String numberCell = in.cell(Column.NUMBER);
        Optional<DocumentNumber> number = numberCell.isEmpty() ? Optional.empty()
                : Optional.of(in.core(Column.NUMBER, () -> DocumentNumber.parse(numberCell)));
        DocumentKind kind = number.map(DocumentNumber::kind).orElse(DocumentKind.EXTERNAL);
        String kindCell = in.cell(Column.KIND);
        if (!kindCell.equals(kind.names().japanese()) && !kindCell.equals(kind.names().english())
                && !kindCell.equals(kind.code())) {
            throw in.error(Column.KIND, CsvText.format("Invalid value for document kind (%s is '%s' / '%s'): '%s'",
                    number.map(n -> "document " + n).orElse("a document without a number"), kind.names().japanese(),
                    kind.names().english(), CsvInput.quote(kindCell)));
        }
        String approver = in.cell(Column.APPROVER);
        LocalDate created = in.date(Column.CREATED, "created");
        Optional<LocalDate> revised = in.optionalDate(Column.REVISED, "revised");
        int edition = in.integer(Column.EDITION, "document edition", 0, Integer.MAX_VALUE);
        return in.core(null, () -> DocumentedInformation.ofRecord(number, in.cell(Column.TITLE),
                in.cell(Column.AUTHOR), approver.isEmpty() ? Optional.empty() : Optional.of(approver), created,
                revised, edition, in.cell(Column.STORAGE)));
    }
}
