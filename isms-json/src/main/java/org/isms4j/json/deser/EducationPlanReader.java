package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.isms4j.core.selfassessment.AnswerKey;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.json.Formats;
import org.isms4j.records.training.EducationPlan;
import org.isms4j.records.training.Period;
import org.isms4j.records.training.TrainingMethod;

/**
 * The reader of the education plan document 教育計画書 (7.2) with its comprehension test, and of
 * the period that the plan and the training record share.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class EducationPlanReader {

    private EducationPlanReader() {}

    private enum PlanProperty {
        FORMAT, FORMAT_VERSION, PURPOSE, AUDIENCE, METHODS, METHOD_DETAILS, CONTENT, PERIOD, EFFECTIVENESS_EVALUATION,
        COMPREHENSION_TEST
    }

    private static final PropertyNames<PlanProperty> PLAN = PropertyNames.of(PlanProperty.class,
            EnumSet.of(PlanProperty.COMPREHENSION_TEST));

    /**
     * Reads the education plan document of a plan without a comprehension test.
     *
     * @param in the input
     * @return the plan
     * @throws IOException if the parser fails
     */
    public static EducationPlan educationPlan(JsonInput in) throws IOException {
        return educationPlan(in, null);
    }

    /**
     * Reads the education plan document, its comprehension test on a question set.
     *
     * @param in the input
     * @param set the question set of the comprehension test, or null if none was given
     * @return the plan
     * @throws IOException if the parser fails
     */
    public static EducationPlan educationPlan(JsonInput in, QuestionSet set) throws IOException {
        PropertyLoop<PlanProperty> p = in.properties("education plan document", PLAN);
        String purpose = null;
        String audience = null;
        List<TrainingMethod> methods = null;
        String details = null;
        List<String> content = null;
        Period period = null;
        String effectiveness = null;
        AnswerKey key = null;
        for (PlanProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.EDUCATION_PLAN);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case PURPOSE -> purpose = in.notBlank("purpose", "purpose");
                case AUDIENCE -> audience = in.notBlank("audience", "audience");
                case METHODS -> methods = methods(in);
                case METHOD_DETAILS -> details = in.notBlank("methodDetails", "method details");
                case CONTENT -> content = JsonArrays.texts(in, "content", "content");
                case PERIOD -> period = period(in);
                case EFFECTIVENESS_EVALUATION -> effectiveness = in.notBlank("effectivenessEvaluation",
                        "effectiveness evaluation");
                case COMPREHENSION_TEST -> key = ComprehensionTestReader.answerKey(in, set);
            }
        }
        p.requireAll();
        String pu = purpose;
        String a = audience;
        List<TrainingMethod> m = methods;
        String d = details;
        List<String> c = content;
        Period pe = period;
        String e = effectiveness;
        AnswerKey k = key;
        return in.core(() -> {
            EducationPlan plan = EducationPlan.of(pu, a, m, d, c, pe, e);
            return k == null ? plan : plan.evaluatedByTest(k);
        });
    }

    /** Reads the methods in their order, a repeated one left to the plan's own check. */
    private static List<TrainingMethod> methods(JsonInput in) throws IOException {
        in.expectArray("methods");
        List<TrainingMethod> methods = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            JsonArrays.checkLength(in, "methods", methods.size());
            methods.add(in.term("training method", TrainingMethod::ofCode));
        }
        return methods;
    }

    private enum PeriodProperty { START, END }

    private static final PropertyNames<PeriodProperty> PERIOD = PropertyNames.of(PeriodProperty.class);

    /**
     * Reads a period, such as {@code {"start": "2023-10-02", "end": "2023-10-31"}}.
     *
     * @param in the input
     * @return the period
     * @throws IOException if the parser fails
     */
    static Period period(JsonInput in) throws IOException {
        PropertyLoop<PeriodProperty> p = in.properties("period", PERIOD);
        LocalDate start = null;
        LocalDate end = null;
        for (PeriodProperty f; (f = p.next()) != null;) {
            switch (f) {
                case START -> start = in.date("start");
                case END -> end = in.date("end");
            }
        }
        p.requireAll();
        LocalDate s = start;
        LocalDate e = end;
        return in.core(() -> Period.of(s, e));
    }
}
