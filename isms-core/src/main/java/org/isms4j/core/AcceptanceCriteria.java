package org.isms4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Risk acceptance criteria リスク受容基準: ordered thresholds that give a risk level its priority,
 * such as the source's ≥ 9 → 1 (早急に対応), ≥ 6 → 2 (今期中に対応), ≥ 4 → 3 (今期対応が望ましい),
 * and 3 or below acceptable (受容範囲).
 *
 * <p>Thresholds run from the highest level down, strictly decreasing, so that every level falls
 * in exactly one band: the first threshold it reaches gives its priority, whose rank is that
 * threshold's place (1 for the first). A level below the last threshold is acceptable.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AcceptanceCriteria {

    private static final AcceptanceCriteria STANDARD = of(List.of(
            AcceptanceThreshold.of(9, "早急に対応", "treat immediately"),
            AcceptanceThreshold.of(6, "今期中に対応", "treat within this term"),
            AcceptanceThreshold.of(4, "今期対応が望ましい", "treatment within this term desirable")),
            "受容範囲", "acceptable");

    AcceptanceCriteria() {}

    /**
     * Returns the thresholds, highest level first.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    @Value.Parameter
    public abstract List<AcceptanceThreshold> thresholds();

    /**
     * Returns the acceptable priority, for levels below the last threshold.
     *
     * @return the priority with rank {@value Priority#ACCEPTABLE_RANK}, not null
     */
    @Value.Parameter
    public abstract Priority acceptable();

    /**
     * Returns the source's criteria (docs/method.md#acceptance-criteria): ≥ 9 → 1, ≥ 6 → 2, ≥ 4 → 3, 3 or below
     * acceptable.
     *
     * @return the standard criteria, not null
     */
    public static AcceptanceCriteria standard() {
        return STANDARD;
    }

    /**
     * Obtains criteria from thresholds.
     *
     * @param thresholds the thresholds, highest level first, strictly decreasing; not empty;
     *     copied
     * @param acceptableJapanese the meaning of an acceptable level in Japanese, such as 受容範囲
     * @param acceptableEnglish the meaning of an acceptable level in English
     * @return the criteria, not null
     * @throws IsmsException if there is no threshold, or two thresholds overlap (a threshold is
     *     not below the one before it)
     */
    public static AcceptanceCriteria of(List<AcceptanceThreshold> thresholds, String acceptableJapanese,
            String acceptableEnglish) {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(acceptableJapanese, "acceptableJapanese");
        Objects.requireNonNull(acceptableEnglish, "acceptableEnglish");
        Objects.requireNonNull(thresholds, "thresholds");
        return ImmutableAcceptanceCriteria.of(thresholds, Priority.acceptable(acceptableJapanese, acceptableEnglish));
    }

    @Value.Check
    final void check() {
        List<AcceptanceThreshold> thresholds = thresholds();
        if (thresholds.isEmpty()) {
            throw new IsmsException("Invalid acceptance criteria: at least one threshold is needed");
        }
        if (!acceptable().isAcceptable()) {
            throw Checks.outOfRange("acceptable rank", Priority.ACCEPTABLE_RANK, Priority.ACCEPTABLE_RANK,
                    acceptable().rank());
        }
        for (int i = 1; i < thresholds.size(); i++) {
            int above = thresholds.get(i - 1).minLevel();
            int level = thresholds.get(i).minLevel();
            if (level >= above) {
                throw new IsmsException(Checks.format(
                        "Acceptance thresholds overlap: priority %d starts at level %d, which is not below "
                                + "priority %d's level %d",
                        i + 1, level, i, above));
            }
        }
    }

    /**
     * Returns the priorities that need treatment, rank 1 first.
     *
     * @return an unmodifiable list with one priority per threshold, not null
     */
    @Value.Lazy
    public List<Priority> priorities() {
        List<Priority> priorities = new ArrayList<>();
        for (AcceptanceThreshold threshold : thresholds()) {
            priorities.add(Priority.of(priorities.size() + 1, threshold.japanese(), threshold.english()));
        }
        return List.copyOf(priorities);
    }

    /**
     * Returns the priority a level earns, such as priority 2 for level 6 under the standard
     * criteria.
     *
     * @param level the risk level, 0 - 100
     * @return the priority, not null
     * @throws IsmsException if the level is outside 0 - 100
     */
    public final Priority priorityOf(int level) {
        Checks.inRange("risk level", 0, LevelGrid.MAX_LEVEL, level);
        List<AcceptanceThreshold> thresholds = thresholds();
        for (int i = 0; i < thresholds.size(); i++) {
            if (level >= thresholds.get(i).minLevel()) {
                return priorities().get(i);
            }
        }
        return acceptable();
    }

    /**
     * Returns the highest level that is still acceptable, such as 3 under the standard criteria.
     *
     * @return the level below the last threshold
     */
    public final int highestAcceptableLevel() {
        return thresholds().get(thresholds().size() - 1).minLevel() - 1;
    }
}
