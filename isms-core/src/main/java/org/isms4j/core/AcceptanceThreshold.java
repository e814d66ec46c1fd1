package org.isms4j.core;

import org.immutables.value.Value;

/**
 * One band of the acceptance criteria: the lowest risk level that earns a priority, such as
 * level 6 and above for priority 2, 今期中に対応 (treat within this term).
 *
 * <p>The priority's rank is the threshold's place in its {@link AcceptanceCriteria}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AcceptanceThreshold {

    AcceptanceThreshold() {}

    /**
     * Returns the lowest level of this band, such as 6.
     *
     * @return the level, 1 - 100
     */
    @Value.Parameter
    public abstract int minLevel();

    /**
     * Returns the meaning in Japanese, such as 今期中に対応.
     *
     * @return the meaning, not blank
     */
    @Value.Parameter
    public abstract String japanese();

    /**
     * Returns the meaning in English, such as {@code treat within this term}.
     *
     * @return the meaning, not blank
     */
    @Value.Parameter
    public abstract String english();

    /**
     * Obtains a threshold.
     *
     * @param minLevel the lowest level of the band, 1 - 100
     * @param japanese the meaning in Japanese, not blank
     * @param english the meaning in English, not blank
     * @return the threshold, not null
     * @throws IsmsException if the level is outside 1 - 100 or a meaning is blank
     */
    public static AcceptanceThreshold of(int minLevel, String japanese, String english) {
        Checks.inRange("threshold level", 1, LevelGrid.MAX_LEVEL, minLevel);
        return ImmutableAcceptanceThreshold.of(minLevel, Checks.notBlank("japanese", japanese),
                Checks.notBlank("english", english));
    }

    /**
     * Returns the threshold as text, such as {@code ≥ 6: treat within this term}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "≥ " + minLevel() + ": " + english();
    }
}
