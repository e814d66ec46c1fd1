package org.isms4j.core;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An organisation's risk model, named and versioned: the rating scales, the likelihood table
 * 換算表, the risk-level rule, the acceptance criteria リスク受容基準 and the important-asset criterion,
 * such as the source's standard model where importance 3 and likelihood 2 give level 6 and
 * priority 2.
 *
 * <p>A scored risk records the id and version of the model that scored it; a changed model has
 * a new version and never rewrites what an older one scored.
 *
 * <p>The parts must fit each other: every rating scale lies within the importance scale (the
 * importance is the highest of the three ratings); a level grid has the importance scale as rows
 * and the likelihood scale as columns; every acceptance threshold is reached by some level the
 * model can give; a minimum importance lies on the importance scale.
 *
 * <p>Scoring one risk allocates nothing: {@link #score(int, int, int)} hands out cached scores.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskModel {

    private static final RiskModel STANDARD = newBuilder().id("isms4j-standard").version("1")
            .ciaScales(CiaScales.standard()).importanceScale(RatingScale.standard())
            .likelihoodTable(LikelihoodTables.standard()).levelRule(RiskLevelRules.product())
            .acceptanceCriteria(AcceptanceCriteria.standard())
            .importantAssetCriterion(ImportantAssetCriteria.anyRatingAtTop()).build();

    RiskModel() {}

    /**
     * Returns the model's id, such as {@code isms4j-standard}.
     *
     * @return the id, not blank
     */
    @Value.Parameter
    public abstract String id();

    /**
     * Returns the model's version, such as {@code 1} or {@code 2026-04}.
     *
     * @return the version, not blank
     */
    @Value.Parameter
    public abstract String version();

    /**
     * Returns the scales of confidentiality, integrity and availability.
     *
     * @return the scales, not null
     */
    @Value.Parameter
    public abstract CiaScales ciaScales();

    /**
     * Returns the scale of importance 重要度.
     *
     * @return the scale, not null
     */
    @Value.Parameter
    public abstract RatingScale importanceScale();

    /**
     * Returns the likelihood table 換算表 of threat × vulnerability.
     *
     * @return the table, not null
     */
    @Value.Parameter
    public abstract LikelihoodTable likelihoodTable();

    /**
     * Returns the risk-level rule.
     *
     * @return the rule, not null
     */
    @Value.Parameter
    public abstract RiskLevelRule levelRule();

    /**
     * Returns the acceptance criteria.
     *
     * @return the criteria, not null
     */
    @Value.Parameter
    public abstract AcceptanceCriteria acceptanceCriteria();

    /**
     * Returns the important-asset criterion.
     *
     * @return the criterion, not null
     */
    @Value.Parameter
    public abstract ImportantAssetCriterion importantAssetCriterion();

    /**
     * Returns the source's model (docs/method.md#risk-assessment), id {@code isms4j-standard},
     * version {@code 1}: 1 - 3 scales, the likelihood table of docs/method.md#likelihood, level =
     * importance × likelihood, the criteria of docs/method.md#acceptance-criteria
     * and "any rating equal to 3" for important assets.
     *
     * @return the standard model, not null
     */
    public static RiskModel standard() {
        return STANDARD;
    }

    /**
     * Returns a builder of a model, each part named; every part is required.
     *
     * @return a new builder, not null
     */
    public static RiskModelBuilder newBuilder() {
        return new RiskModelBuilder();
    }

    /**
     * Returns a builder holding this model's parts, to make another model from them, such as
     * {@code RiskModel.standard().toBuilder().id("acme").version("2").acceptanceCriteria(criteria).build()}.
     *
     * @return a new builder, not null
     */
    public final RiskModelBuilder toBuilder() {
        return newBuilder().id(id()).version(version()).ciaScales(ciaScales()).importanceScale(importanceScale())
                .likelihoodTable(likelihoodTable()).levelRule(levelRule()).acceptanceCriteria(acceptanceCriteria())
                .importantAssetCriterion(importantAssetCriterion());
    }

    @Value.Check
    final void check() {
        Checks.notBlank("model id", id());
        Checks.notBlank("model version", version());
        checkThresholdsReachable();
    }

    /** Checks that the parts fit each other; runs before the score table is built from them. */
    private void checkParts() {
        RatingScale importance = importanceScale();
        for (SecurityProperty property : SecurityProperty.values()) {
            RatingScale scale = ciaScales().scaleOf(property);
            if (!importance.encloses(scale)) {
                throw new IsmsException(Checks.format(
                        "Scales do not fit: the %s scale %s is not within the importance scale %s, and importance "
                                + "is the highest of the three ratings",
                        property.code(), scale, importance));
            }
        }
        if (levelRule() instanceof LevelGrid grid) {
            if (!grid.rowScale().equals(importance)) {
                throw new IsmsException(Checks.format(
                        "Scales do not fit: the risk level grid's %s scale %s is not the importance scale %s",
                        Checks.echo(grid.rowAxis()), grid.rowScale(), importance));
            }
            if (!grid.likelihoodScale().equals(likelihoodTable().likelihoodScale())) {
                throw new IsmsException(Checks.format(
                        "Scales do not fit: the risk level grid's likelihood scale %s is not the likelihood table's "
                                + "likelihood scale %s",
                        grid.likelihoodScale(), likelihoodTable().likelihoodScale()));
            }
        }
        importantAssetCriterion().minimumImportance().ifPresent(minimum -> {
            if (!importance.contains(minimum)) {
                throw new IsmsException(Checks.format(
                        "Scales do not fit: the important-asset criterion's minimum importance %d is not on the "
                                + "importance scale %s",
                        minimum, importance));
            }
        });
    }

    private void checkThresholdsReachable() {
        ScoreTable table = scoreTable();
        List<AcceptanceThreshold> thresholds = acceptanceCriteria().thresholds();
        boolean[] reached = new boolean[LevelGrid.MAX_LEVEL + 1];
        for (int i = importanceScale().min(); i <= importanceScale().max(); i++) {
            for (int l = likelihoodTable().likelihoodScale().min(); l <= likelihoodTable().likelihoodScale().max(); l++) {
                reached[table.scoreOfLikelihood(i, l).level()] = true;
            }
        }
        int upper = LevelGrid.MAX_LEVEL + 1;
        for (int rank = 1; rank <= thresholds.size(); rank++) {
            int lower = thresholds.get(rank - 1).minLevel();
            boolean any = false;
            for (int level = lower; level < upper && !any; level++) {
                any = reached[level];
            }
            if (!any) {
                throw new IsmsException(Checks.format(
                        "Acceptance threshold for priority %d (levels %d - %d) is reached by no risk level the "
                                + "model gives (%d - %d)",
                        rank, lower, upper - 1, table.levelRange()[0], table.levelRange()[1]));
            }
            upper = lower;
        }
    }

    /**
     * Returns the scores laid out for lookup, built once when the model is made and kept in a
     * final field, so that scoring reads no volatile state.
     */
    @Value.Derived
    @Value.Auxiliary
    ScoreTable scoreTable() {
        checkParts();
        return new ScoreTable(importanceScale(), likelihoodTable(), levelRule(), acceptanceCriteria());
    }

    /**
     * Scores a risk from its importance, threat and vulnerability, such as importance 3,
     * threat 3 and vulnerability 2 → likelihood 2, level 6, priority 2 in the standard model.
     *
     * @param importance the importance, on the importance scale
     * @param threat the threat occurrence, on the likelihood table's threat scale
     * @param vulnerability the vulnerability exploitability, on its scale
     * @return the cached score, not null
     * @throws IsmsException if an input is off its scale, naming it
     */
    public final Score score(int importance, int threat, int vulnerability) {
        return scoreTable().score(importance, threat, vulnerability);
    }

    /**
     * Scores a risk whose likelihood is already known, such as importance 3 and likelihood 2 →
     * level 6, priority 2 in the standard model.
     *
     * @param importance the importance, on the importance scale
     * @param likelihood the likelihood, on the likelihood scale
     * @return the cached score, not null
     * @throws IsmsException if an input is off its scale, naming it
     */
    public final Score scoreOfLikelihood(int importance, int likelihood) {
        return scoreTable().scoreOfLikelihood(importance, likelihood);
    }

    /**
     * Returns the likelihood for a threat and a vulnerability, from the likelihood table.
     *
     * @param threat the threat occurrence, on its scale
     * @param vulnerability the vulnerability exploitability, on its scale
     * @return the likelihood
     * @throws IsmsException if an input is off its scale, naming it
     */
    public final int likelihood(int threat, int vulnerability) {
        return scoreTable().likelihood(threat, vulnerability);
    }

    /**
     * Returns the priority a risk level earns under the acceptance criteria.
     *
     * @param level the risk level, 0 - 100
     * @return the priority, not null
     * @throws IsmsException if the level is outside 0 - 100
     */
    public final Priority priorityOf(int level) {
        return scoreTable().priority(level);
    }

    /**
     * Checks a rating against the model's scales.
     *
     * @param rating the rating, not null
     * @return the rating
     * @throws InvalidRatingException if a rating is off its dimension's scale, naming the dimension
     */
    public final CiaRating checkRating(CiaRating rating) {
        Objects.requireNonNull(rating, "rating");
        return CiaRating.of(rating.confidentiality(), rating.integrity(), rating.availability(), ciaScales());
    }

    /**
     * Tells whether an asset with a rating is important 重要資産 under this model's criterion.
     *
     * @param rating the rating, on the model's scales, not null
     * @return true if the asset is important
     * @throws IsmsException if a rating is off its dimension's scale
     */
    public final boolean isImportant(CiaRating rating) {
        return importantAssetCriterion().isImportant(checkRating(rating), ciaScales());
    }

    /**
     * Returns a copy with another id and version, the rest unchanged.
     *
     * @param id the id, not blank
     * @param version the version, not blank
     * @return a model with that id and version, {@code this} if unchanged
     * @throws IsmsException if the id or version is blank
     */
    public final RiskModel withIdAndVersion(String id, String version) {
        if (id().equals(id) && version().equals(version)) {
            return this;
        }
        return toBuilder().id(id).version(version).build();
    }

    /**
     * Returns a copy with other acceptance criteria, the rest unchanged. Give the copy a new
     * version with {@link #withIdAndVersion}.
     *
     * @param acceptanceCriteria the criteria, not null
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if a threshold is reached by no level of the model
     */
    public abstract RiskModel withAcceptanceCriteria(AcceptanceCriteria acceptanceCriteria);

    /**
     * Returns a copy with another important-asset criterion, the rest unchanged.
     *
     * @param importantAssetCriterion the criterion, not null
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if a minimum importance is off the importance scale
     */
    public abstract RiskModel withImportantAssetCriterion(ImportantAssetCriterion importantAssetCriterion);

    /**
     * Returns the model as text, such as {@code RiskModel isms4j-standard@1}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "RiskModel " + id() + "@" + version();
    }
}
