package org.isms4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriteria;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRules;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;

/**
 * The models and the seeded random inputs every benchmark shares, built through the public API
 * only.
 *
 * <p>Models: {@code 3x3} is {@link RiskModel#standard()} (1 - 3 scales, the source's 3 × 3
 * likelihood table, level = importance × likelihood, thresholds ≥ 9 / 6 / 4); {@code 5x5} has
 * 1 - 5 scales, likelihood {@code (t + v) / 2} rounded, {@link RiskLevelRules#fiveByFive()} as its
 * level grid and thresholds ≥ 5 / 4 / 3.
 *
 * <p>Inputs: importance, threat and vulnerability drawn uniformly from the model's scales with
 * {@link #SEED}, so every variant and every run scores the same risks.
 */
final class Fixtures {

    /** The seed of every random fixture. */
    static final long SEED = 0x15A5_2700_1L;

    private Fixtures() {}

    /**
     * Returns a model by name.
     *
     * @param name {@code 3x3} or {@code 5x5}
     * @return the model
     */
    static RiskModel model(String name) {
        switch (name) {
            case "3x3":
                return RiskModel.standard();
            case "5x5":
                return fiveByFive();
            default:
                throw new IllegalArgumentException("Unknown model " + name + "; expected 3x3 or 5x5");
        }
    }

    private static RiskModel fiveByFive() {
        RatingScale five = RatingScale.of(1, 5);
        int[][] rows = new int[5][5];
        for (int t = 1; t <= 5; t++) {
            for (int v = 1; v <= 5; v++) {
                rows[t - 1][v - 1] = (t + v + 1) / 2; // (t + v) / 2 rounded half up: 1 .. 5, monotone
            }
        }
        AcceptanceCriteria criteria = AcceptanceCriteria.of(List.of(
                AcceptanceThreshold.of(5, "極高", "very high"),
                AcceptanceThreshold.of(4, "高", "high"),
                AcceptanceThreshold.of(3, "中", "medium")), "低", "low");
        return RiskModel.newBuilder().id("bench-5x5").version("1").ciaScales(CiaScales.of(five)).importanceScale(five)
                .likelihoodTable(LikelihoodTable.of(five, five, five, rows)).levelRule(RiskLevelRules.fiveByFive())
                .acceptanceCriteria(criteria).importantAssetCriterion(ImportantAssetCriteria.importanceAtLeast(4))
                .build();
    }

    /** The three input columns of a register: importance, threat and vulnerability. */
    static final class Inputs {
        final byte[] importance;
        final byte[] threat;
        final byte[] vulnerability;

        Inputs(byte[] importance, byte[] threat, byte[] vulnerability) {
            this.importance = importance;
            this.threat = threat;
            this.vulnerability = vulnerability;
        }

        int size() {
            return importance.length;
        }
    }

    /**
     * Draws {@code size} risks on the model's scales.
     *
     * @param model the model whose scales bound the values
     * @param size the number of risks
     * @return fresh input columns
     */
    static Inputs inputs(RiskModel model, int size) {
        SplittableRandom random = new SplittableRandom(SEED);
        RatingScale importanceScale = model.importanceScale();
        RatingScale threatScale = model.likelihoodTable().threatScale();
        RatingScale vulnerabilityScale = model.likelihoodTable().vulnerabilityScale();
        byte[] importance = new byte[size];
        byte[] threat = new byte[size];
        byte[] vulnerability = new byte[size];
        for (int row = 0; row < size; row++) {
            importance[row] = draw(random, importanceScale);
            threat[row] = draw(random, threatScale);
            vulnerability[row] = draw(random, vulnerabilityScale);
        }
        return new Inputs(importance, threat, vulnerability);
    }

    /**
     * The inventory of the register fixtures: one asset per importance of the standard model, so
     * that a risk on asset {@code i} has asset importance {@code i}.
     *
     * @return the inventory
     */
    static AssetInventory inventory() {
        return AssetInventory.of(Asset.of(1, "asset of importance 1", CiaRating.of(1, 1, 1)),
                Asset.of(2, "asset of importance 2", CiaRating.of(2, 1, 1)),
                Asset.of(3, "asset of importance 3", CiaRating.of(3, 1, 1)));
    }

    /**
     * The rows of a seeded register over {@link #inventory()}: risk texts of 20 - 40 characters,
     * one asset per risk, each risk scored by the model on the drawn ratings.
     *
     * @param model the standard model
     * @param size the number of risks
     * @return the rows, numbered 1 to {@code size}
     */
    static List<AssessedRisk> registerRows(RiskModel model, int size) {
        Inputs in = inputs(model, size);
        List<AssessedRisk> rows = new ArrayList<>(size);
        for (int row = 0; row < size; row++) {
            int number = row + 1;
            Risk risk = Risk.newBuilder().number(number).assetNumbers(in.importance[row])
                    .riskSource("risk source of risk number " + number)
                    .impactArea(row % 2 == 0 ? "external" : "company-wide")
                    .event("event of risk " + number + " in the register")
                    .lostProperties(SecurityProperty.values()[row % 3]).build();
            rows.add(AssessedRisk.of(risk,
                    RiskEvaluation.of(model, in.importance[row], in.threat[row], in.vulnerability[row])));
        }
        return rows;
    }

    private static byte draw(SplittableRandom random, RatingScale scale) {
        return (byte) random.nextInt(scale.min(), scale.max() + 1);
    }
}
