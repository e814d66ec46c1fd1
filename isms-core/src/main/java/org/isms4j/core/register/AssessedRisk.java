package org.isms4j.core.register;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.internal.SortedIntSet;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.risk.EvaluationField;
import org.isms4j.core.risk.EvaluationStage;
import org.isms4j.core.risk.InvalidEvaluationException;
import org.isms4j.core.risk.InvalidRiskException;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.risk.RiskField;
import org.isms4j.core.treatment.TreatmentDecision;

/**
 * One row of the risk assessment report リスクアセスメント結果報告書 through its lifecycle: the identified
 * risk, its first evaluation 一次評価, the treatment decision, the second evaluation 二次評価 of the
 * residual risk, and the risk owner's acceptance of it; such as risk 1 of the source: level 6,
 * priority 2, reduced by mobile-device rules (済み done), residual 2 / 1 / 2.
 *
 * <p>Rules, each with its own message: the second evaluation was scored by the same model as the
 * first; a risk retained above the acceptance threshold (its first priority is not acceptable)
 * has a justification.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssessedRisk {

    AssessedRisk() {}

    /**
     * Returns the identified risk.
     *
     * @return the risk, not null
     */
    public abstract Risk risk();

    /**
     * Returns the first evaluation 一次評価.
     *
     * @return the evaluation, not null
     */
    public abstract RiskEvaluation first();

    /**
     * Returns the treatment decision.
     *
     * @return the decision, or empty while none is made
     */
    public abstract Optional<TreatmentDecision> treatment();

    /**
     * Returns the second evaluation 二次評価 of the residual risk.
     *
     * @return the evaluation, or empty before treatment is evaluated
     */
    public abstract Optional<RiskEvaluation> second();

    /**
     * Returns the risk owner's acceptance of the residual risk.
     *
     * @return the acceptance, or empty while undecided
     */
    public abstract Optional<ResidualAcceptance> acceptance();

    /**
     * Obtains a risk with its first evaluation, before treatment.
     *
     * @param risk the risk, not null
     * @param first its first evaluation, not null
     * @return the assessed risk, not null
     */
    public static AssessedRisk of(Risk risk, RiskEvaluation first) {
        return ImmutableAssessedRisk.builder().risk(risk).first(first).build();
    }

    @Value.Check
    final void check() {
        // Plain tests rather than lambdas over the optionals: a register reader builds a row per
        // risk, and most rows have no second evaluation and no treatment yet.
        Optional<RiskEvaluation> second = second();
        if (second.isPresent() && (!second.get().modelId().equals(first().modelId())
                || !second.get().modelVersion().equals(first().modelVersion()))) {
            throw new InvalidEvaluationException(Checks.format(
                    "Invalid evaluation of risk %d: the second evaluation was scored by %s@%s, the first by %s@%s;"
                            + " both use the same model",
                    number(), second.get().modelId(), second.get().modelVersion(), first().modelId(),
                    first().modelVersion()), EvaluationField.MODEL, EvaluationStage.SECOND, number());
        }
        Optional<TreatmentDecision> treatment = treatment();
        if (treatment.isPresent() && treatment.get().isRetained() && !first().priority().isAcceptable()
                && treatment.get().justification().isBlank()) {
            throw new IsmsException(Checks.format(
                    "Invalid treatment of risk %d: it is retained at level %d, priority %d, above the acceptance "
                            + "threshold, without a justification",
                    number(), first().level(), first().priority().rank()));
        }
    }

    /**
     * Checks this row against an asset inventory: every asset it cites is there, and its first
     * evaluation's asset importance is the highest importance of those assets.
     *
     * @param inventory the inventory, not null
     * @throws InvalidRiskException naming the risk and the asset it cites that the inventory does
     *     not hold, field {@link RiskField#ASSET_NUMBERS}
     * @throws InvalidEvaluationException naming the risk and the importances, field
     *     {@link EvaluationField#ASSET_IMPORTANCE} of the first evaluation
     */
    public final void checkAssets(AssetInventory inventory) {
        Objects.requireNonNull(inventory, "inventory");
        // One pass: the highest importance of the assets, each found in ascending order.
        int highest = Integer.MIN_VALUE;
        SortedIntSet assets = SortedIntSet.copyOf(risk().assetNumbers(), "asset number", "asset number");
        for (int i = 0; i < assets.size(); i++) {
            int asset = assets.intAt(i);
            Optional<Asset> found = inventory.find(asset);
            if (found.isEmpty()) {
                throw new InvalidRiskException(Checks.format(
                        "Invalid risk %d: it cites asset %d, which is not in the asset inventory", number(), asset),
                        RiskField.ASSET_NUMBERS);
            }
            highest = Math.max(highest, found.get().importance());
        }
        if (first().assetImportance() != highest) {
            throw new InvalidEvaluationException(Checks.format(
                    "Invalid risk %d: its first evaluation has asset importance %d, but the highest importance of "
                            + "its assets is %d",
                    number(), first().assetImportance(), highest), EvaluationField.ASSET_IMPORTANCE,
                    EvaluationStage.FIRST, number());
        }
    }

    /**
     * Checks that a model scored this row's evaluations as they are recorded: for the first and
     * then the second evaluation, the model's id and version, every rating on the model's scales,
     * and the likelihood, level and priority the model gives. A risk register checks every row so.
     *
     * @param model the model, not null
     * @return this row
     * @throws InvalidEvaluationException naming the risk, the stage and the field of the first
     *     value that differs, such as {@code Invalid first evaluation of risk 1: Invalid value for
     *     risk level (model isms4j-standard@1 gives 6): 5}
     */
    public final AssessedRisk checkScoredBy(RiskModel model) {
        Objects.requireNonNull(model, "model");
        checkScoredBy(model, EvaluationStage.FIRST, first());
        second().ifPresent(second -> checkScoredBy(model, EvaluationStage.SECOND, second));
        return this;
    }

    private void checkScoredBy(RiskModel model, EvaluationStage stage, RiskEvaluation evaluation) {
        try {
            evaluation.checkScoredBy(model);
        } catch (InvalidEvaluationException e) {
            throw e.ofRisk(number(), stage);
        }
    }

    /**
     * Returns the risk's number.
     *
     * @return the number
     */
    public final int number() {
        return risk().number();
    }

    /**
     * Returns the residual evaluation: the second evaluation where there is one, else the first.
     *
     * @return the evaluation, not null
     */
    public final RiskEvaluation residual() {
        return second().orElse(first());
    }

    /**
     * Returns how far treatment lowered the level: first level minus second level, such as
     * 6 - 2 = 4 for risk 1 of the source.
     *
     * @return the reduction, or empty without a second evaluation
     */
    public final OptionalInt reduction() {
        return second().map(second -> OptionalInt.of(first().level() - second.level())).orElse(OptionalInt.empty());
    }

    /**
     * Returns a copy with a treatment decision.
     *
     * @param treatment the decision, not null
     * @return the copy
     * @throws IsmsException if the risk is retained above the acceptance threshold without a
     *     justification
     */
    public abstract AssessedRisk withTreatment(TreatmentDecision treatment);

    /**
     * Returns a copy with a second evaluation.
     *
     * @param second the evaluation, scored by the first evaluation's model; not null
     * @return the copy
     * @throws InvalidEvaluationException if another model scored it
     */
    public abstract AssessedRisk withSecond(RiskEvaluation second);

    /**
     * Returns a copy with the risk owner's acceptance of the residual risk.
     *
     * @param acceptance the acceptance, not null
     * @return the copy
     */
    public abstract AssessedRisk withAcceptance(ResidualAcceptance acceptance);
}
