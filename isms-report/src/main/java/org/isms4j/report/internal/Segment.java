package org.isms4j.report.internal;

/**
 * A line on an SVG drawing, such as one edge of the acceptance range's outline on a heat map.
 *
 * @param x1 the start's x coordinate, in pixels
 * @param y1 the start's y coordinate
 * @param x2 the end's x coordinate
 * @param y2 the end's y coordinate
 */
public record Segment(int x1, int y1, int x2, int y2) {}
