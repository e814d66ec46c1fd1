package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.isms4j.core.Checks;
import org.isms4j.core.InvalidRatingException;
import org.isms4j.core.IsmsException;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RegisterRows;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.EvaluationField;
import org.isms4j.core.risk.EvaluationStage;
import org.isms4j.core.risk.InvalidEvaluationException;
import org.isms4j.core.risk.InvalidRiskException;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.risk.RiskEvaluationBuilder;
import org.isms4j.core.risk.RiskField;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.json.Formats;
import org.isms4j.json.IsmsJsonException;
import org.isms4j.json.deser.RiskReader.RiskProperty;

/**
 * Reads a risk register document row by row, checking every evaluation against the register's
 * model and every row against the register's inventory, so that a register of any length is read
 * in memory bounded by the inventory, one row and a few bytes per risk number.
 *
 * <p>Not part of the API. The header ({@code format}, {@code formatVersion}, {@code model}, the
 * optional {@code approval} and the {@code inventory}) comes before {@code risks}.
 */
public final class RegisterCursor {

    private enum RegisterProperty { FORMAT, FORMAT_VERSION, MODEL, APPROVAL, INVENTORY, RISKS }

    private static final PropertyNames<RegisterProperty> REGISTER = PropertyNames.of(RegisterProperty.class,
            EnumSet.of(RegisterProperty.APPROVAL));

    /** The properties of a row: the risk's, then its lifecycle's. */
    private enum RowProperty {
        NUMBER(RiskProperty.NUMBER),
        ASSET_NUMBERS(RiskProperty.ASSET_NUMBERS),
        RISK_SOURCE(RiskProperty.RISK_SOURCE),
        IMPACT_AREA(RiskProperty.IMPACT_AREA),
        EVENT(RiskProperty.EVENT),
        LOST_PROPERTIES(RiskProperty.LOST_PROPERTIES),
        CAUSE(RiskProperty.CAUSE),
        CONSEQUENCE(RiskProperty.CONSEQUENCE),
        FIRST_EVALUATION(null),
        TREATMENT(null),
        SECOND_EVALUATION(null),
        ACCEPTANCE(null);

        /** The risk's property, or null for a property of the lifecycle. */
        final RiskProperty risk;

        RowProperty(RiskProperty risk) {
            this.risk = risk;
        }
    }

    private static final PropertyNames<RowProperty> ROW = PropertyNames.of(RowProperty.class, EnumSet.of(
            RowProperty.CAUSE, RowProperty.CONSEQUENCE, RowProperty.TREATMENT, RowProperty.SECOND_EVALUATION,
            RowProperty.ACCEPTANCE));

    private enum EvaluationProperty {
        ASSET_IMPORTANCE, IMPORTANCE_OVERRIDE, THREAT, VULNERABILITY, LIKELIHOOD, LEVEL, PRIORITY
    }

    private static final PropertyNames<EvaluationProperty> EVALUATION = PropertyNames.of(EvaluationProperty.class,
            EnumSet.of(EvaluationProperty.IMPORTANCE_OVERRIDE, EvaluationProperty.THREAT,
                    EvaluationProperty.VULNERABILITY));

    private final JsonInput in;
    private final RiskModel model;
    private final boolean root;
    /** The register's rules over the rows read so far, once the header with the inventory is read. */
    private RegisterRows checked;
    /** The reader of the rows, once the header with the inventory is read. */
    private RowReader rows;
    private PropertyLoop<RegisterProperty> document;
    private AssetInventory inventory;
    private Optional<Approval> approval = Optional.empty();
    private boolean done;

    /**
     * Creates a cursor over a register whose first token is the current token or the next one.
     *
     * @param in the input, with the register's model
     * @param root whether the register is the whole input, so that nothing may follow it
     */
    public RegisterCursor(JsonInput in, boolean root) {
        this.in = in;
        this.model = in.model();
        this.root = root;
    }

