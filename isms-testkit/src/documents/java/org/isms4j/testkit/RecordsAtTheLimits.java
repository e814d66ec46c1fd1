package org.isms4j.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ImplementationStatus;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.Limits;
import org.isms4j.core.selfassessment.Answer;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.audit.ChecklistItem;
import org.isms4j.records.audit.Finding;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.communication.Communication;
import org.isms4j.records.communication.CommunicationPlan;
import org.isms4j.records.document.DocumentNumber;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.competence.CompetenceItem;
import org.isms4j.records.competence.CompetenceRating;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.competence.ImprovementPlan;
import org.isms4j.records.corrective.ActionStep;
import org.isms4j.records.corrective.CauseEvaluation;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.corrective.NonconformityOrigin;
import org.isms4j.records.document.DocumentedInformation;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.leadership.IsmsRole;
import org.isms4j.records.operation.AnnualPlan;
import org.isms4j.records.operation.PlannedActivity;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.review.ReviewInput;
import org.isms4j.records.review.ReviewOutput;
import org.isms4j.records.training.Attendee;
import org.isms4j.records.training.Period;
import org.isms4j.records.training.TrainingMethod;
import org.isms4j.records.training.TrainingRecord;

/**
 * A Statement of Applicability, eight ISMS records and an answer sheet at the core's limits ({@link Limits}), for the
 * format modules' round trips, as {@link AtTheLimits} is for the register and plan: texts of
 * {@value Limits#MAX_TEXT_LENGTH} characters (from {@link AtTheLimits#text}), a decision citing
 * {@value Limits#MAX_LIST_SIZE} risks of ten digits, its documents and its evidence one per line
 * and a communication's methods joined by {@code "; "}, each list {@value Limits#MAX_TEXT_LENGTH}
 * characters together, the dates 0000-01-01 and 9999-12-31, the largest edition.
 *
 * @param soa the Statement of Applicability
 * @param communications the communication plan (7.4)
 * @param documents the documented-information register (7.5)
 * @param annualPlan the annual plan (8.1), an activity's documents joined by {@code "; "}
 * @param competence a competence record (7.2) with an improvement plan dated 9999-12-31
 * @param review a management review (9.3), every input and output at the limit
 * @param correctiveAction a corrective action (10.2) through every stage, dated 0000-01-01 on
 * @param training a training record (7.2, 7.3) with its attendees
 * @param audit an internal audit report (9.2) of the example company's audit plan, with its
 *     checklist and findings
 * @param answerSheet an LV.2 answer sheet of the Part 1 self-assessment, every question answered
 */
