package org.isms4j.report.internal;

/**
 * An entry of a drawing's legend: a small square in a colour and the text that names it, such as
 * the red of priority 1, 早急に対応.
 *
 * @param x the square's left edge, in pixels
 * @param y the square's top edge
 * @param fill the square's fill, {@code #rrggbb} or {@code none}
 * @param kind the CSS class of the square, such as {@code outline} for the acceptance range's mark
 * @param text the text beside the square
 */
public record Swatch(int x, int y, String fill, String kind, String text) {}
