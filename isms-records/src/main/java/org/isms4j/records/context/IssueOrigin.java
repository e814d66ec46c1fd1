package org.isms4j.records.context;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/** Where an issue 課題 of clause 4.1 has its cause, such as 外部 external. */
public enum IssueOrigin implements VocabularyTerm {
    /** 外部の課題 external: the cause lies outside the organisation, such as new threats. */
    EXTERNAL("external", "外部の課題", "external issue"),
    /** 内部の課題 internal: the cause lies inside the organisation, such as staff awareness. */
    INTERNAL("internal", "内部の課題", "internal issue");

    private final TermNames names;

    IssueOrigin(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the origin with a code.
     *
     * @param code the code, such as {@code external}, not null
     * @return the origin, not null
     * @throws IsmsException if no origin has that code
     */
    public static IssueOrigin ofCode(String code) {
        return VocabularyTerm.ofCode(IssueOrigin.class, "issue origin", code);
    }
}
