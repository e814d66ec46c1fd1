package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlCatalogue;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013Control;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.StatementOfApplicability;
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
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.json.Formats;
import org.isms4j.json.deser.RegisterCursor;

/**
 * The writers of every value and document of isms-json, each in one fixed property order, so
 * that writing the same value twice gives the same bytes.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class Writers {

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
    private static final SerializableString FIRST_EVALUATION = new SerializedString("firstEvaluation");
    private static final SerializableString TREATMENT = new SerializedString("treatment");
    private static final SerializableString SECOND_EVALUATION = new SerializedString("secondEvaluation");
    private static final SerializableString ACCEPTANCE = new SerializedString("acceptance");
    private static final SerializableString ASSET_IMPORTANCE = new SerializedString("assetImportance");
    private static final SerializableString IMPORTANCE_OVERRIDE = new SerializedString("importanceOverride");
    private static final SerializableString THREAT = new SerializedString("threat");
    private static final SerializableString VULNERABILITY = new SerializedString("vulnerability");
    private static final SerializableString LIKELIHOOD = new SerializedString("likelihood");
    private static final SerializableString LEVEL = new SerializedString("level");
    private static final SerializableString PRIORITY = new SerializedString("priority");
    private static final SerializableString[] PROPERTY_CODES = new SerializableString[PROPERTIES.length];

    static {
        for (SecurityProperty property : PROPERTIES) {
            PROPERTY_CODES[property.ordinal()] = new SerializedString(property.code());
        }
    }

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

    private static void optional(JsonGenerator out, SerializableString name, String text) throws IOException {
        if (!text.isEmpty()) {
            out.writeFieldName(name);
            out.writeString(text);
        }
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
        optional(out, CAUSE, risk.cause());
        optional(out, CONSEQUENCE, risk.consequence());
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

    /**
     * Writes the header of a register document and opens its {@code risks} array.
     *
     * @param out the generator
     * @param model the register's model
     * @param inventory the register's inventory
     * @param approval the approval record, or empty
     * @throws IOException if the generator fails
     */
    public static void registerStart(JsonGenerator out, RiskModel model, AssetInventory inventory,
            Optional<Approval> approval) throws IOException {
        out.writeStartObject();
        header(out, Formats.RISK_REGISTER);
        modelRef(out, model.id(), model.version());
        if (approval.isPresent()) {
            out.writeFieldName("approval");
            approval(out, approval.get());
        }
        out.writeArrayFieldStart("inventory");
        for (Asset asset : inventory.assets()) {
            asset(out, asset);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("risks");
    }

    /**
     * Writes one row of a register: the risk's properties, its first evaluation (whose priority
     * is given by its code), and its treatment, second evaluation and acceptance where present.
     *
     * @param out the generator
     * @param row the row
     * @throws IOException if the generator fails
     */
    public static void registerRow(JsonGenerator out, AssessedRisk row) throws IOException {
        out.writeStartObject();
        riskProperties(out, row.risk());
        out.writeFieldName(FIRST_EVALUATION);
        recordedEvaluation(out, row.first());
        Optional<TreatmentDecision> treatment = row.treatment();
        if (treatment.isPresent()) {
            out.writeFieldName(TREATMENT);
            treatmentDecision(out, treatment.get());
        }
        Optional<RiskEvaluation> second = row.second();
        if (second.isPresent()) {
            out.writeFieldName(SECOND_EVALUATION);
            recordedEvaluation(out, second.get());
        }
        Optional<ResidualAcceptance> acceptance = row.acceptance();
        if (acceptance.isPresent()) {
            out.writeFieldName(ACCEPTANCE);
            residualAcceptance(out, acceptance.get());
        }
        out.writeEndObject();
    }

    private static void recordedEvaluation(JsonGenerator out, RiskEvaluation evaluation) throws IOException {
        out.writeStartObject();
        evaluationProperties(out, evaluation);
        out.writeFieldName(PRIORITY);
        out.writeString(evaluation.priority().code());
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
     * Writes a whole register document, after checking that every evaluation was scored by the
     * register's model.
     *
     * @param out the generator
     * @param register the register
     * @throws IOException if the generator fails
     * @throws org.isms4j.core.IsmsException if an evaluation was not scored by the model
     */
    public static void riskRegister(JsonGenerator out, RiskRegister register) throws IOException {
        // Checked before the first byte, so that a register that could not be read again is not written.
        for (AssessedRisk row : register.risks()) {
            RegisterCursor.checkRow(register.model(), null, row);
        }
        registerStart(out, register.model(), register.inventory(), register.approval());
        List<AssessedRisk> rows = register.risks();
        for (AssessedRisk row : rows) {
            registerRow(out, row);
        }
        registerEnd(out);
    }

    // ---------------------------------------------------------------- treatment

    private static void date(JsonGenerator out, String name, LocalDate date) throws IOException {
        out.writeStringField(name, date.toString());
    }

    /**
     * Writes a treatment control, {@code {"text": "情報の分類定義", "annexA": "5.12"}}.
     *
     * @param out the generator
     * @param control the control
     * @throws IOException if the generator fails
     */
    public static void treatmentControl(JsonGenerator out, TreatmentControl control) throws IOException {
        out.writeStartObject();
        out.writeStringField("text", control.text());
        if (control.annexA().isPresent()) {
            out.writeStringField("annexA", control.annexA().get());
        }
        out.writeEndObject();
    }

    /**
     * Writes a treatment decision; options in the order of {@link TreatmentOption}, controls in
     * the order given, an empty list of controls and an empty justification left out.
     *
     * @param out the generator
     * @param decision the decision
     * @throws IOException if the generator fails
     */
    public static void treatmentDecision(JsonGenerator out, TreatmentDecision decision) throws IOException {
        out.writeStartObject();
        codes(out, "options", TreatmentOption.values(), decision.options());
        if (!decision.controls().isEmpty()) {
            out.writeArrayFieldStart("controls");
            for (TreatmentControl control : decision.controls()) {
                treatmentControl(out, control);
            }
            out.writeEndArray();
        }
        out.writeStringField("status", decision.status().code());
        optional(out, "justification", decision.justification());
        out.writeEndObject();
    }

    private static <E extends VocabularyTerm> void codes(JsonGenerator out, String name, E[] order,
            Collection<E> terms) throws IOException {
        out.writeArrayFieldStart(name);
        for (E term : order) {
            if (terms.contains(term)) {
                out.writeString(term.code());
            }
        }
        out.writeEndArray();
    }

    /**
     * Writes the risk owner's acceptance of a residual risk.
     *
     * @param out the generator
     * @param acceptance the acceptance
     * @throws IOException if the generator fails
     */
    public static void residualAcceptance(JsonGenerator out, ResidualAcceptance acceptance) throws IOException {
        out.writeStartObject();
        out.writeStringField("riskOwner", acceptance.riskOwner());
        out.writeStringField("decision", acceptance.decision().code());
        date(out, "decided", acceptance.decided());
        out.writeStringField("justification", acceptance.justification());
        if (acceptance.expires().isPresent()) {
            date(out, "expires", acceptance.expires().get());
        }
        out.writeEndObject();
    }

    /**
     * Writes the approval record of a risk assessment report.
     *
     * @param out the generator
     * @param approval the record
     * @throws IOException if the generator fails
     */
    public static void approval(JsonGenerator out, Approval approval) throws IOException {
        out.writeStartObject();
        out.writeStringField("author", approval.author());
        date(out, "updated", approval.updated());
        if (approval.approver().isPresent()) {
            out.writeStringField("approver", approval.approver().get());
            date(out, "approved", approval.approved().get());
        }
        out.writeEndObject();
    }

    // ---------------------------------------------------------------- the treatment plan document

    /**
     * Writes a row of the treatment plan.
     *
     * @param out the generator
     * @param item the row
     * @throws IOException if the generator fails
     */
    public static void planItem(JsonGenerator out, PlanItem item) throws IOException {
        out.writeStartObject();
        out.writeNumberField("number", item.number());
        out.writeFieldName("control");
        treatmentControl(out, item.control());
        out.writeArrayFieldStart("tasks");
        for (String task : item.tasks()) {
            out.writeString(task);
        }
        out.writeEndArray();
        out.writeStringField("owner", item.owner());
        date(out, "plannedStart", item.plannedStart());
        date(out, "plannedEnd", item.plannedEnd());
        if (item.actualStart().isPresent()) {
            date(out, "actualStart", item.actualStart().get());
        }
        if (item.actualEnd().isPresent()) {
            date(out, "actualEnd", item.actualEnd().get());
        }
        out.writeStringField("status", item.status().code());
        numbers(out, "riskNumbers", item.riskNumbers());
        out.writeEndObject();
    }

    private static void numbers(JsonGenerator out, String name, Collection<Integer> numbers) throws IOException {
        out.writeArrayFieldStart(name);
        for (int number : numbers) {
            out.writeNumber(number);
        }
        out.writeEndArray();
    }

    /**
     * Writes the treatment plan document.
     *
     * @param out the generator
     * @param plan the plan
     * @throws IOException if the generator fails
     */
    public static void treatmentPlan(JsonGenerator out, TreatmentPlan plan) throws IOException {
        out.writeStartObject();
        header(out, Formats.TREATMENT_PLAN);
        out.writeArrayFieldStart("items");
        for (PlanItem item : plan.items()) {
            planItem(out, item);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    // ---------------------------------------------------------------- the Statement of Applicability document

    /**
     * Writes the decision on one control; empty parts left out, reason codes in the order of
     * {@link ReasonCode}.
     *
     * @param out the generator
     * @param decision the decision
     * @throws IOException if the generator fails
     */
    public static void decision(JsonGenerator out, Decision decision) throws IOException {
        out.writeStartObject();
        out.writeStringField("applicability", decision.applicability().code());
        if (decision.status().isPresent()) {
            out.writeStringField("status", decision.status().get().code());
        }
        optional(out, "reason", decision.reason());
        if (!decision.reasonCodes().isEmpty()) {
            codes(out, "reasonCodes", ReasonCode.values(), decision.reasonCodes());
        }
        if (!decision.riskNumbers().isEmpty()) {
            numbers(out, "riskNumbers", decision.riskNumbers());
        }
        texts(out, "documents", decision.documents());
        texts(out, "evidence", decision.evidence());
        out.writeEndObject();
    }

    private static void texts(JsonGenerator out, String name, List<String> texts) throws IOException {
        if (!texts.isEmpty()) {
            out.writeArrayFieldStart(name);
            for (String text : texts) {
                out.writeString(text);
            }
            out.writeEndArray();
        }
    }

    /**
     * Writes the Statement of Applicability document: the decisions keyed by canonical control
     * id in document order; undecided controls are absent.
     *
     * @param out the generator
     * @param soa the statement
     * @throws IOException if the generator fails
     */
    public static void statementOfApplicability(JsonGenerator out, StatementOfApplicability soa)
            throws IOException {
        out.writeStartObject();
        header(out, Formats.STATEMENT_OF_APPLICABILITY);
        out.writeObjectFieldStart("decisions");
        for (Map.Entry<ControlId, Decision> entry : soa.decisions().entrySet()) {
            out.writeFieldName(entry.getKey().toString());
            decision(out, entry.getValue());
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    // ---------------------------------------------------------------- the Annex A catalogue document

    /**
     * Writes a control of the catalogue: id, theme, titles, whether new in 2022, the five
     * attribute sets as codes and the 2013 controls it continues; never a control statement.
     *
     * @param out the generator
     * @param control the control
     * @throws IOException if the generator fails
     */
    public static void control(JsonGenerator out, Control control) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", control.id().toString());
        out.writeStringField("theme", control.theme().code());
        out.writeStringField("englishTitle", control.englishTitle());
        out.writeStringField("japaneseTitle", control.japaneseTitle());
        out.writeBooleanField("newIn2022", control.isNewIn2022());
        termCodes(out, "controlTypes", control.controlTypes());
        termCodes(out, "securityProperties", control.securityProperties());
        termCodes(out, "cybersecurityConcepts", control.cybersecurityConcepts());
        termCodes(out, "operationalCapabilities", control.operationalCapabilities());
        termCodes(out, "securityDomains", control.securityDomains());
        out.writeArrayFieldStart("iso2013");
        for (Iso2013ControlId id : control.iso2013()) {
            out.writeString(id.toString());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Writes terms in the set's own order, which is ISO/IEC 27002's. */
    private static void termCodes(JsonGenerator out, String name, Set<? extends VocabularyTerm> terms)
            throws IOException {
        out.writeArrayFieldStart(name);
        for (VocabularyTerm term : terms) {
            out.writeString(term.code());
        }
        out.writeEndArray();
    }

    /**
     * Writes a control of ISO/IEC 27001:2013: id, English title and the 2022 controls that
     * continue it.
     *
     * @param out the generator
     * @param control the control
     * @throws IOException if the generator fails
     */
    public static void iso2013Control(JsonGenerator out, Iso2013Control control) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", control.id().toString());
        out.writeStringField("englishTitle", control.englishTitle());
        out.writeArrayFieldStart("iso2022");
        for (ControlId id : control.iso2022()) {
            out.writeString(id.toString());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Writes the Annex A catalogue document: the 93 controls of a catalogue in document order and
     * the 114 controls of ISO/IEC 27001:2013; licensee text is never written.
     *
     * @param out the generator
     * @param catalogue the catalogue
     * @throws IOException if the generator fails
     */
    public static void annexACatalogue(JsonGenerator out, ControlCatalogue catalogue) throws IOException {
        out.writeStartObject();
        header(out, Formats.ANNEX_A_CATALOGUE);
        out.writeArrayFieldStart("controls");
        for (Control control : catalogue.all()) {
            control(out, control);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("iso2013Controls");
        for (Iso2013Control control : AnnexA.all2013()) {
            iso2013Control(out, control);
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
