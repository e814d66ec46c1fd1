package org.isms4j.core.selfassessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.internal.CheckedCopyStyle;

/**
 * One question of a question set, such as question 3 of the self-assessment, "long and complex
 * passwords" (長く複雑なパスワード), linked to Annex A 5.17 and answered by measures such as
 * "at least 10 characters".
 *
 * <p>A question has a number unique in its set, a wording in Japanese, English or both, and
 * optionally a category, the roles it speaks to, the Annex A controls it bears on (as canonical
 * id text such as {@code 5.17}, which isms-annexa resolves against the catalogue) and the measures
 * 対策例 that answer it. Links and measures are unique.
 *
 * <p>This class is immutable and thread-safe.
 */
@CheckedCopyStyle
@Value.Immutable
public abstract class Question {

    /** The highest question number. */
    public static final int MAX_NUMBER = 9999;

    Question() {}

    /**
     * Returns the number, such as 3.
     *
     * @return the number, 1 - {@value #MAX_NUMBER}
     */
    @Value.Parameter
    public abstract int number();

    /**
     * Returns the wording.
     *
     * @return the text, not null
     */
    @Value.Parameter
    public abstract LocalizedText text();

    /**
     * Returns the category, such as パスワード管理 (password management).
     *
     * @return the category, not blank, or empty
     */
    public abstract Optional<String> category();

    /**
     * Returns the roles the question speaks to.
     *
     * @return an unmodifiable set, empty for whoever knows the state of measures, not null
     */
    public abstract Set<TargetRole> targetRoles();

    /**
     * Returns the Annex A controls the question bears on, as canonical id text, such as
     * {@code 5.17}, in the order given.
     *
     * @return an unmodifiable list of unique ids, possibly empty, not null
     */
    public abstract List<String> annexA();

    /**
     * Returns the measures 対策例 that answer the question, in the order given.
     *
     * @return an unmodifiable list of unique, non-blank texts, possibly empty, not null
     */
    public abstract List<String> measures();

    /**
     * Obtains a question worded in Japanese and English.
     *
     * @param number the number, 1 - {@value #MAX_NUMBER}
     * @param japanese the Japanese wording, not blank
     * @param english the English wording, not blank
     * @return the question, not null
     * @throws IsmsException if the number is out of range or a wording is blank
     */
    public static Question of(int number, String japanese, String english) {
        Objects.requireNonNull(japanese, "japanese");
        Objects.requireNonNull(english, "english");
        return of(number, LocalizedText.of(field(number), japanese, english));
    }

    /**
     * Obtains a question with a wording in one or both languages.
     *
     * @param number the number, 1 - {@value #MAX_NUMBER}
     * @param text the wording, not null
     * @return the question, not null
     * @throws IsmsException if the number is out of range
     */
    public static Question of(int number, LocalizedText text) {
        Checks.inRange("question number", 1, MAX_NUMBER, number);
        return ImmutableQuestion.of(number, Objects.requireNonNull(text, "text"));
    }

    private static String field(int number) {
        return Checks.format("question %d", number);
    }

    /** Checks the question, and puts its Annex A ids in canonical form. */
    @Value.Check
    final Question check() {
        Checks.inRange("question number", 1, MAX_NUMBER, number());
        category().ifPresent(c -> Checks.notBlank("category", c));
        List<String> canonical = new ArrayList<>();
        for (String id : annexA()) {
            canonical.add(TreatmentControl.canonical(id));
        }
        unique("Annex A control", canonical);
        for (String measure : measures()) {
            Checks.notBlank("measure", measure);
        }
        unique("measure", measures());
        Checks.listSize("measures", measures());
        return canonical.equals(annexA()) ? this : ImmutableQuestion.builder().from(this).annexA(canonical).build();
    }

    private void unique(String what, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                throw new IsmsException(Checks.format("Duplicate %s of question %d: '%s'", what, number(),
                        Quoted.cut(value)));
            }
        }
    }

    /**
     * Returns the wording for a locale, falling back to the other language.
     *
     * @param locale the locale, not null
     * @return the wording, not null
     */
    public final String text(Locale locale) {
        return text().text(locale);
    }

    /**
     * Returns a copy with a category.
     *
     * @param category the category, not blank
     * @return the copy
     * @throws IsmsException if the category is blank
     */
    public final Question withCategory(String category) {
        Objects.requireNonNull(category, "category");
        return ImmutableQuestion.builder().from(this).category(category).build();
    }

    /**
     * Returns a copy that speaks to some roles.
     *
     * @param roles the roles, none null and none repeated; not null; may be none
     * @return the copy
     * @throws IsmsException if a role is given twice, such as {@code Duplicate target role: 'teleworker'}
     */
    public final Question withTargetRoles(TargetRole... roles) {
        Objects.requireNonNull(roles, "roles");
        return ImmutableQuestion.builder().from(this)
                .targetRoles(Checks.distinct("roles", "target role", Arrays.asList(roles))).build();
    }

    /**
     * Returns a copy linked to Annex A controls, each id put in canonical form: {@code A.5.17} and
     * {@code 5.17} give {@code 5.17}.
     *
     * @param ids the ids, such as {@code 5.17}; not null; may be none
     * @return the copy
     * @throws IsmsException if an id is not of the form {@code 5.12}, or two name the same control
     */
    public final Question withAnnexA(String... ids) {
        Objects.requireNonNull(ids, "ids");
        return ImmutableQuestion.builder().from(this).annexA(Arrays.asList(ids)).build();
    }

    /**
     * Returns a copy with the measures 対策例 that answer the question.
     *
     * @param measures the measures, unique and not blank; not null; may be none
     * @return the copy
     * @throws IsmsException if a measure is blank, too long or repeats, or there are more than
     *     {@value org.isms4j.core.Limits#MAX_LIST_SIZE}
     */
    public final Question withMeasures(String... measures) {
        Objects.requireNonNull(measures, "measures");
        return ImmutableQuestion.builder().from(this).measures(Arrays.asList(measures)).build();
    }

    /**
     * Returns the question as text, such as {@code 3 長く複雑なパスワード}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return number() + " " + text();
    }
}
