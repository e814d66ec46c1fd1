package org.isms4j.report.internal;

/**
 * A text placed on an SVG drawing, such as the axis title 重要度 of a heat map.
 *
 * @param x the x coordinate, in pixels
 * @param y the baseline's y coordinate, in pixels
 * @param anchor the SVG text anchor: {@code start}, {@code middle} or {@code end}
 * @param kind the CSS class, such as {@code axis}
 * @param text the text, escaped when rendered
 */
public record SvgText(int x, int y, String anchor, String kind, String text) {}
