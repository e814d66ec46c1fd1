package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.OptionalInt;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriterion;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRule;
import org.isms4j.core.RiskModel;
import org.isms4j.json.Formats;

/**
 * The writer of the risk model document and of its parts: the rating scales, the likelihood
 * table, the risk-level rule, the acceptance criteria and the important-asset criterion.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class RiskModelWriter {

    private RiskModelWriter() {}

    /**
     * Writes a rating scale, {@code {"min": 1, "max": 3}}.
     *
     * @param out the generator
     * @param scale the scale
     * @throws IOException if the generator fails
     */
    public static void ratingScale(JsonGenerator out, RatingScale scale) throws IOException {
        out.writeStartObject();
        out.writeNumberField("min", scale.min());
        out.writeNumberField("max", scale.max());
        out.writeEndObject();
    }

    /**
     * Writes scales of confidentiality, integrity and availability.
     *
     * @param out the generator
     * @param scales the scales
     * @throws IOException if the generator fails
     */
    public static void ciaScales(JsonGenerator out, CiaScales scales) throws IOException {
        out.writeStartObject();
        out.writeFieldName("confidentiality");
        ratingScale(out, scales.confidentiality());
        out.writeFieldName("integrity");
        ratingScale(out, scales.integrity());
        out.writeFieldName("availability");
        ratingScale(out, scales.availability());
        out.writeEndObject();
    }

    /**
     * Writes a likelihood table.
     *
     * @param out the generator
     * @param table the table
     * @throws IOException if the generator fails
     */
    public static void likelihoodTable(JsonGenerator out, LikelihoodTable table) throws IOException {
        out.writeStartObject();
        out.writeFieldName("threatScale");
        ratingScale(out, table.threatScale());
        out.writeFieldName("vulnerabilityScale");
        ratingScale(out, table.vulnerabilityScale());
        out.writeFieldName("likelihoodScale");
        ratingScale(out, table.likelihoodScale());
        out.writeFieldName("rows");
        rows(out, table.toRows());
        out.writeEndObject();
    }

    private static void rows(JsonGenerator out, int[][] rows) throws IOException {
        out.writeStartArray();
        for (int[] row : rows) {
            out.writeArray(row, 0, row.length);
        }
        out.writeEndArray();
    }

    /**
     * Writes a risk-level rule: {@code {"kind": "product"}} or a grid.
     *
     * @param out the generator
     * @param rule the rule
     * @throws IOException if the generator fails
     */
    public static void levelRule(JsonGenerator out, RiskLevelRule rule) throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", rule.code());
        if (rule instanceof LevelGrid) {
            LevelGrid grid = (LevelGrid) rule;
            out.writeStringField("rowAxis", grid.rowAxis());
            out.writeFieldName("rowScale");
            ratingScale(out, grid.rowScale());
            out.writeFieldName("likelihoodScale");
            ratingScale(out, grid.likelihoodScale());
            out.writeFieldName("rows");
            rows(out, grid.toRows());
        }
        out.writeEndObject();
    }

    /**
     * Writes an acceptance threshold.
     *
     * @param out the generator
     * @param threshold the threshold
     * @throws IOException if the generator fails
     */
    public static void acceptanceThreshold(JsonGenerator out, AcceptanceThreshold threshold) throws IOException {
        out.writeStartObject();
        out.writeNumberField("minLevel", threshold.minLevel());
        out.writeStringField("japanese", threshold.japanese());
        out.writeStringField("english", threshold.english());
        out.writeEndObject();
    }

    /**
     * Writes acceptance criteria.
     *
     * @param out the generator
     * @param criteria the criteria
     * @throws IOException if the generator fails
     */
    public static void acceptanceCriteria(JsonGenerator out, AcceptanceCriteria criteria) throws IOException {
        out.writeStartObject();
        out.writeArrayFieldStart("thresholds");
        for (AcceptanceThreshold threshold : criteria.thresholds()) {
            acceptanceThreshold(out, threshold);
        }
        out.writeEndArray();
        out.writeObjectFieldStart("acceptable");
        out.writeStringField("japanese", criteria.acceptable().names().japanese());
        out.writeStringField("english", criteria.acceptable().names().english());
        out.writeEndObject();
        out.writeEndObject();
    }

    /**
     * Writes an important-asset criterion.
     *
     * @param out the generator
     * @param criterion the criterion
     * @throws IOException if the generator fails
     */
    public static void importantAssetCriterion(JsonGenerator out, ImportantAssetCriterion criterion)
            throws IOException {
        out.writeStartObject();
        OptionalInt minimum = criterion.minimumImportance();
        if (minimum.isPresent()) {
            out.writeStringField("kind", Formats.IMPORTANCE_AT_LEAST);
            out.writeNumberField("minimumImportance", minimum.getAsInt());
        } else {
            out.writeStringField("kind", Formats.ANY_RATING_AT_TOP);
        }
        out.writeEndObject();
    }

    /**
     * Writes the risk model document.
     *
     * @param out the generator
     * @param model the model
     * @throws IOException if the generator fails
     */
    public static void riskModel(JsonGenerator out, RiskModel model) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.RISK_MODEL);
        out.writeStringField("id", model.id());
        out.writeStringField("version", model.version());
        out.writeFieldName("ciaScales");
        ciaScales(out, model.ciaScales());
        out.writeFieldName("importanceScale");
        ratingScale(out, model.importanceScale());
        out.writeFieldName("likelihoodTable");
        likelihoodTable(out, model.likelihoodTable());
        out.writeFieldName("levelRule");
        levelRule(out, model.levelRule());
        out.writeFieldName("acceptanceCriteria");
        acceptanceCriteria(out, model.acceptanceCriteria());
        out.writeFieldName("importantAssetCriterion");
        importantAssetCriterion(out, model.importantAssetCriterion());
        out.writeEndObject();
    }
}
