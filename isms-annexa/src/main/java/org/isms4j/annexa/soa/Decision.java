package org.isms4j.annexa.soa;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.annexa.internal.AnnexaCheckedCopyStyle;

/**
 * The decision on one control in a Statement of Applicability, one row of the form without its
 * control, such as 5.12: applicable ○, not implemented 未, reason "risk assessment result" for risk
 * 3, carried by "A-02 情報セキュリティ方針".
 *
 * <p>A decision has an {@link Applicability}, an optional {@link ImplementationStatus}, a reason
 * as free text and as {@link ReasonCode codes}, the numbers of the risks the control treats, the
 * documents that carry it (policies, procedures: "情報セキュリティ手順書5.1.1") and references to
 * evidence. The reason is the reason for inclusion when the control is applicable and for
 * exclusion when it is excluded.
 *
 * <p>A decision may be incomplete while the SoA is drafted: an excluded control without a reason,
 * say. The factories check single fields only; the rules across fields are checked by
 * {@link StatementOfApplicability#problems()}, so that a draft can be saved and finished later.
 *
 * <p>This class is immutable and thread-safe.
 */
@AnnexaCheckedCopyStyle
@Value.Immutable
public abstract class Decision {

    Decision() {}

    /**
     * Returns whether the control is applicable or excluded.
     *
     * @return the applicability, not null
     */
    public abstract Applicability applicability();

    /**
     * Returns the implementation status, if stated.
     *
     * @return the status, empty when not stated (and always for a consistent excluded decision),
     *     not null
     */
    public abstract Optional<ImplementationStatus> status();

    /**
     * Returns the reason for inclusion or exclusion as free text, such as
     * 「顧客との契約で要求される」.
     *
     * @return the reason, empty unless set, not null
     */
    @Value.Default
    public String reason() {
        return "";
    }

    /**
     * Returns the coded reasons, such as risk assessment result.
     *
     * @return an unmodifiable set, possibly empty, not null
     */
    public abstract Set<ReasonCode> reasonCodes();

    /**
     * Returns the numbers of the risks whose treatment names the control, ascending, such as 3.
     *
     * @return an unmodifiable sorted set of numbers 1 or more, possibly empty, not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> riskNumbers();

    /**
     * Returns the documents that carry the control, in the order given, such as
     * "A-02 情報セキュリティ方針" or "情報セキュリティ手順書5.1.1".
     *
     * @return an unmodifiable list of non-blank texts, possibly empty, not null
     */
    public abstract List<String> documents();

    /**
     * Returns references to evidence of implementation, in the order given, such as
     * "D-07 教育記録 2024".
     *
     * @return an unmodifiable list of non-blank texts, possibly empty, not null
     */
    public abstract List<String> evidence();

    /**
     * Obtains a bare decision: no status, reason, risks, documents or evidence.
     *
     * @param applicability applicable or excluded, not null
     * @return the decision, not null
     */
    public static Decision of(Applicability applicability) {
        return ImmutableDecision.builder().applicability(Objects.requireNonNull(applicability, "applicability"))
                .build();
    }

    /**
     * Obtains an applicable decision with a reason for inclusion and no status yet, such as
     * {@code Decision.applicable("", ReasonCode.RISK_ASSESSMENT_RESULT)}.
     *
     * @param reason the reason as free text, not null, may be empty
     * @param codes the coded reasons, none null and none repeated; not null, may be none
     * @return the decision, not null
     * @throws IsmsException if a code is given twice: {@code Duplicate reason code: 'contractual'}
     */
    public static Decision applicable(String reason, ReasonCode... codes) {
        return of(Applicability.APPLICABLE, reason, codes);
    }

    /**
     * Obtains an excluded decision with a reason for exclusion, such as
     * {@code Decision.excluded("自社でソフトウェア開発を行わない", ReasonCode.BUSINESS_REQUIREMENT)}.
     *
     * @param reason the reason as free text, not null, may be empty
     * @param codes the coded reasons, none null and none repeated; not null, may be none
     * @return the decision, not null
     * @throws IsmsException if a code is given twice: {@code Duplicate reason code: 'contractual'}
     */
    public static Decision excluded(String reason, ReasonCode... codes) {
        return of(Applicability.EXCLUDED, reason, codes);
    }

