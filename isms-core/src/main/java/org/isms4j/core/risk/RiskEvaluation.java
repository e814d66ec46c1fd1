package org.isms4j.core.risk;

import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Priority;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.internal.Checks;

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
        Objects.requireNonNull(risk, "risk");
        return of(model, Objects.requireNonNull(inventory, "inventory").highestImportance(risk.assetNumbers()), threat,
                vulnerability);
    }

    /**
     * Obtains an evaluation as it was recorded, such as one read back from a file, without
     * scoring it again.
     *
     * @param modelId the id of the model that scored it, not blank
     * @param modelVersion the version of that model, not blank
     * @param assetImportance the assets' importance, 0 - 10
     * @param importanceOverride the override, or empty
     * @param threat the threat, or empty
     * @param vulnerability the vulnerability, present exactly when the threat is
     * @param score the score, whose importance is the override or else the assets' importance
     * @return the evaluation, not null
     * @throws IsmsException if a text is blank, only one of threat and vulnerability is given, or
     *     the score's importance is not the evaluation's importance
     */
    public static RiskEvaluation ofRecord(String modelId, String modelVersion, int assetImportance,
            OptionalInt importanceOverride, OptionalInt threat, OptionalInt vulnerability, Score score) {
        return ImmutableRiskEvaluation.builder().modelId(modelId).modelVersion(modelVersion)
                .assetImportance(assetImportance).importanceOverride(importanceOverride).threat(threat)
                .vulnerability(vulnerability).score(score).build();
    }

    @Value.Check
    final void check() {
        Checks.notBlank("model id", modelId());
        Checks.notBlank("model version", modelVersion());
        Checks.inRange("asset importance", 0, 10, assetImportance());
        if (threat().isPresent() != vulnerability().isPresent()) {
            throw new IsmsException(Checks.format(
                    "Invalid evaluation: threat (%s) and vulnerability (%s) are given together or not at all",
                    text(threat()), text(vulnerability())));
        }
        if (score().importance() != importance()) {
            throw new IsmsException(Checks.format(
                    "Invalid evaluation: the score's importance %d is not the evaluation's importance %d "
                            + "(assets %d, override %s)",
                    score().importance(), importance(), assetImportance(), text(importanceOverride())));
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
     * @throws IsmsException if its id or version differs, naming both
     */
    public final void checkSameModel(RiskModel model) {
        Objects.requireNonNull(model, "model");
        if (!model.id().equals(modelId()) || !model.version().equals(modelVersion())) {
            throw new IsmsException(Checks.format(
                    "Model mismatch: this evaluation was scored by %s@%s, not by %s@%s",
                    modelId(), modelVersion(), model.id(), model.version()));
        }
    }

    /**
     * Checks that a model scored this evaluation as it is recorded: the same id and version, every
     * rating on the model's scales, and the likelihood, level and priority the model gives. A
     * recorded evaluation read back from a file is checked this way against the model it names.
     *
     * @param model the model, not null
     * @throws IsmsException naming the first value that differs, such as
     *     {@code Invalid value for risk level (model isms4j-standard@1 gives 6): 9}
     */
    public final void checkScoredBy(RiskModel model) {
        checkSameModel(model);
        model.importanceScale().check("asset importance", assetImportance());
        if (importanceOverride().isPresent()) {
            model.importanceScale().check("importance override", importanceOverride().getAsInt());
        }
        Score expected;
        if (threat().isPresent()) {
            model.likelihoodTable().threatScale().check("threat", threat().getAsInt());
            model.likelihoodTable().vulnerabilityScale().check("vulnerability", vulnerability().getAsInt());
            expected = model.score(importance(), threat().getAsInt(), vulnerability().getAsInt());
        } else {
            model.likelihoodTable().likelihoodScale().check("likelihood", likelihood());
            expected = model.scoreOfLikelihood(importance(), likelihood());
        }
        if (expected.likelihood() != likelihood()) {
            throw new IsmsException(Checks.format("Invalid value for likelihood (model %s@%s gives %d): %d",
                    model.id(), model.version(), expected.likelihood(), likelihood()));
        }
        if (expected.level() != level()) {
            throw new IsmsException(Checks.format("Invalid value for risk level (model %s@%s gives %d): %d",
                    model.id(), model.version(), expected.level(), level()));
        }
        if (!expected.priority().equals(priority())) {
            throw new IsmsException(Checks.format("Invalid value for priority (model %s@%s gives '%s'): '%s'",
                    model.id(), model.version(), expected.priority(), priority()));
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
