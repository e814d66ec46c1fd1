package org.isms4j.core;

import java.util.Objects;
import java.util.Locale;

/**
 * An information security property an asset is rated on and a risk can lose, such as
 * confidentiality 機密性.
 *
 * <p>The codes are those of the ISO/IEC 27002:2022 attribute "information security properties".
 */
public enum SecurityProperty implements VocabularyTerm {
    /** Confidentiality 機密性. */
    CONFIDENTIALITY("confidentiality", "機密性", "confidentiality"),
    /** Integrity 完全性. */
    INTEGRITY("integrity", "完全性", "integrity"),
    /** Availability 可用性. */
    AVAILABILITY("availability", "可用性", "availability");

    private final TermNames names;

    SecurityProperty(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the loss of this property as a risk's event names it, such as 機密性の喪失
     * (loss of confidentiality).
     *
     * @param locale the locale, not null
     * @return the text, not null
     */
    public String lossName(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return VocabularyTerm.isJapanese(locale) ? names.japanese() + "の喪失" : "loss of " + names.english();
    }

    /**
     * Returns the property with a code.
     *
     * @param code the code, such as {@code confidentiality}, not null
     * @return the property, not null
     * @throws IsmsException if no property has that code
     */
    public static SecurityProperty ofCode(String code) {
        return VocabularyTerm.ofCode(SecurityProperty.class, "security property", code);
    }
}
