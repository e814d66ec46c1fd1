package org.isms4j.report;

import java.time.LocalDate;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;

/**
 * The bundled example as a report: the canonical register, treated, evaluated a second time and
 * approved, with its plan and the SoA drafted from it, judged on 2024-01-15.
 */
final class ReportFixture {

    static final String COMPANY = "株式会社サンプル";
    static final LocalDate AS_OF = LocalDate.of(2024, 1, 15);

    private ReportFixture() {}

    static RiskRegister register() {
        return CanonicalFixture.treated();
    }

    static RiskReport report() {
        RiskRegister register = register();
        return RiskReport.of(COMPANY, register, CanonicalFixture.plan(), SoaReport.draft(register), AS_OF);
    }
}
