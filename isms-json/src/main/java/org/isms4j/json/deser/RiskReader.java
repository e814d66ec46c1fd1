package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.risk.InvalidRiskException;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskBuilder;
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
        /** The asset numbers as given, in {@code assets[0, assetCount)}. */
        private int[] assets = new int[4];
        private int assetCount;
        private String riskSource;
        private String impactArea;
        /** The impact areas of the last risks: a register has a few, such as 外部 and 全社. */
        private final String[] recentImpactAreas = new String[8];
        private String event;
        /**
         * The lost properties as given, reused from row to row (the builder copies them); one more than there are
         * properties is kept, so that a repeat among them reaches the core's check, and the rest
         * are read and not kept.
         */
        private final List<SecurityProperty> lost = new ArrayList<>(PROPERTIES.length + 1);
        private String cause = "";
        private String consequence = "";
        /**
         * The builder, reused from row to row: {@link #build} sets every one of its values for
         * each risk, so that nothing of one risk reaches the next.
         */
        private final RiskBuilder builder = Risk.newBuilder();

        /** Forgets the risk read last. */
        void reset() {
            number = 0;
            assetCount = 0;
            riskSource = null;
            impactArea = null;
            event = null;
            lost.clear();
            cause = "";
            consequence = "";
        }

        void read(JsonInput in, RiskProperty property) throws IOException {
            // The values are read as JSON types only: the risk's rules (a number of 1 or more, no
            // repeated asset or property, no blank text) are isms-core's, checked when built.
            switch (property) {
                case NUMBER -> number = in.intIn("number", "risk number", Integer.MIN_VALUE, Integer.MAX_VALUE);
                case ASSET_NUMBERS -> readAssetNumbers(in);
                case RISK_SOURCE -> riskSource = in.text("riskSource");
                case IMPACT_AREA -> impactArea = in.text("impactArea", recentImpactAreas);
                case EVENT -> event = in.text("event");
                case LOST_PROPERTIES -> readLostProperties(in);
                case CAUSE -> cause = in.text("cause");
                case CONSEQUENCE -> consequence = in.text("consequence");
            }
        }

        Risk build(JsonInput in) {
            try {
                return builder.number(number).assetNumbers(Arrays.copyOf(assets, assetCount))
                        .riskSource(riskSource).impactArea(impactArea).event(event)
                        .lostProperties(lost).cause(cause)
                        .consequence(consequence).build();
            } catch (InvalidRiskException e) {
                throw in.atProperty(e, RISK.name(RiskProperty.valueOf(e.field().name())));
            } catch (IsmsException e) {
                throw in.at(e);
            }
        }

        private void readAssetNumbers(JsonInput in) throws IOException {
            in.expectArray("assetNumbers");
            int count = 0;
            while (in.next() != JsonToken.END_ARRAY) {
                if (count == MAX_ASSETS_PER_RISK) {
                    throw in.error(Checks.format("Invalid asset numbers: a risk concerns at most %d assets",
                            MAX_ASSETS_PER_RISK));
                }
                if (count == assets.length) {
                    assets = Arrays.copyOf(assets, count * 2);
                }
                assets[count++] = in.intIn("asset number", "asset number", Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
            assetCount = count;
        }

        private void readLostProperties(JsonInput in) throws IOException {
            in.expectArray("lostProperties");
            lost.clear();
            while (in.next() != JsonToken.END_ARRAY) {
                SecurityProperty property = securityProperty(in);
                if (lost.size() <= PROPERTIES.length) {
                    lost.add(property);
                }
            }
        }

        /** Returns the security property the parser is on. */
        private static SecurityProperty securityProperty(JsonInput in) throws IOException {
            if (in.isString()) {
                for (SecurityProperty property : PROPERTIES) {
                    if (in.textIs(property.code())) {
                        return property;
                    }
                }
            }
            return in.term("security property", SecurityProperty::ofCode);
        }
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
