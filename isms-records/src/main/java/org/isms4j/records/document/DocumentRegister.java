package org.isms4j.records.document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.internal.Column;
import org.isms4j.records.internal.Texts;

/**
 * The register of documented information 文書化した情報 (clause 7.5): every document with its
 * number, such as A-01 ISMS適用範囲, A-02 情報セキュリティ方針, B-01 ISMSマニュアル, C-01
 * 情報セキュリティ手順書, D-01 資産目録, and the external documents by their own names.
 *
 * <p>No number and no title is there twice: a title identifies a document for the annual plan.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DocumentRegister {

    private static final List<Column<DocumentedInformation>> COLUMNS = List.of(
            Column.of("number", "文書番号", "number", (d, l) -> d.number().map(DocumentNumber::toString).orElse("")),
            Column.of("kind", "文書の種類", "kind", (d, l) -> d.kind().getDisplayName(l)),
            Column.of("title", "文書名", "title", (d, l) -> d.title()),
            Column.of("author", "作成者", "author", (d, l) -> d.author()),
            Column.of("approver", "承認者", "approver", (d, l) -> d.approver().orElse("")),
            Column.of("created_on", "作成日", "created", (d, l) -> d.createdOn().toString()),
            Column.of("revised_on", "改訂日", "revised", (d, l) -> d.revisedOn().map(LocalDate::toString).orElse("")),
            Column.of("edition", "版", "edition", (d, l) -> Integer.toString(d.edition())),
            Column.of("storage", "保管", "storage", (d, l) -> d.storage()));

    DocumentRegister() {}

    /**
     * Returns the documents in the order given.
     *
     * @return an unmodifiable list, not null
     */
    @Value.Parameter
    public abstract List<DocumentedInformation> documents();

    /**
     * Obtains a register.
     *
     * @param documents the documents, no number or title twice; copied
     * @return the register, not null
     * @throws IsmsException if a number or a title is there twice
     */
    public static DocumentRegister of(Collection<DocumentedInformation> documents) {
        Objects.requireNonNull(documents, "documents");
        return ImmutableDocumentRegister.of(List.copyOf(documents));
    }

    @Value.Check
    final void check() {
        Checks.entries("documents", documents());
        Texts.unique("documented-information register", "document number",
                documents().stream().filter(d -> d.number().isPresent()).collect(java.util.stream.Collectors.toList()),
                d -> d.number().get());
        Texts.unique("documented-information register", "document title", documents(), DocumentedInformation::title);
    }

    /**
     * Finds the document with a number.
     *
     * @param number the number, not null
     * @return the document, or empty if none has the number
     */
    public final Optional<DocumentedInformation> find(DocumentNumber number) {
        Objects.requireNonNull(number, "number");
        return documents().stream().filter(d -> d.number().equals(Optional.of(number))).findFirst();
    }

    /**
     * Finds the document with a title.
     *
     * @param title the title, not null
     * @return the document, or empty if none has the title
     */
    public final Optional<DocumentedInformation> findByTitle(String title) {
        Objects.requireNonNull(title, "title");
        return documents().stream().filter(d -> d.title().equals(title)).findFirst();
    }

    /**
     * Returns the next free number of a kind: one above the highest taken, A-01 for the first.
     *
     * @param kind a numbered kind, not null
     * @return the number, not null
     * @throws IsmsException if the kind is external or has no number left, such as B after B-01
     */
    public final DocumentNumber nextNumber(DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        int highest = documents().stream().flatMap(d -> d.number().stream()).filter(n -> n.kind() == kind)
                .mapToInt(DocumentNumber::number).max().orElse(0);
        if (kind.isNumbered() && highest == kind.maxNumber()) {
            throw new IsmsException(Checks.format("Invalid document kind %s: no number is left after %s", kind.code(),
                    DocumentNumber.of(kind, highest)));
        }
        return DocumentNumber.of(kind, highest + 1);
    }

    /**
     * Returns a copy with one more document.
     *
     * @param document the document, its number and title new to the register, not null
     * @return the copy, not null
     * @throws IsmsException if its number or title is already taken
     */
    public final DocumentRegister with(DocumentedInformation document) {
        Objects.requireNonNull(document, "document");
        return ImmutableDocumentRegister.builder().from(this).addDocuments(document).build();
    }

    /**
     * Returns the register as a table: 文書番号, 文書の種類, 文書名, 作成者, 承認者, 作成日, 改訂日, 版, 保管.
     *
     * @param locale Japanese or English headings and kinds, not null
     * @return the table, not null
     */
    public final ReportTable toTable(Locale locale) {
        return Column.table(COLUMNS, documents(), locale);
    }
}
