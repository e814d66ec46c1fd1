package org.isms4j.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.register.HeatMap;

/**
 * A heat map laid out for drawing: one cell per importance × likelihood, most important row at
 * the top and likelihood rising to the right, so that リスク大 (high risk) is the top right corner
 * and リスク小 (low risk) the bottom left; each cell coloured by the priority its level earns, with
 * the count and the priority as text; the acceptance range 受容範囲 outlined; a legend naming
 * every colour.
 *
 * @param id the drawing's id, unique in its document
 * @param title the title
 * @param description the description, what a screen reader says of the whole map
 * @param width the width, in pixels
 * @param height the height, in pixels
 * @param cells the cells, top row first
 * @param outline the edges of the acceptance range
 * @param texts the axis labels and titles and the corner labels
 * @param legend the legend
 */
public record HeatMapView(String id, String title, String description, int width, int height, List<Cell> cells,
        List<Segment> outline, List<SvgText> texts, List<Swatch> legend) {

    /** The side of a cell, in pixels. */
    static final int CELL = 72;
    private static final int LEFT = 120;
    private static final int TOP = 40;
    private static final int RIGHT = 24;
    private static final int LINE = 22;

    /**
     * A cell of the map.
     *
     * @param x the left edge, in pixels
     * @param y the top edge
     * @param importance the cell's importance
     * @param likelihood the cell's likelihood
     * @param level the risk level of the cell
     * @param count the number of risks in the cell
     * @param fill the colour of the cell's priority
     * @param label the priority as short text, such as {@code P2} or 受容範囲
     * @param tooltip the cell in words
     */
    public record Cell(int x, int y, int importance, int likelihood, int level, int count, String fill, String label,
            String tooltip) {

        /**
         * Returns the x coordinate of the cell's centre.
         *
         * @return the coordinate
         */
        public int centreX() {
            return x + CELL / 2;
        }

        /**
         * Returns the side of the cell.
         *
         * @return the side in pixels
         */
        public int size() {
            return CELL;
        }
    }

    /**
     * Lays out a heat map.
     *
     * @param map the counts, not null
     * @param model the model whose scales the map has and whose criteria colour it, not null
     * @param id the drawing's id, unique in its document
     * @param title the title, not blank
     * @param locale Japanese or English labels, not null
     * @return the layout
     * @throws IsmsException if the map's scales are not the model's
     */
    public static HeatMapView of(HeatMap map, RiskModel model, String id, String title, Locale locale) {
        RatingScale importance = model.importanceScale();
        RatingScale likelihood = model.likelihoodTable().likelihoodScale();
        if (!map.importanceScale().equals(importance) || !map.likelihoodScale().equals(likelihood)) {
            throw new IsmsException(String.format(Locale.ROOT,
                    "Scales do not fit: the heat map's scales %s × %s are not the model %s@%s's importance and "
                            + "likelihood scales %s × %s",
                    map.importanceScale(), map.likelihoodScale(), model.id(), model.version(), importance,
                    likelihood));
        }
        AcceptanceCriteria criteria = model.acceptanceCriteria();
        int rows = importance.size();
        int columns = likelihood.size();
        List<Cell> cells = new ArrayList<>();
        boolean[][] acceptable = new boolean[rows][columns];
        int total = 0;
        for (int row = 0; row < rows; row++) {
            int i = importance.max() - row;
            for (int column = 0; column < columns; column++) {
                int l = likelihood.min() + column;
                Score score = model.scoreOfLikelihood(i, l);
                Priority priority = score.priority();
                acceptable[row][column] = priority.isAcceptable();
                int count = map.count(i, l);
                total += count;
                String label = priority.isAcceptable() ? priority.getDisplayName(locale)
                        : Label.PRIORITY_SHORT.getDisplayName(locale) + priority.rank();
                String tooltip = String.format(Locale.ROOT, "%s %d × %s %d = %d: %s, %s %d",
                        Label.IMPORTANCE.getDisplayName(locale), i, Label.LIKELIHOOD.getDisplayName(locale), l,
                        score.level(), priority.getDisplayName(locale), Label.COUNT.getDisplayName(locale), count);
                cells.add(new Cell(LEFT + column * CELL, TOP + row * CELL, i, l, score.level(), count,
                        Palette.fill(priority, criteria), label, tooltip));
            }
        }
        int gridRight = LEFT + columns * CELL;
        int gridBottom = TOP + rows * CELL;
        List<SvgText> texts = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            texts.add(new SvgText(LEFT - 8, TOP + row * CELL + CELL / 2 + 5, "end", "tick",
                    Integer.toString(importance.max() - row)));
        }
        for (int column = 0; column < columns; column++) {
            texts.add(new SvgText(LEFT + column * CELL + CELL / 2, gridBottom + 18, "middle", "tick",
                    Integer.toString(likelihood.min() + column)));
        }
        texts.add(new SvgText(LEFT - 30, TOP + rows * CELL / 2 + 5, "end", "axis",
                Label.IMPORTANCE.getDisplayName(locale)));
        texts.add(new SvgText(LEFT + columns * CELL / 2, gridBottom + 40, "middle", "axis",
                Label.LIKELIHOOD.getDisplayName(locale)));
        texts.add(new SvgText(gridRight, TOP - 10, "end", "corner", "▲ " + Label.HIGH_RISK.getDisplayName(locale)));
        texts.add(new SvgText(LEFT - 8, gridBottom + 40, "end", "corner",
                "▼ " + Label.LOW_RISK.getDisplayName(locale)));
        List<Swatch> legend = new ArrayList<>();
        int y = gridBottom + 60;
        for (Priority priority : criteria.priorities()) {
            legend.add(new Swatch(LEFT, y, Palette.fill(priority, criteria), "fill",
                    Label.PRIORITY_SHORT.getDisplayName(locale) + priority.rank() + " "
                            + priority.getDisplayName(locale)));
            y += LINE;
        }
        legend.add(new Swatch(LEFT, y, Palette.fill(criteria.acceptable(), criteria), "fill",
                criteria.acceptable().getDisplayName(locale)));
        y += LINE;
        legend.add(new Swatch(LEFT, y, "none", "outline", Label.ACCEPTABLE_RANGE.getDisplayName(locale) + " ("
                + String.format(Locale.ROOT, "≤ %d", criteria.highestAcceptableLevel()) + ")"));
        y += LINE;
        String description = String.format(Locale.ROOT, "%s: %s × %s, %s %d", title,
                Label.IMPORTANCE.getDisplayName(locale), Label.LIKELIHOOD.getDisplayName(locale),
                Label.RISKS.getDisplayName(locale), total);
        int width = Math.max(gridRight + RIGHT, LEFT + 360);
        return new HeatMapView(id, title, description, width, y + 4, List.copyOf(cells),
                outline(acceptable), List.copyOf(texts), List.copyOf(legend));
    }

    /** The edges between acceptable cells and the rest of the plane. */
    private static List<Segment> outline(boolean[][] acceptable) {
        List<Segment> segments = new ArrayList<>();
        int rows = acceptable.length;
        int columns = acceptable[0].length;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                if (!acceptable[row][column]) {
                    continue;
                }
                int x = LEFT + column * CELL;
                int y = TOP + row * CELL;
                if (row == 0 || !acceptable[row - 1][column]) {
                    segments.add(new Segment(x, y, x + CELL, y));
                }
                if (row == rows - 1 || !acceptable[row + 1][column]) {
                    segments.add(new Segment(x, y + CELL, x + CELL, y + CELL));
                }
                if (column == 0 || !acceptable[row][column - 1]) {
                    segments.add(new Segment(x, y, x, y + CELL));
                }
                if (column == columns - 1 || !acceptable[row][column + 1]) {
                    segments.add(new Segment(x + CELL, y, x + CELL, y + CELL));
                }
            }
        }
        return List.copyOf(segments);
    }
}
