package org.isms4j.core.selfassessment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;

/**
 * A text in Japanese, in English or in both, such as a question's wording or a part's title
 * 基本的対策 (basic measures).
 *
 * <p>A question set loaded by its user may be worded in one language only; at least one text is
 * present, and {@link #text(Locale)} falls back to the other language when the asked one is
 * missing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalizedText {

    LocalizedText() {}

    /**
     * Returns the Japanese text, such as 基本的対策.
     *
     * @return the text, not blank, or empty when not given
     */
    @Value.Parameter
    public abstract Optional<String> japanese();

    /**
     * Returns the English text, such as {@code basic measures}.
     *
     * @return the text, not blank, or empty when not given
     */
    @Value.Parameter
    public abstract Optional<String> english();

    /**
     * Obtains a text in both languages.
     *
     * @param field what the text is, for messages, such as {@code question 3}; not null
     * @param japanese the Japanese text, not blank
     * @param english the English text, not blank
     * @return the text, not null
     * @throws IsmsException if a text is blank
     */
    public static LocalizedText of(String field, String japanese, String english) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(japanese, "japanese");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(field, "field");
        return ImmutableLocalizedText.of(Optional.of(Checks.notBlank(field + " (ja)", japanese)),
                Optional.of(Checks.notBlank(field + " (en)", english)));
    }

    /**
     * Obtains a text in Japanese only.
     *
     * @param field what the text is, for messages; not null
     * @param japanese the Japanese text, not blank
     * @return the text, not null
     * @throws IsmsException if the text is blank
     */
    public static LocalizedText ofJapanese(String field, String japanese) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(japanese, "japanese");
        Objects.requireNonNull(field, "field");
        return ImmutableLocalizedText.of(Optional.of(Checks.notBlank(field + " (ja)", japanese)), Optional.empty());
    }

    /**
     * Obtains a text in English only.
     *
     * @param field what the text is, for messages; not null
     * @param english the English text, not blank
     * @return the text, not null
     * @throws IsmsException if the text is blank
     */
    public static LocalizedText ofEnglish(String field, String english) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(field, "field");
        return ImmutableLocalizedText.of(Optional.empty(), Optional.of(Checks.notBlank(field + " (en)", english)));
    }

    @Value.Check
    final void check() {
        if (japanese().isEmpty() && english().isEmpty()) {
            throw new IsmsException("Invalid text: it has a Japanese or an English wording");
        }
        japanese().ifPresent(text -> Checks.notBlank("text (ja)", text));
        english().ifPresent(text -> Checks.notBlank("text (en)", text));
    }

    /**
     * Returns the text for a locale: Japanese for a Japanese locale and English for every other,
     * or the other language's text when that one is not given.
     *
     * @param locale the locale, not null
     * @return the text, not null
     */
    public final String text(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Optional<String> first = VocabularyTerm.isJapanese(locale) ? japanese() : english();
        return first.orElseGet(() -> VocabularyTerm.isJapanese(locale) ? english().orElseThrow()
                : japanese().orElseThrow());
    }

    /**
     * Returns the text in Japanese if given, else in English.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return text(Locale.JAPANESE);
    }
}
