package org.isms4j.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A term of a closed vocabulary with a stable code and a Japanese and an English name, such as
 * the treatment option {@code reduce} 低減.
 *
 * <p>Every enum of isms4j's domain implements this interface. Codes are lowercase ASCII, stable
 * across releases and used in files; {@code ordinal()} is never relied on.
 */
public interface VocabularyTerm {

    /**
     * Returns the code and names of this term.
     *
     * @return the names, not null
     */
    TermNames names();

    /**
     * Returns the stable lowercase code, such as {@code reduce}.
     *
     * @return the code, not null
     */
    default String code() {
        return names().code();
    }

    /**
     * Returns the name for a locale: Japanese for a locale whose language is Japanese, English for
     * every other.
     *
     * @param locale the locale, such as {@link Locale#JAPANESE}, not null
     * @return the name, not null
     */
    default String getDisplayName(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return isJapanese(locale) ? names().japanese() : names().english();
    }

    /**
     * Tells whether a locale asks for Japanese names.
     *
     * @param locale the locale, not null
     * @return true if the locale's language is Japanese
     */
    static boolean isJapanese(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
    }

    /**
     * Finds the term of an enum with a code.
     *
     * @param <E> the enum
     * @param type the enum's class, not null
     * @param vocabulary what the vocabulary is called in messages, such as {@code treatment option}
     * @param code the code, not null
     * @return the term, not null
     * @throws IsmsException if no term has that code; the message lists the valid codes
     */
    static <E extends Enum<E> & VocabularyTerm> E ofCode(Class<E> type, String vocabulary, String code) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(code, "code");
        E[] terms = type.getEnumConstants();
        for (E term : terms) {
            if (term.code().equals(code)) {
                return term;
            }
        }
        throw Checks.unknown(vocabulary, Checks.echo(code),
                Arrays.stream(terms).map(VocabularyTerm::code).collect(Collectors.joining(", ")));
    }
}
