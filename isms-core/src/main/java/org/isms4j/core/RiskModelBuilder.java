package org.isms4j.core;

import java.util.Objects;

/**
 * A builder of a risk model, each part named, such as an organisation's own version of the
 * source's model:
 * <pre>{@code
 * RiskModel acme = RiskModel.newBuilder().id("acme").version("2026-04")
 *         .ciaScales(CiaScales.standard()).importanceScale(RatingScale.standard())
 *         .likelihoodTable(LikelihoodTables.standard()).levelRule(RiskLevelRules.product())
 *         .acceptanceCriteria(AcceptanceCriteria.standard())
 *         .importantAssetCriterion(ImportantAssetCriteria.anyRatingAtTop()).build();
 * System.out.println(acme + ": " + acme.score(3, 3, 2));
 * // prints: RiskModel acme@2026-04: importance 3, likelihood 2, level 6, priority 2 (treat within this term)
 * }</pre>
 * Every part is required; {@link RiskModel#toBuilder()} starts from a model's parts instead.
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class RiskModelBuilder {
    private String id;
    private String version;
    private CiaScales ciaScales;
    private RatingScale importanceScale;
    private LikelihoodTable likelihoodTable;
    private RiskLevelRule levelRule;
    private AcceptanceCriteria acceptanceCriteria;
    private ImportantAssetCriterion importantAssetCriterion;

    RiskModelBuilder() {}

    /**
     * Sets the model's id, such as {@code isms4j-standard}.
     *
     * @param id the id, not blank
     * @return this builder
     */
    public RiskModelBuilder id(String id) {
        this.id = Objects.requireNonNull(id, "id");
        return this;
    }

    /**
     * Sets the model's version, such as {@code 1} or {@code 2026-04}.
     *
     * @param version the version, not blank
     * @return this builder
     */
    public RiskModelBuilder version(String version) {
        this.version = Objects.requireNonNull(version, "version");
        return this;
    }

    /**
     * Sets the scales of confidentiality, integrity and availability.
     *
     * @param ciaScales the scales, each within the importance scale; not null
     * @return this builder
     */
    public RiskModelBuilder ciaScales(CiaScales ciaScales) {
        this.ciaScales = Objects.requireNonNull(ciaScales, "ciaScales");
        return this;
    }

    /**
     * Sets the scale of importance 重要度.
     *
     * @param importanceScale the scale, not null
     * @return this builder
     */
    public RiskModelBuilder importanceScale(RatingScale importanceScale) {
        this.importanceScale = Objects.requireNonNull(importanceScale, "importanceScale");
        return this;
    }

    /**
     * Sets the likelihood table 換算表 of threat × vulnerability.
     *
     * @param likelihoodTable the table, not null
     * @return this builder
     */
    public RiskModelBuilder likelihoodTable(LikelihoodTable likelihoodTable) {
        this.likelihoodTable = Objects.requireNonNull(likelihoodTable, "likelihoodTable");
        return this;
    }

    /**
     * Sets the risk-level rule, a product or a grid over the importance and likelihood scales.
     *
     * @param levelRule the rule, not null
     * @return this builder
     */
    public RiskModelBuilder levelRule(RiskLevelRule levelRule) {
        this.levelRule = Objects.requireNonNull(levelRule, "levelRule");
        return this;
    }

    /**
     * Sets the acceptance criteria リスク受容基準.
     *
     * @param acceptanceCriteria the criteria, each threshold reached by some level; not null
     * @return this builder
     */
    public RiskModelBuilder acceptanceCriteria(AcceptanceCriteria acceptanceCriteria) {
        this.acceptanceCriteria = Objects.requireNonNull(acceptanceCriteria, "acceptanceCriteria");
        return this;
    }

    /**
     * Sets the important-asset criterion 重要資産.
     *
     * @param importantAssetCriterion the criterion, not null
     * @return this builder
     */
    public RiskModelBuilder importantAssetCriterion(ImportantAssetCriterion importantAssetCriterion) {
        this.importantAssetCriterion = Objects.requireNonNull(importantAssetCriterion, "importantAssetCriterion");
        return this;
    }

    /**
     * Builds the model.
     *
     * @return the model, not null
     * @throws IsmsException if a part is missing, naming it, as
     *     {@code Missing value for likelihood table (required, set with likelihoodTable)}, the id or
     *     version is blank, or the parts do not fit each other
     */
    public RiskModel build() {
        if (id == null) {
            throw Checks.missing("model id", "id");
        }
        if (version == null) {
            throw Checks.missing("model version", "version");
        }
        if (ciaScales == null) {
            throw Checks.missing("rating scales", "ciaScales");
        }
        if (importanceScale == null) {
            throw Checks.missing("importance scale", "importanceScale");
        }
        if (likelihoodTable == null) {
            throw Checks.missing("likelihood table", "likelihoodTable");
        }
        if (levelRule == null) {
            throw Checks.missing("risk-level rule", "levelRule");
        }
        if (acceptanceCriteria == null) {
            throw Checks.missing("acceptance criteria", "acceptanceCriteria");
        }
        if (importantAssetCriterion == null) {
            throw Checks.missing("important-asset criterion", "importantAssetCriterion");
        }
        Checks.notBlank("model id", id);
        Checks.notBlank("model version", version);
        return ImmutableRiskModel.of(id, version, ciaScales, importanceScale, likelihoodTable, levelRule,
                acceptanceCriteria, importantAssetCriterion);
    }
}
