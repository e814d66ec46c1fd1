package org.isms4j.report;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriteria;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRules;
import org.isms4j.core.RiskModel;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generator of risk models for heat maps: importance and likelihood scales of 2 - 6
 * points from 1, level = importance × likelihood, one to four acceptance thresholds at levels the
 * model reaches. (isms-core's own generator lives in a package of the core module, which this
 * module's tests cannot read when compiled against the module.)
 */
final class ModelGenerators {

    private ModelGenerators() {}

    static Gen<RiskModel> models() {
        return in -> {
            RatingScale importance = RatingScale.of(1, integers().between(2, 6).generate(in));
            RatingScale likelihood = RatingScale.of(1, integers().between(2, 6).generate(in));
            int[][] rows = new int[likelihood.size()][likelihood.size()];
            for (int t = 0; t < rows.length; t++) {
                for (int v = 0; v < rows.length; v++) {
                    rows[t][v] = Math.min(t, v) + 1;
                }
            }
            LikelihoodTable table = LikelihoodTable.of(likelihood, likelihood, likelihood, rows);
            TreeSet<Integer> levels = new TreeSet<>();
            for (int i = importance.min(); i <= importance.max(); i++) {
                for (int l = likelihood.min(); l <= likelihood.max(); l++) {
                    levels.add(i * l);
                }
            }
            List<Integer> candidates = new ArrayList<>(levels.descendingSet());
            int count = integers().between(1, Math.min(4, candidates.size() - 1)).generate(in);
            List<AcceptanceThreshold> thresholds = new ArrayList<>();
            int from = 0;
            for (int t = 0; t < count; t++) {
                int pick = integers().between(from, candidates.size() - 1 - (count - t)).generate(in);
                thresholds.add(AcceptanceThreshold.of(candidates.get(pick), "対応" + (t + 1), "treat " + (t + 1)));
                from = pick + 1;
            }
            return RiskModel.newBuilder().id("generated").version("1").ciaScales(CiaScales.of(importance))
                    .importanceScale(importance).likelihoodTable(table).levelRule(RiskLevelRules.product())
                    .acceptanceCriteria(AcceptanceCriteria.of(thresholds, "受容範囲", "acceptable"))
                    .importantAssetCriterion(ImportantAssetCriteria.anyRatingAtTop()).build();
        };
    }
}
