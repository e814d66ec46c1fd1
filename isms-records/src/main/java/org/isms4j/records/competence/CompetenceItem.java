package org.isms4j.records.competence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * A required item 必要条件 of a competence record with its rating 評価 and, where needed, the
 * improvement plan, the re-rating after improvement 改善後評価 and the confirmation date
 * 改善確認日; such as the source's item 1 情報セキュリティ基本方針および社内の規程、基準などに精通していること
 * rated 2, improved through ISMS構築作業を通して獲得 and re-rated 3.
 *
 * <p>A re-rating comes with its confirmation date and only after an improvement plan. The
 * {@linkplain #currentRating() current rating} is the re-rating once made.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompetenceItem {

    CompetenceItem() {}

    /**
     * Returns the item's number in its record.
     *
     * @return the number, 1 or more
     */
    public abstract int number();

    /**
     * Returns the requirement 必要条件, such as ISMSに関する知識があること.
     *
     * @return the text, not blank
     */
    public abstract String requirement();

    /**
     * Returns the first rating 評価.
     *
     * @return the rating, not null
     */
    public abstract CompetenceRating rating();

    /**
     * Returns the improvement plan.
     *
     * @return the plan, or empty if none
     */
    public abstract Optional<ImprovementPlan> improvement();

    /**
     * Returns the re-rating after improvement 改善後評価.
     *
     * @return the rating, or empty until re-rated
     */
    public abstract Optional<CompetenceRating> reRating();

    /**
     * Returns the date the improvement was confirmed 改善確認日.
     *
     * @return the date, present exactly when the item is re-rated
     */
    public abstract Optional<LocalDate> confirmedOn();

    /**
     * Obtains an item as first rated, without an improvement plan.
     *
     * @param number the number, 1 or more
     * @param requirement the requirement, not blank
     * @param rating the rating, not null
     * @return the item, not null
     * @throws IsmsException if the number is below 1 or the requirement blank
     */
    public static CompetenceItem of(int number, String requirement, CompetenceRating rating) {
        return ImmutableCompetenceItem.builder().number(number).requirement(requirement).rating(rating).build();
    }

    /**
     * Obtains an item as it was recorded, such as one read back from a file.
     *
     * @param number the number, 1 or more
     * @param requirement the requirement, not blank
     * @param rating the first rating, not null
     * @param improvement the improvement plan, or empty
     * @param reRating the re-rating, or empty
     * @param confirmedOn the confirmation date, present exactly when the re-rating is
     * @return the item, not null
     * @throws IsmsException if a rule of the item is broken
     */
    public static CompetenceItem ofRecord(int number, String requirement, CompetenceRating rating,
            Optional<ImprovementPlan> improvement, Optional<CompetenceRating> reRating,
            Optional<LocalDate> confirmedOn) {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(improvement, "improvement");
        Objects.requireNonNull(reRating, "reRating");
        Objects.requireNonNull(confirmedOn, "confirmedOn");
        return ImmutableCompetenceItem.builder().number(number).requirement(requirement).rating(rating)
                .improvement(improvement).reRating(reRating).confirmedOn(confirmedOn).build();
    }

    /**
     * Returns a copy with an improvement plan.
     *
     * @param plan the plan, not null
     * @return the copy, not null
     * @throws IsmsException if the item already has a plan
     */
    public final CompetenceItem withPlan(ImprovementPlan plan) {
        Objects.requireNonNull(plan, "plan");
        if (improvement().isPresent()) {
            throw new IsmsException(Checks.format("Invalid competence item %d: it already has an improvement plan",
                    number()));
        }
        return ImmutableCompetenceItem.builder().from(this).improvement(plan).build();
    }

    /**
     * Returns a copy re-rated after its improvement.
     *
     * @param reRating the rating after improvement, not null
     * @param confirmedOn the date the improvement was confirmed, not null
     * @return the copy, not null
     * @throws IsmsException if the item has no improvement plan or is already re-rated,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public final CompetenceItem reRated(CompetenceRating reRating, LocalDate confirmedOn) {
        Objects.requireNonNull(reRating, "reRating");
        Objects.requireNonNull(confirmedOn, "confirmedOn");
        if (reRating().isPresent()) {
            throw new IsmsException(Checks.format("Invalid competence item %d: it is already re-rated on %s",
                    number(), confirmedOn().get()));
        }
        return ImmutableCompetenceItem.builder().from(this).reRating(reRating).confirmedOn(confirmedOn).build();
    }

    /**
     * Returns the rating that counts now: the re-rating once made, the first rating before.
     *
     * @return the rating, not null
     */
    public final CompetenceRating currentRating() {
        return reRating().orElse(rating());
    }

    @Value.Check
    final void check() {
        Checks.inRange("competence item number", 1, Integer.MAX_VALUE, number());
        Texts.notBlank("requirement", requirement());
        confirmedOn().ifPresent(date -> Checks.date("confirmation date", date));
        if (reRating().isPresent() != confirmedOn().isPresent()) {
            throw new IsmsException(Checks.format(
                    "Invalid competence item %d: a re-rating and its confirmation date go together (re-rating %s, "
                            + "confirmed %s)", number(), reRating().map(r -> Integer.toString(r.value())).orElse("none"),
                    confirmedOn().map(LocalDate::toString).orElse("none")));
        }
        if (reRating().isPresent() && improvement().isEmpty()) {
            throw new IsmsException(Checks.format(
                    "Invalid competence item %d: it is re-rated without an improvement plan", number()));
        }
    }
}
