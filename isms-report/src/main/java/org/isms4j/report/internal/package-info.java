/**
 * The layouts behind a report, not part of the API: what each section shows, worded in one
 * language and placed in pixels for the drawings ({@link org.isms4j.report.internal.HeatMapView},
 * {@link org.isms4j.report.internal.TimelineView}, {@link org.isms4j.report.internal.SoaView},
 * gathered in {@link org.isms4j.report.internal.ReportView}); the colours of priorities
 * ({@link org.isms4j.report.internal.Palette}); the report's fixed words
 * ({@link org.isms4j.report.internal.Label}); and the call of the precompiled templates
 * ({@link org.isms4j.report.internal.Templates}).
 *
 * <p>The layouts are pure functions of their inputs; arguments are checked by the API types
 * before they get here. Example: the standard model's heat map has 3 × 3 cells of 72 pixels, the
 * cell importance 3 × likelihood 3 at the top right, coloured as priority 1.
 */
package org.isms4j.report.internal;
