package org.isms4j.annexa.soa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.UnknownControlException;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.selfassessment.Answer;
import org.isms4j.core.selfassessment.AnswerScale;
import org.isms4j.core.selfassessment.ScoredAnswer;
import org.isms4j.core.selfassessment.SelfAssessmentResult;

/**
 * The implementation statuses a completed self-assessment proposes for the Annex A controls its
 * questions link to, for the user to confirm in a Statement of Applicability, such as 8.7 (protection
 * against malware) implemented when question 2 is answered 実施している.
 *
 * <p>Each linked question proposes a status from its scored answer: the scale's target
 * (実施している) is implemented; the last answer of the scale before "unknown" (実施していない), or
 * anything scoring no more, is not implemented; every answer between (一部実施している) is partially
 * implemented. A control takes the status its questions agree on, and partially implemented when
 * they differ. A control with a question answered "unknown" 分からない gets no status: it is
 * {@link #unresolved()}, to be found out first. A question not applicable and excluded from the
 * maximum proposes nothing.
 *
 * <p>The proposal never changes an SoA by itself: {@link #confirm} sets the statuses of the
 * controls the user confirms, and only those; {@link #changes} lists where the proposal differs
 * from an SoA.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfAssessmentProposal {

    SelfAssessmentProposal() {}

    /**
     * Returns the proposed status of each control that has one, in document order.
     *
     * @return an unmodifiable sorted map, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<ControlId, ImplementationStatus> statuses();

    /**
     * Returns the controls linked to a question answered "unknown", which get no status.
     *
     * @return an unmodifiable sorted set, not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<ControlId> unresolved();

    /**
     * Returns the numbers of the questions that link to each control, proposed or unresolved.
     *
     * @return an unmodifiable sorted map, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<ControlId, SortedSet<Integer>> questions();

    /**
     * Proposes statuses from a self-assessment's result.
     *
     * @param result the result, not null
     * @return the proposal, not null
     * @throws UnknownControlException if a question links to an id that is not an Annex A control
     */
    public static SelfAssessmentProposal of(SelfAssessmentResult result) {
        Objects.requireNonNull(result, "result");
        Map<ControlId, Set<ImplementationStatus>> proposed = new TreeMap<>();
        Map<ControlId, SortedSet<Integer>> questions = new TreeMap<>();
        SortedSet<ControlId> unresolved = new TreeSet<>();
        for (ScoredAnswer answer : result.scored()) {
            if (!answer.isApplicable() || answer.question().annexA().isEmpty()) {
                continue;
            }
            Optional<ImplementationStatus> status = statusOf(result.questionSet().scaleOf(answer.number()), answer);
            for (String text : answer.question().annexA()) {
                ControlId id = ControlId.parse(text);
                questions.computeIfAbsent(id, key -> new TreeSet<>()).add(answer.number());
                if (status.isPresent()) {
                    proposed.computeIfAbsent(id, key -> EnumSet.noneOf(ImplementationStatus.class)).add(status.get());
                } else {
                    unresolved.add(id);
                }
            }
        }
        SortedMap<ControlId, ImplementationStatus> statuses = new TreeMap<>();
        proposed.forEach((id, found) -> {
            if (!unresolved.contains(id)) {
                statuses.put(id, found.size() == 1 ? found.iterator().next() : ImplementationStatus.PARTIALLY_IMPLEMENTED);
            }
        });
        return ImmutableSelfAssessmentProposal.builder().statuses(statuses).unresolved(unresolved).questions(questions)
                .build();
    }

    private static Optional<ImplementationStatus> statusOf(AnswerScale scale, ScoredAnswer answer) {
        Answer scored = answer.scoredAs().orElseThrow();
        if (answer.isUnknown() || scale.isUnknown(scored)) {
            return Optional.empty();
        }
        if (scored.points() >= answer.maximum()) {
            return Optional.of(ImplementationStatus.IMPLEMENTED);
        }
        Answer lastKnown = scale.answers().stream().filter(a -> !scale.isUnknown(a)).reduce((a, b) -> b).orElseThrow();
        return Optional.of(scored.points() <= lastKnown.points() ? ImplementationStatus.NOT_IMPLEMENTED
                : ImplementationStatus.PARTIALLY_IMPLEMENTED);
    }

    /**
     * Returns the controls whose status in an SoA differs from the proposal: undecided, without a
     * status, or with another status, in document order.
     *
     * @param soa the statement, not null
     * @return an unmodifiable list, not null
     */
    public final List<ControlId> changes(StatementOfApplicability soa) {
        Objects.requireNonNull(soa, "soa");
        List<ControlId> changes = new ArrayList<>();
        statuses().forEach((id, status) -> {
            Optional<ImplementationStatus> current = soa.find(id).flatMap(Decision::status);
            if (!current.equals(Optional.of(status))) {
                changes.add(id);
            }
        });
        return Collections.unmodifiableList(changes);
    }

    /**
     * Returns a copy of an SoA with the proposed status set on the controls the user confirms,
     * and on no other: an applicable decision keeps everything but its status; an undecided
     * control becomes applicable with the status and no reason yet, which the SoA's
     * {@link StatementOfApplicability#problems() problems} then ask for.
     *
     * @param soa the statement, not null
     * @param confirmed the controls whose proposed status the user confirms, not null
     * @return the copy, {@code soa} itself if nothing changes
     * @throws IsmsException if a confirmed control has no proposed status, or is excluded in the
     *     SoA
     */
    public final StatementOfApplicability confirm(StatementOfApplicability soa, Collection<ControlId> confirmed) {
        Objects.requireNonNull(soa, "soa");
        Objects.requireNonNull(confirmed, "confirmed");
        StatementOfApplicability result = soa;
        for (ControlId id : new TreeSet<>(confirmed)) {
            ImplementationStatus status = statuses().get(id);
            if (status == null) {
                throw new IsmsException(Checks.format("Control %s has no proposed status%s", id,
                        unresolved().contains(id) ? ": a linked question is answered unknown" : ""));
            }
            Optional<Decision> decision = soa.find(id);
            if (decision.isPresent() && decision.get().isExcluded()) {
                throw new IsmsException(Checks.format(
                        "Control %s is excluded in the SoA; the self-assessment proposes %s, which an excluded control "
                                + "cannot have", id, status.code()));
            }
            result = result.with(id, decision.orElse(Decision.of(Applicability.APPLICABLE)).withStatus(status));
        }
        return result;
    }
}
