package org.isms4j.annexa.soa;

import java.util.Locale;
import java.util.function.BiFunction;
import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A column of the gap check's table of suggestions
 * ({@link SoaReport#suggestionTable(java.util.List, Locale)}) with its Japanese and English label,
 * such as the reasons 提案の理由.
 *
 * <p>Columns are listed in the order of the table: risk, control, title, score, reasons.
 */
public enum SuggestionColumn implements VocabularyTerm {
    /** The number of the risk 対象リスク番号, such as 1. */
    RISK_NUMBER("risk_number", "対象リスク番号", "risk", (s, locale) -> Integer.toString(s.riskNumber())),
    /** The control id 管理策番号, such as 8.1. */
    CONTROL("control", "管理策番号", "control", (s, locale) -> s.controlId().toString()),
    /** The control title 管理策, such as 利用者エンドポイント機器. */
    TITLE("title", "管理策", "control title", (s, locale) -> s.control().title(locale)),
    /** The score 点数, such as 8. */
    SCORE("score", "点数", "score", (s, locale) -> Integer.toString(s.score())),
    /** The reasons 提案の理由, one per line. */
    REASONS("reasons", "提案の理由", "reasons", (s, locale) -> String.join("\n", s.reasons(locale)));

    private final TermNames names;
    private final BiFunction<Suggestion, Locale, String> value;

    SuggestionColumn(String code, String japanese, String english, BiFunction<Suggestion, Locale, String> value) {
        this.names = TermNames.of(code, japanese, english);
        this.value = value;
    }

    @Override
    public TermNames names() {
        return names;
    }

    /** The cell of a suggestion in this column. */
    String value(Suggestion suggestion, Locale locale) {
        return value.apply(suggestion, locale);
    }

    /**
     * Returns the column with a code.
     *
     * @param code the code, such as {@code reasons}, not null
     * @return the column, not null
     * @throws IsmsException if no column has that code, listing the valid codes
     */
    public static SuggestionColumn ofCode(String code) {
        return VocabularyTerm.ofCode(SuggestionColumn.class, "suggestion column", code);
    }
}
