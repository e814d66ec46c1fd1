package org.isms4j.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013Control;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.annexa.soa.Applicability;
import org.isms4j.annexa.soa.Consideration;
import org.isms4j.annexa.soa.Considerations;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ImplementationStatus;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriteria;
import org.isms4j.core.ImportantAssetCriterion;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRule;
import org.isms4j.core.RiskLevelRules;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid documents: random models (monotone tables and grids,
 * thresholds each reached by some level), inventories, registers through their lifecycle scored by
 * their model, treatment plans and Statements of Applicability.
 *
 * <p>Each generator draws a long seed and builds from it with {@link java.util.SplittableRandom},
 * so that a failing case shrinks towards the seed 0 and replays from its seed.
 */
public final class Generators {

    private Generators() {}

    /** Text: any characters but surrogates, with Japanese and control characters likely. */
    public static Gen<String> text() {
        return Generate.pick(List.of("社員名簿", "", " x ", "a\"b\\c", "\u0000\u001f\t\n", "é€😀"))
                .mix(strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 12), 70)
                .mix(strings().betweenCodePoints(0x3040, 0x30FF).ofLengthBetween(1, 6), 20);
    }

    /** Text that is not blank. */
    public static Gen<String> nonBlank() {
        return text().map(t -> t.isBlank() ? "x" + t : t);
    }

    private static RatingScale scale(java.util.SplittableRandom random, int minLow, int maxPoints) {
        int min = minLow + random.nextInt(3);
        int points = 2 + random.nextInt(Math.min(maxPoints, RatingScale.HIGHEST - min + 1) - 1);
        return RatingScale.of(min, min + points - 1);
    }

    /** A random monotone grid over two scales with cells in [lo, hi]. */
    private static int[][] monotone(java.util.SplittableRandom random, int rows, int columns, int lo, int hi) {
        int[][] cells = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int floor = Math.max(r > 0 ? cells[r - 1][c] : lo, c > 0 ? cells[r][c - 1] : lo);
                cells[r][c] = Math.min(hi, floor + (random.nextInt(3) == 0 ? random.nextInt(3) : 0));
            }
        }
        return cells;
    }

    /** Models of every shape the core accepts. */
    public static Gen<RiskModel> models() {
        return integers().all().zip(nonBlank(), nonBlank(), (seed, id, version) -> model(seed, id, version));
    }

    public static RiskModel model(long seed, String id, String version) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        RatingScale importance = scale(random, 0, 6);
        CiaScales cia = CiaScales.of(within(random, importance), within(random, importance),
                within(random, importance));
        RatingScale threat = scale(random, 0, 5);
        RatingScale vulnerability = scale(random, 0, 5);
        RatingScale likelihood = scale(random, 0, 5);
        LikelihoodTable table = LikelihoodTable.of(threat, vulnerability, likelihood,
                monotone(random, threat.size(), vulnerability.size(), likelihood.min(), likelihood.max()));
        RiskLevelRule rule = random.nextBoolean() ? RiskLevelRules.product()
                : LevelGrid.of(random.nextBoolean() ? "importance" : "consequence", importance, likelihood,
                        monotone(random, importance.size(), likelihood.size(), random.nextInt(3),
                                LevelGrid.MAX_LEVEL));
        TreeSet<Integer> reached = new TreeSet<>();
        for (int i = importance.min(); i <= importance.max(); i++) {
            for (int l = likelihood.min(); l <= likelihood.max(); l++) {
                int level = rule.level(i, l);
                if (level >= 1) {
                    reached.add(level);
                }
            }
        }
        if (reached.isEmpty()) {
            // Every level is 0: the grid's lowest cells; lift the top cell so that one threshold is reached.
            return model(seed + 1, id, version);
        }
        List<Integer> levels = new ArrayList<>(reached.descendingSet());
        int count = 1 + random.nextInt(Math.min(4, levels.size()));
        List<AcceptanceThreshold> thresholds = new ArrayList<>();
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < count) {
            chosen.add(levels.get(random.nextInt(levels.size())));
        }
        int rank = 1;
        for (int level : chosen.descendingSet()) {
            thresholds.add(AcceptanceThreshold.of(level, "優先" + rank, "priority " + rank));
            rank++;
        }
        ImportantAssetCriterion criterion = random.nextBoolean() ? ImportantAssetCriteria.anyRatingAtTop()
                : ImportantAssetCriteria.importanceAtLeast(importance.min() + random.nextInt(importance.size()));
        return RiskModel.newBuilder().id(id).version(version).ciaScales(cia).importanceScale(importance)
                .likelihoodTable(table).levelRule(rule)
                .acceptanceCriteria(AcceptanceCriteria.of(thresholds, "受容範囲", "acceptable"))
                .importantAssetCriterion(criterion).build();
    }

    private static RatingScale within(java.util.SplittableRandom random, RatingScale outer) {
        int min = outer.min() + random.nextInt(outer.size() - 1);
        int max = min + 1 + random.nextInt(outer.max() - min);
        return RatingScale.of(min, max);
    }

    /** Assets with ratings anywhere in 0 - 10. */
    public static Gen<Asset> assets() {
        Gen<CiaRating> ratings = integers().between(0, 10).zip(integers().between(0, 10), integers().between(0, 10),
                (c, i, a) -> CiaRating.of(c, i, a, CiaScales.of(scaleFor(c), scaleFor(i), scaleFor(a))));
        Gen<List<String>> texts = lists().of(text()).ofSize(6);
        return integers().between(1, Integer.MAX_VALUE).zip(nonBlank(), ratings, texts, (number, name, rating, t) ->
                Asset.of(number, name, rating).withBusinessCategory(t.get(0)).withRemarks(t.get(1))
                        .withUserScope(t.get(2)).withRiskOwner(t.get(3)).withManagingDepartment(t.get(4))
                        .withMedium(t.get(5)));
    }

    private static RatingScale scaleFor(int value) {
        return value == 10 ? RatingScale.of(1, 10) : RatingScale.of(0, 9);
    }

    /** Inventories of 0 to 20 assets with unique numbers. */
    public static Gen<AssetInventory> inventories() {
        return lists().of(assets()).ofSizeBetween(0, 20).map(assets -> {
            Map<Integer, Asset> unique = new LinkedHashMap<>();
            for (Asset asset : assets) {
                unique.putIfAbsent(asset.number(), asset);
            }
            return AssetInventory.of(unique.values());
        });
    }

    /** Risks with 1 to 6 assets and 1 to 3 lost properties. */
    public static Gen<Risk> risks() {
        // Distinct numbers: a risk that cites an asset twice is rejected by the core.
        Gen<List<Integer>> assetNumbers = lists().of(integers().between(1, Integer.MAX_VALUE)).ofSizeBetween(1, 6)
                .map(drawn -> List.copyOf(new java.util.LinkedHashSet<>(drawn)));
        Gen<List<String>> texts = lists().of(nonBlank()).ofSize(3);
        Gen<List<String>> optional = lists().of(text()).ofSize(2);
        Gen<Set<SecurityProperty>> lost = integers().between(1, 7).map(mask -> {
            Set<SecurityProperty> set = EnumSet.noneOf(SecurityProperty.class);
            for (SecurityProperty p : SecurityProperty.values()) {
                if ((mask & (1 << p.ordinal())) != 0) {
                    set.add(p);
                }
            }
            return set;
        });
        return integers().between(1, Integer.MAX_VALUE).zip(assetNumbers, texts, lost, optional,
                (number, assets, t, properties, o) -> Risk.newBuilder().number(number).assetNumbers(assets)
                        .riskSource(t.get(0)).impactArea(t.get(1)).event(t.get(2))
                        .lostProperties(properties.iterator().next()).build().withLostProperties(properties).withCause(o.get(0))
                        .withConsequence(o.get(1)));
    }

    /** Text without line breaks, for the items of a multi-value CSV cell. */
    public static Gen<String> lineText() {
        return text().map(t -> t.replace('\n', ' ').replace('\r', ' '));
    }

    /** Text that is not blank and has no line break. */
    public static Gen<String> nonBlankLine() {
        return nonBlank().map(t -> t.replace('\n', ' ').replace('\r', ' '));
    }

    /** Registers of 0 to 12 risks through their lifecycle, in any order, each with first evaluation. */
    public static Gen<RiskRegister> registers() {
        return registers(false);
    }

    /**
     * Registers whose every value a CSV cell can carry: no line break in a control's text, no
     * control text that ends like an Annex A reference, no approval (a table has no place for it).
     */
    public static Gen<RiskRegister> csvRegisters() {
        return registers(true);
    }

    private static Gen<RiskRegister> registers(boolean csv) {
        Gen<List<String>> texts = lists().of(csv ? nonBlankLine() : nonBlank()).ofSize(24);
        return models().zip(lists().of(risks()).ofSizeBetween(0, 12), integers().all(), texts,
                (model, risks, seed, t) -> register(model, risks, seed, t, csv));
    }

    private static RiskRegister register(RiskModel model, List<Risk> risks, long seed, List<String> texts,
            boolean csv) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        java.util.function.IntFunction<String> text = i -> texts.get(Math.floorMod(i, texts.size()));
        // The inventory holds every asset a risk cites, rated on the model's scales.
        Map<Integer, Asset> assets = new java.util.TreeMap<>();
        List<AssessedRisk> rows = new ArrayList<>();
        Set<Integer> numbers = new java.util.HashSet<>();
        CiaScales cia = model.ciaScales();
        for (Risk risk : risks) {
            if (!numbers.add(risk.number())) {
                continue;
            }
            for (int number : risk.assetNumbers()) {
                assets.computeIfAbsent(number, n -> Asset.of(n, text.apply(n), CiaRating.of(pick(random,
                        cia.confidentiality()), pick(random, cia.integrity()), pick(random, cia.availability()), cia))
                        .withMedium(random.nextBoolean() ? "" : text.apply(n + 1)));
            }
        }
        AssetInventory inventory = AssetInventory.of(assets.values());
        int i = 0;
        for (Risk risk : risks) {
            if (rows.stream().anyMatch(row -> row.number() == risk.number())) {
                continue;
            }
            RiskEvaluation first = evaluation(model, random, inventory.highestImportance(risk.assetNumbers()));
            AssessedRisk row = AssessedRisk.of(risk, first);
            if (random.nextInt(3) > 0) {
                row = row.withTreatment(treatment(random, first, text, i, csv));
            }
            if (random.nextBoolean()) {
                row = row.withSecond(evaluation(model, random, pick(random, model.importanceScale())));
            }
            if (random.nextInt(3) == 0) {
                LocalDate decided = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
                row = row.withAcceptance(ResidualAcceptance.of(text.apply(i + 2), random.nextBoolean()
                        ? ResidualDecision.ACCEPTED : ResidualDecision.REJECTED, decided, text.apply(i + 3),
                        random.nextBoolean() ? Optional.empty() : Optional.of(decided.plusDays(1 + random.nextInt(900)))));
            }
            rows.add(row);
            i += 5;
        }
        RiskRegister register = RiskRegister.of(model, inventory, rows);
        if (!csv && random.nextBoolean()) {
            Approval approval = Approval.drafted(text.apply(7), LocalDate.of(2023, 9, 30).minusDays(random.nextInt(99)));
            register = register.withApproval(random.nextBoolean() ? approval
                    : approval.approvedBy(text.apply(8), approval.updated().plusDays(random.nextInt(30))));
        }
        return register;
    }

    private static TreatmentDecision treatment(java.util.SplittableRandom random, RiskEvaluation first,
            java.util.function.IntFunction<String> text, int i, boolean csv) {
        Set<TreatmentOption> options = EnumSet.noneOf(TreatmentOption.class);
        for (TreatmentOption option : TreatmentOption.values()) {
            if (random.nextInt(3) == 0) {
                options.add(option);
            }
        }
        if (options.isEmpty()) {
            options.add(TreatmentOption.values()[random.nextInt(4)]);
        }
        List<TreatmentControl> controls = new ArrayList<>();
        int count = (options.contains(TreatmentOption.REDUCE) ? 1 : 0) + random.nextInt(3);
        for (int c = 0; c < count; c++) {
            String controlText = text.apply(i + 10 + c);
            if (csv && controlText.matches("(?s).* \\([5-8]\\.[1-9][0-9]?\\)")) {
                controlText = controlText + ".";
            }
            controls.add(random.nextBoolean() ? TreatmentControl.of(controlText)
                    : TreatmentControl.of(controlText, annexA(random)));
        }
        TreatmentDecision decision = TreatmentDecision.of(options, controls,
                TreatmentStatus.values()[random.nextInt(3)]);
        boolean needsJustification = options.contains(TreatmentOption.RETAIN) && !first.priority().isAcceptable();
        return needsJustification || random.nextBoolean() ? decision.withJustification(text.apply(i + 4)) : decision;
    }

    /** An Annex A id of the form the core accepts, in or out of the catalogue, canonical or not. */
    public static String annexA(java.util.SplittableRandom random) {
        String id = (5 + random.nextInt(4)) + "." + (1 + random.nextInt(40));
        return random.nextInt(4) == 0 ? "A." + id : id;
    }

    /** Treatment plans of 0 to 10 rows with unique numbers and dates that agree with the status. */
    public static Gen<TreatmentPlan> plans() {
        return plans(false);
    }

    /** Treatment plans whose tasks have no line break, as a CSV cell of tasks needs. */
    public static Gen<TreatmentPlan> csvPlans() {
        return plans(true);
    }

    private static Gen<TreatmentPlan> plans(boolean csv) {
        Gen<List<String>> texts = lists().of(csv ? nonBlankLine() : nonBlank()).ofSize(16);
        return integers().between(0, 10).zip(integers().all(), texts, (size, seed, t) -> {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            List<PlanItem> items = new ArrayList<>();
            Set<Integer> numbers = new java.util.HashSet<>();
            for (int i = 0; i < size; i++) {
                int number = 1 + random.nextInt(random.nextBoolean() ? 20 : Integer.MAX_VALUE);
                if (!numbers.add(number)) {
                    continue;
                }
                String controlText = t.get(i % t.size());
                TreatmentControl control = random.nextBoolean() ? TreatmentControl.of(controlText)
                        : TreatmentControl.of(controlText, annexA(random));
                List<String> tasks = new ArrayList<>();
                for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                    tasks.add(t.get((i + k + 1) % t.size()));
                }
                Set<Integer> risks = new java.util.LinkedHashSet<>();
                for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
                    risks.add(1 + random.nextInt(random.nextBoolean() ? 50 : Integer.MAX_VALUE));
                }
                LocalDate start = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
                PlanItem item = PlanItem.newBuilder().number(number).control(control).tasks(tasks)
                        .owner(t.get((i + 5) % t.size())).plannedStart(start)
                        .plannedEnd(start.plusDays(random.nextInt(200))).riskNumbers(risks).build();
                int progress = random.nextInt(3);
                if (progress > 0) {
                    LocalDate actual = start.plusDays(random.nextInt(50) - 25);
                    item = item.startedOn(actual);
                    if (progress > 1) {
                        item = item.completedOn(actual.plusDays(random.nextInt(100)));
                    }
                }
                items.add(item);
            }
            return TreatmentPlan.of(items);
        });
    }

    /** Statements of Applicability deciding a random subset of the 93 controls in every way. */
    public static Gen<StatementOfApplicability> soas() {
        return soas(false);
    }

    /** Statements whose documents and evidence have no line break, as a CSV cell of them needs. */
    public static Gen<StatementOfApplicability> csvSoas() {
        return soas(true);
    }

    /**
     * Statements of Applicability written against ISO/IEC 27001:2013, deciding a random subset of
     * its 114 controls in every way, as the migrations of their decisions.
     */
    public static Gen<SoaMigration> iso2013Soas() {
        List<Iso2013ControlId> ids = new ArrayList<>();
        for (Iso2013Control control : AnnexA.all2013()) {
            ids.add(control.id());
        }
        return decisions(ids, false).map(SoaMigration::of);
    }

    /**
     * Considerations of a gap check on a random subset of the controls: for all risks, or for
     * one to three risks each (numbers up to the largest int), no two covering the same control
     * and risk.
     */
    public static Gen<Considerations> considerations() {
        Gen<List<String>> texts = lists().of(nonBlank()).ofSize(8);
        return integers().all().zip(texts, (seed, t) -> {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            List<Consideration> considerations = new ArrayList<>();
            int density = random.nextInt(4);
            for (Control control : AnnexA.all()) {
                if (random.nextInt(8) >= density) {
                    continue;
                }
                LocalDate decided = LocalDate.of(2023, 9, 30).minusDays(random.nextInt(4000));
                String reason = t.get(random.nextInt(t.size()));
                String author = t.get(random.nextInt(t.size()));
                if (random.nextInt(3) == 0) {
                    considerations.add(Consideration.ofAllRisks(control.id(), reason, author, decided));
                    continue;
                }
                Set<Integer> risks = new TreeSet<>();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    risks.add(1 + random.nextInt(random.nextBoolean() ? 30 : Integer.MAX_VALUE));
                }
                for (int risk : risks) {
                    considerations.add(Consideration.of(control.id(), risk, reason, author, decided));
                }
            }
            return Considerations.of(considerations);
        });
    }

    private static Gen<StatementOfApplicability> soas(boolean csv) {
        List<ControlId> ids = new ArrayList<>();
        for (Control control : AnnexA.all()) {
            ids.add(control.id());
        }
        return decisions(ids, csv).map(StatementOfApplicability::of);
    }

    /** Decisions on a random subset of the controls, in every way. */
    private static <K> Gen<Map<K, Decision>> decisions(List<K> ids, boolean csv) {
        Gen<List<String>> texts = lists().of(csv ? nonBlankLine() : nonBlank()).ofSize(16);
        return integers().all().zip(texts, text(), (seed, t, reason) -> {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            Map<K, Decision> decisions = new java.util.HashMap<>();
            int density = random.nextInt(4);
            for (K id : ids) {
                if (random.nextInt(4) >= density) {
                    continue;
                }
                Decision decision = Decision.of(random.nextBoolean() ? Applicability.APPLICABLE
                        : Applicability.EXCLUDED);
                if (random.nextBoolean()) {
                    decision = decision.withStatus(ImplementationStatus.values()[random.nextInt(3)]);
                }
                if (random.nextBoolean()) {
                    decision = decision.withReason(random.nextBoolean() ? reason : t.get(random.nextInt(t.size())));
                }
                List<ReasonCode> codes = new ArrayList<>();
                for (ReasonCode code : ReasonCode.values()) {
                    if (random.nextInt(4) == 0) {
                        codes.add(code);
                    }
                }
                Set<Integer> risks = new java.util.LinkedHashSet<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    risks.add(1 + random.nextInt(random.nextBoolean() ? 30 : Integer.MAX_VALUE));
                }
                List<String> documents = new ArrayList<>();
                for (int k = random.nextInt(3); k > 0; k--) {
                    documents.add(t.get(random.nextInt(t.size())));
                }
                List<String> evidence = new ArrayList<>();
                for (int k = random.nextInt(3); k > 0; k--) {
                    evidence.add(t.get(random.nextInt(t.size())));
                }
                decisions.put(id, decision.withReasonCodes(codes).withRiskNumbers(risks)
                        .withDocuments(documents).withEvidence(evidence));
            }
            return decisions;
        });
    }

    public static RiskEvaluation evaluation(RiskModel model, java.util.SplittableRandom random) {
        return evaluation(model, random, pick(random, model.importanceScale()));
    }

    public static RiskEvaluation evaluation(RiskModel model, java.util.SplittableRandom random, int assetImportance) {
        RatingScale importance = model.importanceScale();
        LikelihoodTable table = model.likelihoodTable();
        RiskEvaluation evaluation = random.nextBoolean()
                ? RiskEvaluation.of(model, assetImportance, pick(random, table.threatScale()),
                        pick(random, table.vulnerabilityScale()))
                : RiskEvaluation.ofLikelihood(model, assetImportance, pick(random, table.likelihoodScale()));
        return random.nextInt(4) == 0 ? evaluation.withImportanceOverride(model, pick(random, importance))
                : evaluation;
    }

    private static int pick(java.util.SplittableRandom random, RatingScale scale) {
        return scale.min() + random.nextInt(scale.size());
    }
}
