package org.isms4j.records.readiness;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/** Whether a required document is present, missing or out of date, such as 要更新 out of date. */
public enum Readiness implements VocabularyTerm {
    /** 有 present and current. */
    PRESENT("present", "有", "present"),
    /** 要更新 present but not revised within the allowed age. */
    OUT_OF_DATE("out_of_date", "要更新", "out of date"),
    /** 無 not in the documented-information register. */
    MISSING("missing", "無", "missing");

    private final TermNames names;

    Readiness(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the readiness with a code.
     *
     * @param code the code, such as {@code missing}, not null
     * @return the readiness, not null
     * @throws IsmsException if no readiness has that code
     */
    public static Readiness ofCode(String code) {
        return VocabularyTerm.ofCode(Readiness.class, "readiness", code);
    }
}
