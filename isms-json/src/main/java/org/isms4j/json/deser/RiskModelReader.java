package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.Checks;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriteria;
import org.isms4j.core.ImportantAssetCriterion;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRule;
import org.isms4j.core.RiskLevelRules;
import org.isms4j.core.RiskModel;
import org.isms4j.json.Formats;
import org.isms4j.json.IsmsJsonException;

/**
 * The reader of the risk model document and of its parts: the rating scales, the likelihood
 * table, the risk-level rule, the acceptance criteria and the important-asset criterion.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class RiskModelReader {

    /** The most rows or columns a table may have: a scale's most points. */
    private static final int MAX_TABLE_SIDE = RatingScale.MAX_POINTS;

    private RiskModelReader() {}

    private enum ModelProperty {
        FORMAT, FORMAT_VERSION, ID, VERSION, CIA_SCALES, IMPORTANCE_SCALE, LIKELIHOOD_TABLE, LEVEL_RULE,
        ACCEPTANCE_CRITERIA, IMPORTANT_ASSET_CRITERION
    }

    private static final PropertyNames<ModelProperty> MODEL = PropertyNames.of(ModelProperty.class);

    /**
     * Reads the risk model document.
     *
     * @param in the input
     * @return the model
     * @throws IOException if the parser fails
     */
    public static RiskModel riskModel(JsonInput in) throws IOException {
        PropertyLoop<ModelProperty> p = in.properties("risk model document", MODEL);
        String id = null;
        String version = null;
        CiaScales ciaScales = null;
        RatingScale importanceScale = null;
        LikelihoodTable table = null;
        RiskLevelRule rule = null;
        AcceptanceCriteria criteria = null;
        ImportantAssetCriterion criterion = null;
        for (ModelProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.RISK_MODEL);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case ID -> id = in.notBlank("id", "model id");
                case VERSION -> version = in.notBlank("version", "model version");
                case CIA_SCALES -> ciaScales = ciaScales(in);
                case IMPORTANCE_SCALE -> importanceScale = ratingScale(in);
                case LIKELIHOOD_TABLE -> table = likelihoodTable(in);
                case LEVEL_RULE -> rule = levelRule(in);
                case ACCEPTANCE_CRITERIA -> criteria = acceptanceCriteria(in);
                case IMPORTANT_ASSET_CRITERION -> criterion = importantAssetCriterion(in);
            }
        }
        p.requireAll();
        String i = id;
        String v = version;
        CiaScales cs = ciaScales;
        RatingScale is = importanceScale;
        LikelihoodTable t = table;
        RiskLevelRule r = rule;
        AcceptanceCriteria ac = criteria;
        ImportantAssetCriterion iac = criterion;
        return in.core(() -> RiskModel.newBuilder().id(i).version(v).ciaScales(cs).importanceScale(is)
                .likelihoodTable(t).levelRule(r).acceptanceCriteria(ac).importantAssetCriterion(iac).build());
    }

    // ---------------------------------------------------------------- scales

    private enum ScaleProperty { MIN, MAX }

    private static final PropertyNames<ScaleProperty> SCALE = PropertyNames.of(ScaleProperty.class);

    /**
     * Reads a rating scale, {@code {"min": 1, "max": 3}}.
     *
     * @param in the input
     * @return the scale
     * @throws IOException if the parser fails
     */
    public static RatingScale ratingScale(JsonInput in) throws IOException {
        PropertyLoop<ScaleProperty> p = in.properties("rating scale", SCALE);
        int min = 0;
        int max = 0;
        for (ScaleProperty f; (f = p.next()) != null;) {
            switch (f) {
                case MIN -> min = in.intIn("min", "scale minimum", RatingScale.LOWEST, RatingScale.HIGHEST);
                case MAX -> max = in.intIn("max", "scale maximum", RatingScale.LOWEST, RatingScale.HIGHEST);
            }
        }
        p.requireAll();
        int lo = min;
        int hi = max;
        return in.core(() -> RatingScale.of(lo, hi));
    }

    /**
     * Reads scales of confidentiality, integrity and availability.
     *
     * @param in the input
     * @return the scales
     * @throws IOException if the parser fails
     */
    public static CiaScales ciaScales(JsonInput in) throws IOException {
        PropertyLoop<AssetInventoryReader.CiaProperty> p = in.properties("CIA scales", AssetInventoryReader.CIA);
        RatingScale c = null;
        RatingScale i = null;
        RatingScale a = null;
        for (AssetInventoryReader.CiaProperty f; (f = p.next()) != null;) {
            switch (f) {
                case CONFIDENTIALITY -> c = ratingScale(in);
                case INTEGRITY -> i = ratingScale(in);
                case AVAILABILITY -> a = ratingScale(in);
            }
        }
        p.requireAll();
        RatingScale cs = c;
        RatingScale is = i;
        RatingScale as = a;
        return in.core(() -> CiaScales.of(cs, is, as));
    }

    // ---------------------------------------------------------------- tables and rules

    private enum TableProperty { THREAT_SCALE, VULNERABILITY_SCALE, LIKELIHOOD_SCALE, ROWS }

    private static final PropertyNames<TableProperty> TABLE = PropertyNames.of(TableProperty.class);

    /**
     * Reads a likelihood table.
     *
     * @param in the input
     * @return the table
     * @throws IOException if the parser fails
     */
    public static LikelihoodTable likelihoodTable(JsonInput in) throws IOException {
        PropertyLoop<TableProperty> p = in.properties("likelihood table", TABLE);
        RatingScale threat = null;
        RatingScale vulnerability = null;
        RatingScale likelihood = null;
        int[][] rows = null;
        for (TableProperty f; (f = p.next()) != null;) {
            switch (f) {
                case THREAT_SCALE -> threat = ratingScale(in);
                case VULNERABILITY_SCALE -> vulnerability = ratingScale(in);
                case LIKELIHOOD_SCALE -> likelihood = ratingScale(in);
                case ROWS -> rows = rows(in);
            }
        }
        p.requireAll();
        RatingScale t = threat;
        RatingScale v = vulnerability;
        RatingScale l = likelihood;
        int[][] cells = rows;
        return in.core(() -> LikelihoodTable.of(t, v, l, cells));
    }

    private static int[][] rows(JsonInput in) throws IOException {
        in.expectArray("rows");
        List<int[]> rows = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            if (rows.size() == MAX_TABLE_SIDE) {
                throw in.error(Checks.format("Invalid table: at most %d rows", MAX_TABLE_SIDE));
            }
            in.expectArray("row");
            List<Integer> row = new ArrayList<>();
            while (in.next() != JsonToken.END_ARRAY) {
                if (row.size() == MAX_TABLE_SIDE) {
                    throw in.error(Checks.format("Invalid table: at most %d cells in a row", MAX_TABLE_SIDE));
                }
                row.add(in.intValue("cell"));
            }
            rows.add(row.stream().mapToInt(Integer::intValue).toArray());
        }
        return rows.toArray(new int[0][]);
    }

    private enum RuleProperty { KIND, ROW_AXIS, ROW_SCALE, LIKELIHOOD_SCALE, ROWS }

    /** The properties of a grid, each optional for a product rule. */
    private static final Set<RuleProperty> GRID_PROPERTIES = EnumSet.complementOf(EnumSet.of(RuleProperty.KIND));
    private static final PropertyNames<RuleProperty> RULE = PropertyNames.of(RuleProperty.class, GRID_PROPERTIES);

    /**
     * Reads a risk-level rule: {@code {"kind": "product"}} or a grid.
     *
     * @param in the input
     * @return the rule
     * @throws IOException if the parser fails
     */
    public static RiskLevelRule levelRule(JsonInput in) throws IOException {
        PropertyLoop<RuleProperty> p = in.properties("risk level rule", RULE);
        String kind = null;
        String rowAxis = null;
        RatingScale rowScale = null;
        RatingScale likelihoodScale = null;
        int[][] rows = null;
        String firstGridProperty = null;
        for (RuleProperty f; (f = p.next()) != null;) {
            switch (f) {
                case KIND -> {
                    kind = in.text("kind");
                    if (!kind.equals("product") && !kind.equals("grid")) {
                        throw in.error(Checks.unknown("risk level rule kind",
                                JsonFailures.escape(kind, JsonInput.QUOTED_TEXT_LIMIT), "product, grid").getMessage());
                    }
                }
                case ROW_AXIS -> rowAxis = in.notBlank("rowAxis", "row axis");
                case ROW_SCALE -> rowScale = ratingScale(in);
                case LIKELIHOOD_SCALE -> likelihoodScale = ratingScale(in);
                case ROWS -> rows = rows(in);
            }
            if (f != RuleProperty.KIND && firstGridProperty == null) {
                firstGridProperty = in.path();
            }
            if ("product".equals(kind) && firstGridProperty != null && in.failOnUnknownProperties()) {
                throw unknownForKind(firstGridProperty, kind, "kind");
            }
        }
        p.requireAll();
        if ("product".equals(kind)) {
            return RiskLevelRules.product();
        }
        p.requireAll(GRID_PROPERTIES);
        String axis = rowAxis;
        RatingScale rs = rowScale;
        RatingScale ls = likelihoodScale;
        int[][] cells = rows;
        return in.core(() -> LevelGrid.of(axis, rs, ls, cells));
    }

    private static IsmsJsonException unknownForKind(String path, String kind, String valid) {
        String property = path.substring(path.lastIndexOf('.') + 1);
        return new IsmsJsonException(path, Checks.format("Unknown property for kind '%s': '%s' (valid values %s)",
                kind, property, valid), null);
    }

    // ---------------------------------------------------------------- acceptance

    private enum ThresholdProperty { MIN_LEVEL, JAPANESE, ENGLISH }

    private static final PropertyNames<ThresholdProperty> THRESHOLD = PropertyNames.of(ThresholdProperty.class);

    /**
     * Reads an acceptance threshold.
     *
     * @param in the input
     * @return the threshold
     * @throws IOException if the parser fails
     */
    public static AcceptanceThreshold acceptanceThreshold(JsonInput in) throws IOException {
        PropertyLoop<ThresholdProperty> p = in.properties("acceptance threshold", THRESHOLD);
        int minLevel = 0;
        String japanese = null;
        String english = null;
        for (ThresholdProperty f; (f = p.next()) != null;) {
            switch (f) {
                case MIN_LEVEL -> minLevel = in.intIn("minLevel", "threshold level", 1, LevelGrid.MAX_LEVEL);
                case JAPANESE -> japanese = in.notBlank("japanese", "japanese");
                case ENGLISH -> english = in.notBlank("english", "english");
            }
        }
        p.requireAll();
        int level = minLevel;
        String ja = japanese;
        String en = english;
        return in.core(() -> AcceptanceThreshold.of(level, ja, en));
    }

    private enum CriteriaProperty { THRESHOLDS, ACCEPTABLE }

    private static final PropertyNames<CriteriaProperty> CRITERIA = PropertyNames.of(CriteriaProperty.class);

    /**
     * Reads acceptance criteria.
     *
     * @param in the input
     * @return the criteria
     * @throws IOException if the parser fails
     */
    public static AcceptanceCriteria acceptanceCriteria(JsonInput in) throws IOException {
        PropertyLoop<CriteriaProperty> p = in.properties("acceptance criteria", CRITERIA);
        List<AcceptanceThreshold> thresholds = new ArrayList<>();
        TermReader.Meaning acceptable = null;
        for (CriteriaProperty f; (f = p.next()) != null;) {
            switch (f) {
                case THRESHOLDS -> {
                    in.expectArray("thresholds");
                    while (in.next() != JsonToken.END_ARRAY) {
                        if (thresholds.size() == LevelGrid.MAX_LEVEL) {
                            throw in.error(Checks.format("Invalid acceptance criteria: at most %d thresholds",
                                    LevelGrid.MAX_LEVEL));
                        }
                        thresholds.add(acceptanceThreshold(in));
                    }
                }
                case ACCEPTABLE -> acceptable = TermReader.meaning(in, "acceptable");
            }
        }
        p.requireAll();
        TermReader.Meaning a = acceptable;
        return in.core(() -> AcceptanceCriteria.of(thresholds, a.japanese(), a.english()));
    }

    private enum CriterionProperty { KIND, MINIMUM_IMPORTANCE }

    private static final PropertyNames<CriterionProperty> CRITERION = PropertyNames.of(CriterionProperty.class,
            EnumSet.of(CriterionProperty.MINIMUM_IMPORTANCE));

    /**
     * Reads an important-asset criterion: {@code {"kind": "any_rating_at_top"}} or
     * {@code {"kind": "importance_at_least", "minimumImportance": 2}}.
     *
     * @param in the input
     * @return the criterion
     * @throws IOException if the parser fails
     */
    public static ImportantAssetCriterion importantAssetCriterion(JsonInput in) throws IOException {
        PropertyLoop<CriterionProperty> p = in.properties("important-asset criterion", CRITERION);
        String kind = null;
        int minimum = 0;
        String minimumPath = null;
        for (CriterionProperty f; (f = p.next()) != null;) {
            switch (f) {
                case KIND -> {
                    kind = in.text("kind");
                    if (!kind.equals(Formats.ANY_RATING_AT_TOP) && !kind.equals(Formats.IMPORTANCE_AT_LEAST)) {
                        throw in.error(Checks.unknown("important-asset criterion kind",
                                JsonFailures.escape(kind, JsonInput.QUOTED_TEXT_LIMIT),
                                Formats.ANY_RATING_AT_TOP + ", " + Formats.IMPORTANCE_AT_LEAST).getMessage());
                    }
                }
                case MINIMUM_IMPORTANCE -> {
                    minimum = in.intIn("minimumImportance", "minimum importance", RatingScale.LOWEST,
                            RatingScale.HIGHEST);
                    minimumPath = in.path();
                }
            }
            if (Formats.ANY_RATING_AT_TOP.equals(kind) && minimumPath != null && in.failOnUnknownProperties()) {
                throw unknownForKind(minimumPath, kind, "kind");
            }
        }
        p.requireAll();
        if (kind.equals(Formats.ANY_RATING_AT_TOP)) {
            return ImportantAssetCriteria.anyRatingAtTop();
        }
        p.requireAll(EnumSet.of(CriterionProperty.MINIMUM_IMPORTANCE));
        int min = minimum;
        return in.core(() -> ImportantAssetCriteria.importanceAtLeast(min));
    }
}
