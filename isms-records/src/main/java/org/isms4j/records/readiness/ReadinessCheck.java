package org.isms4j.records.readiness;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.document.DocumentedInformation;
import org.isms4j.records.internal.Texts;

/**
 * The readiness check: which documented information ISO/IEC 27001:2022 requires is present,
 * missing or out of date in the documented-information register, by clause; such as 9.3
 * マネジメントレビューの結果 missing before the first review.
 *
 * <p>The organisation names, per required document, the title it keeps it under in the register
 * (such as 適用宣言書 for the Statement of Applicability). A document is missing when unnamed or
 * not in the register, out of date when its current edition (its revision, or its creation for
 * the first edition) is older than the allowed age on the day of the check.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadinessCheck {

    private final Map<RequiredDocument, String> titles;
    private final Period maxAge;

    private ReadinessCheck(Map<RequiredDocument, String> titles, Period maxAge) {
        this.titles = titles;
        this.maxAge = maxAge;
    }

    /**
     * Obtains a check.
     *
     * @param titles the register title of each required document the organisation keeps, none
     *     blank; copied
     * @param maxAge how old a current edition may be, such as one year, not negative or zero
     * @return the check, not null
     * @throws IsmsException if a title is blank or the age is not positive
     */
    public static ReadinessCheck of(Map<RequiredDocument, String> titles, Period maxAge) {
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IsmsException(Checks.format("Invalid value for maximum age (must be positive): %s", maxAge));
        }
        Map<RequiredDocument, String> copy = new EnumMap<>(RequiredDocument.class);
        titles.forEach((document, title) -> copy.put(Objects.requireNonNull(document, "document"),
                Texts.notBlank("title of " + document.code(), title)));
        return new ReadinessCheck(copy, maxAge);
    }

    /**
     * Returns the readiness of one required document.
     *
     * @param document the required document, not null
     * @param register the documented-information register, not null
     * @param today the day of the check, not null
     * @return present, out of date or missing, not null
     */
    public Readiness readiness(RequiredDocument document, DocumentRegister register, LocalDate today) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(today, "today");
        Optional<DocumentedInformation> found = find(document, register);
        if (found.isEmpty()) {
            return Readiness.MISSING;
        }
        LocalDate current = found.get().revisedOn().orElse(found.get().createdOn());
        return current.plus(maxAge).isBefore(today) ? Readiness.OUT_OF_DATE : Readiness.PRESENT;
    }

    private Optional<DocumentedInformation> find(RequiredDocument document, DocumentRegister register) {
        return Optional.ofNullable(titles.get(document)).flatMap(register::findByTitle);
    }

    /**
     * Returns the required documents that are not present: missing or out of date, by clause.
     *
     * @param register the documented-information register, not null
     * @param today the day of the check, not null
     * @return an unmodifiable list in clause order, empty when ready, not null
     */
    public List<RequiredDocument> gaps(DocumentRegister register, LocalDate today) {
        return java.util.Arrays.stream(RequiredDocument.values())
                .filter(d -> readiness(d, register, today) != Readiness.PRESENT).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the check as a table by clause: 項番, 文書化した情報, 文書 (the register's number and
     * title), 状態.
     *
     * @param register the documented-information register, not null
     * @param today the day of the check, not null
     * @param locale Japanese or English headings and terms, not null
     * @return the table, one row per required document, not null
     */
    public ReportTable toTable(DocumentRegister register, LocalDate today, Locale locale) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(locale, "locale");
        boolean ja = org.isms4j.core.VocabularyTerm.isJapanese(locale);
        List<List<String>> rows = new ArrayList<>();
        for (RequiredDocument document : RequiredDocument.values()) {
            String held = find(document, register).map(d -> d.number().map(n -> n + " ").orElse("") + d.title())
                    .orElse("");
            rows.add(List.of(document.clause().toString(), document.getDisplayName(locale), held,
                    readiness(document, register, today).getDisplayName(locale)));
        }
        return ReportTable.of(ja ? List.of("項番", "文書化した情報", "文書", "状態")
                : List.of("clause", "documented information", "document", "readiness"), rows);
    }
}
