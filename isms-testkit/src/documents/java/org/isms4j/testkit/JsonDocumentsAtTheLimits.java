package org.isms4j.testkit;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.annexa.soa.Consideration;
import org.isms4j.annexa.soa.Considerations;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ImplementationStatus;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.core.Limits;
import org.isms4j.core.selfassessment.Answer;
import org.isms4j.core.selfassessment.AnswerKey;
import org.isms4j.core.selfassessment.AnswerScale;
import org.isms4j.core.selfassessment.LocalizedText;
import org.isms4j.core.selfassessment.NotApplicable;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionPart;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.SelfAssessmentResult;
import org.isms4j.core.selfassessment.TargetRole;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.AuditChecklist;
import org.isms4j.records.audit.AuditPlan;
import org.isms4j.records.audit.AuditSlot;
import org.isms4j.records.audit.ChecklistItem;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.context.ClimateChangeDecision;
import org.isms4j.records.context.InterestedParty;
import org.isms4j.records.context.Issue;
import org.isms4j.records.context.IssueOrigin;
import org.isms4j.records.context.OrganisationContext;
import org.isms4j.records.context.PartyRequirement;
import org.isms4j.records.context.Scope;
import org.isms4j.records.context.ScopeExclusion;
import org.isms4j.records.context.ScopeInterface;
import org.isms4j.records.leadership.IsmsRole;
import org.isms4j.records.leadership.Policy;
import org.isms4j.records.leadership.RoleAssignment;
import org.isms4j.records.leadership.RoleChart;
import org.isms4j.records.objective.EffectivenessRecord;
import org.isms4j.records.objective.EffectivenessSheet;
import org.isms4j.records.objective.Evaluation;
import org.isms4j.records.objective.EvaluationResult;
import org.isms4j.records.objective.Metric;
import org.isms4j.records.objective.SecurityObjective;
import org.isms4j.records.training.EducationPlan;
import org.isms4j.records.training.Period;
import org.isms4j.records.training.TrainingMethod;

/**
 * The documents isms-json alone writes, at the core's limits ({@link Limits}), as
 * {@link AtTheLimits} and {@link RecordsAtTheLimits} are for the documents the tables carry too:
 * every text {@value Limits#MAX_TEXT_LENGTH} characters (from {@link AtTheLimits#text}), every list
 * of texts {@value Limits#MAX_TEXT_LENGTH} characters together ({@link AtTheLimits#joined}), the
 * dates and times 0000-01-01T00:00 and 9999-12-31T23:59:59.999999999, the largest numbers, a
 * question's {@value Limits#MAX_LIST_SIZE} measures, answer codes of
 * {@value Limits#MAX_TEXT_LENGTH} characters and the points -100 and 100.
 *
 * @param context the organisation's context (4.1 - 4.3)
 * @param policy the information security policy (5.2), of the largest edition
 * @param roles the role chart (5.3), every role and two department heads
 * @param effectiveness the effectiveness sheet (6.2, 9.1), one objective evaluated and one not
 * @param education an education plan (7.2, 7.3) of every method, evaluated by a comprehension test
 *     of the question set below
 * @param auditPlan an internal audit plan (9.2), its slots from the first to the last moment
 * @param checklist an internal audit checklist (9.2)
 * @param questionSet an LV.2 question set: the first and last part and question numbers, a part
 *     with a scale of its own, not-applicable scored as an answer
 * @param result the result of every question of the set answered
 * @param migration a Statement of Applicability against the 2013 controls
 * @param considerations the gap check's considerations, for one risk and for all risks
 */