    private static Decision of(Applicability applicability, String reason, ReasonCode... codes) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(codes, "codes");
        return ImmutableDecision.builder().applicability(applicability).reason(reason)
                .reasonCodes(Checks.distinct("codes", "reason code", Arrays.asList(codes))).build();
    }

    /** A builder of a copy of this decision: the copies are made here, each list checked first. */
    private ImmutableDecision.Builder copy() {
        return ImmutableDecision.builder().from(this);
    }

    @Value.Check
    final void check() {
        Checks.text("reason", reason());
        Checks.listSize("risk numbers", riskNumbers());
        if (!riskNumbers().isEmpty()) {
            Checks.inRange("risk number", 1, Integer.MAX_VALUE, riskNumbers().first());
        }
        Checks.lines("documents", documents());
        Checks.lines("evidence", evidence());
        for (String document : documents()) {
            Checks.notBlank("document", document);
        }
        for (String reference : evidence()) {
            Checks.notBlank("evidence", reference);
        }
    }

    /**
     * Tells whether the control is applicable.
     *
     * @return true if applicable
     */
    public final boolean isApplicable() {
        return applicability() == Applicability.APPLICABLE;
    }

    /**
     * Tells whether the control is excluded.
     *
     * @return true if excluded
     */
    public final boolean isExcluded() {
        return applicability() == Applicability.EXCLUDED;
    }

    /**
     * Tells whether the decision gives a reason: free text that is not blank, or a code.
     *
     * @return true if there is a reason
     */
    public final boolean hasReason() {
        return !reason().isBlank() || !reasonCodes().isEmpty();
    }

    /**
     * Returns the state this decision puts its control in, such as not implemented or excluded.
     *
     * @return the state, never {@link DecisionState#UNDECIDED}, not null
     */
    public final DecisionState state() {
        if (isExcluded()) {
            return DecisionState.EXCLUDED;
        }
        if (status().isEmpty()) {
            return DecisionState.STATUS_NOT_STATED;
        }
        switch (status().get()) {
            case IMPLEMENTED:
                return DecisionState.IMPLEMENTED;
            case PARTIALLY_IMPLEMENTED:
                return DecisionState.PARTIALLY_IMPLEMENTED;
            case NOT_IMPLEMENTED:
                return DecisionState.NOT_IMPLEMENTED;
            default:
                throw new AssertionError(status().get());
        }
    }

    /**
     * Returns a copy that is applicable or excluded.
     *
     * @param applicability the applicability, not null
     * @return the copy, {@code this} if unchanged
     */
    public final Decision withApplicability(Applicability applicability) {
        Objects.requireNonNull(applicability, "applicability");
        return applicability == applicability() ? this : copy().applicability(applicability).build();
    }

    /**
     * Returns a copy with an implementation status.
     *
     * @param status the status, not null
     * @return the copy, {@code this} if unchanged
     */
    public final Decision withStatus(ImplementationStatus status) {
        return withStatus(Optional.of(Objects.requireNonNull(status, "status")));
    }

    /**
     * Returns a copy with an implementation status, or none.
     *
     * @param status the status, or empty for none; not null
     * @return the copy, {@code this} if unchanged
     */
    public final Decision withStatus(Optional<? extends ImplementationStatus> status) {
        Objects.requireNonNull(status, "status");
        return status.equals(status()) ? this : copy().status(status).build();
    }

    /**
     * Returns a copy with another free-text reason.
     *
     * @param reason the reason, not null, may be empty
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the reason is longer than {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH}
     *     characters
     */
    public final Decision withReason(String reason) {
        Objects.requireNonNull(reason, "reason");
        return reason.equals(reason()) ? this : copy().reason(reason).build();
    }

    /**
     * Returns a copy with other coded reasons.
     *
     * @param reasonCodes the codes, none null and none repeated; not null, may be none
     * @return the copy
     * @throws IsmsException if a code is given twice: {@code Duplicate reason code: 'contractual'}
     */
    public final Decision withReasonCodes(ReasonCode... reasonCodes) {
        return withReasonCodes(Arrays.asList(Objects.requireNonNull(reasonCodes, "reasonCodes")));
    }

    /**
     * Returns a copy with other coded reasons.
     *
     * @param reasonCodes the codes, none null and none repeated; not null, may be empty; copied
     * @return the copy
     * @throws IsmsException if a code is given twice: {@code Duplicate reason code: 'contractual'}
     */
    public final Decision withReasonCodes(Iterable<ReasonCode> reasonCodes) {
        Objects.requireNonNull(reasonCodes, "reasonCodes");
        return copy().reasonCodes(Checks.distinct("reasonCodes", "reason code", reasonCodes)).build();
    }

    /**
     * Returns a copy with other risk numbers.
     *
     * @param riskNumbers the numbers, each 1 or more and none repeated; not null, may be empty; copied
     * @return the copy
     * @throws IsmsException if a number is below 1, or given twice: {@code Duplicate risk number: 5}, or if
     *     there are more than {@value org.isms4j.core.Limits#MAX_LIST_SIZE} numbers
     */
    public final Decision withRiskNumbers(Iterable<Integer> riskNumbers) {
        Objects.requireNonNull(riskNumbers, "riskNumbers");
        return copy().riskNumbers(Checks.distinct("riskNumbers", "risk number", riskNumbers)).build();
    }

    /**
     * Returns a copy with other risk numbers, such as 3.
     *
     * @param riskNumbers the numbers, each 1 or more and none repeated; not null, may be none
     * @return the copy
     * @throws IsmsException if a number is below 1, or given twice: {@code Duplicate risk number: 5}, or if
     *     there are more than {@value org.isms4j.core.Limits#MAX_LIST_SIZE} numbers
     */
    public final Decision withRiskNumbers(int... riskNumbers) {
        Objects.requireNonNull(riskNumbers, "riskNumbers");
        return withRiskNumbers(IntStream.of(riskNumbers).boxed().collect(Collectors.toList()));
    }

    /**
     * Returns a copy with other documents, such as "A-02 情報セキュリティ方針".
     *
     * @param documents the documents, each not blank; not null, may be none
     * @return the copy
     * @throws IsmsException if a document is blank or longer than
     *     {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH} characters, or if the documents, one per line, are more
     *     than {@value org.isms4j.core.Limits#MAX_LIST_SIZE} or together longer than that
     */
    public final Decision withDocuments(String... documents) {
        return withDocuments(Arrays.asList(Objects.requireNonNull(documents, "documents")));
    }

    /**
     * Returns a copy with other documents.
     *
     * @param documents the documents, each not blank; not null, may be empty; copied
     * @return the copy
     * @throws IsmsException if a document is blank or longer than
     *     {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH} characters, or if the documents, one per line, are more
     *     than {@value org.isms4j.core.Limits#MAX_LIST_SIZE} or together longer than that
     */
    public final Decision withDocuments(Iterable<String> documents) {
        Objects.requireNonNull(documents, "documents");
        return copy().documents(documents).build();
    }

    /**
     * Returns a copy with other evidence references.
     *
     * @param evidence the references, each not blank; not null, may be none
     * @return the copy
     * @throws IsmsException if a reference is blank or longer than
     *     {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH} characters, or if the references, one per line, are
     *     more than {@value org.isms4j.core.Limits#MAX_LIST_SIZE} or together longer than that
     */
    public final Decision withEvidence(String... evidence) {
        return withEvidence(Arrays.asList(Objects.requireNonNull(evidence, "evidence")));
    }

    /**
     * Returns a copy with other evidence references.
     *
     * @param evidence the references, each not blank; not null, may be empty; copied
     * @return the copy
     * @throws IsmsException if a reference is blank or longer than
     *     {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH} characters, or if the references, one per line, are
     *     more than {@value org.isms4j.core.Limits#MAX_LIST_SIZE} or together longer than that
     */
    public final Decision withEvidence(Iterable<String> evidence) {
        Objects.requireNonNull(evidence, "evidence");
        return copy().evidence(evidence).build();
    }
}
