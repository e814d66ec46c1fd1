package org.isms4j.core.risk;

import java.util.Objects;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;

/**
 * A builder of an evaluation as it was recorded, each value named, such as
 * {@code RiskEvaluation.newBuilder().scoredBy(model).assetImportance(3).importanceOverride(2)
 * .score(model.scoreOfLikelihood(2, 3)).build()}. The model, the asset importance and the
 * score are required; the override is optional, and so are the threat and the vulnerability,
 * given together or not at all.
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class RiskEvaluationBuilder {
    private String modelId;
    private String modelVersion;
    private int assetImportance;
    private boolean assetImportanceSet;
    // Plain ints with flags rather than OptionalInts: a register reader builds one evaluation or
    // two per row.
    private int importanceOverride;
    private boolean importanceOverrideSet;
    private int threat;
    private boolean threatSet;
    private int vulnerability;
    private boolean vulnerabilitySet;
    private Score score;

    RiskEvaluationBuilder() {}

    /**
     * Sets the id and version of the model that scored the evaluation from the model.
     *
     * @param model the model, not null
     * @return this builder
     */
    public RiskEvaluationBuilder scoredBy(RiskModel model) {
        Objects.requireNonNull(model, "model");
        return modelId(model.id()).modelVersion(model.version());
    }

    /**
     * Sets the id of the model that scored the evaluation.
     *
     * @param modelId the id, not blank
     * @return this builder
     */
    public RiskEvaluationBuilder modelId(String modelId) {
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        return this;
    }

    /**
     * Sets the version of the model that scored the evaluation.
     *
     * @param modelVersion the version, not blank
     * @return this builder
     */
    public RiskEvaluationBuilder modelVersion(String modelVersion) {
        this.modelVersion = Objects.requireNonNull(modelVersion, "modelVersion");
        return this;
    }

    /**
     * Sets the highest importance of the risk's assets.
     *
     * @param assetImportance the importance, 0 - 10
     * @return this builder
     */
    public RiskEvaluationBuilder assetImportance(int assetImportance) {
        this.assetImportance = assetImportance;
        this.assetImportanceSet = true;
        return this;
    }

    /**
     * Sets the importance the assessor set in place of the assets' importance.
     *
     * @param importance the importance, 0 - 10
     * @return this builder
     */
    public RiskEvaluationBuilder importanceOverride(int importance) {
        this.importanceOverride = importance;
        this.importanceOverrideSet = true;
        return this;
    }

    /**
     * Sets the threat occurrence the likelihood came from through the model's table; the
     * vulnerability is set with it.
     *
     * @param threat the threat occurrence, 0 - 10
     * @return this builder
     */
    public RiskEvaluationBuilder threat(int threat) {
        this.threat = threat;
        this.threatSet = true;
        return this;
    }

    /**
     * Sets the vulnerability exploitability the likelihood came from through the model's
     * table; the threat is set with it.
     *
     * @param vulnerability the vulnerability exploitability, 0 - 10
     * @return this builder
     */
    public RiskEvaluationBuilder vulnerability(int vulnerability) {
        this.vulnerability = vulnerability;
        this.vulnerabilitySet = true;
        return this;
    }

    /**
     * Sets the score as recorded.
     *
     * @param score the score, its importance the override or else the assets' importance; not
     *     null
     * @return this builder
     */
    public RiskEvaluationBuilder score(Score score) {
        this.score = Objects.requireNonNull(score, "score");
        return this;
    }

    /**
     * Builds the evaluation.
     *
     * @return the evaluation, not null
     * @throws IsmsException if a required value is missing, naming it, as
     *     {@code Missing value for score (required, set with score)}
     * @throws InvalidEvaluationException if a rule of the evaluation is broken, naming the field
     */
    public RiskEvaluation build() {
        if (modelId == null || modelVersion == null) {
            throw Checks.missing("model", modelId == null ? "modelId or scoredBy" : "modelVersion or scoredBy");
        }
        if (!assetImportanceSet) {
            throw Checks.missing("asset importance", "assetImportance");
        }
        if (score == null) {
            throw Checks.missing("score", "score");
        }
        ImmutableRiskEvaluation.Builder builder = ImmutableRiskEvaluation.builder().modelId(modelId)
                .modelVersion(modelVersion).assetImportance(assetImportance).score(score);
        if (importanceOverrideSet) {
            builder.importanceOverride(importanceOverride);
        }
        if (threatSet) {
            builder.threat(threat);
        }
        if (vulnerabilitySet) {
            builder.vulnerability(vulnerability);
        }
        return builder.build();
    }
}
