package org.isms4j.json.csv;

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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Theme;
import org.isms4j.annexa.soa.Applicability;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ImplementationStatus;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.SoaColumn;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.internal.Checks;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.AssessmentColumn;
import org.isms4j.core.report.InventoryColumn;
import org.isms4j.core.report.PlanColumn;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.isms4j.json.deser.RegisterCursor;

/**
 * The tables of isms-json's CSV: the asset inventory, the risk register with every
 * {@link AssessmentColumn}, the treatment plan and the Statement of Applicability, each as the
 * core's {@link ReportTable} to write and read back from a {@link CsvInput}.
 *
 * <p>Cells are the core's renderings: terms by their Japanese or English name, several values in
 * one cell separated by commas (numbers, terms) or by line breaks (controls, tasks, documents,
 * evidence), a treatment control as {@code 情報の分類定義 (5.12)}. Reading accepts either language
 * whatever the headings' language, checks every derived cell (an asset's importance, a risk's
 * likelihood, level and priority under the model) and every rule of the core.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class CsvTables {

    /** A treatment control as a cell renders it: its text, a space and its Annex A id in brackets. */
    private static final Pattern CONTROL = Pattern.compile("(?s)(.*) \\((?:A[. ]?)?([5-8]\\.[1-9][0-9]?)\\)");
    private static final String EXCLUDED_STATUS = "—";

    private CsvTables() {}

    // ---------------------------------------------------------------- asset inventory

    /**
     * Returns the asset inventory as a table with every {@link InventoryColumn}.
     *
     * @param inventory the inventory
     * @param locale the language of the headings
     * @return the table
     */
    public static ReportTable inventoryTable(AssetInventory inventory, Locale locale) {
        return ReportTable.ofInventory(inventory, locale);
    }

    /**
     * Reads an asset inventory table; ratings lie in 0 - 10.
     *
     * @param in the input, after its headings
     * @return the inventory
     * @throws IOException if the parser fails
     */
    public static AssetInventory inventory(CsvInput<InventoryColumn> in) throws IOException {
        List<Asset> assets = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        while (in.next()) {
            int number = in.integer(InventoryColumn.NUMBER, "asset number", 1, Integer.MAX_VALUE);
            String name = in.notBlank(InventoryColumn.NAME, "asset name");
            int c = in.integer(InventoryColumn.CONFIDENTIALITY, "confidentiality", RatingScale.LOWEST,
                    RatingScale.HIGHEST);
            int i = in.integer(InventoryColumn.INTEGRITY, "integrity", RatingScale.LOWEST, RatingScale.HIGHEST);
            int a = in.integer(InventoryColumn.AVAILABILITY, "availability", RatingScale.LOWEST, RatingScale.HIGHEST);
            CiaRating rating = CiaRating.ofRecord(c, i, a);
            int importance = in.integer(InventoryColumn.IMPORTANCE, "importance", RatingScale.LOWEST,
                    RatingScale.HIGHEST);
            if (importance != rating.importance()) {
                throw in.error(InventoryColumn.IMPORTANCE, Checks.format(
                        "Invalid value for importance (the highest of confidentiality, integrity and availability "
                                + "is %d): %d", rating.importance(), importance));
            }
            if (!numbers.add(number)) {
                throw in.error(InventoryColumn.NUMBER, Checks.format("Duplicate asset number: %d", number));
            }
            assets.add(in.core(null, () -> Asset.of(number, name, rating)
                    .withBusinessCategory(in.cell(InventoryColumn.BUSINESS_CATEGORY))
                    .withRemarks(in.cell(InventoryColumn.REMARKS)).withUserScope(in.cell(InventoryColumn.USER_SCOPE))
                    .withRiskOwner(in.cell(InventoryColumn.RISK_OWNER))
                    .withManagingDepartment(in.cell(InventoryColumn.MANAGING_DEPARTMENT))
                    .withMedium(in.cell(InventoryColumn.MEDIUM))));
        }
        in.expectEnd();
        return AssetInventory.of(assets);
    }

    // ---------------------------------------------------------------- risk register

    /**
     * Returns the risk register as a table with every {@link AssessmentColumn}, so that every
     * value of every risk is in it; the approval record is not.
     *
     * @param register the register
     * @param locale the language of the headings and terms
     * @return the table
     * @throws IsmsException if a value could not be read back from its cell (a control's text
     *     with a line break, or ending like an Annex A id it does not have), or an evaluation was
     *     not scored by the register's model
     */
    public static ReportTable registerTable(RiskRegister register, Locale locale) {
        List<String> headings = new ArrayList<>();
        for (AssessmentColumn column : AssessmentColumn.values()) {
            headings.add(column.getDisplayName(locale));
        }
        List<List<String>> rows = new ArrayList<>();
        for (AssessedRisk row : register.risks()) {
            RegisterCursor.checkRow(register.model(), null, row);
            for (TreatmentControl control : row.treatment().map(TreatmentDecision::controls).orElse(List.of())) {
                String where = Checks.format("control '%s' of risk %d", CsvInput.quote(control.text()), row.number());
                noLineBreak(where, control.text());
                if (control.annexA().isEmpty() && CONTROL.matcher(control.text()).matches()) {
                    throw new IsmsException(Checks.format("Cannot write as CSV: %s ends like an Annex A id in "
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

    private static void noLineBreak(String where, String text) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IsmsException(Checks.format("Cannot write as CSV: %s has a line break, which separates the "
                    + "values of its cell", where));
        }
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
        Set<Integer> numbers = new HashSet<>();
        while (in.next()) {
            AssessedRisk row = risk(in, model, inventory);
            if (!numbers.add(row.number())) {
                throw in.error(AssessmentColumn.NUMBER, Checks.format("Duplicate risk number: %d", row.number()));
            }
            rows.add(row);
        }
        in.expectEnd();
        return RiskRegister.of(model, inventory, rows);
    }

    private static AssessedRisk risk(CsvInput<AssessmentColumn> in, RiskModel model, AssetInventory inventory) {
        int number = in.integer(AssessmentColumn.NUMBER, "risk number", 1, Integer.MAX_VALUE);
        List<Integer> assets = in.numbers(AssessmentColumn.ASSETS, "asset number");
        if (assets.isEmpty()) {
            throw in.error(AssessmentColumn.ASSETS, "Invalid asset numbers: a risk concerns at least one asset");
        }
        for (int asset : assets) {
            if (inventory.find(asset).isEmpty()) {
                throw in.error(AssessmentColumn.ASSETS, Checks.format(
                        "Invalid risk %d: it cites asset %d, which is not in the asset inventory", number, asset));
            }
        }
        String riskSource = in.notBlank(AssessmentColumn.RISK_SOURCE, "risk source");
        String impactArea = in.notBlank(AssessmentColumn.IMPACT_AREA, "impact area");
        String event = in.notBlank(AssessmentColumn.EVENT, "event");
        Set<SecurityProperty> lost = EnumSet.noneOf(SecurityProperty.class);
        for (String item : in.commaList(AssessmentColumn.LOST_PROPERTIES)) {
            SecurityProperty property = lostProperty(in, item);
            if (!lost.add(property)) {
                throw in.error(AssessmentColumn.LOST_PROPERTIES, Checks.format("Duplicate security property: '%s'",
                        CsvInput.quote(item)));
            }
        }
        if (lost.isEmpty()) {
            throw in.error(AssessmentColumn.LOST_PROPERTIES,
                    "Invalid lost properties: a risk loses at least one security property");
        }
        String cause = in.cell(AssessmentColumn.CAUSE);
        String consequence = in.cell(AssessmentColumn.CONSEQUENCE);
        Risk risk = in.core(null, () -> {
            Risk r = Risk.of(number, assets, riskSource, impactArea, event, lost.iterator().next());
            return r.withLostProperties(lost).withCause(cause).withConsequence(consequence);
        });

        RiskEvaluation first = evaluation(in, model, inventory.highestImportance(assets),
                AssessmentColumn.IMPORTANCE_OVERRIDE, AssessmentColumn.THREAT, AssessmentColumn.VULNERABILITY,
                AssessmentColumn.IMPORTANCE, AssessmentColumn.LIKELIHOOD, AssessmentColumn.LEVEL);
        Priority priority = first.priority();
        String priorityCell = in.cell(AssessmentColumn.PRIORITY);
        if (!names(priority).contains(priorityCell)) {
            throw in.error(AssessmentColumn.PRIORITY, Checks.format(
                    "Invalid value for priority (model %s@%s gives '%s'): '%s'", model.id(), model.version(),
                    priority.isAcceptable() ? priority.names().japanese() + "' / '" + priority.names().english()
                            : priority.code(), CsvInput.quote(priorityCell)));
        }

        Optional<TreatmentDecision> treatment = treatment(in);
        Optional<RiskEvaluation> second = Optional.empty();
        if (!in.allEmpty(RESIDUAL_IMPORTANCE, RESIDUAL_LIKELIHOOD, RESIDUAL_LEVEL, RESIDUAL_THREAT,
                RESIDUAL_VULNERABILITY, RESIDUAL_ASSET_IMPORTANCE, RESIDUAL_IMPORTANCE_OVERRIDE)) {
            RatingScale scale = model.importanceScale();
            int assetImportance = in.integer(RESIDUAL_ASSET_IMPORTANCE, "residual asset importance", scale.min(),
                    scale.max());
            second = Optional.of(evaluation(in, model, assetImportance,
                    RESIDUAL_IMPORTANCE_OVERRIDE, RESIDUAL_THREAT, RESIDUAL_VULNERABILITY, RESIDUAL_IMPORTANCE,
                    RESIDUAL_LIKELIHOOD, RESIDUAL_LEVEL));
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

    private static SecurityProperty lostProperty(CsvInput<AssessmentColumn> in, String item) {
        for (SecurityProperty property : SecurityProperty.values()) {
            if (item.equals(property.lossName(Locale.JAPANESE)) || item.equals(property.lossName(Locale.ENGLISH))
                    || item.equals(property.names().japanese()) || item.equals(property.names().english())) {
                return property;
            }
        }
        throw in.error(AssessmentColumn.LOST_PROPERTIES, Checks.unknown("security property", CsvInput.quote(item),
                "機密性の喪失 / loss of confidentiality, 完全性の喪失 / loss of integrity, 可用性の喪失 / loss of "
                        + "availability").getMessage());
    }

    /** The texts a priority's cell may hold: its rank, or the acceptable priority's names. */
    private static List<String> names(Priority priority) {
        return List.of(priority.code(), priority.names().japanese(), priority.names().english());
    }

    /**
     * Reads an evaluation from its cells and checks its derived cells against the model.
     */
    private static RiskEvaluation evaluation(CsvInput<AssessmentColumn> in, RiskModel model, int assetImportance,
            AssessmentColumn overrideColumn, AssessmentColumn threatColumn,
            AssessmentColumn vulnerabilityColumn, AssessmentColumn importanceColumn,
            AssessmentColumn likelihoodColumn, AssessmentColumn levelColumn) {
        RatingScale importanceScale = model.importanceScale();
        LikelihoodTable table = model.likelihoodTable();
        OptionalInt override = in.optionalInteger(overrideColumn, "importance override", importanceScale.min(),
                importanceScale.max());
        OptionalInt threat = in.optionalInteger(threatColumn, "threat", table.threatScale().min(),
                table.threatScale().max());
        OptionalInt vulnerability = in.optionalInteger(vulnerabilityColumn, "vulnerability",
                table.vulnerabilityScale().min(), table.vulnerabilityScale().max());
        if (threat.isPresent() != vulnerability.isPresent()) {
            throw in.error(threat.isPresent() ? vulnerabilityColumn : threatColumn, Checks.format(
                    "Invalid evaluation: threat (%s) and vulnerability (%s) are given together or not at all",
                    text(threat), text(vulnerability)));
        }
        if (!importanceScale.contains(assetImportance)) {
            // Only a first evaluation's, taken from the inventory, can be off the scale: the others were read from a cell.
            throw in.error(importanceColumn, Checks.format("Invalid value for asset importance (valid values "
                    + "%d - %d; the highest importance of the risk's assets): %d", importanceScale.min(),
                    importanceScale.max(), assetImportance));
        }
        int importance = override.orElse(assetImportance);
        int importanceCell = in.integer(importanceColumn, "importance", RatingScale.LOWEST, RatingScale.HIGHEST);
        if (importanceCell != importance) {
            throw in.error(importanceColumn, Checks.format("Invalid value for importance (%s gives %d): %d",
                    override.isPresent() ? "the override" : "the highest importance of the risk's assets",
                    importance, importanceCell));
        }
        int likelihood = in.integer(likelihoodColumn, "likelihood", table.likelihoodScale().min(),
                table.likelihoodScale().max());
        int level = in.integer(levelColumn, "risk level", 0, LevelGrid.MAX_LEVEL);
        Score expected = threat.isPresent()
                ? model.score(importance, threat.getAsInt(), vulnerability.getAsInt())
                : model.scoreOfLikelihood(importance, likelihood);
        String ref = model.id() + "@" + model.version();
        if (expected.likelihood() != likelihood) {
            throw in.error(likelihoodColumn, Checks.format("Invalid value for likelihood (model %s gives %d): %d", ref,
                    expected.likelihood(), likelihood));
        }
        if (expected.level() != level) {
            throw in.error(levelColumn, Checks.format("Invalid value for risk level (model %s gives %d): %d", ref,
                    expected.level(), level));
        }
        return in.core(null, () -> RiskEvaluation.ofRecord(model.id(), model.version(), assetImportance, override,
                threat, vulnerability, expected));
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "none";
    }

    private static Optional<TreatmentDecision> treatment(CsvInput<AssessmentColumn> in) {
        if (in.allEmpty(OPTIONS, CONTROLS, AssessmentColumn.ANNEX_A, AssessmentColumn.STATUS, JUSTIFICATION)) {
            return Optional.empty();
        }
        Set<TreatmentOption> options = EnumSet.noneOf(TreatmentOption.class);
        for (String item : in.commaList(OPTIONS)) {
            TreatmentOption option = in.term(OPTIONS, item, "treatment option", TreatmentOption.values());
            if (!options.add(option)) {
                throw in.error(OPTIONS, Checks.format("Duplicate treatment option: '%s'", CsvInput.quote(item)));
            }
        }
        List<TreatmentControl> controls = new ArrayList<>();
        for (String line : in.lines(CONTROLS)) {
            Matcher matcher = CONTROL.matcher(line);
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
            throw in.error(AssessmentColumn.ANNEX_A, Checks.format(
                    "Invalid value for Annex A (the controls name %s): '%s'",
                    decision.annexAControls().isEmpty() ? "none" : String.join(", ", decision.annexAControls()),
                    CsvInput.quote(in.cell(AssessmentColumn.ANNEX_A))));
        }
        return Optional.of(decision);
    }

    // ---------------------------------------------------------------- treatment plan

    /**
     * Returns the treatment plan as a table with every {@link PlanColumn}.
     *
     * @param plan the plan
     * @param locale the language of the headings and terms
     * @return the table
     * @throws IsmsException if a task has a line break
     */
    public static ReportTable planTable(TreatmentPlan plan, Locale locale) {
        for (PlanItem item : plan.items()) {
            for (String task : item.tasks()) {
                noLineBreak(Checks.format("task '%s' of plan row %d", CsvInput.quote(task), item.number()), task);
            }
        }
        return ReportTable.ofPlan(plan, locale);
    }

    /**
     * Reads a treatment plan table.
     *
     * @param in the input, after its headings
     * @return the plan
     * @throws IOException if the parser fails
     */
    public static TreatmentPlan plan(CsvInput<PlanColumn> in) throws IOException {
        List<PlanItem> items = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        while (in.next()) {
            int number = in.integer(PlanColumn.NUMBER, "plan row number", 1, Integer.MAX_VALUE);
            String text = in.notBlank(PlanColumn.CONTROL, "control");
            String annexA = in.cell(PlanColumn.ANNEX_A);
            TreatmentControl control = in.core(PlanColumn.ANNEX_A, () -> annexA.isBlank()
                    ? TreatmentControl.of(text) : TreatmentControl.of(text, annexA));
            List<String> tasks = in.lines(PlanColumn.TASKS);
            for (String task : tasks) {
                if (task.isBlank()) {
                    throw in.error(PlanColumn.TASKS, Checks.format("Invalid value for task (must not be blank): '%s'",
                            CsvInput.quote(task)));
                }
            }
            String owner = in.notBlank(PlanColumn.OWNER, "owner");
            LocalDate plannedStart = in.date(PlanColumn.PLANNED_START, "planned start");
            LocalDate plannedEnd = in.date(PlanColumn.PLANNED_END, "planned end");
            Optional<LocalDate> actualStart = in.optionalDate(PlanColumn.ACTUAL_START, "actual start");
            Optional<LocalDate> actualEnd = in.optionalDate(PlanColumn.ACTUAL_END, "actual end");
            PlanStatus status = in.term(PlanColumn.STATUS, in.cell(PlanColumn.STATUS), "plan status",
                    PlanStatus.values());
            List<Integer> risks = in.numbers(PlanColumn.RISKS, "risk number");
            if (!numbers.add(number)) {
                throw in.error(PlanColumn.NUMBER, Checks.format("Duplicate plan row number: %d", number));
            }
            items.add(in.core(null, () -> PlanItem.ofRecord(number, control, tasks, owner, plannedStart, plannedEnd,
                    actualStart, actualEnd, status, risks)));
        }
        in.expectEnd();
        return TreatmentPlan.of(items);
    }

    // ---------------------------------------------------------------- Statement of Applicability

    /**
     * Returns the Statement of Applicability as a table with every {@link SoaColumn}: one row per
     * Annex A control, the cells after the theme empty for an undecided control.
     *
     * @param soa the statement
     * @param locale the language of the headings and terms
     * @return the table
     * @throws IsmsException if a document or an evidence reference has a line break
     */
    public static ReportTable soaTable(StatementOfApplicability soa, Locale locale) {
        for (Map.Entry<ControlId, Decision> entry : soa.decisions().entrySet()) {
            for (String document : entry.getValue().documents()) {
                noLineBreak(Checks.format("document '%s' of control %s", CsvInput.quote(document), entry.getKey()),
                        document);
            }
            for (String evidence : entry.getValue().evidence()) {
                noLineBreak(Checks.format("evidence '%s' of control %s", CsvInput.quote(evidence), entry.getKey()),
                        evidence);
            }
        }
        return SoaReport.table(soa, locale);
    }

    /**
     * Reads a Statement of Applicability table: rows in any order, each control at most once; a
     * control whose applicability cell is empty, or that has no row, is undecided.
     *
     * @param in the input, after its headings
     * @return the statement
     * @throws IOException if the parser fails
     */
    public static StatementOfApplicability soa(CsvInput<SoaColumn> in) throws IOException {
        Map<ControlId, Decision> decisions = new TreeMap<>();
        Set<ControlId> seen = new HashSet<>();
        while (in.next()) {
            ControlId id = in.core(SoaColumn.CONTROL, () -> ControlId.parse(in.cell(SoaColumn.CONTROL)));
            if (!seen.add(id)) {
                throw in.error(SoaColumn.CONTROL, Checks.format("Duplicate control: %s", id));
            }
            Control control = AnnexA.get(id);
            String title = in.cell(SoaColumn.TITLE);
            if (!title.equals(control.japaneseTitle()) && !title.equals(control.englishTitle())) {
                throw in.error(SoaColumn.TITLE, Checks.format("Invalid value for control title (%s is '%s' / '%s'): "
                        + "'%s'", id, control.japaneseTitle(), control.englishTitle(), CsvInput.quote(title)));
            }
            Theme theme = in.term(SoaColumn.THEME, in.cell(SoaColumn.THEME), "theme", Theme.values());
            if (theme != control.theme()) {
                throw in.error(SoaColumn.THEME, Checks.format("Invalid value for theme (%s is in '%s' / '%s'): '%s'",
                        id, control.theme().names().japanese(), control.theme().names().english(),
                        CsvInput.quote(in.cell(SoaColumn.THEME))));
            }
            String applicability = in.cell(SoaColumn.APPLICABILITY);
            if (applicability.isEmpty()) {
                for (SoaColumn column : List.of(SoaColumn.IMPLEMENTATION_STATUS, SoaColumn.REASON,
                        SoaColumn.REASON_CODES, SoaColumn.RISK_NUMBERS, SoaColumn.DOCUMENTS, SoaColumn.EVIDENCE)) {
                    if (!in.cell(column).isEmpty()) {
                        throw in.error(column, Checks.format("Invalid value for %s (empty for an undecided control, "
                                + "one without applicability): '%s'", column.names().english(),
                                CsvInput.quote(in.cell(column))));
                    }
                }
                continue;
            }
            decisions.put(id, decision(in));
        }
        in.expectEnd();
        return StatementOfApplicability.of(decisions);
    }

    private static Decision decision(CsvInput<SoaColumn> in) {
        Applicability applicability = symbol(in, SoaColumn.APPLICABILITY, in.cell(SoaColumn.APPLICABILITY),
                "applicability", Applicability.values());
        String statusCell = in.cell(SoaColumn.IMPLEMENTATION_STATUS);
        Optional<ImplementationStatus> status = statusCell.isEmpty() || statusCell.equals(EXCLUDED_STATUS)
                ? Optional.empty()
                : Optional.of(symbol(in, SoaColumn.IMPLEMENTATION_STATUS, statusCell, "implementation status",
                        ImplementationStatus.values()));
        Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
        for (String item : in.commaList(SoaColumn.REASON_CODES)) {
            if (!codes.add(in.term(SoaColumn.REASON_CODES, item, "reason code", ReasonCode.values()))) {
                throw in.error(SoaColumn.REASON_CODES, Checks.format("Duplicate reason code: '%s'",
                        CsvInput.quote(item)));
            }
        }
        List<Integer> risks = in.numbers(SoaColumn.RISK_NUMBERS, "risk number");
        List<String> documents = in.lines(SoaColumn.DOCUMENTS);
        List<String> evidence = in.lines(SoaColumn.EVIDENCE);
        String reason = in.cell(SoaColumn.REASON);
        Decision decision = Decision.of(applicability).withStatus(status).withReason(reason).withReasonCodes(codes)
                .withRiskNumbers(risks);
        Decision withDocuments = in.core(SoaColumn.DOCUMENTS, () -> decision.withDocuments(documents));
        return in.core(SoaColumn.EVIDENCE, () -> withDocuments.withEvidence(evidence));
    }

    /** Finds a term by its form mark, such as ○, or by its name or code. */
    private static <E extends VocabularyTerm> E symbol(CsvInput<SoaColumn> in, SoaColumn column, String text,
            String vocabulary, E[] terms) {
        for (E term : terms) {
            String symbol = term instanceof Applicability ? ((Applicability) term).symbol()
                    : ((ImplementationStatus) term).symbol();
            if (symbol.equals(text)) {
                return term;
            }
        }
        return in.term(column, text, vocabulary, terms);
    }
}
