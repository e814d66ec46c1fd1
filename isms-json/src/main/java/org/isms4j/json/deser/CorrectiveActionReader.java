package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.BiFunction;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.json.Formats;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.corrective.ActionStep;
import org.isms4j.records.corrective.CauseEvaluation;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.corrective.NonconformityOrigin;

/**
 * The reader of the corrective request and answer document 是正要求書兼回答書 and of its steps.
 *
 * <p>The steps are recorded through the core in the order of the form, whatever the order of
 * the properties, so that a step recorded before the one it depends on, a cause removal the
 * evaluation does not need, or a date running backwards is rejected by the core's state machine
 * at the step's property, such as {@code $.implementation: Invalid corrective action 24-01:
 * implemented cannot be recorded before evaluated (stage corrected)}.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class CorrectiveActionReader {

    private CorrectiveActionReader() {}

    private enum StepProperty { CONTENT, AUTHOR, APPROVER, DATE, FOLLOW_UP_AUDIT_NEEDED }

    /** A step's properties; the effectiveness review's also say whether a follow-up audit is needed. */
    private static final PropertyNames<StepProperty> STEP = PropertyNames.of(StepProperty.class,
            EnumSet.of(StepProperty.FOLLOW_UP_AUDIT_NEEDED));
    private static final EnumSet<StepProperty> REVIEW = EnumSet.of(StepProperty.FOLLOW_UP_AUDIT_NEEDED);

    /** A step read, with the effectiveness review's answer. */
    private record Step(ActionStep step, boolean followUpAuditNeeded) {}

    private static Step step(JsonInput in, String what, boolean review) throws IOException {
        PropertyLoop<StepProperty> p = in.properties(what, STEP);
        String content = null;
        String author = null;
        String approver = null;
        LocalDate date = null;
        boolean followUp = false;
        for (StepProperty f; (f = p.next()) != null;) {
            switch (f) {
                case CONTENT -> content = in.text("content");
                case AUTHOR -> author = in.text("author");
                case APPROVER -> approver = in.text("approver");
                case DATE -> date = in.date("date");
                case FOLLOW_UP_AUDIT_NEEDED -> {
                    if (review) {
                        followUp = bool(in, "followUpAuditNeeded");
                    } else if (in.failOnUnknownProperties()) {
                        throw in.error(Checks.unknown("property", "followUpAuditNeeded",
                                "content, author, approver, date").getMessage());
                    } else {
                        in.parser().skipChildren();
                    }
                }
            }
        }
        p.requireAll();
        if (review) {
            p.requireAll(REVIEW);
        }
        String c = content;
        String a = author;
        String ap = approver;
        LocalDate d = date;
        return new Step(in.core(() -> ActionStep.of(c, a, ap, d)), followUp);
    }

    private static boolean bool(JsonInput in, String what) {
        JsonToken token = in.parser().currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw in.typeError(what, "boolean");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private enum EvaluationProperty { SIMILAR_EXIST, SIMILAR_COULD_OCCUR, CAUSE_REMOVAL_NEEDED, CAUSE }

    private static final PropertyNames<EvaluationProperty> EVALUATION = PropertyNames.of(EvaluationProperty.class);

    private static CauseEvaluation evaluation(JsonInput in) throws IOException {
        PropertyLoop<EvaluationProperty> p = in.properties("evaluation", EVALUATION);
        boolean exist = false;
        boolean couldOccur = false;
        boolean removalNeeded = false;
        ActionStep cause = null;
        for (EvaluationProperty f; (f = p.next()) != null;) {
            switch (f) {
                case SIMILAR_EXIST -> exist = bool(in, "similarExist");
                case SIMILAR_COULD_OCCUR -> couldOccur = bool(in, "similarCouldOccur");
                case CAUSE_REMOVAL_NEEDED -> removalNeeded = bool(in, "causeRemovalNeeded");
                case CAUSE -> cause = step(in, "cause", false).step();
            }
        }
        p.requireAll();
        return CauseEvaluation.of(exist, couldOccur, removalNeeded, cause);
    }

    private enum ActionProperty {
        FORMAT, FORMAT_VERSION, NUMBER, DEPARTMENT, ORIGIN, GRADE, CLAUSE, REQUEST, CORRECTION, EVALUATION,
        CAUSE_REMOVAL, IMPLEMENTATION, CONFIRMATION, EFFECTIVENESS
    }

    private static final PropertyNames<ActionProperty> ACTION = PropertyNames.of(ActionProperty.class,
            EnumSet.range(ActionProperty.CORRECTION, ActionProperty.EFFECTIVENESS));

    /**
     * Reads the corrective action document.
     *
     * @param in the input
     * @return the action
     * @throws IOException if the parser fails
     */
    public static CorrectiveAction correctiveAction(JsonInput in) throws IOException {
        PropertyLoop<ActionProperty> p = in.properties("corrective action document", ACTION);
        String number = null;
        String department = null;
        NonconformityOrigin origin = null;
        FindingGrade grade = null;
        Clause clause = null;
        ActionStep request = null;
        ActionStep correction = null;
        CauseEvaluation evaluation = null;
        ActionStep causeRemoval = null;
        ActionStep implementation = null;
        ActionStep confirmation = null;
        Step effectiveness = null;
        for (ActionProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.CORRECTIVE_ACTION);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case NUMBER -> number = in.text("number");
                case DEPARTMENT -> department = in.text("department");
                case ORIGIN -> origin = in.term("nonconformity origin", NonconformityOrigin::ofCode);
                case GRADE -> grade = in.term("finding grade", FindingGrade::ofCode);
                case CLAUSE -> clause = AuditPlanReader.clause(in, "clause");
                case REQUEST -> request = step(in, "request", false).step();
                case CORRECTION -> correction = step(in, "correction", false).step();
                case EVALUATION -> evaluation = evaluation(in);
                case CAUSE_REMOVAL -> causeRemoval = step(in, "causeRemoval", false).step();
                case IMPLEMENTATION -> implementation = step(in, "implementation", false).step();
                case CONFIRMATION -> confirmation = step(in, "confirmation", false).step();
                case EFFECTIVENESS -> effectiveness = step(in, "effectiveness", true);
            }
        }
        p.requireAll();
        String n = number;
        String d = department;
        NonconformityOrigin o = origin;
        FindingGrade g = grade;
        Clause c = clause;
        ActionStep r = request;
        CorrectiveAction action = in.core(() -> CorrectiveAction.of(n, d, o, g, c, r));
        action = record(in, action, "correction", correction, CorrectiveAction::corrected);
        action = record(in, action, "evaluation", evaluation, CorrectiveAction::evaluated);
        action = record(in, action, "causeRemoval", causeRemoval, CorrectiveAction::causeRemovalPlanned);
        action = record(in, action, "implementation", implementation, CorrectiveAction::implemented);
        action = record(in, action, "confirmation", confirmation, CorrectiveAction::confirmed);
        return record(in, action, "effectiveness", effectiveness,
                (a, review) -> a.reviewed(review.step(), review.followUpAuditNeeded()));
    }

    /** Records a step read, if any, turning the core's refusal into one at the step's property. */
    private static <T> CorrectiveAction record(JsonInput in, CorrectiveAction action, String property, T step,
            BiFunction<CorrectiveAction, T, CorrectiveAction> recorder) {
        if (step == null) {
            return action;
        }
        try {
            return recorder.apply(action, step);
        } catch (IsmsException e) {
            throw in.errorAtProperty(e.getMessage(), property);
        }
    }
}
