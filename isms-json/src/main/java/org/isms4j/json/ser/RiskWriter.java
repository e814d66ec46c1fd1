package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.OptionalInt;
import java.util.Set;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;

/**
 * The writer of a risk and of a risk evaluation as recorded, on their own or as a register row's
 * columns.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class RiskWriter {

    private static final SecurityProperty[] PROPERTIES = SecurityProperty.values();

    // The names and codes written for every row of a register, quoted and encoded once: the
    // generator copies their bytes.
    private static final SerializableString NUMBER = new SerializedString("number");
    private static final SerializableString ASSET_NUMBERS = new SerializedString("assetNumbers");
    private static final SerializableString RISK_SOURCE = new SerializedString("riskSource");
    private static final SerializableString IMPACT_AREA = new SerializedString("impactArea");
    private static final SerializableString EVENT = new SerializedString("event");
    private static final SerializableString LOST_PROPERTIES = new SerializedString("lostProperties");
    private static final SerializableString CAUSE = new SerializedString("cause");
    private static final SerializableString CONSEQUENCE = new SerializedString("consequence");
    private static final SerializableString ASSET_IMPORTANCE = new SerializedString("assetImportance");
    private static final SerializableString IMPORTANCE_OVERRIDE = new SerializedString("importanceOverride");
    private static final SerializableString THREAT = new SerializedString("threat");
    private static final SerializableString VULNERABILITY = new SerializedString("vulnerability");
    private static final SerializableString LIKELIHOOD = new SerializedString("likelihood");
    private static final SerializableString LEVEL = new SerializedString("level");
    private static final SerializableString[] PROPERTY_CODES = new SerializableString[PROPERTIES.length];

    static {
        for (SecurityProperty property : PROPERTIES) {
            PROPERTY_CODES[property.ordinal()] = new SerializedString(property.code());
        }
    }

    private RiskWriter() {}

    /**
     * Writes a risk.
     *
     * @param out the generator
     * @param risk the risk
     * @throws IOException if the generator fails
     */
    public static void risk(JsonGenerator out, Risk risk) throws IOException {
        out.writeStartObject();
        riskProperties(out, risk);
        out.writeEndObject();
    }

    static void riskProperties(JsonGenerator out, Risk risk) throws IOException {
        out.writeFieldName(NUMBER);
        out.writeNumber(risk.number());
        out.writeFieldName(ASSET_NUMBERS);
        out.writeStartArray();
        for (int number : risk.assetNumbers()) {
            out.writeNumber(number);
        }
        out.writeEndArray();
        out.writeFieldName(RISK_SOURCE);
        out.writeString(risk.riskSource());
        out.writeFieldName(IMPACT_AREA);
        out.writeString(risk.impactArea());
        out.writeFieldName(EVENT);
        out.writeString(risk.event());
        out.writeFieldName(LOST_PROPERTIES);
        out.writeStartArray();
        Set<SecurityProperty> lost = risk.lostProperties();
        for (SecurityProperty property : PROPERTIES) {
            if (lost.contains(property)) {
                out.writeString(PROPERTY_CODES[property.ordinal()]);
            }
        }
        out.writeEndArray();
        PropertyWriter.optional(out, CAUSE, risk.cause());
        PropertyWriter.optional(out, CONSEQUENCE, risk.consequence());
    }

    /**
     * Writes a risk evaluation with its model reference and its full priority.
     *
     * @param out the generator
     * @param evaluation the evaluation
     * @throws IOException if the generator fails
     */
    public static void riskEvaluation(JsonGenerator out, RiskEvaluation evaluation) throws IOException {
        out.writeStartObject();
        modelRef(out, evaluation.modelId(), evaluation.modelVersion());
        evaluationProperties(out, evaluation);
        out.writeFieldName("priority");
        TermWriter.priority(out, evaluation.priority());
        out.writeEndObject();
    }

    static void modelRef(JsonGenerator out, String id, String version) throws IOException {
        out.writeObjectFieldStart("model");
        out.writeStringField("id", id);
        out.writeStringField("version", version);
        out.writeEndObject();
    }

    static void evaluationProperties(JsonGenerator out, RiskEvaluation evaluation) throws IOException {
        out.writeFieldName(ASSET_IMPORTANCE);
        out.writeNumber(evaluation.assetImportance());
        OptionalInt override = evaluation.importanceOverride();
        if (override.isPresent()) {
            out.writeFieldName(IMPORTANCE_OVERRIDE);
            out.writeNumber(override.getAsInt());
        }
        OptionalInt threat = evaluation.threat();
        if (threat.isPresent()) {
            out.writeFieldName(THREAT);
            out.writeNumber(threat.getAsInt());
            out.writeFieldName(VULNERABILITY);
            out.writeNumber(evaluation.vulnerability().getAsInt());
        }
        Score score = evaluation.score();
        out.writeFieldName(LIKELIHOOD);
        out.writeNumber(score.likelihood());
        out.writeFieldName(LEVEL);
        out.writeNumber(score.level());
    }
}
