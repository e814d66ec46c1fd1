package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriteria;
import org.isms4j.core.ImportantAssetCriterion;
import org.isms4j.core.IsmsException;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRule;
import org.isms4j.core.RiskLevelRules;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.internal.Checks;
import org.isms4j.core.internal.SortedIntSet;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.isms4j.json.Formats;
import org.isms4j.json.IsmsJsonException;

/**
 * The readers of every value and document of isms-json, each strict: unknown, duplicate and
 * missing properties, wrong types and values off their range fail with the JSON path.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class Readers {

    /** The most rows or columns a table may have: a scale's most points. */
    private static final int MAX_TABLE_SIDE = RatingScale.MAX_POINTS;
    /** The most asset numbers one risk may list. */
    public static final int MAX_ASSETS_PER_RISK = 100_000;

    private Readers() {}

    // ---------------------------------------------------------------- scales and ratings

    private static final PropertyNames SCALE = PropertyNames.of("min", "max");

    /**
     * Reads a rating scale, {@code {"min": 1, "max": 3}}.
     *
     * @param in the input
     * @return the scale
     * @throws IOException if the parser fails
     */
    public static RatingScale ratingScale(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("rating scale", SCALE);
        int min = 0;
        int max = 0;
        for (int f; (f = p.next()) >= 0;) {
            if (f == 0) {
                min = in.intIn("min", "scale minimum", RatingScale.LOWEST, RatingScale.HIGHEST);
            } else {
                max = in.intIn("max", "scale maximum", RatingScale.LOWEST, RatingScale.HIGHEST);
            }
        }
        p.requireAll();
        int lo = min;
        int hi = max;
        return in.core(() -> RatingScale.of(lo, hi));
    }

    private static final PropertyNames CIA = PropertyNames.of("confidentiality", "integrity", "availability");

    /**
     * Reads scales of confidentiality, integrity and availability.
     *
     * @param in the input
     * @return the scales
     * @throws IOException if the parser fails
     */
    public static CiaScales ciaScales(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("CIA scales", CIA);
        RatingScale[] scales = new RatingScale[3];
        for (int f; (f = p.next()) >= 0;) {
            scales[f] = ratingScale(in);
        }
        p.requireAll();
        return in.core(() -> CiaScales.of(scales[0], scales[1], scales[2]));
    }

    /**
     * Reads a rating, {@code {"confidentiality": 3, "integrity": 3, "availability": 2}}, checked
     * against the input's scales or else against 0 - 10.
     *
     * @param in the input
     * @return the rating
     * @throws IOException if the parser fails
     */
    public static CiaRating ciaRating(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("rating", CIA);
        CiaScales scales = in.ratingScales();
        int[] values = new int[3];
        for (int f; (f = p.next()) >= 0;) {
            String name = CIA.name(f);
            if (scales == null) {
                values[f] = in.intIn(name, name, RatingScale.LOWEST, RatingScale.HIGHEST);
            } else {
                RatingScale scale = scales.scaleOf(SecurityProperty.ofCode(name));
                values[f] = in.intIn(name, name, scale.min(), scale.max());
            }
        }
        p.requireAll();
        return in.core(() -> scales == null ? CiaRating.ofRecord(values[0], values[1], values[2])
                : CiaRating.of(values[0], values[1], values[2], scales));
    }

    // ---------------------------------------------------------------- tables and rules

    private static final PropertyNames TABLE =
            PropertyNames.of("threatScale", "vulnerabilityScale", "likelihoodScale", "rows");

    /**
     * Reads a likelihood table.
     *
     * @param in the input
     * @return the table
     * @throws IOException if the parser fails
     */
    public static LikelihoodTable likelihoodTable(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("likelihood table", TABLE);
        RatingScale[] scales = new RatingScale[3];
        int[][] rows = null;
        for (int f; (f = p.next()) >= 0;) {
            if (f < 3) {
                scales[f] = ratingScale(in);
            } else {
                rows = rows(in);
            }
        }
        p.requireAll();
        int[][] cells = rows;
        return in.core(() -> LikelihoodTable.of(scales[0], scales[1], scales[2], cells));
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

    private static final PropertyNames RULE =
            PropertyNames.of("kind", "rowAxis?", "rowScale?", "likelihoodScale?", "rows?");
    private static final long GRID_PROPERTIES = 0b11110;

    /**
     * Reads a risk-level rule: {@code {"kind": "product"}} or a grid.
     *
     * @param in the input
     * @return the rule
     * @throws IOException if the parser fails
     */
    public static RiskLevelRule levelRule(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("risk level rule", RULE);
        String kind = null;
        String rowAxis = null;
        RatingScale rowScale = null;
        RatingScale likelihoodScale = null;
        int[][] rows = null;
        String firstGridProperty = null;
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    kind = in.text("kind");
                    if (!kind.equals("product") && !kind.equals("grid")) {
                        throw in.error(Checks.unknown("risk level rule kind", JsonInput.escape(kind, 64),
                                "product, grid").getMessage());
                    }
                    break;
                case 1:
                    rowAxis = in.notBlank("rowAxis", "row axis");
                    break;
                case 2:
                    rowScale = ratingScale(in);
                    break;
                case 3:
                    likelihoodScale = ratingScale(in);
                    break;
                default:
                    rows = rows(in);
                    break;
            }
            if (f != 0 && firstGridProperty == null) {
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

    private static final PropertyNames THRESHOLD = PropertyNames.of("minLevel", "japanese", "english");

    /**
     * Reads an acceptance threshold.
     *
     * @param in the input
     * @return the threshold
     * @throws IOException if the parser fails
     */
    public static AcceptanceThreshold acceptanceThreshold(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("acceptance threshold", THRESHOLD);
        int minLevel = 0;
        String japanese = null;
        String english = null;
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    minLevel = in.intIn("minLevel", "threshold level", 1, LevelGrid.MAX_LEVEL);
                    break;
                case 1:
                    japanese = in.notBlank("japanese", "japanese");
                    break;
                default:
                    english = in.notBlank("english", "english");
                    break;
            }
        }
        p.requireAll();
        int level = minLevel;
        String ja = japanese;
        String en = english;
        return in.core(() -> AcceptanceThreshold.of(level, ja, en));
    }

    private static final PropertyNames CRITERIA = PropertyNames.of("thresholds", "acceptable");
    private static final PropertyNames MEANING = PropertyNames.of("japanese", "english");

    /**
     * Reads acceptance criteria.
     *
     * @param in the input
     * @return the criteria
     * @throws IOException if the parser fails
     */
    public static AcceptanceCriteria acceptanceCriteria(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("acceptance criteria", CRITERIA);
        List<AcceptanceThreshold> thresholds = new ArrayList<>();
        String[] acceptable = new String[2];
        for (int f; (f = p.next()) >= 0;) {
            if (f == 0) {
                in.expectArray("thresholds");
                while (in.next() != JsonToken.END_ARRAY) {
                    if (thresholds.size() == LevelGrid.MAX_LEVEL) {
                        throw in.error(Checks.format("Invalid acceptance criteria: at most %d thresholds",
                                LevelGrid.MAX_LEVEL));
                    }
                    thresholds.add(acceptanceThreshold(in));
                }
            } else {
                JsonInput.Properties m = in.properties("acceptable", MEANING);
                for (int g; (g = m.next()) >= 0;) {
                    acceptable[g] = in.notBlank(MEANING.name(g), MEANING.name(g));
                }
                m.requireAll();
            }
        }
        p.requireAll();
        return in.core(() -> AcceptanceCriteria.of(thresholds, acceptable[0], acceptable[1]));
    }

    private static final PropertyNames CRITERION = PropertyNames.of("kind", "minimumImportance?");

    /**
     * Reads an important-asset criterion: {@code {"kind": "any_rating_at_top"}} or
     * {@code {"kind": "importance_at_least", "minimumImportance": 2}}.
     *
     * @param in the input
     * @return the criterion
     * @throws IOException if the parser fails
     */
    public static ImportantAssetCriterion importantAssetCriterion(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("important-asset criterion", CRITERION);
        String kind = null;
        int minimum = 0;
        String minimumPath = null;
        for (int f; (f = p.next()) >= 0;) {
            if (f == 0) {
                kind = in.text("kind");
                if (!kind.equals(Formats.ANY_RATING_AT_TOP) && !kind.equals(Formats.IMPORTANCE_AT_LEAST)) {
                    throw in.error(Checks.unknown("important-asset criterion kind", JsonInput.escape(kind, 64),
                            Formats.ANY_RATING_AT_TOP + ", " + Formats.IMPORTANCE_AT_LEAST).getMessage());
                }
            } else {
                minimum = in.intIn("minimumImportance", "minimum importance", RatingScale.LOWEST,
                        RatingScale.HIGHEST);
                minimumPath = in.path();
            }
            if (Formats.ANY_RATING_AT_TOP.equals(kind) && minimumPath != null && in.failOnUnknownProperties()) {
                throw unknownForKind(minimumPath, kind, "kind");
            }
        }
        p.requireAll();
        if (kind.equals(Formats.ANY_RATING_AT_TOP)) {
            return ImportantAssetCriteria.anyRatingAtTop();
        }
        p.requireAll(0b10);
        int min = minimum;
        return in.core(() -> ImportantAssetCriteria.importanceAtLeast(min));
    }

    // ---------------------------------------------------------------- priorities and scores

    private static final PropertyNames PRIORITY = PropertyNames.of("rank", "japanese", "english");

    /**
     * Reads a priority, {@code {"rank": 2, "japanese": "今期中に対応", "english": "..."}}; rank 0 is
     * acceptable.
     *
     * @param in the input
     * @return the priority
     * @throws IOException if the parser fails
     */
    public static Priority priority(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("priority", PRIORITY);
        int rank = 0;
        String[] names = new String[2];
        for (int f; (f = p.next()) >= 0;) {
            if (f == 0) {
                rank = in.intIn("rank", "priority", Priority.ACCEPTABLE_RANK, Integer.MAX_VALUE);
            } else {
                names[f - 1] = in.notBlank(PRIORITY.name(f), PRIORITY.name(f));
            }
        }
        p.requireAll();
        int r = rank;
        return in.core(() -> r == Priority.ACCEPTABLE_RANK ? Priority.acceptable(names[0], names[1])
                : Priority.of(r, names[0], names[1]));
    }

    private static final PropertyNames TERM = PropertyNames.of("code", "japanese", "english");

    /**
     * Reads the names of a vocabulary term.
     *
     * @param in the input
     * @return the names
     * @throws IOException if the parser fails
     */
    public static TermNames termNames(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("term names", TERM);
        String[] texts = new String[3];
        for (int f; (f = p.next()) >= 0;) {
            texts[f] = in.notBlank(TERM.name(f), TERM.name(f));
        }
        p.requireAll();
        return in.core(() -> TermNames.of(texts[0], texts[1], texts[2]));
    }

    private static final PropertyNames SCORE = PropertyNames.of("importance", "likelihood", "level", "priority");

    /**
     * Reads a score as recorded.
     *
     * @param in the input
     * @return the score
     * @throws IOException if the parser fails
     */
    public static Score score(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("score", SCORE);
        int[] values = new int[3];
        Priority priority = null;
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    values[0] = in.intIn("importance", "importance", RatingScale.LOWEST, RatingScale.HIGHEST);
                    break;
                case 1:
                    values[1] = in.intIn("likelihood", "likelihood", RatingScale.LOWEST, RatingScale.HIGHEST);
                    break;
                case 2:
                    values[2] = in.intIn("level", "risk level", 0, LevelGrid.MAX_LEVEL);
                    break;
                default:
                    priority = priority(in);
                    break;
            }
        }
        p.requireAll();
        Priority pr = priority;
        return in.core(() -> Score.of(values[0], values[1], values[2], pr));
    }

    // ---------------------------------------------------------------- the risk model document

    private static final PropertyNames MODEL = PropertyNames.of("format", "formatVersion", "id", "version",
            "ciaScales", "importanceScale", "likelihoodTable", "levelRule", "acceptanceCriteria",
            "importantAssetCriterion");

    /**
     * Reads the risk model document.
     *
     * @param in the input
     * @return the model
     * @throws IOException if the parser fails
     */
    public static RiskModel riskModel(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("risk model document", MODEL);
        String id = null;
        String version = null;
        CiaScales ciaScales = null;
        RatingScale importanceScale = null;
        LikelihoodTable table = null;
        RiskLevelRule rule = null;
        AcceptanceCriteria criteria = null;
        ImportantAssetCriterion criterion = null;
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    format(in, Formats.RISK_MODEL);
                    break;
                case 1:
                    formatVersion(in);
                    break;
                case 2:
                    id = in.notBlank("id", "model id");
                    break;
                case 3:
                    version = in.notBlank("version", "model version");
                    break;
                case 4:
                    ciaScales = ciaScales(in);
                    break;
                case 5:
                    importanceScale = ratingScale(in);
                    break;
                case 6:
                    table = likelihoodTable(in);
                    break;
                case 7:
                    rule = levelRule(in);
                    break;
                case 8:
                    criteria = acceptanceCriteria(in);
                    break;
                default:
                    criterion = importantAssetCriterion(in);
                    break;
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
        return in.core(() -> RiskModel.of(i, v, cs, is, t, r, ac, iac));
    }

    /**
     * Reads and checks the {@code format} property.
     *
     * @param in the input
     * @param expected the document's format, such as {@code isms4j.risk-model}
     * @throws IOException if the parser fails
     */
    static void format(JsonInput in, String expected) throws IOException {
        String format = in.text("format");
        if (!format.equals(expected)) {
            throw in.error(Checks.unknown("format", JsonInput.escape(format, 64), expected).getMessage());
        }
    }

    /**
     * Reads and checks the {@code formatVersion} property.
     *
     * @param in the input
     * @throws IOException if the parser fails
     */
    static void formatVersion(JsonInput in) throws IOException {
        in.intIn("formatVersion", "format version", Formats.VERSION, Formats.VERSION);
    }

    // ---------------------------------------------------------------- the asset inventory document

    private static final PropertyNames ASSET = PropertyNames.of("number", "name", "rating", "businessCategory?",
            "remarks?", "userScope?", "riskOwner?", "managingDepartment?", "medium?");

    /**
     * Reads an asset.
     *
     * @param in the input
     * @return the asset
     * @throws IOException if the parser fails
     */
    public static Asset asset(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("asset", ASSET);
        int number = 0;
        String name = null;
        CiaRating rating = null;
        String[] texts = {"", "", "", "", "", ""};
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    number = in.intIn("number", "asset number", 1, Integer.MAX_VALUE);
                    break;
                case 1:
                    name = in.notBlank("name", "asset name");
                    break;
                case 2:
                    rating = ciaRating(in);
                    break;
                default:
                    texts[f - 3] = in.text(ASSET.name(f));
                    break;
            }
        }
        p.requireAll();
        int n = number;
        String nm = name;
        CiaRating r = rating;
        return in.core(() -> Asset.of(n, nm, r).withBusinessCategory(texts[0]).withRemarks(texts[1])
                .withUserScope(texts[2]).withRiskOwner(texts[3]).withManagingDepartment(texts[4])
                .withMedium(texts[5]));
    }

    private static final PropertyNames INVENTORY = PropertyNames.of("format", "formatVersion", "assets");

    /**
     * Reads the asset inventory document.
     *
     * @param in the input
     * @return the inventory
     * @throws IOException if the parser fails
     */
    public static AssetInventory assetInventory(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("asset inventory document", INVENTORY);
        AssetInventory inventory = null;
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    format(in, Formats.ASSET_INVENTORY);
                    break;
                case 1:
                    formatVersion(in);
                    break;
                default:
                    inventory = assets(in, "assets");
                    break;
            }
        }
        p.requireAll();
        return inventory;
    }

    /**
     * Reads an array of assets with unique numbers, as an inventory.
     *
     * @param in the input
     * @param what the property, for a type error
     * @return the inventory
     * @throws IOException if the parser fails
     */
    static AssetInventory assets(JsonInput in, String what) throws IOException {
        in.expectArray(what);
        List<Asset> assets = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        while (in.next() != JsonToken.END_ARRAY) {
            Asset asset = asset(in);
            if (!numbers.add(asset.number())) {
                throw in.errorAtProperty(Checks.format("Duplicate asset number: %d", asset.number()), "number");
            }
            assets.add(asset);
        }
        return in.core(() -> AssetInventory.of(assets));
    }

    // ---------------------------------------------------------------- risks and evaluations

    private static final PropertyNames RISK = PropertyNames.of("number", "assetNumbers", "riskSource", "impactArea",
            "event", "lostProperties", "cause?", "consequence?");

    /**
     * Reads a risk.
     *
     * @param in the input
     * @return the risk
     * @throws IOException if the parser fails
     */
    public static Risk risk(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("risk", RISK);
        RiskFields fields = new RiskFields();
        for (int f; (f = p.next()) >= 0;) {
            fields.read(in, f);
        }
        p.requireAll();
        return fields.build(in);
    }

    /**
     * The properties of a risk, shared by the risk and the register entry. A register reader
     * keeps one and {@linkplain #reset() resets} it for each row, so that reading a row allocates
     * the risk and its texts only: the asset numbers are read into an int array and the lost
     * properties into bits.
     */
    static final class RiskFields {
        private static final SecurityProperty[] PROPERTIES = SecurityProperty.values();

        private int number;
        /** The asset numbers, ascending in {@code assets[0, assetCount)} once read. */
        private int[] assets = new int[4];
        private int assetCount;
        private String riskSource;
        private String impactArea;
        /** The impact areas of the last risks: a register has a few, such as 外部 and 全社. */
        private final String[] recentImpactAreas = new String[8];
        private String event;
        /** The lost properties, one bit per ordinal. */
        private int lostProperties;
        private String cause = "";
        private String consequence = "";

        /** Forgets the risk read last. */
        void reset() {
            number = 0;
            assetCount = 0;
            riskSource = null;
            impactArea = null;
            event = null;
            lostProperties = 0;
            cause = "";
            consequence = "";
        }

        void read(JsonInput in, int f) throws IOException {
            switch (f) {
                case 0:
                    number = in.intIn("number", "risk number", 1, Integer.MAX_VALUE);
                    break;
                case 1:
                    readAssetNumbers(in);
                    break;
                case 2:
                    riskSource = in.notBlank("riskSource", "risk source");
                    break;
                case 3:
                    impactArea = in.notBlank("impactArea", "impact area", recentImpactAreas);
                    break;
                case 4:
                    event = in.notBlank("event", "event");
                    break;
                case 5:
                    readLostProperties(in);
                    break;
                case 6:
                    cause = in.text("cause");
                    break;
                default:
                    consequence = in.text("consequence");
                    break;
            }
        }

        int number() {
            return number;
        }

        Risk build(JsonInput in) {
            try {
                SecurityProperty first = PROPERTIES[Integer.numberOfTrailingZeros(lostProperties)];
                Risk risk = Risk.of(number, SortedIntSet.ofAscending(assets, assetCount), riskSource, impactArea,
                        event, first);
                // Each copy costs: only the columns that differ from Risk.of's defaults are set.
                if (Integer.bitCount(lostProperties) > 1) {
                    Set<SecurityProperty> lost = EnumSet.noneOf(SecurityProperty.class);
                    for (SecurityProperty property : PROPERTIES) {
                        if ((lostProperties & (1 << property.ordinal())) != 0) {
                            lost.add(property);
                        }
                    }
                    risk = risk.withLostProperties(lost);
                }
                if (!cause.isEmpty()) {
                    risk = risk.withCause(cause);
                }
                return consequence.isEmpty() ? risk : risk.withConsequence(consequence);
            } catch (IsmsException e) {
                throw in.at(e);
            }
        }

        private void readAssetNumbers(JsonInput in) throws IOException {
            in.expectArray("assetNumbers");
            int count = 0;
            // Numbers usually come ascending, and then cannot repeat one another; the first one that
            // does not come ascending moves them all into a sorted set.
            TreeSet<Integer> unordered = null;
            while (in.next() != JsonToken.END_ARRAY) {
                if (count == MAX_ASSETS_PER_RISK) {
                    throw in.error(Checks.format("Invalid asset numbers: a risk concerns at most %d assets",
                            MAX_ASSETS_PER_RISK));
                }
                int number = in.intIn("asset number", "asset number", 1, Integer.MAX_VALUE);
                if (unordered == null && (count == 0 || number > assets[count - 1])) {
                    if (count == assets.length) {
                        assets = Arrays.copyOf(assets, count * 2);
                    }
                    assets[count] = number;
                } else {
                    if (unordered == null) {
                        unordered = new TreeSet<>();
                        for (int i = 0; i < count; i++) {
                            unordered.add(assets[i]);
                        }
                    }
                    if (!unordered.add(number)) {
                        throw in.error(Checks.format("Duplicate asset number: %d", number));
                    }
                }
                count++;
            }
            if (count == 0) {
                throw in.error("Invalid asset numbers: a risk concerns at least one asset");
            }
            if (unordered != null) {
                assets = Arrays.copyOf(assets, Math.max(assets.length, count));
                int i = 0;
                for (int number : unordered) {
                    assets[i++] = number;
                }
            }
            assetCount = count;
        }

        private void readLostProperties(JsonInput in) throws IOException {
            in.expectArray("lostProperties");
            int lost = 0;
            while (in.next() != JsonToken.END_ARRAY) {
                SecurityProperty property = securityProperty(in);
                int bit = 1 << property.ordinal();
                if ((lost & bit) != 0) {
                    throw in.error(Checks.format("Duplicate security property: '%s'", property.code()));
                }
                lost |= bit;
            }
            if (lost == 0) {
                throw in.error("Invalid lost properties: a risk loses at least one security property");
            }
            lostProperties = lost;
        }

        private static SecurityProperty securityProperty(JsonInput in) throws IOException {
            if (in.isString()) {
                for (SecurityProperty property : PROPERTIES) {
                    if (in.textIs(property.code())) {
                        return property;
                    }
                }
            }
            return in.core(vocabulary(in, "security property", SecurityProperty::ofCode));
        }
    }

    private static <T> java.util.function.Supplier<T> vocabulary(JsonInput in, String what,
            java.util.function.Function<String, T> ofCode) throws IOException {
        String code = in.text(what);
        return () -> ofCode.apply(code);
    }

    /**
     * Reads a vocabulary term by its code.
     *
     * @param <T> the term
     * @param in the input
     * @param what the vocabulary, for a type error
     * @param ofCode the lookup of a code, throwing the core's exception for an unknown one
     * @return the term
     * @throws IOException if the parser fails
     */
    public static <T> T term(JsonInput in, String what, java.util.function.Function<String, T> ofCode)
            throws IOException {
        return in.core(vocabulary(in, what, ofCode));
    }

    private static final PropertyNames MODEL_REF = PropertyNames.of("id", "version");

    /**
     * Reads a model reference, {@code {"id": "isms4j-standard", "version": "1"}}.
     *
     * @param in the input
     * @return the id and the version
     * @throws IOException if the parser fails
     */
    static String[] modelRef(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("model", MODEL_REF);
        String[] ref = new String[2];
        for (int f; (f = p.next()) >= 0;) {
            ref[f] = in.notBlank(MODEL_REF.name(f), f == 0 ? "model id" : "model version");
        }
        p.requireAll();
        return ref;
    }

    private static final PropertyNames EVALUATION = PropertyNames.of("model", "assetImportance",
            "importanceOverride?", "threat?", "vulnerability?", "likelihood", "level", "priority");

    /**
     * Reads a risk evaluation as recorded, with its model reference and its full priority.
     *
     * @param in the input
     * @return the evaluation
     * @throws IOException if the parser fails
     */
    public static RiskEvaluation riskEvaluation(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("risk evaluation", EVALUATION);
        String[] model = null;
        int assetImportance = 0;
        OptionalInt override = OptionalInt.empty();
        OptionalInt threat = OptionalInt.empty();
        OptionalInt vulnerability = OptionalInt.empty();
        int likelihood = 0;
        int level = 0;
        Priority priority = null;
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    model = modelRef(in);
                    break;
                case 1:
                    assetImportance = in.intIn("assetImportance", "asset importance", 0, RatingScale.HIGHEST);
                    break;
                case 2:
                    override = OptionalInt.of(in.intIn("importanceOverride", "importance override", 0,
                            RatingScale.HIGHEST));
                    break;
                case 3:
                    threat = OptionalInt.of(in.intIn("threat", "threat", 0, RatingScale.HIGHEST));
                    break;
                case 4:
                    vulnerability = OptionalInt.of(in.intIn("vulnerability", "vulnerability", 0,
                            RatingScale.HIGHEST));
                    break;
                case 5:
                    likelihood = in.intIn("likelihood", "likelihood", 0, RatingScale.HIGHEST);
                    break;
                case 6:
                    level = in.intIn("level", "risk level", 0, LevelGrid.MAX_LEVEL);
                    break;
                default:
                    priority = priority(in);
                    break;
            }
        }
        p.requireAll();
        String[] m = model;
        int ai = assetImportance;
        OptionalInt o = override;
        OptionalInt t = threat;
        OptionalInt v = vulnerability;
        int l = likelihood;
        int lv = level;
        Priority pr = priority;
        return in.core(() -> RiskEvaluation.ofRecord(m[0], m[1], ai, o, t, v,
                Score.of(o.orElse(ai), l, lv, pr)));
    }

    // ---------------------------------------------------------------- lists

    /** The most items a list of texts or numbers may hold: a risk's assets, a row's tasks. */
    public static final int MAX_LIST_LENGTH = MAX_ASSETS_PER_RISK;

    /**
     * Reads an array of texts, each not blank.
     *
     * @param in the input
     * @param what the property, for a type error
     * @param field the field an item is, as the core names it, such as {@code task}
     * @return the texts in the order given
     * @throws IOException if the parser fails
     */
    static List<String> texts(JsonInput in, String what, String field) throws IOException {
        in.expectArray(what);
        List<String> texts = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            if (texts.size() == MAX_LIST_LENGTH) {
                throw in.error(Checks.format("Invalid %s: at most %d items", what, MAX_LIST_LENGTH));
            }
            texts.add(in.notBlank(field, field));
        }
        return texts;
    }

    /**
     * Reads an array of unique numbers 1 or more, such as risk numbers.
     *
     * @param in the input
     * @param what the property, for a type error
     * @param field the field an item is, such as {@code risk number}
     * @return the numbers, ascending
     * @throws IOException if the parser fails
     */
    static TreeSet<Integer> numbers(JsonInput in, String what, String field) throws IOException {
        in.expectArray(what);
        TreeSet<Integer> numbers = new TreeSet<>();
        while (in.next() != JsonToken.END_ARRAY) {
            if (numbers.size() == MAX_LIST_LENGTH) {
                throw in.error(Checks.format("Invalid %s: at most %d items", what, MAX_LIST_LENGTH));
            }
            int number = in.intIn(field, field, 1, Integer.MAX_VALUE);
            if (!numbers.add(number)) {
                throw in.error(Checks.format("Duplicate %s: %d", field, number));
            }
        }
        return numbers;
    }

    /**
     * Reads an array of unique vocabulary codes.
     *
     * @param <E> the vocabulary
     * @param in the input
     * @param what the property, for a type error
     * @param type the vocabulary's class
     * @param vocabulary the vocabulary's name, such as {@code treatment option}
     * @param ofCode the lookup of a code
     * @return the terms
     * @throws IOException if the parser fails
     */
    static <E extends Enum<E> & VocabularyTerm> EnumSet<E> terms(JsonInput in, String what, Class<E> type, String vocabulary,
            java.util.function.Function<String, E> ofCode) throws IOException {
        in.expectArray(what);
        EnumSet<E> terms = EnumSet.noneOf(type);
        while (in.next() != JsonToken.END_ARRAY) {
            E term = term(in, vocabulary, ofCode);
            if (!terms.add(term)) {
                throw in.error(Checks.format("Duplicate %s: '%s'", vocabulary, term.code()));
            }
        }
        return terms;
    }

    // ---------------------------------------------------------------- treatment

    private static final PropertyNames CONTROL = PropertyNames.of("text", "annexA?");

    /**
     * Reads a treatment control, {@code {"text": "情報の分類定義", "annexA": "5.12"}}; the Annex A id
     * is in canonical form.
     *
     * @param in the input
     * @return the control
     * @throws IOException if the parser fails
     */
    public static TreatmentControl treatmentControl(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("control", CONTROL);
        String text = null;
        String annexA = null;
        for (int f; (f = p.next()) >= 0;) {
            if (f == 0) {
                text = in.notBlank("text", "control");
            } else {
                annexA = canonicalAnnexA(in, "annexA");
            }
        }
        p.requireAll();
        String t = text;
        String a = annexA;
        return in.core(() -> a == null ? TreatmentControl.of(t) : TreatmentControl.of(t, a));
    }

    private static String canonicalAnnexA(JsonInput in, String what) throws IOException {
        String id = in.text(what);
        String canonical = in.core(() -> TreatmentControl.canonical(id));
        if (!canonical.equals(id)) {
            throw in.error(Checks.format("Invalid value for Annex A control (canonical form, such as %s): '%s'",
                    canonical, JsonInput.escape(id, 64)));
        }
        return canonical;
    }

    private static final PropertyNames DECISION = PropertyNames.of("options", "controls?", "status",
            "justification?");

    /**
     * Reads a treatment decision, {@code {"options": ["reduce"], "controls": [...], "status":
     * "planned"}}.
     *
     * @param in the input
     * @return the decision
     * @throws IOException if the parser fails
     */
    public static TreatmentDecision treatmentDecision(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("treatment", DECISION);
        Set<TreatmentOption> options = null;
        List<TreatmentControl> controls = new ArrayList<>();
        TreatmentStatus status = null;
        String justification = "";
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    options = terms(in, "options", TreatmentOption.class, "treatment option", TreatmentOption::ofCode);
                    break;
                case 1:
                    in.expectArray("controls");
                    while (in.next() != JsonToken.END_ARRAY) {
                        if (controls.size() == MAX_LIST_LENGTH) {
                            throw in.error(Checks.format("Invalid controls: at most %d items", MAX_LIST_LENGTH));
                        }
                        controls.add(treatmentControl(in));
                    }
                    break;
                case 2:
                    status = term(in, "treatment status", TreatmentStatus::ofCode);
                    break;
                default:
                    justification = in.text("justification");
                    break;
            }
        }
        p.requireAll();
        Set<TreatmentOption> o = options;
        TreatmentStatus st = status;
        String j = justification;
        return in.core(() -> TreatmentDecision.of(o, controls, st).withJustification(j));
    }

    private static final PropertyNames ACCEPTANCE = PropertyNames.of("riskOwner", "decision", "decided",
            "justification", "expires?");

    /**
     * Reads the risk owner's acceptance of a residual risk.
     *
     * @param in the input
     * @return the acceptance
     * @throws IOException if the parser fails
     */
    public static ResidualAcceptance residualAcceptance(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("acceptance", ACCEPTANCE);
        String riskOwner = null;
        ResidualDecision decision = null;
        LocalDate decided = null;
        String justification = null;
        Optional<LocalDate> expires = Optional.empty();
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    riskOwner = in.notBlank("riskOwner", "risk owner");
                    break;
                case 1:
                    decision = term(in, "residual decision", ResidualDecision::ofCode);
                    break;
                case 2:
                    decided = in.date("decided");
                    break;
                case 3:
                    justification = in.notBlank("justification", "justification");
                    break;
                default:
                    expires = Optional.of(in.date("expires"));
                    break;
            }
        }
        p.requireAll();
        String r = riskOwner;
        ResidualDecision d = decision;
        LocalDate dd = decided;
        String j = justification;
        Optional<LocalDate> e = expires;
        return in.core(() -> ResidualAcceptance.of(r, d, dd, j, e));
    }

    private static final PropertyNames APPROVAL = PropertyNames.of("author", "updated", "approver?", "approved?");

    /**
     * Reads the approval record of a risk assessment report.
     *
     * @param in the input
     * @return the record
     * @throws IOException if the parser fails
     */
    public static Approval approval(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("approval", APPROVAL);
        String author = null;
        LocalDate updated = null;
        String approver = null;
        LocalDate approved = null;
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    author = in.notBlank("author", "author");
                    break;
                case 1:
                    updated = in.date("updated");
                    break;
                case 2:
                    approver = in.notBlank("approver", "approver");
                    break;
                default:
                    approved = in.date("approved");
                    break;
            }
        }
        p.requireAll();
        if ((approver == null) != (approved == null)) {
            throw in.error("Invalid approval: the approver and the approval date are given together");
        }
        String a = author;
        LocalDate u = updated;
        String ar = approver;
        LocalDate ad = approved;
        return in.core(() -> ar == null ? Approval.drafted(a, u) : Approval.drafted(a, u).approvedBy(ar, ad));
    }

    // ---------------------------------------------------------------- the treatment plan document

    private static final PropertyNames PLAN_ITEM = PropertyNames.of("number", "control", "tasks", "owner",
            "plannedStart", "plannedEnd", "actualStart?", "actualEnd?", "status", "riskNumbers");

    /**
     * Reads a row of the treatment plan.
     *
     * @param in the input
     * @return the row
     * @throws IOException if the parser fails
     */
    public static PlanItem planItem(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("plan item", PLAN_ITEM);
        int number = 0;
        TreatmentControl control = null;
        List<String> tasks = null;
        String owner = null;
        LocalDate[] dates = new LocalDate[4];
        PlanStatus status = null;
        Set<Integer> risks = null;
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    number = in.intIn("number", "plan row number", 1, Integer.MAX_VALUE);
                    break;
                case 1:
                    control = treatmentControl(in);
                    break;
                case 2:
                    tasks = texts(in, "tasks", "task");
                    break;
                case 3:
                    owner = in.notBlank("owner", "owner");
                    break;
                case 8:
                    status = term(in, "plan status", PlanStatus::ofCode);
                    break;
                case 9:
                    risks = numbers(in, "riskNumbers", "risk number");
                    break;
                default:
                    dates[f - 4] = in.date(PLAN_ITEM.name(f));
                    break;
            }
        }
        p.requireAll();
        int n = number;
        TreatmentControl c = control;
        List<String> t = tasks;
        String o = owner;
        PlanStatus st = status;
        Set<Integer> r = risks;
        return in.core(() -> PlanItem.ofRecord(n, c, t, o, dates[0], dates[1], Optional.ofNullable(dates[2]),
                Optional.ofNullable(dates[3]), st, r));
    }

    private static final PropertyNames PLAN = PropertyNames.of("format", "formatVersion", "items");

    /**
     * Reads the treatment plan document.
     *
     * @param in the input
     * @return the plan
     * @throws IOException if the parser fails
     */
    public static TreatmentPlan treatmentPlan(JsonInput in) throws IOException {
        JsonInput.Properties p = in.properties("treatment plan document", PLAN);
        List<PlanItem> items = new ArrayList<>();
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    format(in, Formats.TREATMENT_PLAN);
                    break;
                case 1:
                    formatVersion(in);
                    break;
                default:
                    in.expectArray("items");
                    Set<Integer> numbers = new HashSet<>();
                    while (in.next() != JsonToken.END_ARRAY) {
                        PlanItem item = planItem(in);
                        if (!numbers.add(item.number())) {
                            throw in.errorAtProperty(Checks.format("Duplicate plan row number: %d", item.number()),
                                    "number");
                        }
                        items.add(item);
                    }
                    break;
            }
        }
        p.requireAll();
        return in.core(() -> TreatmentPlan.of(items));
    }
}
