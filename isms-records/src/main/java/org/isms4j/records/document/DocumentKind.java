package org.isms4j.records.document;

import java.util.Optional;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A kind of documented information 文書の種類 (clause 7.5), each with its numbering 採番方法: basic
 * documents A-01…, the ISMS manual B-01, procedures C-01…, records D-01…; external documents keep
 * their own names.
 */
public enum DocumentKind implements VocabularyTerm {
    /** 基本文書 basic documents, numbered, such as A-02 情報セキュリティ方針. */
    BASIC("basic", "基本文書", "basic document", 'A', 99),
    /** ISMSマニュアル the ISMS manual, the one document B-01. */
    MANUAL("manual", "ISMSマニュアル", "ISMS manual", 'B', 1),
    /** 手順書 procedures, numbered C-01 to C-99. */
    PROCEDURE("procedure", "手順書", "procedure", 'C', 99),
    /** 記録類 records, numbered D-01 to D-99. */
    RECORD("record", "記録類", "record", 'D', 99),
    /** 外部文書 external documents, not numbered: identified by title and issuer. */
    EXTERNAL("external", "外部文書", "external document", ' ', 0);

    private final TermNames names;
    private final char prefix;
    private final int maxNumber;

    DocumentKind(String code, String japanese, String english, char prefix, int maxNumber) {
        this.names = TermNames.of(code, japanese, english);
        this.prefix = prefix;
        this.maxNumber = maxNumber;
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the letter of the kind's numbers.
     *
     * @return A, B, C or D; empty for external documents
     */
    public Optional<Character> prefix() {
        return isNumbered() ? Optional.of(prefix) : Optional.empty();
    }

    /**
     * Tells whether documents of this kind are numbered.
     *
     * @return false for external documents only
     */
    public boolean isNumbered() {
        return maxNumber > 0;
    }

    /**
     * Returns the highest number of the kind: 99, or 1 for the manual.
     *
     * @return the number, 0 for external documents
     */
    public int maxNumber() {
        return maxNumber;
    }

    /**
     * Returns the numbered kind with a letter.
     *
     * @param prefix A, B, C or D
     * @return the kind, not null
     * @throws IsmsException if no kind has the letter
     */
    static DocumentKind ofPrefix(char prefix) {
        for (DocumentKind kind : values()) {
            if (kind.isNumbered() && kind.prefix == prefix) {
                return kind;
            }
        }
        throw new IsmsException("Unknown document prefix: '" + prefix + "' (valid values A, B, C, D)");
    }

    /**
     * Returns the kind with a code.
     *
     * @param code the code, such as {@code procedure}, not null
     * @return the kind, not null
     * @throws IsmsException if no kind has that code
     */
    public static DocumentKind ofCode(String code) {
        return VocabularyTerm.ofCode(DocumentKind.class, "document kind", code);
    }
}
