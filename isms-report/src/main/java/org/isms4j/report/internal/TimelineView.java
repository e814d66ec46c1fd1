package org.isms4j.report.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;

/**
 * The treatment plan リスク対応計画 laid out as a timeline: per row a bar of the planned dates and
 * below it a bar of the actual dates (to the date judged on while in progress), a row past its
 * planned end and not completed marked 期限超過 (overdue), month ticks and a line at the date
 * judged on.
 *
 * @param id the drawing's id, unique in its document
 * @param title the title
 * @param description what a screen reader says of the whole timeline
 * @param width the width, in pixels
 * @param height the height, in pixels
 * @param rows the rows, in plan order
 * @param ticks the month ticks
 * @param today the x coordinate of the date judged on
 * @param top the y coordinate where the rows start
 * @param bottom the y coordinate where the rows end
 * @param texts the other labels
 * @param legend the legend
 */
public record TimelineView(String id, String title, String description, int width, int height, List<Row> rows,
        List<SvgText> ticks, int today, int top, int bottom, List<SvgText> texts, List<Swatch> legend) {

    private static final int LEFT = 240;
    private static final int CHART = 560;
    private static final int TOP = 44;
    private static final int ROW = 40;
    private static final int BAR = 12;
    private static final int LABEL_CHARACTERS = 18;

    /**
     * A row of the timeline.
     *
     * @param y the top of the row, in pixels
     * @param label the row's number and control, cut short to fit
     * @param tooltip the row in words, uncut
     * @param plannedX the planned bar's left edge
     * @param plannedWidth the planned bar's width
     * @param actualX the actual bar's left edge, when there is one
     * @param actualWidth the actual bar's width, 0 when work has not started
     * @param overdue whether the row is overdue on the date judged on
     * @param markX where the overdue mark stands: the planned end
     * @param mark the overdue mark's text, 期限超過 (overdue)
     */
    public record Row(int y, String label, String tooltip, int plannedX, int plannedWidth, int actualX,
            int actualWidth, boolean overdue, int markX, String mark) {

        /**
         * Returns the top of the actual bar.
         *
         * @return the y coordinate
         */
        public int actualY() {
            return y + BAR + 4;
        }

        /**
         * Returns the height of a bar.
         *
         * @return the height in pixels
         */
        public int bar() {
            return BAR;
        }

        /**
         * Returns the baseline of the row's label.
         *
         * @return the y coordinate
         */
        public int labelY() {
            return y + BAR + 2;
        }
    }

    /**
     * Lays out a plan.
     *
     * @param plan the plan, not null
     * @param today the date the plan's progress is judged on, not null
     * @param locale Japanese or English labels, not null
     * @return the layout
     */
    public static TimelineView of(TreatmentPlan plan, LocalDate today, Locale locale) {
        LocalDate first = today;
        LocalDate last = today;
        for (PlanItem item : plan.items()) {
            first = min(first, min(item.plannedStart(), item.actualStart().orElse(item.plannedStart())));
            last = max(last, max(item.plannedEnd(), item.actualEnd().orElse(item.plannedEnd())));
        }
        LocalDate start = first.withDayOfMonth(1);
        LocalDate end = last.withDayOfMonth(1).plusMonths(1);
        double perDay = (double) CHART / ChronoUnit.DAYS.between(start, end);
        List<Row> rows = new ArrayList<>();
        int y = TOP;
        int overdue = 0;
        for (PlanItem item : plan.items()) {
            int plannedX = x(start, item.plannedStart(), perDay);
            int plannedWidth = Math.max(2, x(start, item.plannedEnd().plusDays(1), perDay) - plannedX);
            int actualX = item.actualStart().map(d -> x(start, d, perDay)).orElse(plannedX);
            int actualWidth = item.actualStart().map(started -> Math.max(2,
                    x(start, item.actualEnd().orElse(today).plusDays(1), perDay) - x(start, started, perDay)))
                    .orElse(0);
            boolean late = item.isOverdue(today);
            overdue += late ? 1 : 0;
            String text = item.number() + " " + item.control().text();
            String label = text.codePointCount(0, text.length()) > LABEL_CHARACTERS
                    ? text.substring(0, text.offsetByCodePoints(0, LABEL_CHARACTERS - 1)) + "…" : text;
            String tooltip = String.format(Locale.ROOT, "%s: %s %s - %s, %s %s - %s, %s%s", text,
                    Label.PLANNED.getDisplayName(locale), item.plannedStart(), item.plannedEnd(),
                    Label.ACTUAL.getDisplayName(locale), item.actualStart().map(Object::toString).orElse(""),
                    item.actualEnd().map(Object::toString).orElse(""), item.status().getDisplayName(locale),
                    late ? ", " + Label.OVERDUE.getDisplayName(locale) : "");
            rows.add(new Row(y, label, tooltip, plannedX, plannedWidth, actualX, actualWidth, late,
                    plannedX + plannedWidth, "✕ " + Label.OVERDUE.getDisplayName(locale)));
            y += ROW;
        }
        List<SvgText> ticks = new ArrayList<>();
        for (LocalDate month = start; month.isBefore(end); month = month.plusMonths(1)) {
            ticks.add(new SvgText(x(start, month, perDay), TOP - 8, "start", "tick",
                    String.format(Locale.ROOT, "%d-%02d", month.getYear(), month.getMonthValue())));
        }
        int todayX = x(start, today, perDay);
        List<SvgText> texts = List.of(new SvgText(todayX, y + 14, "middle", "today",
                Label.AS_OF.getDisplayName(locale) + " " + today));
        int legendY = y + 30;
        List<Swatch> legend = List.of(
                new Swatch(LEFT, legendY, "#dddddd", "planned", Label.PLANNED.getDisplayName(locale)),
                new Swatch(LEFT + 140, legendY, "#3b6ea8", "actual", Label.ACTUAL.getDisplayName(locale)),
                new Swatch(LEFT + 280, legendY, "#b00020", "overdue", "✕ " + Label.OVERDUE.getDisplayName(locale)));
        String description = String.format(Locale.ROOT, "%s: %d, %s %s: %d", Label.TIMELINE.getDisplayName(locale),
                plan.items().size(), Label.AS_OF.getDisplayName(locale), today, overdue);
        return new TimelineView("timeline", Label.TIMELINE.getDisplayName(locale), description, LEFT + CHART + 80,
                legendY + 24, List.copyOf(rows), List.copyOf(ticks), todayX, TOP - 4, y, texts, legend);
    }

    private static int x(LocalDate start, LocalDate date, double perDay) {
        return LEFT + (int) Math.round(ChronoUnit.DAYS.between(start, date) * perDay);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
