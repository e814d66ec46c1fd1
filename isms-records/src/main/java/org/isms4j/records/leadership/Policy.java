package org.isms4j.records.leadership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.records.internal.Texts;

/**
 * The information security policy 情報セキュリティ方針 (clause 5.2) as a versioned, approved document:
 * the edition 第X版, its date, the company 社名, the approver (top management, such as
 * 代表取締役社長) and the security objectives it sets, such as the source's
 * 情報セキュリティ事故を未然に防止する.
 *
 * <p>The text of the policy is the organisation's own and stays in the document; the record keeps
 * what identifies and approves it. A revision raises the edition by one and is never dated
 * before the edition it replaces.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Policy {

    Policy() {}

    /**
     * Returns the edition, 1 for 第1版.
     *
     * @return the edition, 1 or more
     */
    public abstract int edition();

    /**
     * Returns the date of this edition.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * Returns the company 社名.
     *
     * @return the name, not blank
     */
    public abstract String company();

    /**
     * Returns who approved this edition, such as 代表取締役社長 山田太郎.
     *
     * @return the name, not blank
     */
    public abstract String approver();

    /**
     * Returns the security objectives the policy sets, such as 情報セキュリティ事故を未然に防止する.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<String> objectives();

    /**
     * Obtains the first edition 第1版 of a policy.
     *
     * @param date the date, not null
     * @param company the company, not blank
     * @param approver the approver, not blank
     * @param objectives the security objectives, not empty, none blank or twice; copied
     * @return the policy, not null
     * @throws IsmsException if a text is blank or there is no objective,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public static Policy of(LocalDate date, String company, String approver, Collection<String> objectives) {
        return ofEdition(1, date, company, approver, objectives);
    }

    /**
     * Obtains an edition of a policy as it was recorded.
     *
     * @param edition the edition, 1 or more
     * @param date the date, not null
     * @param company the company, not blank
     * @param approver the approver, not blank
     * @param objectives the security objectives, not empty, none blank or twice; copied
     * @return the policy, not null
     * @throws IsmsException if the edition is below 1, a text is blank or there is no objective,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public static Policy ofEdition(int edition, LocalDate date, String company, String approver,
            Collection<String> objectives) {
        Objects.requireNonNull(objectives, "objectives");
        return ImmutablePolicy.builder().edition(edition).date(date).company(company).approver(approver)
                .objectives(objectives).build();
    }

    /**
     * Returns the next edition, revised and approved on a date.
     *
     * @param date the date of the revision, not before this edition's date, not null
     * @param approver the approver of the revision, not blank
     * @param objectives the objectives of the revision, not empty; copied
     * @return the next edition, not null
     * @throws IsmsException if the date is before this edition's or a rule of the policy is broken,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public final Policy revise(LocalDate date, String approver, Collection<String> objectives) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(date())) {
            throw new IsmsException(Checks.format(
                    "Invalid policy revision: the date %s of edition %d is before the date %s of edition %d", date,
                    edition() + 1, date(), edition()));
        }
        return ofEdition(edition() + 1, date, company(), approver, objectives);
    }

    /**
     * Returns the edition as the document heads it: 第2版 in Japanese, {@code Edition 2} in
     * English.
     *
     * @param locale the locale, not null
     * @return the label, not null
     */
    public final String editionLabel(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return VocabularyTerm.isJapanese(locale) ? Checks.format("第%d版", edition())
                : Checks.format("Edition %d", edition());
    }

    @Value.Check
    final void check() {
        Checks.inRange("policy edition", 1, Integer.MAX_VALUE, edition());
        Texts.notBlank("company", company());
        Texts.notBlank("approver", approver());
        Checks.date("policy date", date());
        Texts.notEmpty("policy", "objective", objectives());
        Texts.eachNotBlank("policy objective", objectives());
        Texts.unique("policy", "objective", objectives(), o -> o);
    }
}
