package org.isms4j.core.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.InvalidRatingException;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.risk.EvaluationField;
import org.isms4j.core.risk.EvaluationStage;
import org.isms4j.core.risk.InvalidEvaluationException;
import org.isms4j.core.risk.RiskEvaluation;

/**
 * A risk register, the risk assessment report リスクアセスメント結果報告書 of an organisation: the
 * asset inventory, the risks with their evaluations and treatment under one risk model, and the
 * approval record; such as the source's three canonical risks, scored 6, 4 and 9 and after
 * treatment 2, 1 and 6.
 *
 * <p>Rules, each with its own message, checked by {@link #of} and every {@code with} method: every
 * asset's rating lies on the model's scales; risk numbers are unique; every asset number a risk
 * cites is in the inventory; a first evaluation's asset importance is the highest importance of
 * the risk's assets (an assessor's override stays visible beside it); every first and second
 * evaluation is one the register's model gives ({@link AssessedRisk#checkScoredBy(RiskModel)}).
 * So the heat maps and {@code inventory().importantAssets(model())} never fail on a register.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskRegister {

    RiskRegister() {}

    /**
     * Returns the model every evaluation of the register was scored by.
     *
     * @return the model, not null
     */
    public abstract RiskModel model();

    /**
     * Returns the asset inventory.
     *
     * @return the inventory, not null
     */
    public abstract AssetInventory inventory();

    /**
     * Returns the risks in the order given.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<AssessedRisk> risks();

    /**
     * Returns the approval record.
     *
     * @return the record, or empty while the report is not yet recorded
     */
    public abstract Optional<Approval> approval();

    /**
     * Obtains a register.
     *
     * @param model the model, not null
     * @param inventory the inventory, not null
     * @param risks the risks, with unique numbers; not null; copied
     * @return the register, not null
     * @throws InvalidRatingException if an asset's rating is off the model's scales, naming the
     *     asset and the property
     * @throws InvalidEvaluationException if an evaluation is not one the model gives, naming the
     *     risk, the stage and the field
     * @throws org.isms4j.core.risk.InvalidRiskException if two risks share a number or a risk
     *     cites an asset the inventory does not hold, naming the field
     * @throws IsmsException if another rule of the register is broken
     * @see RegisterRows the same checks for rows that come one by one
     */
    public static RiskRegister of(RiskModel model, AssetInventory inventory, Collection<AssessedRisk> risks) {
        Objects.requireNonNull(risks, "risks");
        return ImmutableRiskRegister.builder().model(model).inventory(inventory).risks(risks).build();
    }

    /**
     * Returns a copy with an approval record.
     *
     * @param approval the record, not null
     * @return the copy
     * @throws IsmsException if a rule of the register is broken, as for {@link #of}
     */
    public abstract RiskRegister withApproval(Approval approval);

    /**
     * Returns a copy with other risks, such as after a treatment or a second evaluation.
     *
     * @param risks the risks, not null
     * @return the copy
     * @throws IsmsException if a rule of the register is broken, as for {@link #of}
     */
    public abstract RiskRegister withRisks(Iterable<? extends AssessedRisk> risks);

    @Value.Check
    final void check() {
        RegisterRows rows = RegisterRows.of(model(), inventory());
        for (AssessedRisk row : risks()) {
            rows.add(row);
        }
    }

    @Value.Lazy
    Map<Integer, AssessedRisk> byNumber() {
        // The numbers are unique, as the check has found.
        Map<Integer, AssessedRisk> byNumber = new HashMap<>();
        for (AssessedRisk row : risks()) {
            byNumber.put(row.number(), row);
        }
        return Map.copyOf(byNumber);
    }

    /**
     * Finds the risk with a number.
     *
     * @param number the number
     * @return the risk, or empty
     */
    public final Optional<AssessedRisk> find(int number) {
        return Optional.ofNullable(byNumber().get(number));
    }

    /**
     * Returns the risks most urgent first: by first-evaluation level descending, then number. The
     * priority of a level never gets more urgent as the level falls, so this is priority order
     * (acceptable last) with the highest level first within a priority.
     *
     * @return an unmodifiable list, not null
     */
    public final List<AssessedRisk> byPriority() {
        return risks().stream()
                .sorted(Comparator.comparingInt((AssessedRisk row) -> -row.first().level())
                        .thenComparingInt(AssessedRisk::number))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the risks that need treatment: their first priority is not acceptable.
     *
     * @return an unmodifiable list in register order, not null
     */
    public final List<AssessedRisk> needingTreatment() {
        return risks().stream().filter(row -> !row.first().priority().isAcceptable())
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the risks whose second evaluation is still above the acceptance criteria, such as
     * risk 3 of the source with residual level 6.
     *
     * @return an unmodifiable list in register order, not null
     */
    public final List<AssessedRisk> residualAboveAcceptance() {
        return risks().stream().filter(row -> row.second().map(s -> !s.priority().isAcceptable()).orElse(false))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the risks whose residual acceptance is due for review on a date.
     *
     * @param today the date to judge on, not null
     * @return an unmodifiable list in register order, not null
     */
    public final List<AssessedRisk> reviewDue(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return risks().stream().filter(row -> row.acceptance().map(a -> a.isReviewDue(today)).orElse(false))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the heat map of the first evaluations.
     *
     * @return the heat map over the model's importance and likelihood scales, not null
     */
    public final HeatMap heatMapBefore() {
        return heatMap(AssessedRisk::first);
    }

    /**
     * Returns the heat map of the residual risks: the second evaluation where there is one, else
     * the first.
     *
     * @return the heat map over the model's importance and likelihood scales, not null
     */
    public final HeatMap heatMapAfter() {
        return heatMap(AssessedRisk::residual);
    }

    private HeatMap heatMap(Function<AssessedRisk, RiskEvaluation> evaluation) {
        RatingScale importance = model().importanceScale();
        RatingScale likelihood = model().likelihoodTable().likelihoodScale();
        int[][] counts = new int[importance.size()][likelihood.size()];
        for (AssessedRisk row : risks()) {
            RiskEvaluation e = evaluation.apply(row);
            counts[e.importance() - importance.min()][e.likelihood() - likelihood.min()]++;
        }
        return HeatMap.of(importance, likelihood, counts);
    }

    /**
     * Returns the Annex A controls each risk's treatment names, by risk number in register order,
     * the input of a Statement of Applicability draft; risks naming none are left out.
     *
     * @return an unmodifiable map from risk number to canonical Annex A ids, not null
     */
    public final Map<Integer, List<String>> annexAControlsByRisk() {
        Map<Integer, List<String>> controls = new LinkedHashMap<>();
        for (AssessedRisk row : risks()) {
            row.treatment().map(t -> t.annexAControls()).filter(ids -> !ids.isEmpty())
                    .ifPresent(ids -> controls.put(row.number(), ids));
        }
        return java.util.Collections.unmodifiableMap(controls);
    }
}
