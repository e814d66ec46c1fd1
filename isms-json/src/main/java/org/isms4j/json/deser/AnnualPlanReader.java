package org.isms4j.json.deser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.isms4j.json.Formats;
import org.isms4j.records.Clause;
import org.isms4j.records.operation.AnnualPlan;
import org.isms4j.records.operation.PlannedActivity;

/**
 * The reader of the annual plan document ISMS年間計画表 (8.1): each activity with its clause, the
 * documents it uses or produces, and the Mondays of its scheduled weeks.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AnnualPlanReader {

    private AnnualPlanReader() {}

    private enum PlanProperty { FORMAT, FORMAT_VERSION, ACTIVITIES }

    private static final PropertyNames<PlanProperty> PLAN = PropertyNames.of(PlanProperty.class);

    /**
     * Reads the annual plan document.
     *
     * @param in the input
     * @return the plan
     * @throws IOException if the parser fails
     */
    public static AnnualPlan annualPlan(JsonInput in) throws IOException {
        PropertyLoop<PlanProperty> p = in.properties("annual plan document", PLAN);
        List<PlannedActivity> activities = null;
        for (PlanProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.ANNUAL_PLAN);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case ACTIVITIES -> activities = JsonArrays.values(in, "activities", AnnualPlanReader::activity);
            }
        }
        p.requireAll();
        List<PlannedActivity> a = activities;
        return in.core(() -> AnnualPlan.of(a));
    }

    private enum ActivityProperty { CLAUSE, ACTIVITY, DOCUMENTS, WEEKS }

    private static final PropertyNames<ActivityProperty> ACTIVITY = PropertyNames.of(ActivityProperty.class);

    private static PlannedActivity activity(JsonInput in) throws IOException {
        PropertyLoop<ActivityProperty> p = in.properties("activity", ACTIVITY);
        Clause clause = null;
        String activity = null;
        List<String> documents = null;
        List<LocalDate> weeks = null;
        for (ActivityProperty f; (f = p.next()) != null;) {
            switch (f) {
                case CLAUSE -> clause = in.term("clause", Clause::parse);
                case ACTIVITY -> activity = in.notBlank("activity", "activity");
                case DOCUMENTS -> documents = JsonArrays.texts(in, "documents", "document title");
                case WEEKS -> weeks = JsonArrays.values(in, "weeks", w -> w.date("weeks"));
            }
        }
        p.requireAll();
        Clause c = clause;
        String a = activity;
        List<String> d = documents;
        List<LocalDate> w = weeks;
        return in.core(() -> PlannedActivity.of(c, a, d, w));
    }
}
