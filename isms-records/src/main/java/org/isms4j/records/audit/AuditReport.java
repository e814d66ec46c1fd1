package org.isms4j.records.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.internal.Column;
import org.isms4j.records.internal.Texts;

/**
 * The internal audit report 内部監査結果報告書 (clause 9.2): the plan it reports on, the checklist
 * items checked, the overall assessment 監査総評, the findings graded major / minor nonconformity,
 * observation (or opportunity for improvement) and the date reported.
 *
 * <p>Every finding concerns a department the plan audits, is numbered once within its grade, and
 * the report is not dated before the last slot of the audit.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditReport {

    private static final List<Column<Finding>> COLUMNS = List.of(
            Column.of("grade", "区分", "grade", (f, l) -> f.grade().getDisplayName(l)),
            Column.of("number", "No", "No", (f, l) -> Integer.toString(f.number())),
            Column.of("clause", "規格", "clause", (f, l) -> f.clause().toString()),
            Column.of("department", "部門", "department", (f, l) -> f.department()),
            Column.of("content", "内容", "content", (f, l) -> f.content()),
            Column.of("follow_up", "フォローアップ", "follow-up", (f, l) -> f.followUp().orElse("")));

    AuditReport() {}

    /**
     * Returns the plan reported on.
     *
     * @return the plan, not null
     */
    public abstract AuditPlan plan();

    /**
     * Returns the checklist items checked.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<ChecklistItem> checklist();

    /**
     * Returns the overall assessment 監査総評.
     *
     * @return the text, not blank
     */
    public abstract String summary();

    /**
     * Returns the findings.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<Finding> findings();

    /**
     * Returns the date reported.
     *
     * @return the date, not before the last slot, not null
     */
    public abstract LocalDate reportedOn();

    /**
     * Obtains a report.
     *
     * @param plan the plan, not null
     * @param checklist the items checked; copied
     * @param summary the overall assessment, not blank
     * @param findings the findings, each of an audited department, no number twice in a grade; copied
     * @param reportedOn the date reported, not before the last slot
     * @return the report, not null
     * @throws IsmsException if a rule of the report is broken
     */
    public static AuditReport of(AuditPlan plan, Collection<ChecklistItem> checklist, String summary,
            Collection<Finding> findings, LocalDate reportedOn) {
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(findings, "findings");
        return ImmutableAuditReport.builder().plan(plan).checklist(checklist).summary(summary).findings(findings)
                .reportedOn(reportedOn).build();
    }

    @Value.Check
    final void check() {
        Checks.entries("checklist", checklist());
        Checks.entries("findings", findings());
        Texts.notBlank("audit summary", summary());
        Checks.date("report date", reportedOn());
        String record = Checks.format("audit report '%s'", Texts.echo(plan().name()));
        Texts.unique(record, "finding", findings(), f -> f.grade().code() + " " + f.number());
        for (Finding finding : findings()) {
            if (!plan().audits(finding.department())) {
                throw new IsmsException(Checks.format("Invalid %s: finding %s %d concerns '%s', which the plan does "
                        + "not audit", record, finding.grade().code(), finding.number(),
                        Texts.echo(finding.department())));
            }
        }
        LocalDate last = plan().dates().last();
        if (reportedOn().isBefore(last)) {
            throw new IsmsException(Checks.format("Invalid %s: it is reported on %s, before the last slot on %s", record,
                    reportedOn(), last));
        }
    }

    /**
     * Returns the findings of a grade.
     *
     * @param grade the grade, not null
     * @return an unmodifiable list, not null
     */
    public final List<Finding> findings(FindingGrade grade) {
        Objects.requireNonNull(grade, "grade");
        return findings().stream().filter(f -> f.grade() == grade).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the nonconformities, major first, that ask for corrective action.
     *
     * @return an unmodifiable list, not null
     */
    public final List<Finding> nonconformities() {
        List<Finding> nonconformities = new ArrayList<>(findings(FindingGrade.MAJOR_NONCONFORMITY));
        nonconformities.addAll(findings(FindingGrade.MINOR_NONCONFORMITY));
        return List.copyOf(nonconformities);
    }

    /**
     * Returns the findings as a table: 区分, then the source's No, 規格, 内容 with the department
     * and the follow-up.
     *
     * @param locale Japanese or English headings and grades, not null
     * @return the table, not null
     */
    public final ReportTable findingTable(Locale locale) {
        return Column.table(COLUMNS, findings(), locale);
    }
}
