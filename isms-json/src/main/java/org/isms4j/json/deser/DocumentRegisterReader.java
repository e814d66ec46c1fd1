package org.isms4j.json.deser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.isms4j.json.Formats;
import org.isms4j.records.document.DocumentNumber;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.document.DocumentedInformation;

/**
 * The reader of the documented-information register document (7.5): each document with its
 * number (none for an external document), title, author, approver, dates, edition and storage.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class DocumentRegisterReader {

    private DocumentRegisterReader() {}

    private enum RegisterProperty { FORMAT, FORMAT_VERSION, DOCUMENTS }

    private static final PropertyNames<RegisterProperty> REGISTER = PropertyNames.of(RegisterProperty.class);

    /**
     * Reads the documented-information register document.
     *
     * @param in the input
     * @return the register
     * @throws IOException if the parser fails
     */
    public static DocumentRegister documentRegister(JsonInput in) throws IOException {
        PropertyLoop<RegisterProperty> p = in.properties("document register document", REGISTER);
        List<DocumentedInformation> documents = null;
        for (RegisterProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.DOCUMENT_REGISTER);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case DOCUMENTS -> documents = JsonArrays.values(in, "documents", DocumentRegisterReader::document);
            }
        }
        p.requireAll();
        List<DocumentedInformation> d = documents;
        return in.core(() -> DocumentRegister.of(d));
    }

    private enum DocumentProperty { NUMBER, TITLE, AUTHOR, APPROVER, CREATED_ON, REVISED_ON, EDITION, STORAGE }

    private static final PropertyNames<DocumentProperty> DOCUMENT = PropertyNames.of(DocumentProperty.class,
            EnumSet.of(DocumentProperty.NUMBER, DocumentProperty.APPROVER, DocumentProperty.REVISED_ON));

    private static DocumentedInformation document(JsonInput in) throws IOException {
        PropertyLoop<DocumentProperty> p = in.properties("document", DOCUMENT);
        Optional<DocumentNumber> number = Optional.empty();
        String title = null;
        String author = null;
        Optional<String> approver = Optional.empty();
        LocalDate createdOn = null;
        Optional<LocalDate> revisedOn = Optional.empty();
        int edition = 0;
        String storage = null;
        for (DocumentProperty f; (f = p.next()) != null;) {
            switch (f) {
                case NUMBER -> {
                    String text = in.text("number");
                    number = Optional.of(in.core(() -> DocumentNumber.parse(text)));
                }
                case TITLE -> title = in.notBlank("title", "document title");
                case AUTHOR -> author = in.notBlank("author", "author");
                case APPROVER -> approver = Optional.of(in.notBlank("approver", "approver"));
                case CREATED_ON -> createdOn = in.date("createdOn");
                case REVISED_ON -> revisedOn = Optional.of(in.date("revisedOn"));
                case EDITION -> edition = in.intIn("edition", "document edition", 1, Integer.MAX_VALUE);
                case STORAGE -> storage = in.notBlank("storage", "storage");
            }
        }
        p.requireAll();
        Optional<DocumentNumber> n = number;
        String t = title;
        String a = author;
        Optional<String> ap = approver;
        LocalDate c = createdOn;
        Optional<LocalDate> r = revisedOn;
        int e = edition;
        String s = storage;
        return in.core(() -> DocumentedInformation.ofRecord(n, t, a, ap, c, r, e, s));
    }
}
