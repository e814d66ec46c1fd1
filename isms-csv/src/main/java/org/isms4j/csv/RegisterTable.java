package org.isms4j.csv;

import static org.isms4j.core.report.AssessmentColumn.ACCEPTANCE;
import static org.isms4j.core.report.AssessmentColumn.ACCEPTANCE_DATE;
import static org.isms4j.core.report.AssessmentColumn.ACCEPTANCE_EXPIRES;
import static org.isms4j.core.report.AssessmentColumn.ACCEPTANCE_JUSTIFICATION;
import static org.isms4j.core.report.AssessmentColumn.ACCEPTED_BY;
import static org.isms4j.core.report.AssessmentColumn.CONTROLS;
import static org.isms4j.core.report.AssessmentColumn.JUSTIFICATION;
import static org.isms4j.core.report.AssessmentColumn.OPTIONS;
import static org.isms4j.core.report.AssessmentColumn.RESIDUAL_ASSET_IMPORTANCE;
import static org.isms4j.core.report.AssessmentColumn.RESIDUAL_IMPORTANCE;
import static org.isms4j.core.report.AssessmentColumn.RESIDUAL_IMPORTANCE_OVERRIDE;
import static org.isms4j.core.report.AssessmentColumn.RESIDUAL_LEVEL;
import static org.isms4j.core.report.AssessmentColumn.RESIDUAL_LIKELIHOOD;
import static org.isms4j.core.report.AssessmentColumn.RESIDUAL_THREAT;
import static org.isms4j.core.report.AssessmentColumn.RESIDUAL_VULNERABILITY;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import org.isms4j.core.IsmsException;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RegisterRows;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.AssessmentColumn;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.risk.EvaluationField;
import org.isms4j.core.risk.InvalidEvaluationException;
import org.isms4j.core.risk.InvalidRiskException;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.risk.RiskEvaluationBuilder;
import org.isms4j.core.risk.RiskField;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;

