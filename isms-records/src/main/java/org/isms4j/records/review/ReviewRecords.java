package org.isms4j.records.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.objective.EffectivenessRecord;
import org.isms4j.records.objective.EffectivenessSheet;
import org.isms4j.records.objective.EvaluationResult;

/**
 * The records a management review is drafted from: the previous review, the corrective actions,
 * the effectiveness sheet, the internal audit reports and the risk treatment plan.
 *
 * <p>{@link #draft(LocalDate, Collection, Locale)} writes the inputs these records answer — (a)
 * from the previous review's decisions, (d) 1) to 4) from the actions, the sheet and the audits,
 * (f) from the plan's progress — and leaves the others, which only people can report, missing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReviewRecords {

    ReviewRecords() {}

    /**
     * Returns the previous review.
     *
     * @return the review, or empty for the first review
     */
    public abstract Optional<ManagementReview> previous();

    /**
     * Returns the corrective actions.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<CorrectiveAction> correctiveActions();

    /**
     * Returns the effectiveness sheet.
     *
     * @return the sheet, or empty if there is none yet
     */
    public abstract Optional<EffectivenessSheet> effectiveness();

    /**
     * Returns the internal audit reports since the previous review.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<AuditReport> audits();

    /**
     * Returns the risk treatment plan.
     *
     * @return the plan, or empty if there is none yet
     */
    public abstract Optional<TreatmentPlan> treatmentPlan();

    /**
     * Obtains the records of a review.
     *
     * @param previous the previous review, or empty for the first, not null
     * @param correctiveActions the corrective actions; copied
     * @param effectiveness the effectiveness sheet, or empty, not null
     * @param audits the audit reports; copied
     * @param treatmentPlan the treatment plan, or empty, not null
     * @return the records, not null
     */
    public static ReviewRecords of(Optional<ManagementReview> previous, Collection<CorrectiveAction> correctiveActions,
            Optional<EffectivenessSheet> effectiveness, Collection<AuditReport> audits,
            Optional<TreatmentPlan> treatmentPlan) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(correctiveActions, "correctiveActions");
        Objects.requireNonNull(effectiveness, "effectiveness");
        Objects.requireNonNull(treatmentPlan, "treatmentPlan");
        Objects.requireNonNull(audits, "audits");
        return ImmutableReviewRecords.builder().previous(previous).correctiveActions(correctiveActions)
                .effectiveness(effectiveness).audits(audits).treatmentPlan(treatmentPlan).build();
    }

    /**
     * Drafts a review: the inputs the records answer, written in Japanese or English.
     *
     * @param date the date of the review, not null
     * @param attendees the attendees, not empty; copied
     * @param locale the language of the drafted texts, not null
     * @return the draft, incomplete until people report (b), (c), (e) and (g) and decide the
     *     outputs; not null
     * @throws org.isms4j.core.IsmsException if there is no attendee or one is blank or twice,
     *     or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public final ManagementReview draft(LocalDate date, Collection<String> attendees, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean ja = VocabularyTerm.isJapanese(locale);
        ManagementReview review = ManagementReview.of(date, attendees);
        review = review.withInput(ReviewInput.PREVIOUS_ACTIONS, previous().map(p -> (ja ? "前回（" : "previous review (")
                + p.date() + (ja ? "）の指示事項: " : "): ") + (p.outputs().isEmpty() ? (ja ? "なし" : "no decisions")
                        : String.join("; ", p.outputs().values())))
                .orElse(ja ? "初回マネジメントレビューのためありません。" : "None: this is the first management review."));
        long closed = correctiveActions().stream().filter(CorrectiveAction::isClosed).count();
        review = review.withInput(ReviewInput.NONCONFORMITIES, Checks.format(ja ? "是正処置 %d件（完了 %d件、対応中 %d件）"
                : "%d corrective actions (%d closed, %d open)", correctiveActions().size(), closed,
                correctiveActions().size() - closed));
        if (effectiveness().isPresent()) {
            List<EffectivenessRecord> records = effectiveness().get().records();
            long effective = count(records, EvaluationResult.EFFECTIVE);
            long notEffective = count(records, EvaluationResult.NOT_EFFECTIVE);
            long open = records.size() - effective - notEffective;
            review = review.withInput(ReviewInput.MONITORING, Checks.format(ja ? "有効性評価 %d件（○ %d件、× %d件、未評価 %d件）"
                    : "%d effectiveness evaluations (%d effective, %d not effective, %d not evaluated)",
                    records.size(), effective, notEffective, open));
            review = review.withInput(ReviewInput.OBJECTIVES, Checks.format(ja ? "情報セキュリティ目的 %d件のうち達成 %d件"
                    : "%d of %d information security objectives fulfilled", ja ? records.size() : effective,
                    ja ? effective : records.size()));
        }
        if (!audits().isEmpty()) {
            review = review.withInput(ReviewInput.AUDIT_RESULTS, audits().stream().map(a -> Checks.format(ja
                    ? "%s（%s）: 重大な不適合 %d件、軽微な不適合 %d件、観察事項 %d件"
                    : "%s (%s): %d major nonconformities, %d minor nonconformities, %d observations", a.plan().name(),
                    a.reportedOn(), a.findings(FindingGrade.MAJOR_NONCONFORMITY).size(),
                    a.findings(FindingGrade.MINOR_NONCONFORMITY).size(), a.findings(FindingGrade.OBSERVATION).size()))
                    .collect(Collectors.joining("; ")));
        }
        if (treatmentPlan().isPresent()) {
            Map<PlanStatus, Integer> progress = treatmentPlan().get().progress();
            review = review.withInput(ReviewInput.RISKS, Checks.format(ja
                    ? "リスク対応計画の管理策 %d件（終了 %d件、着手 %d件、未着手 %d件）"
                    : "%d controls in the risk treatment plan (%d completed, %d in progress, %d not started)",
                    treatmentPlan().get().items().size(), progress.get(PlanStatus.COMPLETED),
                    progress.get(PlanStatus.IN_PROGRESS), progress.get(PlanStatus.NOT_STARTED)));
        }
        return review;
    }

    private static long count(List<EffectivenessRecord> records, EvaluationResult result) {
        return records.stream().filter(r -> r.evaluation().map(e -> e.result() == result).orElse(false)).count();
    }
}
