package org.isms4j.annexa;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A value of the ISO/IEC 27002:2022 attribute "control type" 管理策タイプ, such as preventive 予防:
 * when a control acts on an information security incident.
 *
 * <p>The codes are those of ISO/IEC 27002:2022 without the hash sign, in lowercase. The Japanese
 * names follow JIS Q 27002:2024 as far as public sources show it; they are the library's
 * rendering, not vetted against the JIS text.
 */
public enum ControlType implements VocabularyTerm {
    /** Preventive 予防: prevents an incident from occurring. */
    PREVENTIVE("preventive", "予防", "preventive"),
    /** Detective 検知: acts when an incident occurs. */
    DETECTIVE("detective", "検知", "detective"),
    /** Corrective 是正: acts after an incident occurs. */
    CORRECTIVE("corrective", "是正", "corrective");

    private final TermNames names;

    ControlType(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the control type with a code.
     *
     * @param code the code, such as {@code preventive}, not null
     * @return the control type, not null
     * @throws IsmsException if no control type has that code, listing the valid codes
     */
    public static ControlType ofCode(String code) {
        return VocabularyTerm.ofCode(ControlType.class, "control type", code);
    }
}
