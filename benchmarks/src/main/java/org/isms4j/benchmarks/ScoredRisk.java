package org.isms4j.benchmarks;

import org.isms4j.core.Score;

/**
 * A risk in object form, as the per-risk API serves it: its inputs and its score. The score is
 * the model's cached object, so a risk holds a reference to it, not a copy.
 */
final class ScoredRisk {
    final int importance;
    final int threat;
    final int vulnerability;
    Score score;

    ScoredRisk(int importance, int threat, int vulnerability) {
        this.importance = importance;
        this.threat = threat;
        this.vulnerability = vulnerability;
    }
}