/**
 * The risk register table of the CSV format, with every {@link AssessmentColumn}: each risk with
 * its first evaluation and, where its cells are filled, its treatment, second evaluation and
 * acceptance. Reading checks every derived cell (a risk's importance, likelihood, level and
 * priority under the model) and every rule of the core.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class RegisterTable {

    private RegisterTable() {}

    // ---------------------------------------------------------------- risk register

    /**
     * Returns the risk register as a table with every {@link AssessmentColumn}, so that every
     * value of every risk is in it; the approval record is not.
     *
     * @param register the register
     * @param locale the language of the headings and terms
     * @return the table
     * @throws IsmsException if a value could not be read back from its cell (a control's text
     *     with a line break, or ending like an Annex A id it does not have)
     */
    public static ReportTable registerTable(RiskRegister register, Locale locale) {
        List<String> headings = new ArrayList<>();
        for (AssessmentColumn column : AssessmentColumn.values()) {
            headings.add(column.getDisplayName(locale));
        }
        List<List<String>> rows = new ArrayList<>();
        for (AssessedRisk row : register.risks()) {
            for (TreatmentControl control : row.treatment().map(TreatmentDecision::controls).orElse(List.of())) {
                String where = CsvText.format("control '%s' of risk %d", CsvInput.quote(control.text()), row.number());
                CsvTables.noLineBreak(where, control.text());
                if (control.annexA().isEmpty() && CsvTables.CONTROL.matcher(control.text()).matches()) {
                    throw new IsmsException(CsvText.format("Cannot write as CSV: %s ends like an Annex A id in "
                            + "brackets but names none; its cell would read back as a control of that id", where));
                }
            }
            List<String> cells = new ArrayList<>();
            for (AssessmentColumn column : AssessmentColumn.values()) {
                cells.add(column.valueOf(row, locale));
            }
            rows.add(cells);
        }
        return ReportTable.of(headings, rows);
    }

    /** The register's columns that a tolerance may let a table leave out, to be computed. */
    private static final Set<AssessmentColumn> DERIVED = EnumSet.of(AssessmentColumn.IMPORTANCE,
            AssessmentColumn.LIKELIHOOD, AssessmentColumn.LEVEL, AssessmentColumn.PRIORITY,
            AssessmentColumn.RESIDUAL_IMPORTANCE, AssessmentColumn.RESIDUAL_LIKELIHOOD, AssessmentColumn.RESIDUAL_LEVEL);

    /**
     * Returns the risk register table of a model and an inventory, for {@link CsvTableReader}.
     *
     * @param model the register's model, not null
     * @param inventory the register's inventory, not null
     * @return the table
     */
    static CsvTableReader.Table<AssessmentColumn, RiskRegister> table(RiskModel model, AssetInventory inventory) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inventory, "inventory");
        return new CsvTableReader.Table<>(AssessmentColumn.class, DERIVED, "risk register",
                input -> register(input, model, inventory));
    }

    /**
     * Reads a risk register table scored by a model over an inventory: each risk with its first
     * evaluation and, where its cells are filled, its treatment, second evaluation and
     * acceptance.
     *
     * @param in the input, after its headings
     * @param model the model that scored the register
     * @param inventory the inventory holding the risks' assets
     * @return the register, without an approval record
     * @throws IOException if the parser fails
     */
    public static RiskRegister register(CsvInput<AssessmentColumn> in, RiskModel model, AssetInventory inventory)
            throws IOException {
        List<AssessedRisk> rows = new ArrayList<>();
        // The register's rules over its rows are isms-core's, checked as each row comes so that a
        // failure names its row and cell.
        RegisterRows checked = in.core(null, () -> RegisterRows.of(model, inventory));
        while (in.next()) {
            AssessedRisk row = risk(in, model, inventory);
            try {
                rows.add(checked.add(row));
            } catch (InvalidRiskException e) {
                throw in.error(column(e.field()), e.getMessage());
            }
        }
        return RiskRegister.of(model, inventory, rows);
    }

    private static AssessedRisk risk(CsvInput<AssessmentColumn> in, RiskModel model, AssetInventory inventory) {
        // The cells are read as their types only: the risk's rules (a number of 1 or more, an asset
        // at least, none repeated, no blank text, a lost property at least, none repeated) are
        // isms-core's, and its failure names the field, mapped here to the column.
        int number = in.integer(AssessmentColumn.NUMBER, "risk number", Integer.MIN_VALUE, Integer.MAX_VALUE);
        List<Integer> assets = in.numbers(AssessmentColumn.ASSETS, "asset number");
        String riskSource = in.cell(AssessmentColumn.RISK_SOURCE);
        String impactArea = in.cell(AssessmentColumn.IMPACT_AREA);
        String event = in.cell(AssessmentColumn.EVENT);
        List<SecurityProperty> lost = new ArrayList<>();
        for (String item : in.commaList(AssessmentColumn.LOST_PROPERTIES)) {
            lost.add(lostProperty(in, item));
        }
        String cause = in.cell(AssessmentColumn.CAUSE);
        String consequence = in.cell(AssessmentColumn.CONSEQUENCE);
        Risk risk;
        try {
            risk = Risk.newBuilder().number(number).assetNumbers(assets).riskSource(riskSource).impactArea(impactArea)
                    .event(event).lostProperties(lost).cause(cause).consequence(consequence).build();
        } catch (InvalidRiskException e) {
            throw in.error(column(e.field()), e.getMessage());
        }
        int importanceOfAssets = in.core(AssessmentColumn.ASSETS, () -> inventory.highestImportance(assets));

        RiskEvaluation first = evaluation(in, model, importanceOfAssets, EvaluationColumns.FIRST);
        Priority priority = first.priority();
        String priorityCell = in.cell(AssessmentColumn.PRIORITY);
        if (in.has(AssessmentColumn.PRIORITY) && !names(priority).contains(priorityCell)) {
            throw in.error(AssessmentColumn.PRIORITY, CsvText.format(
                    "Invalid value for priority (model %s@%s gives '%s'): '%s'", model.id(), model.version(),
                    priority.isAcceptable() ? priority.names().japanese() + "' / '" + priority.names().english()
                            : priority.code(), CsvInput.quote(priorityCell)));
        }

        Optional<TreatmentDecision> treatment = treatment(in);
        Optional<RiskEvaluation> second = Optional.empty();
        if (!in.allEmpty(RESIDUAL_IMPORTANCE, RESIDUAL_LIKELIHOOD, RESIDUAL_LEVEL, RESIDUAL_THREAT,
                RESIDUAL_VULNERABILITY, RESIDUAL_ASSET_IMPORTANCE, RESIDUAL_IMPORTANCE_OVERRIDE)) {
            int assetImportance = in.integer(RESIDUAL_ASSET_IMPORTANCE, "residual asset importance",
                    RatingScale.LOWEST, RatingScale.HIGHEST);
            second = Optional.of(evaluation(in, model, assetImportance, EvaluationColumns.SECOND));
        }
        Optional<ResidualAcceptance> acceptance = Optional.empty();
        if (!in.allEmpty(ACCEPTED_BY, ACCEPTANCE, ACCEPTANCE_DATE, ACCEPTANCE_JUSTIFICATION, ACCEPTANCE_EXPIRES)) {
            String owner = in.notBlank(ACCEPTED_BY, "risk owner");
            ResidualDecision decision = in.term(ACCEPTANCE, in.cell(ACCEPTANCE), "residual decision",
                    ResidualDecision.values());
            LocalDate decided = in.date(ACCEPTANCE_DATE, "decided");
            String justification = in.notBlank(ACCEPTANCE_JUSTIFICATION, "justification");
            Optional<LocalDate> expires = in.optionalDate(ACCEPTANCE_EXPIRES, "expires");
            acceptance = Optional.of(in.core(ACCEPTANCE_EXPIRES,
                    () -> ResidualAcceptance.of(owner, decision, decided, justification, expires)));
        }
        Optional<TreatmentDecision> t = treatment;
        Optional<RiskEvaluation> s = second;
        Optional<ResidualAcceptance> a = acceptance;
        return in.core(null, () -> {
            AssessedRisk row = AssessedRisk.of(risk, first);
            if (t.isPresent()) {
                row = row.withTreatment(t.get());
            }
            if (s.isPresent()) {
                row = row.withSecond(s.get());
            }
            return a.isPresent() ? row.withAcceptance(a.get()) : row;
        });
    }

    /** The column a risk's field is read from. */
    private static AssessmentColumn column(RiskField field) {
        return switch (field) {
            case NUMBER -> AssessmentColumn.NUMBER;
            case ASSET_NUMBERS -> AssessmentColumn.ASSETS;
            case RISK_SOURCE -> AssessmentColumn.RISK_SOURCE;
            case IMPACT_AREA -> AssessmentColumn.IMPACT_AREA;
            case EVENT -> AssessmentColumn.EVENT;
            case LOST_PROPERTIES -> AssessmentColumn.LOST_PROPERTIES;
            case CAUSE -> AssessmentColumn.CAUSE;
            case CONSEQUENCE -> AssessmentColumn.CONSEQUENCE;
        };
    }

    private static SecurityProperty lostProperty(CsvInput<AssessmentColumn> in, String item) {
        for (SecurityProperty property : SecurityProperty.values()) {
            if (item.equals(property.lossName(Locale.JAPANESE)) || item.equals(property.lossName(Locale.ENGLISH))
                    || item.equals(property.names().japanese()) || item.equals(property.names().english())) {
                return property;
            }
        }
        throw in.error(AssessmentColumn.LOST_PROPERTIES, CsvText.unknown("security property", CsvInput.quote(item),
                "機密性の喪失 / loss of confidentiality, 完全性の喪失 / loss of integrity, 可用性の喪失 / loss of "
                        + "availability"));
    }

    /** The texts a priority's cell may hold: its rank, or the acceptable priority's names. */
    private static List<String> names(Priority priority) {
        return List.of(priority.code(), priority.names().japanese(), priority.names().english());
    }

    /** The columns of an evaluation's values. */
    private record EvaluationColumns(AssessmentColumn assetImportance, AssessmentColumn override,
            AssessmentColumn threat, AssessmentColumn vulnerability, AssessmentColumn importance,
            AssessmentColumn likelihood, AssessmentColumn level, AssessmentColumn priority) {

        /** The first evaluation's: its asset importance, taken from the inventory, shows in the importance. */
        static final EvaluationColumns FIRST = new EvaluationColumns(AssessmentColumn.IMPORTANCE,
                AssessmentColumn.IMPORTANCE_OVERRIDE, AssessmentColumn.THREAT, AssessmentColumn.VULNERABILITY,
                AssessmentColumn.IMPORTANCE, AssessmentColumn.LIKELIHOOD, AssessmentColumn.LEVEL,
                AssessmentColumn.PRIORITY);
        /** The second evaluation's: its priority shows in no cell of its own. */
        static final EvaluationColumns SECOND = new EvaluationColumns(RESIDUAL_ASSET_IMPORTANCE,
                RESIDUAL_IMPORTANCE_OVERRIDE, RESIDUAL_THREAT, RESIDUAL_VULNERABILITY, RESIDUAL_IMPORTANCE,
                RESIDUAL_LIKELIHOOD, RESIDUAL_LEVEL, RESIDUAL_LEVEL);

        /** The column of an evaluation's field, or null for the row. */
        AssessmentColumn of(EvaluationField field) {
            return switch (field) {
                case MODEL -> null;
                case ASSET_IMPORTANCE -> assetImportance;
                case IMPORTANCE_OVERRIDE -> override;
                case IMPORTANCE -> importance;
                case THREAT -> threat;
                case VULNERABILITY -> vulnerability;
                case LIKELIHOOD -> likelihood;
                case LEVEL -> level;
                case PRIORITY -> priority;
            };
        }
    }

    /**
     * Reads an evaluation from its cells, the model's priority of its level as its priority, and
     * has isms-core check it against the model: the failure is at the column of the field it names.
     */
    private static RiskEvaluation evaluation(CsvInput<AssessmentColumn> in, RiskModel model, int assetImportance,
            EvaluationColumns columns) {
        RiskEvaluationBuilder builder = RiskEvaluation.newBuilder().scoredBy(model).assetImportance(assetImportance);
        OptionalInt override = in.optionalInteger(columns.override(), "importance override", RatingScale.LOWEST,
                RatingScale.HIGHEST);
        override.ifPresent(builder::importanceOverride);
        in.optionalInteger(columns.threat(), "threat", RatingScale.LOWEST, RatingScale.HIGHEST)
                .ifPresent(builder::threat);
        in.optionalInteger(columns.vulnerability(), "vulnerability", RatingScale.LOWEST, RatingScale.HIGHEST)
                .ifPresent(builder::vulnerability);
        try {
            int importance = in.has(columns.importance())
                    ? in.integer(columns.importance(), "importance", RatingScale.LOWEST, RatingScale.HIGHEST)
                    : override.orElse(assetImportance);
            int likelihood = in.has(columns.likelihood())
                    ? in.integer(columns.likelihood(), "likelihood", RatingScale.LOWEST, RatingScale.HIGHEST)
                    : derivedLikelihood(in, model, columns);
            int level = in.has(columns.level()) ? in.integer(columns.level(), "risk level", 0, LevelGrid.MAX_LEVEL)
                    : model.scoreOfLikelihood(importance, likelihood).level();
            RiskEvaluation evaluation = builder.score(Score.of(importance, likelihood, level, model.priorityOf(level)))
                    .build();
            evaluation.checkScoredBy(model);
            return evaluation;
        } catch (InvalidEvaluationException e) {
            AssessmentColumn column = columns.of(e.field());
            throw column == null ? in.rowError(e.getMessage()) : in.error(column, e.getMessage());
        }
    }

    /** The likelihood of a table that leaves its column out: the model's, of the threat and vulnerability. */
    private static int derivedLikelihood(CsvInput<AssessmentColumn> in, RiskModel model, EvaluationColumns columns) {
        if (in.cell(columns.threat()).isEmpty() || in.cell(columns.vulnerability()).isEmpty()) {
            throw in.rowError(CsvText.format("Invalid row: without a %s column, the likelihood is computed from the "
                    + "threat and the vulnerability, and both are needed", columns.likelihood().names().english()));
        }
        return in.core(columns.threat(), () -> model.likelihood(
                in.integer(columns.threat(), "threat", RatingScale.LOWEST, RatingScale.HIGHEST),
                in.integer(columns.vulnerability(), "vulnerability", RatingScale.LOWEST, RatingScale.HIGHEST)));
    }

    private static Optional<TreatmentDecision> treatment(CsvInput<AssessmentColumn> in) {
        if (in.allEmpty(OPTIONS, CONTROLS, AssessmentColumn.ANNEX_A, AssessmentColumn.STATUS, JUSTIFICATION)) {
            return Optional.empty();
        }
        Set<TreatmentOption> options = EnumSet.noneOf(TreatmentOption.class);
        for (String item : in.commaList(OPTIONS)) {
            TreatmentOption option = in.term(OPTIONS, item, "treatment option", TreatmentOption.values());
            if (!options.add(option)) {
                throw in.error(OPTIONS, CsvText.format("Duplicate treatment option: '%s'", CsvInput.quote(item)));
            }
        }
        List<TreatmentControl> controls = new ArrayList<>();
        for (String line : in.lines(CONTROLS)) {
            Matcher matcher = CsvTables.CONTROL.matcher(line);
            controls.add(in.core(CONTROLS, () -> matcher.matches()
                    ? TreatmentControl.of(matcher.group(1), matcher.group(2)) : TreatmentControl.of(line)));
        }
        String statusCell = in.cell(AssessmentColumn.STATUS);
        if (statusCell.isEmpty()) {
            throw in.error(AssessmentColumn.STATUS,
                    "Invalid value for treatment status (a treatment has one, such as 予定 / planned): ''");
        }
        TreatmentStatus status = in.term(AssessmentColumn.STATUS, statusCell, "treatment status",
                TreatmentStatus.values());
        String justification = in.cell(JUSTIFICATION);
        TreatmentDecision decision = in.core(OPTIONS,
                () -> TreatmentDecision.of(options, controls, status).withJustification(justification));
        List<String> annexA = new ArrayList<>();
        for (String item : in.commaList(AssessmentColumn.ANNEX_A)) {
            annexA.add(in.core(AssessmentColumn.ANNEX_A, () -> TreatmentControl.canonical(item)));
        }
        if (!annexA.equals(decision.annexAControls())) {
            throw in.error(AssessmentColumn.ANNEX_A, CsvText.format(
                    "Invalid value for Annex A (the controls name %s): '%s'",
                    decision.annexAControls().isEmpty() ? "none" : String.join(", ", decision.annexAControls()),
                    CsvInput.quote(in.cell(AssessmentColumn.ANNEX_A))));
        }
        return Optional.of(decision);
    }
}
