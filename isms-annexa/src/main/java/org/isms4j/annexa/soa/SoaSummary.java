package org.isms4j.annexa.soa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.Theme;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.report.ReportTable;

/**
 * The counts of a Statement of Applicability by theme and state, such as 2 organizational controls
 * applicable with no status stated and 35 undecided, for the draft of risk 3.
 *
 * <p>Rows are the four {@link Theme themes}, columns the six {@link DecisionState states}; both
 * carry Japanese and English labels ({@code getDisplayName(Locale)}), as do the SoA's own columns
 * ({@link SoaColumn}). Every control is counted once, so each row adds up to its theme's size
 * and the whole to 93.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SoaSummary {

    private final Map<Theme, Map<DecisionState, Integer>> counts;

    private SoaSummary(Map<Theme, Map<DecisionState, Integer>> counts) {
        this.counts = counts;
    }

    static SoaSummary of(StatementOfApplicability soa) {
        Map<Theme, Map<DecisionState, Integer>> counts = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            Map<DecisionState, Integer> row = new EnumMap<>(DecisionState.class);
            for (DecisionState state : DecisionState.values()) {
                row.put(state, 0);
            }
            counts.put(theme, row);
        }
        for (Control control : AnnexA.all()) {
            counts.get(control.theme()).merge(soa.state(control.id()), 1, Integer::sum);
        }
        return new SoaSummary(counts);
    }

    /**
     * Returns the number of controls of a theme in a state.
     *
     * @param theme the theme, not null
     * @param state the state, not null
     * @return the count, 0 or more
     */
    public int count(Theme theme, DecisionState state) {
        return counts.get(Objects.requireNonNull(theme, "theme")).get(Objects.requireNonNull(state, "state"));
    }

    /**
     * Returns the number of controls of a theme, its size, such as 37 for organizational.
     *
     * @param theme the theme, not null
     * @return the count
     */
    public int total(Theme theme) {
        int total = 0;
        for (int count : counts.get(Objects.requireNonNull(theme, "theme")).values()) {
            total += count;
        }
        return total;
    }

    /**
     * Returns the number of controls in a state, across the themes, such as 91 undecided.
     *
     * @param state the state, not null
     * @return the count, 0 - 93
     */
    public int total(DecisionState state) {
        Objects.requireNonNull(state, "state");
        int total = 0;
        for (Map<DecisionState, Integer> row : counts.values()) {
            total += row.get(state);
        }
        return total;
    }

    /**
     * Returns the number of controls counted, 93.
     *
     * @return the count
     */
    public int total() {
        int total = 0;
        for (Theme theme : Theme.values()) {
            total += total(theme);
        }
        return total;
    }

    /**
     * Returns the number of controls with a decision, applicable or excluded, such as 2 of 93 for
     * the draft of risk 3.
     *
     * @return the count, 0 - 93
     */
    public int decided() {
        return total() - total(DecisionState.UNDECIDED);
    }

    /**
     * Returns the counts as a table with Japanese or English labels: the heading テーマ theme, the
     * six {@link DecisionState states} and 合計 total; a row per {@link Theme theme} and a total
     * row, such as {@code | 組織的管理策 | 0 | 0 | 0 | 2 | 0 | 35 | 37 |} and
     * {@code | 合計 | 0 | 0 | 0 | 2 | 0 | 91 | 93 |} for the draft of risk 3.
     *
     * @param locale Japanese or English labels, not null
     * @return the table, not null
     */
    public ReportTable table(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean japanese = VocabularyTerm.isJapanese(locale);
        String total = japanese ? "合計" : "Total";
        List<String> headings = new ArrayList<>();
        headings.add(japanese ? "テーマ" : "Theme");
        for (DecisionState state : DecisionState.values()) {
            headings.add(state.getDisplayName(locale));
        }
        headings.add(total);
        List<List<String>> rows = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            List<String> row = new ArrayList<>();
            row.add(theme.getDisplayName(locale));
            for (DecisionState state : DecisionState.values()) {
                row.add(Integer.toString(count(theme, state)));
            }
            row.add(Integer.toString(total(theme)));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add(total);
        for (DecisionState state : DecisionState.values()) {
            totals.add(Integer.toString(total(state)));
        }
        totals.add(Integer.toString(total()));
        rows.add(totals);
        return ReportTable.of(headings, rows);
    }

    /**
     * Tells whether another object is a summary with the same counts.
     *
     * @param other the object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SoaSummary && ((SoaSummary) other).counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    /**
     * Returns the non-zero counts by theme code and state code, such as
     * {@code SoaSummary{organizational: status_not_stated 2, undecided 35; people: undecided 8; ...}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SoaSummary{");
        String themeSeparator = "";
        for (Map.Entry<Theme, Map<DecisionState, Integer>> row : counts.entrySet()) {
            text.append(themeSeparator).append(row.getKey().code()).append(':');
            String separator = " ";
            for (Map.Entry<DecisionState, Integer> cell : row.getValue().entrySet()) {
                if (cell.getValue() != 0) {
                    text.append(separator).append(cell.getKey().code()).append(' ').append(cell.getValue());
                    separator = ", ";
                }
            }
            themeSeparator = "; ";
        }
        return text.append('}').toString();
    }
}
