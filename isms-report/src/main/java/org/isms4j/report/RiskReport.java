package org.isms4j.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.report.internal.ReportView;
import org.isms4j.report.internal.Templates;

/**
 * A risk report for people, such as the committee's copy of the source's canonical register: the
 * register with its treatment plan and Statement of Applicability, for a company and judged on a
 * date, rendered as one self-contained HTML file in Japanese or English.
 *
 * <p>The file needs no network and opens from {@code file:}: its CSS and its drawings (the heat
 * maps before and after treatment and the plan's timeline, as SVG) are inline. It prints to clean
 * A4 landscape pages, a page break before each {@link ReportSection section} and the table
 * headers repeated on every page. Every text of the register, plan and SoA is escaped by its
 * context, so that markup in a risk's text shows as text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiskReport {

    private final String company;
    private final RiskRegister register;
    private final TreatmentPlan plan;
    private final StatementOfApplicability soa;
    private final LocalDate asOf;
    private final List<RecordTable> records;

    private RiskReport(String company, RiskRegister register, TreatmentPlan plan, StatementOfApplicability soa,
            LocalDate asOf, List<RecordTable> records) {
        this.company = company;
        this.register = register;
        this.plan = plan;
        this.soa = soa;
        this.asOf = asOf;
        this.records = records;
    }

    /**
     * Obtains a report.
     *
     * @param company the company the report is for, such as 株式会社サンプル; not blank
     * @param register the register, not null
     * @param plan the treatment plan, every row traced to a risk of the register; not null
     * @param soa the Statement of Applicability, complete or not; every risk a decision names is a
     *     risk of the register; not null
     * @param asOf the date the plan's progress and the acceptances' reviews are judged on, such as
     *     2024-01-15; not null
     * @return the report, not null
     * @throws IsmsException if the company is blank, a plan row traces to a risk the register
     *     lacks or whose treatment does not name the row's control, or a decision of the SoA names
     *     a risk the register lacks
     */
    public static RiskReport of(String company, RiskRegister register, TreatmentPlan plan,
            StatementOfApplicability soa, LocalDate asOf) {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(soa, "soa");
        Objects.requireNonNull(asOf, "asOf");
        Checks.notBlank("company", company);
        plan.checkTraces(register);
        soa.decisions().forEach((control, decision) -> checkRisks(register, control.toString(), decision));
        return new RiskReport(company, register, plan, soa, asOf, List.of());
    }

    /**
     * Returns a copy with the ISMS records section ISMSの記録: one table per record, in the order
     * given, after the second evaluation. A report without records has no such section.
     *
     * @param records the titled tables, in the report's language; not null, without nulls; copied
     * @return the copy, not null
     */
    public RiskReport withRecords(List<RecordTable> records) {
        Objects.requireNonNull(records, "records");
        return new RiskReport(company, register, plan, soa, asOf, List.copyOf(records));
    }

    /**
     * Returns the tables of the ISMS records section.
     *
     * @return an unmodifiable list, empty for a report without the section; not null
     */
    public List<RecordTable> records() {
        return records;
    }

    private static void checkRisks(RiskRegister register, String control, Decision decision) {
        for (int number : decision.riskNumbers()) {
            if (register.find(number).isEmpty()) {
                throw new IsmsException(String.format(Locale.ROOT,
                        "Invalid report: the Statement of Applicability's control %s names risk %d, which is not "
                                + "in the register",
                        control, number));
            }
        }
    }

    /**
     * Returns the company.
     *
     * @return the company, not blank
     */
    public String company() {
        return company;
    }

    /**
     * Returns the register.
     *
     * @return the register, not null
     */
    public RiskRegister register() {
        return register;
    }

    /**
     * Returns the treatment plan.
     *
     * @return the plan, not null
     */
    public TreatmentPlan plan() {
        return plan;
    }

    /**
     * Returns the Statement of Applicability.
     *
     * @return the statement, not null
     */
    public StatementOfApplicability soa() {
        return soa;
    }

    /**
     * Returns the date the report is judged on.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Renders the report as an HTML document.
     *
     * @param locale {@link Locale#JAPANESE} or {@link Locale#ENGLISH} (any locale of those
     *     languages), not null
     * @return the document, starting {@code <!DOCTYPE html>}, not null
     * @throws IsmsException if the locale's language is neither Japanese nor English
     */
    public String toHtml(Locale locale) {
        return Templates.report(ReportView.of(company, register, plan, soa, asOf, records, Languages.check(locale)));
    }
}
