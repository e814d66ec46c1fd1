/**
 * The report's templates, compiled from {@code src/main/jte} into Java at build time by
 * jte-maven-plugin (content type HTML, so that every value is escaped by its context), not part of
 * the API. One class per template: {@code report}, {@code table}, {@code heatmap},
 * {@code timeline}, {@code soa}.
 *
 * <p>The templates take layouts of {@code org.isms4j.report.internal}, never null. Example:
 * {@code JteheatmapGenerated.render(output, null, view)} writes one heat map's {@code <svg>}.
 */
package org.isms4j.report.internal.template;
