package org.isms4j.records.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.internal.Column;
import org.isms4j.records.internal.Texts;

/**
 * The internal audit plan 内部監査計画書 (clause 9.2): the audit's name 監査名称, purpose 監査目的 and
 * scope 監査テーマ, the detailed plan of slots per audited department, and the planned report
 * date 報告予定日 and means 報告手段; such as the source's ISO27001認証取得に関する内部監査 of four
 * departments, reported at 報告会の開催.
 *
 * <p>Slot numbers are unique, an auditor is never in two slots at once, and the report is not
 * planned before the last slot.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditPlan {

    private static final List<Column<AuditSlot>> COLUMNS = List.of(
            Column.of("number", "No", "No", (s, l) -> Integer.toString(s.number())),
            Column.of("audited_department", "被監査部門名", "audited department", (s, l) -> s.auditedDepartment()),
            Column.of("auditor", "監査人", "auditor", (s, l) -> s.auditor() + " (" + s.auditorDepartment() + ")"),
            Column.of("auditee", "応対者", "auditee", (s, l) -> s.auditee()),
            Column.of("time", "日時", "time", (s, l) -> s.start().toLocalDate() + " " + s.start().toLocalTime() + " - "
                    + s.end().toLocalTime()));

    AuditPlan() {}

    /**
     * Returns the audit's name 監査名称.
     *
     * @return the text, not blank
     */
    public abstract String name();

    /**
     * Returns the purpose 監査目的.
     *
     * @return the text, not blank
     */
    public abstract String purpose();

    /**
     * Returns the scope 監査テーマ, such as 管理策の運用状況、および有効性の確認.
     *
     * @return the text, not blank
     */
    public abstract String scope();

    /**
     * Returns the detailed plan 詳細監査計画.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<AuditSlot> slots();

    /**
     * Returns the planned report date 報告予定日.
     *
     * @return the date, not before the last slot, not null
     */
    public abstract LocalDate plannedReportDate();

    /**
     * Returns how the result is reported 報告手段, such as 報告会の開催.
     *
     * @return the text, not blank
     */
    public abstract String reportMeans();

    /**
     * Obtains a plan.
     *
     * @param name the name, not blank
     * @param purpose the purpose, not blank
     * @param scope the scope, not blank
     * @param slots the slots, not empty, numbers unique, no auditor in two slots at once; copied
     * @param plannedReportDate the planned report date, not before the last slot
     * @param reportMeans how the result is reported, not blank
     * @return the plan, not null
     * @throws IsmsException if a rule of the plan is broken
     */
    public static AuditPlan of(String name, String purpose, String scope, Collection<AuditSlot> slots,
            LocalDate plannedReportDate, String reportMeans) {
        Objects.requireNonNull(slots, "slots");
        return ImmutableAuditPlan.builder().name(name).purpose(purpose).scope(scope).slots(slots)
                .plannedReportDate(plannedReportDate).reportMeans(reportMeans).build();
    }

    @Value.Check
    final void check() {
        Checks.entries("audit slots", slots());
        Texts.notBlank("audit name", name());
        Texts.notBlank("audit purpose", purpose());
        Texts.notBlank("audit scope", scope());
        Texts.notBlank("report means", reportMeans());
        Checks.date("planned report date", plannedReportDate());
        String record = Checks.format("audit plan '%s'", Texts.echo(name()));
        Texts.notEmpty(record, "slot", slots());
        Texts.unique(record, "slot number", slots(), AuditSlot::number);
        // By auditor, then start: two of an auditor's slots overlap exactly when one overlaps the
        // next to start, so one sort finds every auditor in two slots at once.
        List<AuditSlot> byStart = new ArrayList<>(slots());
        byStart.sort(Comparator.comparing(AuditSlot::auditor).thenComparing(AuditSlot::start)
                .thenComparingInt(AuditSlot::number));
        for (int i = 1; i < byStart.size(); i++) {
            AuditSlot a = byStart.get(i - 1);
            AuditSlot b = byStart.get(i);
            if (a.auditor().equals(b.auditor()) && b.start().isBefore(a.end())) {
                throw new IsmsException(Checks.format("Invalid %s: auditor '%s' is in slots %d and %d at once",
                        record, Texts.echo(a.auditor()), Math.min(a.number(), b.number()),
                        Math.max(a.number(), b.number())));
            }
        }
        LocalDate last = dates().last();
        if (plannedReportDate().isBefore(last)) {
            throw new IsmsException(Checks.format("Invalid %s: the planned report date %s is before the last slot on %s",
                    record, plannedReportDate(), last));
        }
    }

    /**
     * Returns the days of the audit.
     *
     * @return an unmodifiable, non-empty sorted set, not null
     */
    public final SortedSet<LocalDate> dates() {
        SortedSet<LocalDate> dates = new TreeSet<>();
        slots().forEach(s -> dates.add(s.start().toLocalDate()));
        return java.util.Collections.unmodifiableSortedSet(dates);
    }

    /**
     * Tells whether the plan audits a department.
     *
     * @param department the department, not null
     * @return true if a slot audits it
     */
    public final boolean audits(String department) {
        Objects.requireNonNull(department, "department");
        return slots().stream().anyMatch(s -> s.auditedDepartment().equals(department));
    }

    /**
     * Returns the detailed plan as a table with the source's columns No, 被監査部門名, 監査人, 応対者, 日時.
     *
     * @param locale Japanese or English headings, not null
     * @return the table, not null
     */
    public final ReportTable toTable(Locale locale) {
        return Column.table(COLUMNS, slots(), locale);
    }
}
