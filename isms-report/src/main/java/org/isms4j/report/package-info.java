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
 * <p>Worked example (the canonical example of {@code docs/method.md}): risk 1, an asset of
 * importance 3 at likelihood 2, has level 6 and priority 2, 今期中に対応; on the heat map before
 * treatment it is the one risk in the cell importance 3 × likelihood 2, which is coloured as
 * priority 2. {@link org.isms4j.report.RiskReport#toHtml} renders the whole report the same way.
 * <pre>{@code
 * import java.util.List;
 * import java.util.Locale;
 * import org.isms4j.core.asset.Asset;
 * import org.isms4j.core.asset.AssetInventory;
 * import org.isms4j.core.register.AssessedRisk;
 * import org.isms4j.core.register.RiskRegister;
 * import org.isms4j.core.risk.Risk;
 * import org.isms4j.core.risk.RiskEvaluation;
 *
 * RiskModel model = RiskModel.standard();
 * AssetInventory inventory = AssetInventory.of(Asset.of(9, "営業用ノートPC", CiaRating.of(3, 2, 2)));
 * Risk risk = Risk.newBuilder().number(1).assetNumbers(List.of(9)).riskSource("モバイル機器の利用ルールが未整備")
 *         .impactArea("外部").event("外出時の重要情報の紛失・盗難").lostProperties(SecurityProperty.CONFIDENTIALITY)
 *         .build();
 * RiskRegister register = RiskRegister.of(model, inventory,
 *         List.of(AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, 3, 2))));
 * String svg = HeatMapSvg.before(register, Locale.JAPANESE);
 * System.out.println(svg.contains("data-importance=\"3\" data-likelihood=\"2\" data-level=\"6\" data-count=\"1\""));
 * // prints: true
 * }</pre>
 */
package org.isms4j.report;
