package org.isms4j.core;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** QuickTheories generators of valid risk models and their parts; shrinking follows the draws. */
public final class RiskModelGenerators {

    private RiskModelGenerators() {}

    static int draw(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    /** Any valid scale: 2 to 10 points within 0 - 10. */
    public static Gen<RatingScale> scales() {
        return in -> {
            int min = draw(in, RatingScale.LOWEST, RatingScale.HIGHEST - 1);
            int points = draw(in, RatingScale.MIN_POINTS, Math.min(RatingScale.MAX_POINTS, RatingScale.HIGHEST - min + 1));
            return RatingScale.of(min, min + points - 1);
        };
    }

    static RatingScale subScale(RandomnessSource in, RatingScale scale) {
        int min = draw(in, scale.min(), scale.max() - 1);
        int max = draw(in, min + 1, scale.max());
        return RatingScale.of(min, max);
    }

    /** Monotone rows over two scales with values in min..max; the top corner is at least 1. */
    static int[][] monotoneRows(RandomnessSource in, RatingScale rows, RatingScale columns, int min, int max) {
        int[][] cells = new int[rows.size()][columns.size()];
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                int value = draw(in, min, max);
                if (r > 0) {
                    value = Math.max(value, cells[r - 1][c]);
                }
                if (c > 0) {
                    value = Math.max(value, cells[r][c - 1]);
                }
                cells[r][c] = value;
            }
        }
        int lastRow = cells.length - 1;
        int lastColumn = cells[lastRow].length - 1;
        cells[lastRow][lastColumn] = Math.max(Math.min(1, max), cells[lastRow][lastColumn]);
        return cells;
    }

    /** Any valid likelihood table. */
    public static Gen<LikelihoodTable> tables() {
        return in -> {
            RatingScale threat = scales().generate(in);
            RatingScale vulnerability = scales().generate(in);
            RatingScale likelihood = scales().generate(in);
            return LikelihoodTable.of(threat, vulnerability, likelihood,
                    monotoneRows(in, threat, vulnerability, likelihood.min(), likelihood.max()));
        };
    }

    /** Any valid risk model: per-dimension scales, any table, product or grid, reachable thresholds. */
    public static Gen<RiskModel> models() {
        return in -> {
            RatingScale importance = scales().generate(in);
            CiaScales cia = CiaScales.of(subScale(in, importance), subScale(in, importance), subScale(in, importance));
            LikelihoodTable table = tables().generate(in);
            RatingScale likelihood = table.likelihoodScale();
            RiskLevelRule rule = draw(in, 0, 1) == 0
                    ? RiskLevelRules.product()
                    : LevelGrid.of("consequence", importance, likelihood,
                            monotoneRows(in, importance, likelihood, 0, draw(in, 1, LevelGrid.MAX_LEVEL)));
            TreeSet<Integer> levels = new TreeSet<>();
            for (int i = importance.min(); i <= importance.max(); i++) {
                for (int l = likelihood.min(); l <= likelihood.max(); l++) {
                    int level = rule.level(i, l);
                    if (level >= 1) {
                        levels.add(level);
                    }
                }
            }
            List<Integer> candidates = new ArrayList<>(levels.descendingSet());
            List<AcceptanceThreshold> thresholds = new ArrayList<>();
            int count = draw(in, 1, Math.min(4, candidates.size()));
            int from = 0;
            for (int k = 0; k < count; k++) {
                int pick = draw(in, from, candidates.size() - (count - k));
                thresholds.add(AcceptanceThreshold.of(candidates.get(pick), "優先" + (k + 1), "priority " + (k + 1)));
                from = pick + 1;
            }
            ImportantAssetCriterion criterion = draw(in, 0, 1) == 0
                    ? ImportantAssetCriteria.anyRatingAtTop()
                    : ImportantAssetCriteria.importanceAtLeast(draw(in, importance.min(), importance.max()));
            return RiskModel.newBuilder().id("generated").version("1").ciaScales(cia).importanceScale(importance)
                    .likelihoodTable(table).levelRule(rule)
                    .acceptanceCriteria(AcceptanceCriteria.of(thresholds, "受容範囲", "acceptable"))
                    .importantAssetCriterion(criterion).build();
        };
    }
}
