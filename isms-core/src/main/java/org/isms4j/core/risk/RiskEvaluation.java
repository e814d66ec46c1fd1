package org.isms4j.core.risk;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.asset.AssetInventory;

/**
 * An evaluation of a risk under a named risk model, such as the first evaluation 一次評価 of
 * risk 1: importance 3, likelihood 2, level 6, priority 2; the second evaluation 二次評価 after
 * treatment has the same shape.
 *
 * <p>The importance is the highest importance of the risk's assets unless the assessor overrides
 * it; the override stays visible beside the assets' importance. The likelihood comes from threat
 * and vulnerability through the model's table, or is rated directly when the source gives only
 * the likelihood. The evaluation keeps the id and version of the model that scored it and the
 * numbers as scored: a later model never rewrites it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskEvaluation {

    RiskEvaluation() {}

    /**
     * Returns the id of the model that scored this evaluation.
     *
     * @return the model id, not blank
     */
    public abstract String modelId();

    /**
     * Returns the version of the model that scored this evaluation.
     *
     * @return the model version, not blank
     */
    public abstract String modelVersion();

    /**
     * Returns the highest importance of the risk's assets.
     *
     * @return the assets' importance
     */
    public abstract int assetImportance();

    /**
     * Returns the importance the assessor set in place of the assets' importance.
     *
     * @return the override, or empty
     */
    public abstract OptionalInt importanceOverride();

    /**
     * Returns the threat occurrence 脅威, when the likelihood came from the table.
     *
     * @return the threat, or empty when the likelihood was rated directly
     */
    public abstract OptionalInt threat();

    /**
     * Returns the vulnerability exploitability 脆弱性, when the likelihood came from the table.
     *
     * @return the vulnerability, or empty when the likelihood was rated directly
     */
    public abstract OptionalInt vulnerability();

    /**
     * Returns the score: importance, likelihood, level and priority.
     *
     * @return the score, not null
     */
    public abstract Score score();

    /**
     * Evaluates a risk whose likelihood comes from threat and vulnerability.
     *
     * @param model the model, not null
     * @param assetImportance the highest importance of the risk's assets, on the importance scale
     * @param threat the threat occurrence, on the model's threat scale
     * @param vulnerability the vulnerability exploitability, on its scale
     * @return the evaluation, not null
     * @throws IsmsException if an input is off its scale, naming it
     */
    public static RiskEvaluation of(RiskModel model, int assetImportance, int threat, int vulnerability) {
        Objects.requireNonNull(model, "model");
        Score score = model.score(assetImportance, threat, vulnerability);
        return ImmutableRiskEvaluation.builder().modelId(model.id()).modelVersion(model.version())
                .assetImportance(assetImportance).threat(threat).vulnerability(vulnerability).score(score).build();
    }

    /**
     * Evaluates a risk whose likelihood is rated directly, as the source's report does.
     *
     * @param model the model, not null
     * @param assetImportance the highest importance of the risk's assets, on the importance scale
     * @param likelihood the likelihood, on the model's likelihood scale
     * @return the evaluation, not null
     * @throws IsmsException if an input is off its scale, naming it
     */
    public static RiskEvaluation ofLikelihood(RiskModel model, int assetImportance, int likelihood) {
        Objects.requireNonNull(model, "model");
        Score score = model.scoreOfLikelihood(assetImportance, likelihood);
        return ImmutableRiskEvaluation.builder().modelId(model.id()).modelVersion(model.version())
                .assetImportance(assetImportance).score(score).build();
    }

    /**
     * Evaluates a risk over the assets of an inventory, its importance the highest of theirs.
     *
     * @param model the model, not null
     * @param inventory the inventory holding the risk's assets, not null
     * @param risk the risk, not null
     * @param threat the threat occurrence, on the model's threat scale
     * @param vulnerability the vulnerability exploitability, on its scale
     * @return the evaluation, not null
     * @throws IsmsException if an asset number of the risk is not in the inventory, or an input is
     *     off its scale
     */
    public static RiskEvaluation of(RiskModel model, AssetInventory inventory, Risk risk, int threat,
            int vulnerability) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(risk, "risk");
        return of(model, Objects.requireNonNull(inventory, "inventory").highestImportance(risk.assetNumbers()), threat,
                vulnerability);
    }

    /**
     * Returns a builder of an evaluation as it was recorded, such as one read back from a file,
     * each value named:
     * {@code RiskEvaluation.newBuilder().scoredBy(model).assetImportance(3).score(score).build()}.
     *
     * @return a new builder, not null
     */
    public static RiskEvaluationBuilder newBuilder() {
        return new RiskEvaluationBuilder();
    }

    @Value.Check
    final void check() {
        try {
            Checks.notBlank("model id", modelId());
            Checks.notBlank("model version", modelVersion());
        } catch (IsmsException e) {
            throw new InvalidEvaluationException(e.getMessage(), EvaluationField.MODEL);
        }
        if (assetImportance() < RatingScale.LOWEST || assetImportance() > RatingScale.HIGHEST) {
            throw new InvalidEvaluationException(Checks.outOfRange("asset importance", RatingScale.LOWEST,
                    RatingScale.HIGHEST, assetImportance()).getMessage(), EvaluationField.ASSET_IMPORTANCE);
        }
        if (threat().isPresent() != vulnerability().isPresent()) {
            throw new InvalidEvaluationException(Checks.format(
                    "Invalid evaluation: threat (%s) and vulnerability (%s) are given together or not at all",
                    text(threat()), text(vulnerability())),
                    threat().isPresent() ? EvaluationField.VULNERABILITY : EvaluationField.THREAT);
        }
        if (score().importance() != importance()) {
            throw new InvalidEvaluationException(Checks.format("Invalid value for importance (%s gives %d): %d",
                    isImportanceOverridden() ? "the override" : "the highest importance of the risk's assets",
                    importance(), score().importance()), EvaluationField.IMPORTANCE);
        }
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "none";
    }

    /**
     * Returns a copy with the importance the assessor sets, scored again under the same model.
     *
     * @param model the model that scored this evaluation, not null
     * @param importance the importance, on the importance scale
     * @return the copy, with the assets' importance kept beside the override
     * @throws IsmsException if the model is not the one that scored this evaluation, or the
     *     importance is off its scale
     */
    public final RiskEvaluation withImportanceOverride(RiskModel model, int importance) {
        checkSameModel(model);
        Score score = threat().isPresent()
                ? model.score(importance, threat().getAsInt(), vulnerability().getAsInt())
                : model.scoreOfLikelihood(importance, likelihood());
        return ImmutableRiskEvaluation.builder().from(this).importanceOverride(importance).score(score).build();
    }

    /**
     * Checks that a model is the one that scored this evaluation.
     *
     * @param model the model, not null
     * @throws InvalidEvaluationException if its id or version differs, naming both; field
     *     {@link EvaluationField#MODEL}
     */
    public final void checkSameModel(RiskModel model) {
        Objects.requireNonNull(model, "model");
        if (!model.id().equals(modelId()) || !model.version().equals(modelVersion())) {
            throw new InvalidEvaluationException(Checks.format(
                    "Model mismatch: this evaluation was scored by %s@%s, not by %s@%s",
                    modelId(), modelVersion(), model.id(), model.version()), EvaluationField.MODEL);
        }
    }

    /**
     * Checks that a model scored this evaluation as it is recorded: the same id and version, every
     * rating on the model's scales, and the likelihood, level and priority the model gives. A
     * recorded evaluation read back from a file is checked this way against the model it names.
     *
     * @param model the model, not null
     * @throws InvalidEvaluationException naming the first value that differs and its field, such as
     *     {@code Invalid value for risk level (model isms4j-standard@1 gives 6): 9}
     */
    public final void checkScoredBy(RiskModel model) {
        checkSameModel(model);
        onScale(model.importanceScale(), EvaluationField.ASSET_IMPORTANCE, assetImportance());
        if (importanceOverride().isPresent()) {
            onScale(model.importanceScale(), EvaluationField.IMPORTANCE_OVERRIDE, importanceOverride().getAsInt());
        }
        Score expected;
        if (threat().isPresent()) {
            onScale(model.likelihoodTable().threatScale(), EvaluationField.THREAT, threat().getAsInt());
            onScale(model.likelihoodTable().vulnerabilityScale(), EvaluationField.VULNERABILITY,
                    vulnerability().getAsInt());
            expected = model.score(importance(), threat().getAsInt(), vulnerability().getAsInt());
        } else {
            onScale(model.likelihoodTable().likelihoodScale(), EvaluationField.LIKELIHOOD, likelihood());
            expected = model.scoreOfLikelihood(importance(), likelihood());
        }
        if (expected.likelihood() != likelihood()) {
            throw new InvalidEvaluationException(Checks.format(
                    "Invalid value for likelihood (model %s@%s gives %d): %d", model.id(), model.version(),
                    expected.likelihood(), likelihood()), EvaluationField.LIKELIHOOD);
        }
        if (expected.level() != level()) {
            throw new InvalidEvaluationException(Checks.format(
                    "Invalid value for risk level (model %s@%s gives %d): %d", model.id(), model.version(),
                    expected.level(), level()), EvaluationField.LEVEL);
        }
        if (!expected.priority().equals(priority())) {
            throw new InvalidEvaluationException(Checks.format(
                    "Invalid value for priority (model %s@%s gives '%s'): '%s'", model.id(), model.version(),
                    expected.priority().code(), priority().code()), EvaluationField.PRIORITY);
        }
    }

    private static void onScale(RatingScale scale, EvaluationField field, int value) {
        if (!scale.contains(value)) {
            throw new InvalidEvaluationException(
                    Checks.outOfRange(field.getDisplayName(Locale.ENGLISH), scale.min(), scale.max(), value)
                            .getMessage(), field);
        }
    }

    /**
     * Tells whether the assessor overrode the assets' importance.
     *
     * @return true if an override is present
     */
    public final boolean isImportanceOverridden() {
        return importanceOverride().isPresent();
    }

    /**
     * Returns the importance used: the override, or else the assets' importance.
     *
     * @return the importance
     */
    public final int importance() {
        return importanceOverride().orElse(assetImportance());
    }

    /**
     * Returns the likelihood 被害発生可能性.
     *
     * @return the likelihood
     */
    public final int likelihood() {
        return score().likelihood();
    }

    /**
     * Returns the risk level リスクレベル.
     *
     * @return the level
     */
    public final int level() {
        return score().level();
    }

    /**
     * Returns the priority 優先順位.
     *
     * @return the priority, not null
     */
    public final Priority priority() {
        return score().priority();
    }
}