    /**
     * Reads the header, up to the start of the {@code risks} array.
     *
     * @throws IOException if the parser fails
     */
    public void readHeader() throws IOException {
        if (in.parser().currentToken() == null) {
            in.next();
        }
        document = in.properties("risk register document", REGISTER);
        if (model == null) {
            throw in.error("Invalid use: reading a risk register needs the risk model that scored it");
        }
        for (RegisterProperty f; (f = document.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.RISK_REGISTER);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case MODEL -> {
                    RiskReader.ModelRef ref = RiskReader.modelRef(in);
                    if (!ref.id().equals(model.id()) || !ref.version().equals(model.version())) {
                        throw in.error(Checks.format(
                                "Model mismatch: this register was scored by %s@%s, not by %s@%s",
                                JsonFailures.escape(ref.id(), JsonInput.QUOTED_TEXT_LIMIT),
                                JsonFailures.escape(ref.version(), JsonInput.QUOTED_TEXT_LIMIT), model.id(),
                                model.version()));
                    }
                }
                case APPROVAL -> approval = Optional.of(TreatmentReader.approval(in));
                case INVENTORY -> inventory = checkRatings(AssetInventoryReader.assets(in, "inventory"));
                case RISKS -> {
                    RegisterProperty missing = document.missingBefore(RegisterProperty.RISKS);
                    if (missing != null) {
                        throw in.error(Checks.format("Missing property: '%s' (it comes before 'risks')",
                                document.name(missing)));
                    }
                    in.expectArray("risks");
                    return;
                }
            }
        }
        document.requireAll();
    }

    /** isms-core's check of the inventory's ratings against the model, its message at the rating it names. */
    private AssetInventory checkRatings(AssetInventory read) {
        try {
            return read.checkRatings(model);
        } catch (InvalidRatingException e) {
            int number = e.assetNumber().orElseThrow();
            List<Asset> assets = read.assets();
            int index = 0;
            while (assets.get(index).number() != number) {
                index++;
            }
            throw in.errorAtElement(e.getMessage(), index, "rating", e.property().code());
        }
    }

    /**
     * Returns the model that scored the register.
     *
     * @return the model
     */
    public RiskModel model() {
        return model;
    }

    /**
     * Returns the inventory, once the header is read.
     *
     * @return the inventory
     */
    public AssetInventory inventory() {
        return inventory;
    }

    /**
     * Returns the approval record, once the header is read.
     *
     * @return the record, or empty
     */
    public Optional<Approval> approval() {
        return approval;
    }

    /**
     * Reads the next row.
     *
     * @return the row, or null after the last one, when the rest of the document has been read
     * @throws IOException if the parser fails
     */
    public AssessedRisk next() throws IOException {
        if (done) {
            return null;
        }
        if (in.next() == JsonToken.END_ARRAY) {
            RegisterProperty late = document.next();
            if (late != null) {
                // Unknown properties were skipped or failed, seen ones are duplicates: a known one is out of order.
                throw in.error(Checks.format("Invalid order of properties: '%s' comes before 'risks'",
                        document.name(late)));
            }
            document.requireAll();
            if (root) {
                in.expectEnd();
            }
            done = true;
            return null;
        }
        if (rows == null) {
            rows = new RowReader(in, model);
            checked = in.core(() -> RegisterRows.of(model, inventory));
        }
        AssessedRisk row = rows.read();
        try {
            return checked.add(row);
        } catch (InvalidRiskException e) {
            throw in.atProperty(e, e.field() == RiskField.NUMBER ? "number" : "assetNumbers");
        } catch (InvalidEvaluationException e) {
            throw rows.atEvaluation(e);
        } catch (IsmsException e) {
            throw in.at(e);
        }
    }

    /**
     * Reads one row of a register on its own: a risk with its evaluations, treatment and
     * acceptance, each evaluation checked against the model.
     *
     * @param in the input, on the row's first token
     * @param model the register's model
     * @return the row
     * @throws IOException if the parser fails
     */
    public static AssessedRisk row(JsonInput in, RiskModel model) throws IOException {
        RowReader reader = new RowReader(in, model);
        AssessedRisk row = reader.read();
        try {
            return row.checkScoredBy(model);
        } catch (InvalidEvaluationException e) {
            throw reader.atEvaluation(e);
        }
    }

    /**
     * The reader of a register's rows, keeping what it needs from row to row so that a row costs
     * the values it reads and little more: one loop over the properties of each object kind (two
     * for the evaluations), the risk's columns and the model's priorities. It reads an evaluation as recorded; whether
     * the model scored it so is the register's rule ({@link RegisterRows#add}, or
     * {@link AssessedRisk#checkScoredBy} for a row on its own), whose failure
     * {@link #atEvaluation} places at the property it names.
     */
    private static final class RowReader {
        private final JsonInput in;
        private final RiskModel model;
        private final PropertyLoop<RowProperty> rowProperties;
        /** The loops of the first and of the second evaluation, each kept until the next row. */
        private final PropertyLoop<EvaluationProperty> firstProperties;
        private final PropertyLoop<EvaluationProperty> secondProperties;
        private final RiskReader.RiskFields fields = new RiskReader.RiskFields();
        /** The model's priorities, most urgent first, then the acceptable one. */
        private final Priority[] priorities;

        RowReader(JsonInput in, RiskModel model) {
            this.in = in;
            this.model = model;
            this.rowProperties = in.propertyLoop(ROW);
            this.firstProperties = in.propertyLoop(EVALUATION);
            this.secondProperties = in.propertyLoop(EVALUATION);
            List<Priority> all = new ArrayList<>(model.acceptanceCriteria().priorities());
            all.add(model.acceptanceCriteria().acceptable());
            this.priorities = all.toArray(new Priority[0]);
        }

        AssessedRisk read() throws IOException {
            PropertyLoop<RowProperty> p = in.properties("risk", rowProperties);
            fields.reset();
            RiskEvaluation first = null;
            TreatmentDecision treatment = null;
            RiskEvaluation second = null;
            ResidualAcceptance acceptance = null;
            for (RowProperty f; (f = p.next()) != null;) {
                switch (f) {
                    case FIRST_EVALUATION -> first = evaluation("first evaluation", firstProperties);
                    case TREATMENT -> treatment = TreatmentReader.treatmentDecision(in);
                    case SECOND_EVALUATION -> second = evaluation("second evaluation", secondProperties);
                    case ACCEPTANCE -> acceptance = TreatmentReader.residualAcceptance(in);
                    default -> fields.read(in, f.risk);
                }
            }
            p.requireAll();
            Risk risk = fields.build(in);
            AssessedRisk row;
            try {
                row = AssessedRisk.of(risk, first);
            } catch (IsmsException e) {
                throw in.at(e);
            }
            try {
                // Each copy costs: only the parts present are set.
                if (treatment != null) {
                    row = row.withTreatment(treatment);
                }
                if (second != null) {
                    row = row.withSecond(second);
                }
                return acceptance == null ? row : row.withAcceptance(acceptance);
            } catch (IsmsException e) {
                throw in.at(e);
            }
        }

        private RiskEvaluation evaluation(String what, PropertyLoop<EvaluationProperty> loop) throws IOException {
            PropertyLoop<EvaluationProperty> p = in.properties(what, loop);
            RiskEvaluationBuilder builder = RiskEvaluation.newBuilder().scoredBy(model);
            int assetImportance = 0;
            OptionalInt override = OptionalInt.empty();
            int likelihood = 0;
            int level = 0;
            Priority priority = null;
            // Read against the ranges every model shares; the model's own scales and the score it
            // gives are the register's rule, checked when the row is added.
            for (EvaluationProperty f; (f = p.next()) != null;) {
                switch (f) {
                    case ASSET_IMPORTANCE -> assetImportance = in.intIn("assetImportance", "asset importance",
                            RatingScale.LOWEST, RatingScale.HIGHEST);
                    case IMPORTANCE_OVERRIDE -> override = OptionalInt.of(in.intIn("importanceOverride",
                            "importance override", RatingScale.LOWEST, RatingScale.HIGHEST));
                    case THREAT -> builder.threat(in.intIn("threat", "threat", RatingScale.LOWEST,
                            RatingScale.HIGHEST));
                    case VULNERABILITY -> builder.vulnerability(in.intIn("vulnerability", "vulnerability",
                            RatingScale.LOWEST, RatingScale.HIGHEST));
                    case LIKELIHOOD -> likelihood = in.intIn("likelihood", "likelihood", RatingScale.LOWEST,
                            RatingScale.HIGHEST);
                    case LEVEL -> level = in.intIn("level", "risk level", 0, LevelGrid.MAX_LEVEL);
                    case PRIORITY -> priority = priority();
                }
            }
            p.requireAll();
            if (override.isPresent()) {
                builder.importanceOverride(override.getAsInt());
            }
            try {
                return builder.assetImportance(assetImportance)
                        .score(Score.of(override.orElse(assetImportance), likelihood, level, priority)).build();
            } catch (InvalidEvaluationException e) {
                throw atField(e, e.getMessage(), new String[0], p);
            } catch (IsmsException e) {
                throw in.at(e);
            }
        }

        /**
         * Turns the register's failure of the row just read at one of its evaluations into one
         * at the property of the field it names, such as {@code $.risks[2].firstEvaluation.level}
         * with the model's message, or at the row when it is about the row's assets or model.
         *
         * @param e the core's failure, of the row's first or second evaluation
         * @return the exception to throw
         */
        IsmsJsonException atEvaluation(InvalidEvaluationException e) {
            if (e.stage().isEmpty() || !(e.getCause() instanceof InvalidEvaluationException scoring)) {
                // The row's own rules: the assets' importance, the model of the first evaluation.
                return e.field() == EvaluationField.ASSET_IMPORTANCE
                        ? in.atProperty(e, "firstEvaluation", "assetImportance") : in.at(e);
            }
            return e.stage().get() == EvaluationStage.SECOND
                    ? atField(e, scoring.getMessage(), new String[] {"secondEvaluation"}, secondProperties)
                    : atField(e, scoring.getMessage(), new String[] {"firstEvaluation"}, firstProperties);
        }

        /**
         * The failure of an evaluation at the property of its field, or at the evaluation itself
         * when the field is not one of its properties or was not given (threat without
         * vulnerability).
         */
        private IsmsJsonException atField(InvalidEvaluationException e, String message, String[] evaluation,
                PropertyLoop<EvaluationProperty> given) {
            EvaluationField field = e.field();
            if (field == EvaluationField.MODEL || field == EvaluationField.IMPORTANCE) {
                return in.errorAtProperty(message, e, evaluation);
            }
            EvaluationProperty property = EvaluationProperty.valueOf(field.name());
            if (!given.has(property)) {
                return in.errorAtProperty(message, e, evaluation);
            }
            String[] path = Arrays.copyOf(evaluation, evaluation.length + 1);
            path[evaluation.length] = given.name(property);
            return in.errorAtProperty(message, e, path);
        }

        /**
         * The model's priority of the code the parser is on, compared in the parser's buffer
         * without making a string of it, or the code's failure at its property.
         */
        private Priority priority() throws IOException {
            if (in.isString()) {
                for (Priority priority : priorities) {
                    if (in.textIs(priority.code())) {
                        return priority;
                    }
                }
            }
            String code = in.text("priority");
            throw in.error(Checks.unknown("priority of model " + model.id() + "@" + model.version(),
                    JsonFailures.escape(code, JsonInput.QUOTED_TEXT_LIMIT), Arrays.stream(priorities)
                            .map(Priority::code).collect(Collectors.joining(", "))).getMessage());
        }
    }

    /**
     * Reads a whole register into memory.
     *
     * @param in the input, with the register's model
     * @param root whether the register is the whole input
     * @return the register
     * @throws IOException if the parser fails
     */
    public static RiskRegister readAll(JsonInput in, boolean root) throws IOException {
        RegisterCursor cursor = new RegisterCursor(in, root);
        cursor.readHeader();
        List<AssessedRisk> rows = new ArrayList<>();
        for (AssessedRisk row; (row = cursor.next()) != null;) {
            rows.add(row);
        }
        return in.core(() -> {
            RiskRegister register = RiskRegister.of(cursor.model, cursor.inventory, rows);
            return cursor.approval.isPresent() ? register.withApproval(cursor.approval.get()) : register;
        });
    }
}
