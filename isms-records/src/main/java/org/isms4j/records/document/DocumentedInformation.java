package org.isms4j.records.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * A document of the documented-information register (clause 7.5): its number (none for an
 * external document), title, author 作成者, approver 承認者, dates, edition 版 and where it is kept
 * 保管; such as A-02 情報セキュリティ方針, edition 1, kept in the ISMS事務局's cabinet.
 *
 * <p>A numbered document has an approver; an external document keeps its own name and is
 * identified by title and issuer. The first edition has no revision date; a later one has one, not
 * before the creation date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DocumentedInformation {

    DocumentedInformation() {}

    /**
     * Returns the number.
     *
     * @return the number, empty for an external document
     */
    public abstract Optional<DocumentNumber> number();

    /**
     * Returns the title, such as 情報セキュリティ方針.
     *
     * @return the text, not blank
     */
    public abstract String title();

    /**
     * Returns the author 作成者; for an external document, its issuer 作成社名.
     *
     * @return the name, not blank
     */
    public abstract String author();

    /**
     * Returns the approver 承認者.
     *
     * @return the name, present for every numbered document
     */
    public abstract Optional<String> approver();

    /**
     * Returns the date the document was created.
     *
     * @return the date, not null
     */
    public abstract LocalDate createdOn();

    /**
     * Returns the date of the current edition's revision.
     *
     * @return the date, present exactly from edition 2
     */
    public abstract Optional<LocalDate> revisedOn();

    /**
     * Returns the edition 版.
     *
     * @return 1 or more
     */
    public abstract int edition();

    /**
     * Returns where the document is kept 保管, such as キャビネット or the file server.
     *
     * @return the text, not blank
     */
    public abstract String storage();

    /**
     * Obtains the first edition of a numbered document.
     *
     * @param number the number, not null
     * @param title the title, not blank
     * @param author the author, not blank
     * @param approver the approver, not blank
     * @param createdOn the date created, not null
     * @param storage where it is kept, not blank
     * @return the document, not null
     * @throws IsmsException if a text is blank, or the date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public static DocumentedInformation of(DocumentNumber number, String title, String author, String approver,
            LocalDate createdOn, String storage) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(approver, "approver");
        return ImmutableDocumentedInformation.builder().number(number).title(title).author(author).approver(approver)
                .createdOn(createdOn).edition(1).storage(storage).build();
    }

    /**
     * Obtains an external document, identified by its own title and issuer.
     *
     * @param title the document's own title, such as ISO/IEC 27001:2022, not blank
     * @param issuer the issuer 作成社名, not blank
     * @param createdOn the date of the edition held, not null
     * @param storage where it is kept, not blank
     * @return the document, edition 1, not null
     * @throws IsmsException if a text is blank, or the date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public static DocumentedInformation ofExternal(String title, String issuer, LocalDate createdOn, String storage) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(storage, "storage");
        return ImmutableDocumentedInformation.builder().title(title).author(issuer).createdOn(createdOn).edition(1)
                .storage(storage).build();
    }

    /**
     * Obtains a document as it was recorded, such as one read back from a file.
     *
     * @param number the number, or empty for an external document
     * @param title the title
     * @param author the author or issuer
     * @param approver the approver, present for a numbered document
     * @param createdOn the date created
     * @param revisedOn the date of the revision, present exactly from edition 2
     * @param edition the edition, 1 or more
     * @param storage where it is kept
     * @return the document, not null
     * @throws IsmsException if a rule of the document is broken
     */
    public static DocumentedInformation ofRecord(Optional<DocumentNumber> number, String title, String author,
            Optional<String> approver, LocalDate createdOn, Optional<LocalDate> revisedOn, int edition,
            String storage) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(revisedOn, "revisedOn");
        Objects.requireNonNull(storage, "storage");
        return ImmutableDocumentedInformation.builder().number(number).title(title).author(author).approver(approver)
                .createdOn(createdOn).revisedOn(revisedOn).edition(edition).storage(storage).build();
    }

    /**
     * Returns the next edition, revised on a date.
     *
     * @param date the revision date, not before the current edition's date, not null
     * @param approver the approver of the revision, not blank
     * @return the next edition, not null
     * @throws IsmsException if the date is before the current edition's date or the approver blank,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public final DocumentedInformation revised(LocalDate date, String approver) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(approver, "approver");
        LocalDate current = revisedOn().orElse(createdOn());
        if (date.isBefore(current)) {
            throw new IsmsException(Checks.format(
                    "Invalid revision of '%s': the revision date %s is before the date %s of edition %d",
                    Texts.echo(title()), date, current, edition()));
        }
        return ImmutableDocumentedInformation.builder().from(this).edition(edition() + 1).revisedOn(date)
                .approver(approver).build();
    }

    /**
     * Returns the kind, from the number's letter.
     *
     * @return the kind, {@link DocumentKind#EXTERNAL} when not numbered, not null
     */
    public final DocumentKind kind() {
        return number().map(DocumentNumber::kind).orElse(DocumentKind.EXTERNAL);
    }

    @Value.Check
    final void check() {
        Texts.notBlank("document title", title());
        String record = Checks.format("document '%s'", Texts.echo(title()));
        Texts.notBlank("author", author());
        approver().ifPresent(a -> Texts.notBlank("approver", a));
        Texts.notBlank("storage", storage());
        Checks.inRange("document edition", 1, Integer.MAX_VALUE, edition());
        Checks.date("creation date", createdOn());
        revisedOn().ifPresent(date -> Checks.date("revision date", date));
        if (number().isPresent() && approver().isEmpty()) {
            throw new IsmsException(Checks.format("Invalid %s: a numbered document has an approver", record));
        }
        if (revisedOn().isPresent() != (edition() > 1)) {
            throw new IsmsException(Checks.format(
                    "Invalid %s: edition %d %s", record, edition(), edition() > 1
                            ? "has a revision date (none given)"
                            : "has no revision date (given: " + revisedOn().get() + ")"));
        }
        revisedOn().filter(d -> d.isBefore(createdOn())).ifPresent(d -> {
            throw new IsmsException(Checks.format("Invalid %s: the revision date %s is before the creation date %s",
                    record, d, createdOn()));
        });
    }
}
