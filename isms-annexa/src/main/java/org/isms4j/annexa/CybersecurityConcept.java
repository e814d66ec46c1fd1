package org.isms4j.annexa;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A value of the ISO/IEC 27002:2022 attribute "cybersecurity concepts" サイバーセキュリティ概念,
 * such as protect 防御: the function of the NIST Cybersecurity Framework (ISO/IEC TS 27110) a
 * control serves.
 *
 * <p>The codes are those of ISO/IEC 27002:2022 without the hash sign, in lowercase. The Japanese
 * names follow JIS Q 27002:2024 as far as public sources show it; they are the library's
 * rendering, not vetted against the JIS text.
 */
public enum CybersecurityConcept implements VocabularyTerm {
    /** Identify 識別. */
    IDENTIFY("identify", "識別", "identify"),
    /** Protect 防御. */
    PROTECT("protect", "防御", "protect"),
    /** Detect 検知. */
    DETECT("detect", "検知", "detect"),
    /** Respond 対応. */
    RESPOND("respond", "対応", "respond"),
    /** Recover 復旧. */
    RECOVER("recover", "復旧", "recover");

    private final TermNames names;

    CybersecurityConcept(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the cybersecurity concept with a code.
     *
     * @param code the code, such as {@code protect}, not null
     * @return the concept, not null
     * @throws IsmsException if no concept has that code, listing the valid codes
     */
    public static CybersecurityConcept ofCode(String code) {
        return VocabularyTerm.ofCode(CybersecurityConcept.class, "cybersecurity concept", code);
    }
}
