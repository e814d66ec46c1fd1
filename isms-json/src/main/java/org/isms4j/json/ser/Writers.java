package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriterion;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRule;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.TermNames;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.json.Formats;
import org.isms4j.json.RiskRegister;
import org.isms4j.json.RiskRegisterEntry;

/**
 * The writers of every value and document of isms-json, each in one fixed property order, so
 * that writing the same value twice gives the same bytes.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class Writers {

    private static final SecurityProperty[] PROPERTIES = SecurityProperty.values();

    private Writers() {}

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
     * Writes a rating, {@code {"confidentiality": 3, "integrity": 3, "availability": 2}}.
     *
     * @param out the generator
     * @param rating the rating
     * @throws IOException if the generator fails
     */
    public static void ciaRating(JsonGenerator out, CiaRating rating) throws IOException {
        out.writeStartObject();
        out.writeNumberField("confidentiality", rating.confidentiality());
        out.writeNumberField("integrity", rating.integrity());
        out.writeNumberField("availability", rating.availability());
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
     * Writes a priority, {@code {"rank": 2, "japanese": "今期中に対応", "english": "..."}}.
     *
     * @param out the generator
     * @param priority the priority
     * @throws IOException if the generator fails
     */
    public static void priority(JsonGenerator out, Priority priority) throws IOException {
        out.writeStartObject();
        out.writeNumberField("rank", priority.rank());
        out.writeStringField("japanese", priority.names().japanese());
        out.writeStringField("english", priority.names().english());
        out.writeEndObject();
    }

    /**
     * Writes the names of a vocabulary term.
     *
     * @param out the generator
     * @param names the names
     * @throws IOException if the generator fails
     */
    public static void termNames(JsonGenerator out, TermNames names) throws IOException {
        out.writeStartObject();
        out.writeStringField("code", names.code());
        out.writeStringField("japanese", names.japanese());
        out.writeStringField("english", names.english());
        out.writeEndObject();
    }

    /**
     * Writes a score.
     *
     * @param out the generator
     * @param score the score
     * @throws IOException if the generator fails
     */
    public static void score(JsonGenerator out, Score score) throws IOException {
        out.writeStartObject();
        out.writeNumberField("importance", score.importance());
        out.writeNumberField("likelihood", score.likelihood());
        out.writeNumberField("level", score.level());
        out.writeFieldName("priority");
        priority(out, score.priority());
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
        header(out, Formats.RISK_MODEL);
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

    private static void header(JsonGenerator out, String format) throws IOException {
        out.writeStringField("format", format);
        out.writeNumberField("formatVersion", Formats.VERSION);
    }

    /**
     * Writes an asset; empty descriptive columns are left out.
     *
     * @param out the generator
     * @param asset the asset
     * @throws IOException if the generator fails
     */
    public static void asset(JsonGenerator out, Asset asset) throws IOException {
        out.writeStartObject();
        out.writeNumberField("number", asset.number());
        out.writeStringField("name", asset.name());
        out.writeFieldName("rating");
        ciaRating(out, asset.rating());
        optional(out, "businessCategory", asset.businessCategory());
        optional(out, "remarks", asset.remarks());
        optional(out, "userScope", asset.userScope());
        optional(out, "riskOwner", asset.riskOwner());
        optional(out, "managingDepartment", asset.managingDepartment());
        optional(out, "medium", asset.medium());
        out.writeEndObject();
    }

    private static void optional(JsonGenerator out, String name, String text) throws IOException {
        if (!text.isEmpty()) {
            out.writeStringField(name, text);
        }
    }

    /**
     * Writes the asset inventory document.
     *
     * @param out the generator
     * @param inventory the inventory
     * @throws IOException if the generator fails
     */
    public static void assetInventory(JsonGenerator out, AssetInventory inventory) throws IOException {
        out.writeStartObject();
        header(out, Formats.ASSET_INVENTORY);
        out.writeArrayFieldStart("assets");
        for (Asset asset : inventory.assets()) {
            asset(out, asset);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

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

    private static void riskProperties(JsonGenerator out, Risk risk) throws IOException {
        out.writeNumberField("number", risk.number());
        out.writeArrayFieldStart("assetNumbers");
        for (int number : risk.assetNumbers()) {
            out.writeNumber(number);
        }
        out.writeEndArray();
        out.writeStringField("riskSource", risk.riskSource());
        out.writeStringField("impactArea", risk.impactArea());
        out.writeStringField("event", risk.event());
        out.writeArrayFieldStart("lostProperties");
        for (SecurityProperty property : PROPERTIES) {
            if (risk.lostProperties().contains(property)) {
                out.writeString(property.code());
            }
        }
        out.writeEndArray();
        optional(out, "cause", risk.cause());
        optional(out, "consequence", risk.consequence());
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
        priority(out, evaluation.priority());
        out.writeEndObject();
    }

    private static void modelRef(JsonGenerator out, String id, String version) throws IOException {
        out.writeObjectFieldStart("model");
        out.writeStringField("id", id);
        out.writeStringField("version", version);
        out.writeEndObject();
    }

    private static void evaluationProperties(JsonGenerator out, RiskEvaluation evaluation) throws IOException {
        out.writeNumberField("assetImportance", evaluation.assetImportance());
        if (evaluation.importanceOverride().isPresent()) {
            out.writeNumberField("importanceOverride", evaluation.importanceOverride().getAsInt());
        }
        if (evaluation.threat().isPresent()) {
            out.writeNumberField("threat", evaluation.threat().getAsInt());
            out.writeNumberField("vulnerability", evaluation.vulnerability().getAsInt());
        }
        out.writeNumberField("likelihood", evaluation.likelihood());
        out.writeNumberField("level", evaluation.level());
    }

    /**
     * Writes the header of a register document and opens its {@code risks} array.
     *
     * @param out the generator
     * @param model the register's model
     * @throws IOException if the generator fails
     */
    public static void registerStart(JsonGenerator out, RiskModel model) throws IOException {
        out.writeStartObject();
        header(out, Formats.RISK_REGISTER);
        modelRef(out, model.id(), model.version());
        out.writeArrayFieldStart("risks");
    }

    /**
     * Writes one row of a register: the risk's properties and its first evaluation, whose
     * priority is given by its code.
     *
     * @param out the generator
     * @param entry the row
     * @throws IOException if the generator fails
     */
    public static void registerEntry(JsonGenerator out, RiskRegisterEntry entry) throws IOException {
        out.writeStartObject();
        riskProperties(out, entry.risk());
        out.writeObjectFieldStart("firstEvaluation");
        evaluationProperties(out, entry.firstEvaluation());
        out.writeStringField("priority", entry.firstEvaluation().priority().code());
        out.writeEndObject();
        out.writeEndObject();
    }

    /**
     * Closes the {@code risks} array and the register document.
     *
     * @param out the generator
     * @throws IOException if the generator fails
     */
    public static void registerEnd(JsonGenerator out) throws IOException {
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Writes a whole register document.
     *
     * @param out the generator
     * @param register the register
     * @throws IOException if the generator fails
     */
    public static void riskRegister(JsonGenerator out, RiskRegister register) throws IOException {
        registerStart(out, register.model());
        List<RiskRegisterEntry> entries = register.entries();
        for (RiskRegisterEntry entry : entries) {
            registerEntry(out, entry);
        }
        registerEnd(out);
    }
}
