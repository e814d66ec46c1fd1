package org.isms4j.core.treatment;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * The status of a risk's treatment in the risk assessment report (対応), such as 予定 planned.
 */
public enum TreatmentStatus implements VocabularyTerm {
    /** 済み done: the controls are in place. */
    DONE("done", "済み", "done"),
    /** 予定 planned: the controls are planned. */
    PLANNED("planned", "予定", "planned"),
    /** 未定 undecided: no decision yet. */
    UNDECIDED("undecided", "未定", "undecided");

    private final TermNames names;

    TreatmentStatus(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the status with a code.
     *
     * @param code the code, such as {@code planned}, not null
     * @return the status, not null
     * @throws IsmsException if no status has that code, listing the valid codes
     */
    public static TreatmentStatus ofCode(String code) {
        return VocabularyTerm.ofCode(TreatmentStatus.class, "treatment status", code);
    }
}
