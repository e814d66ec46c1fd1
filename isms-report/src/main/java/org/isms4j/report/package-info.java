/**
 * Reports for people: a risk register with its treatment plan and Statement of Applicability as
 * one self-contained, printable HTML file, and the risk heat maps as SVG.
 *
 * <p>Main types: {@link org.isms4j.report.RiskReport} (the report: cover, asset inventory 資産目録,
 * risk assessment report リスクアセスメント結果報告書, heat maps before and after treatment, the full
 * SoA 適用宣言書, the treatment plan リスク対応計画 as a table and a timeline, the second evaluation
 * 二次評価 with the residual acceptance); {@link org.isms4j.report.HeatMapSvg} (a heat map alone,
 * for other applications); {@link org.isms4j.report.ReportSection} (the sections, whose codes are
 * the HTML ids).
 *
 * <p>No method accepts {@code null}: a null argument throws {@link java.lang.NullPointerException}
 * naming the parameter. Every domain rule throws {@link org.isms4j.core.IsmsException}: a blank
 * company or title, a locale other than Japanese or English, a plan or SoA that names a risk the
 * register lacks.
 *
 * <p>Worked example (the canonical example of {@code docs/method.md}): before treatment the three
 * risks sit at importance × likelihood 3 × 2 (level 6, priority 2), 2 × 2 (level 4, priority 3)
 * and 3 × 3 (level 9, priority 1); the cell 3 × 3 of the heat map holds one risk and is coloured
 * as priority 1, 早急に対応. In code, with a register {@code register}, its plan {@code plan} and
 * the SoA drafted from it:
 * <pre>
 * RiskReport report = RiskReport.of("株式会社サンプル", register, plan, SoaReport.draft(register),
 *         LocalDate.of(2024, 1, 15));
 * Files.writeString(Path.of("report.html"), report.toHtml(Locale.JAPANESE));
 * Files.writeString(Path.of("before.svg"), HeatMapSvg.before(register, Locale.JAPANESE));
 * </pre>
 */
package org.isms4j.report;
