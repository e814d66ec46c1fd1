package org.isms4j.csv;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.isms4j.annexa.soa.Applicability;
import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RatingScale;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.report.InventoryColumn;
import org.isms4j.core.report.PlanColumn;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.treatment.TreatmentControl;

/**
 * The asset inventory and treatment plan tables of the CSV format, each as the core's
 * {@link ReportTable} to write and read back from a {@link CsvInput}, and what the tables share:
 * the cell of a treatment control, {@code 情報の分類定義 (5.12)}. The register is
 * {@link RegisterTable}, the Statement of Applicability {@link SoaTable}.
 *
 * <p>Cells are the core's renderings: terms by their Japanese or English name, several values in
 * one cell separated by commas (numbers, terms) or by line breaks (controls, tasks, documents,
 * evidence). Reading accepts either language whatever the headings' language, checks every
 * derived cell and every rule of the core.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class CsvTables {

    /** A treatment control as a cell renders it: its text, a space and its Annex A id in brackets. */
    static final Pattern CONTROL = Pattern.compile("(?s)(.*) \\((?:A[. ]?)?([5-8]\\.[1-9][0-9]?)\\)");

    private CsvTables() {}

    // ---------------------------------------------------------------- asset inventory

    /**
     * Returns the asset inventory as a table with every {@link InventoryColumn}.
     *
     * @param inventory the inventory
     * @param locale the language of the headings
     * @return the table
     */
    public static ReportTable inventoryTable(AssetInventory inventory, Locale locale) {
        return ReportTable.ofInventory(inventory, locale);
    }

    /**
     * Reads an asset inventory table; ratings lie in 0 - 10.
     *
     * @param in the input, after its headings
     * @return the inventory
     * @throws IOException if the parser fails
     */
    public static AssetInventory inventory(CsvInput<InventoryColumn> in) throws IOException {
        List<Asset> assets = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        while (in.next()) {
            int number = in.integer(InventoryColumn.NUMBER, "asset number", 1, Integer.MAX_VALUE);
            String name = in.notBlank(InventoryColumn.NAME, "asset name");
            int c = in.integer(InventoryColumn.CONFIDENTIALITY, "confidentiality", RatingScale.LOWEST,
                    RatingScale.HIGHEST);
            int i = in.integer(InventoryColumn.INTEGRITY, "integrity", RatingScale.LOWEST, RatingScale.HIGHEST);
            int a = in.integer(InventoryColumn.AVAILABILITY, "availability", RatingScale.LOWEST, RatingScale.HIGHEST);
            CiaRating rating = CiaRating.ofRecord(c, i, a);
            int importance = !in.has(InventoryColumn.IMPORTANCE) ? rating.importance()
                    : in.integer(InventoryColumn.IMPORTANCE, "importance", RatingScale.LOWEST, RatingScale.HIGHEST);
            if (importance != rating.importance()) {
                throw in.error(InventoryColumn.IMPORTANCE, CsvText.format(
                        "Invalid value for importance (the highest of confidentiality, integrity and availability "
                                + "is %d): %d", rating.importance(), importance));
            }
            if (!numbers.add(number)) {
                throw in.error(InventoryColumn.NUMBER, CsvText.format("Duplicate asset number: %d", number));
            }
            assets.add(in.core(null, () -> Asset.of(number, name, rating)
                    .withBusinessCategory(in.cell(InventoryColumn.BUSINESS_CATEGORY))
                    .withRemarks(in.cell(InventoryColumn.REMARKS)).withUserScope(in.cell(InventoryColumn.USER_SCOPE))
                    .withRiskOwner(in.cell(InventoryColumn.RISK_OWNER))
                    .withManagingDepartment(in.cell(InventoryColumn.MANAGING_DEPARTMENT))
                    .withMedium(in.cell(InventoryColumn.MEDIUM))));
        }
        return AssetInventory.of(assets);
    }

    // ---------------------------------------------------------------- treatment plan

    /**
     * Returns the treatment plan as a table with every {@link PlanColumn}.
     *
     * @param plan the plan
     * @param locale the language of the headings and terms
     * @return the table
     * @throws IsmsException if a task has a line break
     */
    public static ReportTable planTable(TreatmentPlan plan, Locale locale) {
        for (PlanItem item : plan.items()) {
            for (String task : item.tasks()) {
                noLineBreak(CsvText.format("task '%s' of plan row %d", CsvInput.quote(task), item.number()), task);
            }
        }
        return ReportTable.ofPlan(plan, locale);
    }

    /**
     * Reads a treatment plan table.
     *
     * @param in the input, after its headings
     * @return the plan
     * @throws IOException if the parser fails
     */
    public static TreatmentPlan plan(CsvInput<PlanColumn> in) throws IOException {
        List<PlanItem> items = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        while (in.next()) {
            int number = in.integer(PlanColumn.NUMBER, "plan row number", 1, Integer.MAX_VALUE);
            String text = in.notBlank(PlanColumn.CONTROL, "control");
            String annexA = in.cell(PlanColumn.ANNEX_A);
            TreatmentControl control = in.core(PlanColumn.ANNEX_A, () -> annexA.isBlank()
                    ? TreatmentControl.of(text) : TreatmentControl.of(text, annexA));
            List<String> tasks = in.lines(PlanColumn.TASKS);
            for (String task : tasks) {
                if (task.isBlank()) {
                    throw in.error(PlanColumn.TASKS, CsvText.format("Invalid value for task (must not be blank): '%s'",
                            CsvInput.quote(task)));
                }
            }
            String owner = in.notBlank(PlanColumn.OWNER, "owner");
            LocalDate plannedStart = in.date(PlanColumn.PLANNED_START, "planned start");
            LocalDate plannedEnd = in.date(PlanColumn.PLANNED_END, "planned end");
            Optional<LocalDate> actualStart = in.optionalDate(PlanColumn.ACTUAL_START, "actual start");
            Optional<LocalDate> actualEnd = in.optionalDate(PlanColumn.ACTUAL_END, "actual end");
            PlanStatus status = in.term(PlanColumn.STATUS, in.cell(PlanColumn.STATUS), "plan status",
                    PlanStatus.values());
            List<Integer> risks = in.numbers(PlanColumn.RISKS, "risk number");
            if (!numbers.add(number)) {
                throw in.error(PlanColumn.NUMBER, CsvText.format("Duplicate plan row number: %d", number));
            }
            items.add(in.core(null, () -> PlanItem.ofRecord(number, control, tasks, owner, plannedStart, plannedEnd,
                    actualStart, actualEnd, status, risks)));
        }
        return TreatmentPlan.of(items);
    }

    /**
     * Fails if a text that shares its cell with others has a line break, which separates them.
     *
     * @param where the value, for the message
     * @param text the text
     * @throws IsmsException if the text has a line break
     */
    static void noLineBreak(String where, String text) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IsmsException(CsvText.format("Cannot write as CSV: %s has a line break, which separates the "
                    + "values of its cell", where));
        }
    }
}
