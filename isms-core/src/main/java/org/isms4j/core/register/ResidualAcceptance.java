package org.isms4j.core.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The risk owner's acceptance of a residual risk 残留リスクの受容 (docs/method.md#treatment-process step 7), such as the
 * information security committee chair accepting risk 3's residual level 6 on 2023-10-02 until a
 * re-review on 2024-04-01.
 *
 * <p>Texts hold at most {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH} characters and dates lie in
 * {@code 0000-01-01 - 9999-12-31} ({@link org.isms4j.core.Limits}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResidualAcceptance {

    ResidualAcceptance() {}

    /**
     * Returns the risk owner who decided.
     *
     * @return the name, not blank
     */
    public abstract String riskOwner();

    /**
     * Returns the decision.
     *
     * @return accepted or rejected, not null
     */
    public abstract ResidualDecision decision();

    /**
     * Returns the date of the decision.
     *
     * @return the date, not null
     */
    public abstract LocalDate decided();

    /**
     * Returns the justification.
     *
     * @return the justification, not blank
     */
    public abstract String justification();

    /**
     * Returns the date from which the decision is due for review.
     *
     * @return the expiry, after the decision date, or empty for no expiry
     */
    public abstract Optional<LocalDate> expires();

    /**
     * Obtains an acceptance decision without an expiry, such as
     * {@code ResidualAcceptance.of("情報セキュリティ委員長", ResidualDecision.ACCEPTED, LocalDate.of(2023, 10, 2),
     * "分類定義の運用開始まで暫定的に受容").withExpires(LocalDate.of(2024, 4, 1))}.
     *
     * @param riskOwner the risk owner, not blank
     * @param decision accepted or rejected, not null
     * @param decided the date of the decision, not null
     * @param justification the justification, not blank
     * @return the acceptance, without an expiry; not null
     * @throws IsmsException if a text is blank or too long, or the date lies outside
     *     {@code 0000-01-01 - 9999-12-31}
     */
    public static ResidualAcceptance of(String riskOwner, ResidualDecision decision, LocalDate decided,
            String justification) {
        return of(riskOwner, decision, decided, justification, Optional.empty());
    }

    /**
     * Returns a copy due for review from a date.
     *
     * @param expires the date from which the decision is due for review, after the decision date;
     *     not null
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the expiry is not after the decision, or lies outside
     *     {@code 0000-01-01 - 9999-12-31}
     */
    public abstract ResidualAcceptance withExpires(LocalDate expires);

    /**
     * Obtains an acceptance decision; {@link #of(String, ResidualDecision, LocalDate, String)}
     * with {@link #withExpires(LocalDate)} names the expiry, and this positional factory stays for
     * the readers that use it.
     *
     * @param riskOwner the risk owner, not blank
     * @param decision accepted or rejected, not null
     * @param decided the date of the decision, not null
     * @param justification the justification, not blank
     * @param expires the date from which it is due for review, after the decision date, or empty
     * @return the acceptance, not null
     * @throws IsmsException if a text is blank or too long, a date lies outside
     *     {@code 0000-01-01 - 9999-12-31}, or the expiry is not after the decision
     */
    public static ResidualAcceptance of(String riskOwner, ResidualDecision decision, LocalDate decided,
            String justification, Optional<LocalDate> expires) {
        return ImmutableResidualAcceptance.builder().riskOwner(riskOwner).decision(decision).decided(decided)
                .justification(justification).expires(Objects.requireNonNull(expires, "expires")).build();
    }

    @Value.Check
    final void check() {
        Checks.notBlank("risk owner", riskOwner());
        Checks.notBlank("justification", justification());
        Checks.date("decision date", decided());
        expires().ifPresent(expiry -> Checks.date("expiry", expiry));
        expires().ifPresent(expiry -> {
            if (!expiry.isAfter(decided())) {
                throw new IsmsException(Checks.format(
                        "Invalid acceptance: the expiry %s is not after the decision date %s", expiry, decided()));
            }
        });
    }

    /**
     * Tells whether the residual risk was accepted.
     *
     * @return true if accepted
     */
    public final boolean isAccepted() {
        return decision() == ResidualDecision.ACCEPTED;
    }

    /**
     * Tells whether the decision is due for review on a date: its expiry has come.
     *
     * @param today the date to judge on, not null
     * @return true if an expiry is set and {@code today} is on or after it
     */
    public final boolean isReviewDue(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return expires().map(expiry -> !today.isBefore(expiry)).orElse(false);
    }
}
