package org.isms4j.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.HeatMap;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.ReportTable;
import org.isms4j.testkit.ApiPolicyContract;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.CanonicalFixture;

/** The null policy and the bounded echo over isms-report's exported API, walked by {@link ApiWalker}. */
class ApiPolicyTest implements ApiPolicyContract {

    @Override
    public ApiWalker walker() {
        RiskRegister register = CanonicalFixture.treated();
        StatementOfApplicability soa = SoaReport.draft(register);
        ReportTable table = ReportTable.ofInventory(register.inventory(), Locale.ENGLISH);
        return ApiWalker.ofModule(Path.of(""))
                .sample(RiskRegister.class, register)
                .sample(TreatmentPlan.class, CanonicalFixture.plan())
                .sample(StatementOfApplicability.class, soa)
                .sample(RiskModel.class, RiskModel.standard())
                .sample(HeatMap.class, register.heatMapBefore())
                .sample(ReportTable.class, table)
                .sample(RecordTable.class, RecordTable.of("資産目録", table))
                .sample(RiskReport.class, RiskReport.of("株式会社サンプル", register, CanonicalFixture.plan(), soa,
                        LocalDate.of(2024, 4, 1)));
    }
}
