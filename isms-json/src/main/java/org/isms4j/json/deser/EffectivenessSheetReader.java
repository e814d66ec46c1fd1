package org.isms4j.json.deser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.isms4j.json.Formats;
import org.isms4j.records.objective.EffectivenessRecord;
import org.isms4j.records.objective.EffectivenessSheet;
import org.isms4j.records.objective.Evaluation;
import org.isms4j.records.objective.EvaluationResult;
import org.isms4j.records.objective.Metric;
import org.isms4j.records.objective.SecurityObjective;

/**
 * The reader of the effectiveness sheet document ISMS有効性評価表 (6.2, 9.1): each objective with
 * its metric and plan, and its evaluation once made.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class EffectivenessSheetReader {

    private EffectivenessSheetReader() {}

    private enum SheetProperty { FORMAT, FORMAT_VERSION, RECORDS }

    private static final PropertyNames<SheetProperty> SHEET = PropertyNames.of(SheetProperty.class);

    /**
     * Reads the effectiveness sheet document.
     *
     * @param in the input
     * @return the sheet
     * @throws IOException if the parser fails
     */
    public static EffectivenessSheet effectivenessSheet(JsonInput in) throws IOException {
        PropertyLoop<SheetProperty> p = in.properties("effectiveness sheet document", SHEET);
        List<EffectivenessRecord> records = null;
        for (SheetProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.EFFECTIVENESS_SHEET);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case RECORDS -> records = JsonArrays.values(in, "records", EffectivenessSheetReader::record);
            }
        }
        p.requireAll();
        List<EffectivenessRecord> r = records;
        return in.core(() -> EffectivenessSheet.of(r));
    }

    private enum RecordProperty { OBJECTIVE, EVALUATION }

    private static final PropertyNames<RecordProperty> RECORD = PropertyNames.of(RecordProperty.class,
            EnumSet.of(RecordProperty.EVALUATION));

    private static EffectivenessRecord record(JsonInput in) throws IOException {
        PropertyLoop<RecordProperty> p = in.properties("effectiveness record", RECORD);
        SecurityObjective objective = null;
        Optional<Evaluation> evaluation = Optional.empty();
        for (RecordProperty f; (f = p.next()) != null;) {
            switch (f) {
                case OBJECTIVE -> objective = objective(in);
                case EVALUATION -> evaluation = Optional.of(evaluation(in));
            }
        }
        p.requireAll();
        SecurityObjective o = objective;
        Optional<Evaluation> e = evaluation;
        return in.core(() -> e.isPresent() ? EffectivenessRecord.of(o).evaluated(e.get()) : EffectivenessRecord.of(o));
    }

    private enum ObjectiveProperty {
        NUMBER, OBJECTIVES, METRIC, ACTIONS, RESOURCES, RESPONSIBLE, DUE_DATE, EVALUATION_METHOD, SET_ON
    }

    private static final PropertyNames<ObjectiveProperty> OBJECTIVE = PropertyNames.of(ObjectiveProperty.class);

    private static SecurityObjective objective(JsonInput in) throws IOException {
        PropertyLoop<ObjectiveProperty> p = in.properties("objective", OBJECTIVE);
        int number = 0;
        List<String> objectives = null;
        Metric metric = null;
        List<String> actions = null;
        List<String> resources = null;
        String responsible = null;
        LocalDate due = null;
        String method = null;
        LocalDate setOn = null;
        for (ObjectiveProperty f; (f = p.next()) != null;) {
            switch (f) {
                case NUMBER -> number = in.intIn("number", "objective number", 1, Integer.MAX_VALUE);
                case OBJECTIVES -> objectives = JsonArrays.texts(in, "objectives", "objective");
                case METRIC -> metric = metric(in);
                case ACTIONS -> actions = JsonArrays.texts(in, "actions", "action");
                case RESOURCES -> resources = JsonArrays.texts(in, "resources", "resource");
                case RESPONSIBLE -> responsible = in.notBlank("responsible", "responsible person");
                case DUE_DATE -> due = in.date("dueDate");
                case EVALUATION_METHOD -> method = in.notBlank("evaluationMethod", "evaluation method");
                case SET_ON -> setOn = in.date("setOn");
            }
        }
        p.requireAll();
        int n = number;
        List<String> o = objectives;
        Metric m = metric;
        List<String> a = actions;
        List<String> r = resources;
        String rp = responsible;
        LocalDate d = due;
        String em = method;
        LocalDate s = setOn;
        return in.core(() -> SecurityObjective.of(n, o, m, a, r, rp, d, em, s));
    }

    private enum MetricProperty { INDICATOR, TARGET }

    private static final PropertyNames<MetricProperty> METRIC = PropertyNames.of(MetricProperty.class);

    private static Metric metric(JsonInput in) throws IOException {
        PropertyLoop<MetricProperty> p = in.properties("metric", METRIC);
        String indicator = null;
        String target = null;
        for (MetricProperty f; (f = p.next()) != null;) {
            switch (f) {
                case INDICATOR -> indicator = in.notBlank("indicator", "metric indicator");
                case TARGET -> target = in.notBlank("target", "metric target");
            }
        }
        p.requireAll();
        String i = indicator;
        String t = target;
        return in.core(() -> Metric.of(i, t));
    }

    private enum EvaluationProperty { RESULT, DATE, REMARKS }

    private static final PropertyNames<EvaluationProperty> EVALUATION = PropertyNames.of(EvaluationProperty.class);

    private static Evaluation evaluation(JsonInput in) throws IOException {
        PropertyLoop<EvaluationProperty> p = in.properties("evaluation", EVALUATION);
        EvaluationResult result = null;
        LocalDate date = null;
        String remarks = null;
        for (EvaluationProperty f; (f = p.next()) != null;) {
            switch (f) {
                case RESULT -> result = in.term("evaluation result", EvaluationResult::ofCode);
                case DATE -> date = in.date("date");
                case REMARKS -> remarks = in.text("remarks");
            }
        }
        p.requireAll();
        EvaluationResult r = result;
        LocalDate d = date;
        String m = remarks;
        return in.core(() -> Evaluation.of(r, d, m));
    }
}
