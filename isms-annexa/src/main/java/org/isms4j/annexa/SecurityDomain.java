package org.isms4j.annexa;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A value of the ISO/IEC 27002:2022 attribute "security domains" セキュリティドメイン, such as
 * protection 保護.
 *
 * <p>The codes are those of ISO/IEC 27002:2022 without the hash sign, in lowercase. The Japanese
 * names follow JIS Q 27002:2024 as far as public sources show it; they are the library's
 * rendering, not vetted against the JIS text.
 */
public enum SecurityDomain implements VocabularyTerm {
    /** Governance and ecosystem ガバナンス及びエコシステム. */
    GOVERNANCE_AND_ECOSYSTEM("governance_and_ecosystem", "ガバナンス及びエコシステム", "governance and ecosystem"),
    /** Protection 保護. */
    PROTECTION("protection", "保護", "protection"),
    /** Defence 防衛. */
    DEFENCE("defence", "防衛", "defence"),
    /** Resilience 回復力. */
    RESILIENCE("resilience", "回復力", "resilience");

    private final TermNames names;

    SecurityDomain(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the security domain with a code.
     *
     * @param code the code, such as {@code protection}, not null
     * @return the domain, not null
     * @throws IsmsException if no domain has that code, listing the valid codes
     */
    public static SecurityDomain ofCode(String code) {
        return VocabularyTerm.ofCode(SecurityDomain.class, "security domain", code);
    }
}
