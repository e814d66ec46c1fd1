package org.isms4j.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.core.CiaRating;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.isms4j.report.HeatMapSvg;
import org.isms4j.report.RiskReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The HTML report of a large register: every section of isms-report for 10 K risks, against the
 * Markdown table of the same risks, the text report isms-core already gives. One operation is
 * the whole document; the time per risk is the score divided by {@code size}.
 *
 * <ul>
 *   <li>{@code html}: {@link RiskReport#toHtml(Locale)} in Japanese: cover, inventory, the
 *       assessment and second-evaluation tables of every risk, both heat maps, the 93-row SoA,
 *       the plan's table and timeline;
 *   <li>{@code heatMapSvg}: {@link HeatMapSvg#before}, one heat map alone (counting the risks
 *       included);
 *   <li>{@code markdownBaseline}: {@code ReportTable.ofAssessment(register, locale).toMarkdown()},
 *       one table of every risk as Markdown.
 * </ul>
 *
 * <p>The register: standard model, seeded random importance, threat and vulnerability, risk
 * texts of 20 - 40 characters, every risk reduced by one of 50 controls (Annex A 5.1 - 5.37 and
 * 8.1 - 8.13) and evaluated a second time; the plan has one row per control.
 *
 * <p>Run:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ReportBenchmark -prof gc
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ReportBenchmark {

    /** Risks in the register. */
    @Param({"10000"})
    public int size;

    private RiskRegister register;
    private RiskReport report;

    /** Builds the register, its plan and the SoA drafted from it. */
    @Setup(Level.Trial)
    public void setUp() {
        RiskModel model = RiskModel.standard();
        Fixtures.Inputs in = Fixtures.inputs(model, size);
        List<TreatmentControl> controls = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            controls.add(TreatmentControl.of("管理策 " + c, c < 37 ? "5." + (c + 1) : "8." + (c - 36)));
        }
        AssetInventory inventory = AssetInventory.of(Asset.of(1, "重要度1の資産", CiaRating.of(1, 1, 1)),
                Asset.of(2, "重要度2の資産", CiaRating.of(1, 2, 1)), Asset.of(3, "重要度3の資産", CiaRating.of(1, 1, 3)));
        List<AssessedRisk> rows = new ArrayList<>(size);
        List<List<Integer>> risksByControl = new ArrayList<>();
        controls.forEach(control -> risksByControl.add(new ArrayList<>()));
        for (int n = 0; n < size; n++) {
            int number = n + 1;
            int importance = in.importance[n];
            int control = n % controls.size();
            risksByControl.get(control).add(number);
            Risk risk = Risk.newBuilder().number(number).assetNumbers(List.of(importance))
                    .riskSource("リスク源 " + number + ": 規程が未整備").impactArea(n % 2 == 0 ? "外部" : "全社")
                    .event("事象 " + number + ": 情報の紛失・盗難").lostProperties(SecurityProperty.values()[n % 3]).build();
            rows.add(AssessedRisk.of(risk, RiskEvaluation.of(model, importance, in.threat[n], in.vulnerability[n]))
                    .withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE),
                            List.of(controls.get(control)), TreatmentStatus.values()[n % 3]))
                    .withSecond(RiskEvaluation.ofLikelihood(model, importance, 1)));
        }
        register = RiskRegister.of(model, inventory, rows);
        List<PlanItem> items = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 4, 1);
        for (int c = 0; c < controls.size(); c++) {
            items.add(PlanItem.newBuilder().number(c + 1).control(controls.get(c)).tasks(List.of("検討", "周知"))
                    .owner("委員長").plannedStart(start.plusWeeks(c)).plannedEnd(start.plusWeeks(c + 8))
                    .riskNumbers(risksByControl.get(c)).build());
        }
        report = RiskReport.of("株式会社ベンチマーク", register, TreatmentPlan.of(items), SoaReport.draft(register),
                LocalDate.of(2024, 9, 1));
    }

    /**
     * The whole HTML report.
     *
     * @return its length, in characters
     */
    @Benchmark
    public int html() {
        return report.toHtml(Locale.JAPANESE).length();
    }

    /**
     * One heat map alone, as SVG.
     *
     * @return its length, in characters
     */
    @Benchmark
    public int heatMapSvg() {
        return HeatMapSvg.before(register, Locale.JAPANESE).length();
    }

    /**
     * The assessment table of every risk as Markdown: the baseline.
     *
     * @return its length, in characters
     */
    @Benchmark
    public int markdownBaseline() {
        return ReportTable.ofAssessment(register, Locale.JAPANESE).toMarkdown().length();
    }
}