public record JsonDocumentsAtTheLimits(OrganisationContext context, Policy policy, RoleChart roles,
        EffectivenessSheet effectiveness, EducationPlan education, AuditPlan auditPlan, AuditChecklist checklist,
        QuestionSet questionSet, SelfAssessmentResult result, SoaMigration migration, Considerations considerations) {

    private static final int MAX = Limits.MAX_TEXT_LENGTH;

    /**
     * Returns the documents at the limits, their texts drawn from a seed.
     *
     * @param seed the seed
     * @return the documents
     */
    public static JsonDocumentsAtTheLimits of(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IntFunction<String> text = length -> AtTheLimits.text(random, length, true);
        Supplier<List<String>> joined = () -> AtTheLimits.joined(random, AtTheLimits.Alphabet.ANY);
        OrganisationContext context = OrganisationContext.of(
                List.of(Issue.of(IssueOrigin.EXTERNAL, text.apply(MAX), text.apply(MAX), text.apply(MAX)),
                        Issue.of(IssueOrigin.INTERNAL, text.apply(MAX), text.apply(MAX), text.apply(MAX))),
                ClimateChangeDecision.relevant(text.apply(MAX)),
                List.of(InterestedParty.of(text.apply(MAX), List.of(
                        PartyRequirement.of(text.apply(MAX), text.apply(MAX), text.apply(MAX), true, true),
                        PartyRequirement.of(text.apply(MAX), text.apply(MAX), text.apply(MAX), false, false)))),
                Scope.of(joined.get(), joined.get(), joined.get(),
                        List.of(ScopeInterface.of(text.apply(MAX), text.apply(MAX))),
                        List.of(ScopeExclusion.of(text.apply(MAX), text.apply(MAX)))));
        Policy policy = Policy.ofEdition(Integer.MAX_VALUE, Limits.MAX_DATE, text.apply(MAX), text.apply(MAX),
                joined.get());
        List<RoleAssignment> assignments = new ArrayList<>();
        for (IsmsRole role : IsmsRole.values()) {
            if (role != IsmsRole.DEPARTMENT_HEAD) {
                assignments.add(RoleAssignment.of(role, text.apply(MAX), joined.get(),
                        joined.get()));
            }
        }
        for (int i = 0; i < 2; i++) {
            assignments.add(RoleAssignment.ofDepartmentHead(text.apply(MAX), text.apply(MAX),
                    joined.get(), joined.get()));
        }
        IntFunction<SecurityObjective> objective = number -> SecurityObjective.of(number, joined.get(),
                Metric.of(text.apply(MAX), text.apply(MAX)), joined.get(), joined.get(),
                text.apply(MAX), Limits.MAX_DATE, text.apply(MAX), Limits.MIN_DATE);
        EffectivenessSheet effectiveness = EffectivenessSheet.of(List.of(
                EffectivenessRecord.of(objective.apply(1)).evaluated(
                        Evaluation.of(EvaluationResult.NOT_EFFECTIVE, Limits.MAX_DATE, text.apply(MAX))),
                EffectivenessRecord.of(objective.apply(Integer.MAX_VALUE))));
        QuestionSet set = questionSet(random, text);
        Map<Integer, String> answers = new LinkedHashMap<>();
        for (Question question : set.questions()) {
            List<Answer> scale = set.scaleOf(question.number()).answers();
            answers.put(question.number(), scale.get(random.nextInt(scale.size())).code());
        }
        EducationPlan education = EducationPlan.of(text.apply(MAX), text.apply(MAX), List.of(TrainingMethod.values()),
                text.apply(MAX), joined.get(), Period.of(Limits.MIN_DATE, Limits.MAX_DATE),
                text.apply(MAX)).evaluatedByTest(AnswerKey.of(set, answers, Answer.MAX_POINTS,
                        Answer.MAX_POINTS * answers.size()));
        LocalDateTime first = Limits.MIN_DATE.atStartOfDay();
        LocalDateTime last = Limits.MAX_DATE.atTime(LocalTime.MAX);
        AuditPlan auditPlan = AuditPlan.of(text.apply(MAX), text.apply(MAX), text.apply(MAX), List.of(
                AuditSlot.of(1, text.apply(MAX), text.apply(MAX), text.apply(MAX), text.apply(MAX), first, last),
                AuditSlot.of(Integer.MAX_VALUE, text.apply(MAX), text.apply(MAX), text.apply(MAX), text.apply(MAX),
                        first, first.plusNanos(1))), Limits.MAX_DATE, text.apply(MAX));
        AuditChecklist checklist = AuditChecklist.of(List.of(
                ChecklistItem.of(Clause.parse("4.1"), text.apply(MAX), joined.get(),
                        Optional.of(FindingGrade.MAJOR_NONCONFORMITY)),
                ChecklistItem.of(Clause.parse("10.2"), text.apply(MAX), joined.get(), Optional.empty())));
        List<Integer> risks = AtTheLimits.largestNumbers();
        Map<Iso2013ControlId, Decision> decisions = new LinkedHashMap<>();
        decisions.put(Iso2013ControlId.parse("A.8.2.1"), Decision.applicable(text.apply(MAX),
                ReasonCode.RISK_ASSESSMENT_RESULT, ReasonCode.LEGAL_OR_REGULATORY)
                .withStatus(ImplementationStatus.PARTIALLY_IMPLEMENTED).withRiskNumbers(risks)
                .withDocuments(AtTheLimits.text(random, MAX / 2, false), AtTheLimits.text(random, MAX - MAX / 2 - 1, false))
                .withEvidence(AtTheLimits.text(random, MAX, false)));
        decisions.put(Iso2013ControlId.parse("A.18.2.3"), Decision.excluded(text.apply(MAX),
                ReasonCode.BUSINESS_REQUIREMENT));
        Considerations considerations = Considerations.of(List.of(
                Consideration.of(ControlId.parse("8.28"), Integer.MAX_VALUE, text.apply(MAX), text.apply(MAX),
                        Limits.MAX_DATE),
                Consideration.ofAllRisks(ControlId.parse("5.1"), text.apply(MAX), text.apply(MAX), Limits.MIN_DATE)));
        return new JsonDocumentsAtTheLimits(context, policy, RoleChart.of(assignments), effectiveness, education,
                auditPlan, checklist, set, SelfAssessmentResult.ofCodes(set, answers), SoaMigration.of(decisions),
                considerations);
    }

    /**
     * A question set at the limits: every text and answer code at the limit, an unknown answer, parts 1 and
     * {@value QuestionPart#MAX_NUMBER}, questions 1 and {@value Question#MAX_NUMBER}, one question
     * with {@value Limits#MAX_LIST_SIZE} measures, the other with two at the limit.
     */
    private static QuestionSet questionSet(SplittableRandom random, IntFunction<String> text) {
        String top = code(random);
        String unknown = code(random);
        String bottom = code(random);
        AnswerScale scale = AnswerScale.of(List.of(Answer.of(top, text.apply(MAX), text.apply(MAX), Answer.MAX_POINTS),
                Answer.of(unknown, text.apply(MAX), text.apply(MAX), 0),
                Answer.of(bottom, text.apply(MAX), text.apply(MAX), Answer.MIN_POINTS)), unknown);
        AnswerScale own = AnswerScale.of(List.of(Answer.of(top, text.apply(MAX), text.apply(MAX), 0),
                Answer.of(code(random), text.apply(MAX), text.apply(MAX), Answer.MIN_POINTS),
                Answer.of(bottom, text.apply(MAX), text.apply(MAX), Answer.MIN_POINTS)));
        String[] measures = new String[Limits.MAX_LIST_SIZE];
        for (int i = 0; i < measures.length; i++) {
            measures[i] = "対策" + i;
        }
        measures[0] = text.apply(MAX);
        Question first = Question.of(1, text.apply(MAX), text.apply(MAX)).withCategory(text.apply(MAX))
                .withTargetRoles(TargetRole.values()).withAnnexA("5.1", "8.34").withMeasures(measures);
        Question last = Question.of(Question.MAX_NUMBER, LocalizedText.ofJapanese("question", text.apply(MAX)))
                .withMeasures(text.apply(MAX), text.apply(MAX));
        return QuestionSet.of(text.apply(MAX), text.apply(MAX), LocalizedText.of("title", text.apply(MAX),
                text.apply(MAX)), scale, List.of(
                QuestionPart.of(QuestionPart.MAX_NUMBER, LocalizedText.ofEnglish("part", text.apply(MAX)),
                        List.of(last)).withScale(own),
                QuestionPart.of(1, text.apply(MAX), text.apply(MAX), List.of(first))))
                .withNotApplicable(NotApplicable.scoredAs(bottom));
    }

    /** An answer code of {@value Limits#MAX_TEXT_LENGTH} lowercase letters, digits and underscores. */
    private static String code(SplittableRandom random) {
        StringBuilder code = new StringBuilder(MAX);
        while (code.length() < MAX) {
            code.append("abcdefghijklmnopqrstuvwxyz0123456789_".charAt(random.nextInt(37)));
        }
        return code.toString();
    }
}
