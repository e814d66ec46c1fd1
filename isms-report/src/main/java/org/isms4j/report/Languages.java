package org.isms4j.report;

import java.util.Locale;
import java.util.Objects;
import org.isms4j.core.IsmsException;

/** The languages a report is written in: Japanese and English. */
final class Languages {

    private Languages() {}

    /**
     * Checks that a locale asks for Japanese or English.
     *
     * @param locale the locale, not null
     * @return the locale
     * @throws IsmsException if its language is another
     */
    static Locale check(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String language = locale.getLanguage();
        if (!language.equals("ja") && !language.equals("en")) {
            throw new IsmsException(String.format(Locale.ROOT, "Invalid value for locale (valid values ja, en): '%s'",
                    locale.toLanguageTag()));
        }
        return locale;
    }
}
