package org.isms4j.core;


/**
 * The scores of a risk model laid out in flat arrays, built once per model, so that scoring one
 * risk is a range check and an array read.
 */
final class ScoreTable {

    private final RatingScale importanceScale;
    private final RatingScale threatScale;
    private final RatingScale vulnerabilityScale;
    private final RatingScale likelihoodScale;
    private final int threats;
    private final int vulnerabilities;
    private final int likelihoods;
    private final int[] likelihoodByThreatVulnerability;
    private final Score[] byImportanceLikelihood;
    private final Score[] byImportanceThreatVulnerability;
    private final Priority[] byLevel;

    ScoreTable(RatingScale importanceScale, LikelihoodTable table, RiskLevelRule rule, AcceptanceCriteria criteria) {
        this.importanceScale = importanceScale;
        this.threatScale = table.threatScale();
        this.vulnerabilityScale = table.vulnerabilityScale();
        this.likelihoodScale = table.likelihoodScale();
        this.threats = threatScale.size();
        this.vulnerabilities = vulnerabilityScale.size();
        this.likelihoods = likelihoodScale.size();
        this.byLevel = new Priority[LevelGrid.MAX_LEVEL + 1];
        for (int level = 0; level <= LevelGrid.MAX_LEVEL; level++) {
            byLevel[level] = criteria.priorityOf(level);
        }
        this.likelihoodByThreatVulnerability = new int[threats * vulnerabilities];
        for (int t = 0; t < threats; t++) {
            for (int v = 0; v < vulnerabilities; v++) {
                likelihoodByThreatVulnerability[t * vulnerabilities + v] =
                        table.likelihood(threatScale.min() + t, vulnerabilityScale.min() + v);
            }
        }
        int importances = importanceScale.size();
        this.byImportanceLikelihood = new Score[importances * likelihoods];
        for (int i = 0; i < importances; i++) {
            for (int l = 0; l < likelihoods; l++) {
                int importance = importanceScale.min() + i;
                int likelihood = likelihoodScale.min() + l;
                int level = rule.level(importance, likelihood);
                Checks.inRange("risk level of importance " + importance + " and likelihood " + likelihood, 0,
                        LevelGrid.MAX_LEVEL, level);
                byImportanceLikelihood[i * likelihoods + l] = Score.of(importance, likelihood, level, byLevel[level]);
            }
        }
        this.byImportanceThreatVulnerability = new Score[importances * threats * vulnerabilities];
        for (int i = 0; i < importances; i++) {
            for (int tv = 0; tv < threats * vulnerabilities; tv++) {
                int l = likelihoodByThreatVulnerability[tv] - likelihoodScale.min();
                byImportanceThreatVulnerability[i * threats * vulnerabilities + tv] =
                        byImportanceLikelihood[i * likelihoods + l];
            }
        }
    }

    private static int offset(RatingScale scale, String field, int value) {
        int offset = value - scale.min();
        if (offset < 0 || offset >= scale.size()) {
            throw Checks.outOfRange(field, scale.min(), scale.max(), value);
        }
        return offset;
    }

    Score score(int importance, int threat, int vulnerability) {
        int i = offset(importanceScale, "importance", importance);
        int t = offset(threatScale, "threat", threat);
        int v = offset(vulnerabilityScale, "vulnerability", vulnerability);
        return byImportanceThreatVulnerability[(i * threats + t) * vulnerabilities + v];
    }

    Score scoreOfLikelihood(int importance, int likelihood) {
        int i = offset(importanceScale, "importance", importance);
        int l = offset(likelihoodScale, "likelihood", likelihood);
        return byImportanceLikelihood[i * likelihoods + l];
    }

    int likelihood(int threat, int vulnerability) {
        int t = offset(threatScale, "threat", threat);
        int v = offset(vulnerabilityScale, "vulnerability", vulnerability);
        return likelihoodByThreatVulnerability[t * vulnerabilities + v];
    }

    Priority priority(int level) {
        Checks.inRange("risk level", 0, LevelGrid.MAX_LEVEL, level);
        return byLevel[level];
    }

    /** Returns the lowest and the highest level any input can reach, as {@code {min, max}}. */
    int[] levelRange() {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Score score : byImportanceLikelihood) {
            min = Math.min(min, score.level());
            max = Math.max(max, score.level());
        }
        return new int[] {min, max};
    }
}
