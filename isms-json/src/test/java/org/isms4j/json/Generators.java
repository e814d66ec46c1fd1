package org.isms4j.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriteria;
import org.isms4j.core.ImportantAssetCriterion;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRule;
import org.isms4j.core.RiskLevelRules;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid documents: random models (monotone tables and grids,
 * thresholds each reached by some level), inventories and registers scored by their model.
 *
 * <p>Each generator draws a long seed and builds from it with {@link java.util.SplittableRandom},
 * so that a failing case shrinks towards the seed 0 and replays from its seed.
 */
final class Generators {

    private Generators() {}

    /** Text: any characters but surrogates, with Japanese and control characters likely. */
    static Gen<String> text() {
        return Generate.pick(List.of("社員名簿", "", " x ", "a\"b\\c", "\u0000\u001f\t\n", "é€😀"))
                .mix(strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12), 70)
                .mix(strings().betweenCodePoints(0x3040, 0x30FF).ofLengthBetween(1, 6), 20);
    }

    /** Text that is not blank. */
    static Gen<String> nonBlank() {
        return text().map(t -> t.isBlank() ? "x" + t : t);
    }

    private static RatingScale scale(java.util.SplittableRandom random, int minLow, int maxPoints) {
        int min = minLow + random.nextInt(3);
        int points = 2 + random.nextInt(Math.min(maxPoints, RatingScale.HIGHEST - min + 1) - 1);
        return RatingScale.of(min, min + points - 1);
    }

    /** A random monotone grid over two scales with cells in [lo, hi]. */
    private static int[][] monotone(java.util.SplittableRandom random, int rows, int columns, int lo, int hi) {
        int[][] cells = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int floor = Math.max(r > 0 ? cells[r - 1][c] : lo, c > 0 ? cells[r][c - 1] : lo);
                cells[r][c] = Math.min(hi, floor + (random.nextInt(3) == 0 ? random.nextInt(3) : 0));
            }
        }
        return cells;
    }

    /** Models of every shape the core accepts. */
    static Gen<RiskModel> models() {
        return integers().all().zip(nonBlank(), nonBlank(), (seed, id, version) -> model(seed, id, version));
    }

    static RiskModel model(long seed, String id, String version) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        RatingScale importance = scale(random, 0, 6);
        CiaScales cia = CiaScales.of(within(random, importance), within(random, importance),
                within(random, importance));
        RatingScale threat = scale(random, 0, 5);
        RatingScale vulnerability = scale(random, 0, 5);
        RatingScale likelihood = scale(random, 0, 5);
        LikelihoodTable table = LikelihoodTable.of(threat, vulnerability, likelihood,
                monotone(random, threat.size(), vulnerability.size(), likelihood.min(), likelihood.max()));
        RiskLevelRule rule = random.nextBoolean() ? RiskLevelRules.product()
                : LevelGrid.of(random.nextBoolean() ? "importance" : "consequence", importance, likelihood,
                        monotone(random, importance.size(), likelihood.size(), random.nextInt(3),
                                LevelGrid.MAX_LEVEL));
        TreeSet<Integer> reached = new TreeSet<>();
        for (int i = importance.min(); i <= importance.max(); i++) {
            for (int l = likelihood.min(); l <= likelihood.max(); l++) {
                int level = rule.level(i, l);
                if (level >= 1) {
                    reached.add(level);
                }
            }
        }
        if (reached.isEmpty()) {
            // Every level is 0: the grid's lowest cells; lift the top cell so that one threshold is reached.
            return model(seed + 1, id, version);
        }
        List<Integer> levels = new ArrayList<>(reached.descendingSet());
        int count = 1 + random.nextInt(Math.min(4, levels.size()));
        List<AcceptanceThreshold> thresholds = new ArrayList<>();
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < count) {
            chosen.add(levels.get(random.nextInt(levels.size())));
        }
        int rank = 1;
        for (int level : chosen.descendingSet()) {
            thresholds.add(AcceptanceThreshold.of(level, "優先" + rank, "priority " + rank));
            rank++;
        }
        ImportantAssetCriterion criterion = random.nextBoolean() ? ImportantAssetCriteria.anyRatingAtTop()
                : ImportantAssetCriteria.importanceAtLeast(importance.min() + random.nextInt(importance.size()));
        return RiskModel.of(id, version, cia, importance, table, rule,
                AcceptanceCriteria.of(thresholds, "受容範囲", "acceptable"), criterion);
    }

    private static RatingScale within(java.util.SplittableRandom random, RatingScale outer) {
        int min = outer.min() + random.nextInt(outer.size() - 1);
        int max = min + 1 + random.nextInt(outer.max() - min);
        return RatingScale.of(min, max);
    }

    /** Assets with ratings anywhere in 0 - 10. */
    static Gen<Asset> assets() {
        Gen<CiaRating> ratings = integers().between(0, 10).zip(integers().between(0, 10), integers().between(0, 10),
                (c, i, a) -> CiaRating.of(c, i, a, CiaScales.of(scaleFor(c), scaleFor(i), scaleFor(a))));
        Gen<List<String>> texts = lists().of(text()).ofSize(6);
        return integers().between(1, Integer.MAX_VALUE).zip(nonBlank(), ratings, texts, (number, name, rating, t) ->
                Asset.of(number, name, rating).withBusinessCategory(t.get(0)).withRemarks(t.get(1))
                        .withUserScope(t.get(2)).withRiskOwner(t.get(3)).withManagingDepartment(t.get(4))
                        .withMedium(t.get(5)));
    }

    private static RatingScale scaleFor(int value) {
        return value == 10 ? RatingScale.of(1, 10) : RatingScale.of(0, 9);
    }

    /** Inventories of 0 to 20 assets with unique numbers. */
    static Gen<AssetInventory> inventories() {
        return lists().of(assets()).ofSizeBetween(0, 20).map(assets -> {
            Map<Integer, Asset> unique = new LinkedHashMap<>();
            for (Asset asset : assets) {
                unique.putIfAbsent(asset.number(), asset);
            }
            return AssetInventory.of(unique.values());
        });
    }

    /** Risks with 1 to 6 assets and 1 to 3 lost properties. */
    static Gen<Risk> risks() {
        Gen<List<Integer>> assetNumbers = lists().of(integers().between(1, Integer.MAX_VALUE)).ofSizeBetween(1, 6);
        Gen<List<String>> texts = lists().of(nonBlank()).ofSize(3);
        Gen<List<String>> optional = lists().of(text()).ofSize(2);
        Gen<Set<SecurityProperty>> lost = integers().between(1, 7).map(mask -> {
            Set<SecurityProperty> set = EnumSet.noneOf(SecurityProperty.class);
            for (SecurityProperty p : SecurityProperty.values()) {
                if ((mask & (1 << p.ordinal())) != 0) {
                    set.add(p);
                }
            }
            return set;
        });
        return integers().between(1, Integer.MAX_VALUE).zip(assetNumbers, texts, lost, optional,
                (number, assets, t, properties, o) -> Risk.of(number, assets, t.get(0), t.get(1), t.get(2),
                        properties.iterator().next()).withLostProperties(properties).withCause(o.get(0))
                        .withConsequence(o.get(1)));
    }

    /** Registers of 0 to 15 risks, each evaluated under the register's random model. */
    static Gen<RiskRegister> registers() {
        return models().zip(lists().of(risks()).ofSizeBetween(0, 15), integers().all(),
                (model, risks, seed) -> {
                    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
                    List<RiskRegisterEntry> entries = new ArrayList<>();
                    Set<Integer> numbers = new java.util.HashSet<>();
                    for (Risk risk : risks) {
                        if (numbers.add(risk.number())) {
                            entries.add(RiskRegisterEntry.of(risk, evaluation(model, random)));
                        }
                    }
                    return RiskRegister.of(model, entries);
                });
    }

    static RiskEvaluation evaluation(RiskModel model, java.util.SplittableRandom random) {
        RatingScale importance = model.importanceScale();
        LikelihoodTable table = model.likelihoodTable();
        int assetImportance = pick(random, importance);
        RiskEvaluation evaluation = random.nextBoolean()
                ? RiskEvaluation.of(model, assetImportance, pick(random, table.threatScale()),
                        pick(random, table.vulnerabilityScale()))
                : RiskEvaluation.ofLikelihood(model, assetImportance, pick(random, table.likelihoodScale()));
        return random.nextInt(4) == 0 ? evaluation.withImportanceOverride(model, pick(random, importance))
                : evaluation;
    }

    private static int pick(java.util.SplittableRandom random, RatingScale scale) {
        return scale.min() + random.nextInt(scale.size());
    }
}