public record RecordsAtTheLimits(StatementOfApplicability soa, CommunicationPlan communications,
        DocumentRegister documents, AnnualPlan annualPlan, CompetenceRecord competence, ManagementReview review,
        CorrectiveAction correctiveAction, TrainingRecord training, AuditReport audit, AnswerSheet answerSheet) {

    private static final int MAX = Limits.MAX_TEXT_LENGTH;

    /**
     * Returns the documents at the limits, their texts drawn from a seed.
     *
     * @param seed the seed
     * @return the documents
     */
    public static RecordsAtTheLimits of(long seed) {
        return of(seed, AtTheLimits.Alphabet.ANY);
    }

    /**
     * Returns the documents at the limits, their texts drawn from a seed and an alphabet.
     *
     * @param seed the seed
     * @param alphabet what the texts are drawn from
     * @return the documents
     */
    public static RecordsAtTheLimits of(long seed, AtTheLimits.Alphabet alphabet) {
        SplittableRandom random = new SplittableRandom(seed);
        IntFunction<String> text = length -> AtTheLimits.text(random, length, true, alphabet);
        IntFunction<String> line = length -> AtTheLimits.text(random, length, false, alphabet);
        List<Integer> risks = AtTheLimits.largestNumbers();
        Decision applicable = Decision.applicable(text.apply(MAX), ReasonCode.RISK_ASSESSMENT_RESULT)
                .withStatus(ImplementationStatus.IMPLEMENTED).withRiskNumbers(risks)
                .withDocuments(line.apply(MAX / 2), line.apply(MAX - MAX / 2 - 1))
                .withEvidence(line.apply(MAX / 2), line.apply(MAX - MAX / 2 - 1));
        Decision excluded = Decision.excluded(text.apply(MAX), ReasonCode.BUSINESS_REQUIREMENT);
        StatementOfApplicability soa = StatementOfApplicability.empty().with(ControlId.parse("5.1"), applicable)
                .with(ControlId.parse("8.28"), excluded);
        // The methods joined by "; ": MAX characters together.
        Communication communication = Communication.of(text.apply(MAX), text.apply(MAX), text.apply(MAX),
                text.apply(MAX), AtTheLimits.joined(random, alphabet));
        DocumentedInformation numbered = DocumentedInformation.of(DocumentNumber.parse("A-01"), text.apply(MAX),
                text.apply(MAX), text.apply(MAX), Limits.MIN_DATE, text.apply(MAX));
        DocumentedInformation revised = DocumentedInformation.ofRecord(Optional.of(DocumentNumber.parse("D-99")),
                text.apply(MAX), text.apply(MAX), Optional.of(text.apply(MAX)), Limits.MIN_DATE,
                Optional.of(Limits.MAX_DATE), Integer.MAX_VALUE, text.apply(MAX));
        // The documents joined by "; ": MAX characters together; the weeks of one year, by their Mondays.
        LocalDate monday = LocalDate.of(9999, 12, 27);
        AnnualPlan annualPlan = AnnualPlan.of(List.of(PlannedActivity.of(Clause.parse("6.1"), text.apply(MAX),
                AtTheLimits.joined(random, alphabet), List.of(monday.minusWeeks(51), monday))));
        CompetenceRecord competence = CompetenceRecord.of(IsmsRole.DEPARTMENT_HEAD, text.apply(MAX), List.of(
                CompetenceItem.of(1, text.apply(MAX), CompetenceRating.ROOM_FOR_IMPROVEMENT)
                        .withPlan(ImprovementPlan.of(Limits.MAX_DATE, text.apply(MAX)))));
        ManagementReview review = ManagementReview.of(Limits.MAX_DATE,
                AtTheLimits.joined(random, alphabet));
        for (ReviewInput input : ReviewInput.values()) {
            review = review.withInput(input, text.apply(MAX));
        }
        for (ReviewOutput output : ReviewOutput.values()) {
            review = review.withOutput(output, text.apply(MAX));
        }
        IntFunction<ActionStep> step = days -> ActionStep.of(text.apply(MAX), text.apply(MAX), text.apply(MAX),
                Limits.MIN_DATE.plusDays(days));
        CorrectiveAction action = CorrectiveAction.of(line.apply(MAX), text.apply(MAX), NonconformityOrigin.INTERNAL_AUDIT,
                FindingGrade.MINOR_NONCONFORMITY, Clause.parse("7.2"), step.apply(0)).corrected(step.apply(0))
                .evaluated(CauseEvaluation.of(false, true, false, step.apply(1))).implemented(step.apply(2))
                .confirmed(step.apply(3)).reviewed(step.apply(4), true);
        Period period = ExampleCompany.trainingPeriod();
        TrainingRecord training = TrainingRecord.of(text.apply(MAX), period, TrainingMethod.E_LEARNING,
                AtTheLimits.joined(random, alphabet), text.apply(MAX), text.apply(MAX),
                List.of(Attendee.of(text.apply(MAX), text.apply(MAX), period.start()),
                        Attendee.of(text.apply(MAX), text.apply(MAX), period.end())), text.apply(MAX));
        AuditReport audit = AuditReport.of(ExampleCompany.auditPlan(), List.of(
                ChecklistItem.of(Clause.parse("4.3"), text.apply(MAX),
                        AtTheLimits.joined(random, alphabet), Optional.of(FindingGrade.OBSERVATION)),
                ChecklistItem.of(Clause.parse("5.2"), text.apply(MAX), List.of(line.apply(MAX)),
                        Optional.of(FindingGrade.MINOR_NONCONFORMITY))), text.apply(MAX), List.of(
                Finding.of(FindingGrade.MINOR_NONCONFORMITY, 1, Clause.parse("5.2"), "総務部", text.apply(MAX)),
                Finding.of(FindingGrade.OBSERVATION, 1, Clause.parse("4.3"), "情報システム部", text.apply(MAX))),
                LocalDate.of(2024, 2, 20));
        QuestionSet set = QuestionSets.selfAssessmentPart1();
        AnswerSheet.SheetBuilder sheet = AnswerSheet.builder(set, text.apply(MAX), text.apply(MAX), Limits.MAX_DATE);
        for (Question question : set.questions()) {
            List<Answer> answers = set.scaleOf(question.number()).answers();
            sheet.answer(question.number(), answers.get(random.nextInt(answers.size())).code());
        }
        return new RecordsAtTheLimits(soa, CommunicationPlan.of(List.of(communication)),
                DocumentRegister.of(List.of(numbered, revised)), annualPlan, competence, review, action, training, audit,
                sheet.build());
    }
}
