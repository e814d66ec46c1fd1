package org.isms4j.core.treatment;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;

/**
 * The treatment decided for one risk リスク対応: one or more options, the controls they need, the
 * status and, where a risk is retained, the justification; such as risk 3 of the source: reduce
 * 低減 with a classification scheme (5.12), handling rules per class and labelling (5.13), status
 * 未定 undecided.
 *
 * <p>A decision that reduces names at least one control (docs/method.md#treatment-process step 2: all controls the
 * option needs). Whether a retained risk needs a justification depends on its level and the
 * acceptance criteria, so the register checks that.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TreatmentDecision {

    TreatmentDecision() {}

    /**
     * Returns the options chosen, such as reduce.
     *
     * @return an unmodifiable, non-empty set, not null
     */
    public abstract Set<TreatmentOption> options();

    /**
     * Returns the controls, in the order given.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<TreatmentControl> controls();

    /**
     * Returns the status 対応: done 済み, planned 予定 or undecided 未定.
     *
     * @return the status, not null
     */
    public abstract TreatmentStatus status();

    /**
     * Returns the justification, such as why a risk above the acceptance threshold is retained.
     *
     * @return the justification, empty unless set, not null
     */
    @Value.Default
    public String justification() {
        return "";
    }

    /**
     * Obtains a decision.
     *
     * @param options the options, not empty; copied
     * @param controls the controls, not null (empty only when not reducing), at most
     *     {@value Limits#MAX_LIST_SIZE}; copied
     * @param status the status, not null
     * @return the decision, not null
     * @throws IsmsException if no option is given, the decision reduces without a control, or the
     *     controls written one per line ({@code 情報の分類定義 (5.12)}) hold more than
     *     {@value Limits#MAX_TEXT_LENGTH} characters
     */
    public static TreatmentDecision of(Collection<TreatmentOption> options, Collection<TreatmentControl> controls,
            TreatmentStatus status) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(controls, "controls");
        return ImmutableTreatmentDecision.builder().options(Checks.distinct("options", "treatment option", options))
                .controls(controls).status(Objects.requireNonNull(status, "status")).build();
    }

    /**
     * Obtains a decision to retain 保有 a risk without action, with its justification.
     *
     * @param justification why the risk is retained, such as "unlikely and harmless"; may be
     *     empty for a risk within the acceptance range; not null
     * @return the decision, status done, not null
     * @throws IsmsException if the justification is longer than {@value Limits#MAX_TEXT_LENGTH}
     *     characters
     */
    public static TreatmentDecision retain(String justification) {
        return ImmutableTreatmentDecision.builder().addOptions(TreatmentOption.RETAIN).status(TreatmentStatus.DONE)
                .justification(justification).build();
    }

    @Value.Check
    final void check() {
        if (options().isEmpty()) {
            throw new IsmsException("Invalid treatment: at least one option is needed");
        }
        if (options().contains(TreatmentOption.REDUCE) && controls().isEmpty()) {
            throw new IsmsException("Invalid treatment: a reduce decision names at least one control");
        }
        Checks.listSize("controls", controls());
        // The controls are one cell of the report, one per line as "text (5.12)": one text.
        long length = controls().size() - 1;
        for (TreatmentControl control : controls()) {
            Optional<String> id = control.annexA();
            length += control.text().length() + (id.isPresent() ? id.get().length() + " ()".length() : 0);
        }
        if (length > Limits.MAX_TEXT_LENGTH) {
            StringBuilder joined = new StringBuilder();
            // Enough of them for the message's echo of 64 characters.
            for (int i = 0; i < controls().size() && joined.length() <= 64; i++) {
                joined.append(i == 0 ? "" : "\n").append(controls().get(i));
            }
            throw Checks.tooLong("controls", length, joined.toString());
        }
        Checks.text("justification", justification());
    }

    /**
     * Returns the Annex A controls the decision names, as canonical ids in the order given.
     *
     * @return an unmodifiable list without repeats, not null
     */
    public final List<String> annexAControls() {
        return controls().stream().flatMap(control -> control.annexA().stream()).distinct()
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether the decision retains the risk.
     *
     * @return true if the options include retain
     */
    public final boolean isRetained() {
        return options().contains(TreatmentOption.RETAIN);
    }

    /**
     * Returns a copy with another status, as the plan is carried out.
     *
     * @param status the status, not null
     * @return the copy, {@code this} if unchanged
     */
    public abstract TreatmentDecision withStatus(TreatmentStatus status);

    /**
     * Returns a copy with another justification.
     *
     * @param justification the justification, not null, may be empty
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the justification is longer than {@value Limits#MAX_TEXT_LENGTH}
     *     characters
     */
    public abstract TreatmentDecision withJustification(String justification);

}
