package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isms4j.core.Checks;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.json.Formats;

/**
 * The reader of the treatment plan document リスク対応計画 and of its rows.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class TreatmentPlanReader {

    private TreatmentPlanReader() {}

    private enum PlanProperty { FORMAT, FORMAT_VERSION, ITEMS }

    private static final PropertyNames<PlanProperty> PLAN = PropertyNames.of(PlanProperty.class);

    /**
     * Reads the treatment plan document.
     *
     * @param in the input
     * @return the plan
     * @throws IOException if the parser fails
     */
    public static TreatmentPlan treatmentPlan(JsonInput in) throws IOException {
        PropertyLoop<PlanProperty> p = in.properties("treatment plan document", PLAN);
        List<PlanItem> items = new ArrayList<>();
        for (PlanProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.TREATMENT_PLAN);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case ITEMS -> {
                    in.expectArray("items");
                    Set<Integer> numbers = new HashSet<>();
                    while (in.next() != JsonToken.END_ARRAY) {
                        PlanItem item = planItem(in);
                        if (!numbers.add(item.number())) {
                            throw in.errorAtProperty(Checks.format("Duplicate plan row number: %d", item.number()),
                                    "number");
                        }
                        items.add(item);
                    }
                }
            }
        }
        p.requireAll();
        return in.core(() -> TreatmentPlan.of(items));
    }

    private enum ItemProperty {
        NUMBER, CONTROL, TASKS, OWNER, PLANNED_START, PLANNED_END, ACTUAL_START, ACTUAL_END, STATUS, RISK_NUMBERS
    }

    private static final PropertyNames<ItemProperty> ITEM = PropertyNames.of(ItemProperty.class,
            EnumSet.of(ItemProperty.ACTUAL_START, ItemProperty.ACTUAL_END));

    /**
     * Reads a row of the treatment plan.
     *
     * @param in the input
     * @return the row
     * @throws IOException if the parser fails
     */
    public static PlanItem planItem(JsonInput in) throws IOException {
        PropertyLoop<ItemProperty> p = in.properties("plan item", ITEM);
        int number = 0;
        TreatmentControl control = null;
        List<String> tasks = null;
        String owner = null;
        LocalDate plannedStart = null;
        LocalDate plannedEnd = null;
        Optional<LocalDate> actualStart = Optional.empty();
        Optional<LocalDate> actualEnd = Optional.empty();
        PlanStatus status = null;
        Set<Integer> risks = null;
        for (ItemProperty f; (f = p.next()) != null;) {
            switch (f) {
                case NUMBER -> number = in.intIn("number", "plan row number", 1, Integer.MAX_VALUE);
                case CONTROL -> control = TreatmentReader.treatmentControl(in);
                case TASKS -> tasks = JsonArrays.texts(in, "tasks", "task");
                case OWNER -> owner = in.notBlank("owner", "owner");
                case PLANNED_START -> plannedStart = in.date("plannedStart");
                case PLANNED_END -> plannedEnd = in.date("plannedEnd");
                case ACTUAL_START -> actualStart = Optional.of(in.date("actualStart"));
                case ACTUAL_END -> actualEnd = Optional.of(in.date("actualEnd"));
                case STATUS -> status = in.term("plan status", PlanStatus::ofCode);
                case RISK_NUMBERS -> risks = JsonArrays.numbers(in, "riskNumbers", "risk number");
            }
        }
        p.requireAll();
        int n = number;
        TreatmentControl c = control;
        List<String> t = tasks;
        String o = owner;
        LocalDate ps = plannedStart;
        LocalDate pe = plannedEnd;
        Optional<LocalDate> as = actualStart;
        Optional<LocalDate> ae = actualEnd;
        PlanStatus st = status;
        Set<Integer> r = risks;
        return in.core(() -> PlanItem.ofRecord(n, c, t, o, ps, pe, as, ae, st, r));
    }
}
