package org.isms4j.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.Theme;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.SoaSummary;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.report.ReportTable;

/**
 * The Statement of Applicability 適用宣言書 laid out for a report: the counts by theme and state,
 * a bar of how many of the 93 controls are decided, and the full table of the controls grouped by
 * theme.
 *
 * @param summaryCaption the caption of the counts
 * @param summary the counts: a row per theme and a total row, a column per state and a total
 *     column
 * @param headings the headings of the controls' table
 * @param themes the controls' rows by theme, in document order
 * @param decided how many controls have a decision
 * @param controls how many controls the catalogue has, 93
 * @param decidedWidth the decided part of the bar, in pixels out of {@link #BAR}
 * @param complete whether the SoA is complete
 * @param problems how many problems keep it from being complete
 * @param barText the bar in words, such as {@code decided 2 / 93 (2 %)}
 */
public record SoaView(String summaryCaption, ReportTable summary, List<String> headings, List<ThemeRows> themes, int decided, int controls,
        int decidedWidth, boolean complete, int problems, String barText) {

    /** The width of the completeness bar, in pixels. */
    public static final int BAR = 600;

    /**
     * The controls of one theme.
     *
     * @param name the theme's name, such as 組織的管理策
     * @param rows the rows, one per control, cells as the headings
     */
    public record ThemeRows(String name, List<List<String>> rows) {}

    /**
     * Lays out a statement.
     *
     * @param soa the statement, not null
     * @param locale Japanese or English labels, not null
     * @return the layout
     */
    public static SoaView of(StatementOfApplicability soa, Locale locale) {
        SoaSummary summary = soa.summary();
        ReportTable table = SoaReport.table(soa, locale);
        List<Control> controls = AnnexA.all();
        List<ThemeRows> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < controls.size(); i++) {
                if (controls.get(i).theme() == theme) {
                    rows.add(table.rows().get(i));
                }
            }
            themes.add(new ThemeRows(theme.getDisplayName(locale), List.copyOf(rows)));
        }
        int all = summary.total();
        int decided = summary.decided();
        String barText = String.format(Locale.ROOT, "%s %d / %d (%d %%)", Label.DECIDED.getDisplayName(locale),
                decided, all, Math.round(100.0 * decided / all));
        return new SoaView(Label.SOA_SUMMARY.getDisplayName(locale), summary.table(locale), table.headings(), List.copyOf(themes), decided, all,
                (int) Math.round((double) BAR * decided / all), soa.isComplete(), soa.problems().size(), barText);
    }
}
