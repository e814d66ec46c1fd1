package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.risk.EvaluationField;
import org.isms4j.core.risk.InvalidEvaluationException;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.risk.RiskEvaluationBuilder;
import org.isms4j.json.IsmsJsonException;

/**
 * The reader of a risk and of a risk evaluation as recorded, on their own or as a register row's
 * columns.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class RiskReader {

    /** The most asset numbers one risk may list. */
    public static final int MAX_ASSETS_PER_RISK = 100_000;

    private RiskReader() {}

    /** The properties of a risk, which a register row has too. */
    enum RiskProperty { NUMBER, ASSET_NUMBERS, RISK_SOURCE, IMPACT_AREA, EVENT, LOST_PROPERTIES, CAUSE, CONSEQUENCE }

    private static final PropertyNames<RiskProperty> RISK = PropertyNames.of(RiskProperty.class,
            EnumSet.of(RiskProperty.CAUSE, RiskProperty.CONSEQUENCE));

    /**
     * Reads a risk.
     *
     * @param in the input
     * @return the risk
     * @throws IOException if the parser fails
     */
    public static Risk risk(JsonInput in) throws IOException {
        PropertyLoop<RiskProperty> p = in.properties("risk", RISK);
        RiskFields fields = new RiskFields();
        for (RiskProperty f; (f = p.next()) != null;) {
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
        /** The lost properties, one bit per security property. */
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

        void read(JsonInput in, RiskProperty property) throws IOException {
            switch (property) {
                case NUMBER -> number = in.intIn("number", "risk number", 1, Integer.MAX_VALUE);
                case ASSET_NUMBERS -> readAssetNumbers(in);
                case RISK_SOURCE -> riskSource = in.notBlank("riskSource", "risk source");
                case IMPACT_AREA -> impactArea = in.notBlank("impactArea", "impact area", recentImpactAreas);
                case EVENT -> event = in.notBlank("event", "event");
                case LOST_PROPERTIES -> readLostProperties(in);
                case CAUSE -> cause = in.text("cause");
                case CONSEQUENCE -> consequence = in.text("consequence");
            }
        }

        Risk build(JsonInput in) {
            try {
                SecurityProperty first = PROPERTIES[Integer.numberOfTrailingZeros(lostProperties)];
                Risk risk = Risk.newBuilder().number(number)
                        .assetNumbers(Arrays.copyOf(assets, assetCount)).riskSource(riskSource)
                        .impactArea(impactArea).event(event).lostProperties(first).build();
                // Each copy costs: only the columns that differ from Risk.of's defaults are set.
                if (Integer.bitCount(lostProperties) > 1) {
                    Set<SecurityProperty> lost = EnumSet.noneOf(SecurityProperty.class);
                    for (int i = 0; i < PROPERTIES.length; i++) {
                        if ((lostProperties & (1 << i)) != 0) {
                            lost.add(PROPERTIES[i]);
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
                int index = securityProperty(in);
                int bit = 1 << index;
                if ((lost & bit) != 0) {
                    throw in.error(Checks.format("Duplicate security property: '%s'", PROPERTIES[index].code()));
                }
                lost |= bit;
            }
            if (lost == 0) {
                throw in.error("Invalid lost properties: a risk loses at least one security property");
            }
            lostProperties = lost;
        }

        /** Returns the index in {@link #PROPERTIES} of the security property the parser is on. */
        private static int securityProperty(JsonInput in) throws IOException {
            if (in.isString()) {
                for (int i = 0; i < PROPERTIES.length; i++) {
                    if (in.textIs(PROPERTIES[i].code())) {
                        return i;
                    }
                }
            }
            SecurityProperty property = in.term("security property", SecurityProperty::ofCode);
            return Arrays.asList(PROPERTIES).indexOf(property);
        }
    }

    /**
     * Turns the core's failure of an evaluation into one at the property of the field it names,
     * such as {@code $.risks[2].firstEvaluation.level}, or at the evaluation itself when the field
     * is not one of its properties or was not given (threat without vulnerability).
     *
     * @param in the input, just after the evaluation object
     * @param e the core's failure
     * @param given whether the evaluation gave the property of a field
     * @return the exception to throw
     */
    static IsmsJsonException atField(JsonInput in, InvalidEvaluationException e, Predicate<EvaluationField> given) {
        EvaluationField field = e.field();
        if (field == EvaluationField.IMPORTANCE || !given.test(field)) {
            return in.at(e);
        }
        StringBuilder name = new StringBuilder();
        for (String part : field.code().split("_")) {
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return in.errorAtProperty(e.getMessage(), name.toString());
    }

    private enum ModelRefProperty { ID, VERSION }

    private static final PropertyNames<ModelRefProperty> MODEL_REF = PropertyNames.of(ModelRefProperty.class);

    /** The id and version of the model that scored an evaluation or a register. */
    record ModelRef(String id, String version) {}

    /**
     * Reads a model reference, {@code {"id": "isms4j-standard", "version": "1"}}.
     *
     * @param in the input
     * @return the id and the version
     * @throws IOException if the parser fails
     */
    static ModelRef modelRef(JsonInput in) throws IOException {
        PropertyLoop<ModelRefProperty> p = in.properties("model", MODEL_REF);
        String id = null;
        String version = null;
        for (ModelRefProperty f; (f = p.next()) != null;) {
            switch (f) {
                case ID -> id = in.notBlank("id", "model id");
                case VERSION -> version = in.notBlank("version", "model version");
            }
        }
        p.requireAll();
        return new ModelRef(id, version);
    }

    private enum EvaluationProperty {
        MODEL, ASSET_IMPORTANCE, IMPORTANCE_OVERRIDE, THREAT, VULNERABILITY, LIKELIHOOD, LEVEL, PRIORITY
    }

    private static final PropertyNames<EvaluationProperty> EVALUATION = PropertyNames.of(EvaluationProperty.class,
            EnumSet.of(EvaluationProperty.IMPORTANCE_OVERRIDE, EvaluationProperty.THREAT,
                    EvaluationProperty.VULNERABILITY));

    /**
     * Reads a risk evaluation as recorded, with its model reference and its full priority.
     *
     * @param in the input
     * @return the evaluation
     * @throws IOException if the parser fails
     */
    public static RiskEvaluation riskEvaluation(JsonInput in) throws IOException {
        PropertyLoop<EvaluationProperty> p = in.properties("risk evaluation", EVALUATION);
        ModelRef model = null;
        int assetImportance = 0;
        OptionalInt override = OptionalInt.empty();
        OptionalInt threat = OptionalInt.empty();
        OptionalInt vulnerability = OptionalInt.empty();
        int likelihood = 0;
        int level = 0;
        Priority priority = null;
        for (EvaluationProperty f; (f = p.next()) != null;) {
            switch (f) {
                case MODEL -> model = modelRef(in);
                case ASSET_IMPORTANCE -> assetImportance = in.intIn("assetImportance", "asset importance", 0,
                        RatingScale.HIGHEST);
                case IMPORTANCE_OVERRIDE -> override = OptionalInt.of(in.intIn("importanceOverride",
                        "importance override", 0, RatingScale.HIGHEST));
                case THREAT -> threat = OptionalInt.of(in.intIn("threat", "threat", 0, RatingScale.HIGHEST));
                case VULNERABILITY -> vulnerability = OptionalInt.of(in.intIn("vulnerability", "vulnerability", 0,
                        RatingScale.HIGHEST));
                case LIKELIHOOD -> likelihood = in.intIn("likelihood", "likelihood", 0, RatingScale.HIGHEST);
                case LEVEL -> level = in.intIn("level", "risk level", 0, LevelGrid.MAX_LEVEL);
                case PRIORITY -> priority = TermReader.priority(in);
            }
        }
        p.requireAll();
        ModelRef m = model;
        int ai = assetImportance;
        OptionalInt o = override;
        OptionalInt t = threat;
        OptionalInt v = vulnerability;
        int l = likelihood;
        int lv = level;
        Priority pr = priority;
        Score score = in.core(() -> Score.of(o.orElse(ai), l, lv, pr));
        return in.core(() -> {
            RiskEvaluationBuilder builder = RiskEvaluation.newBuilder().modelId(m.id()).modelVersion(m.version())
                    .assetImportance(ai).score(score);
            o.ifPresent(builder::importanceOverride);
            t.ifPresent(builder::threat);
            v.ifPresent(builder::vulnerability);
            return builder.build();
        });
    }
}
