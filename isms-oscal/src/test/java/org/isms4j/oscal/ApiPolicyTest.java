package org.isms4j.oscal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.ControlTextProvider;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.ApiPolicyContract;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.CanonicalFixture;

/** The null policy and the bounded echo over isms-oscal's exported API, walked by {@link ApiWalker}. */
class ApiPolicyTest implements ApiPolicyContract {

    @Override
    public ApiWalker walker() {
        return ApiWalker.ofModule(Path.of(""))
                .sample(RiskRegister.class, CanonicalFixture.treated())
                .sample(TreatmentPlan.class, CanonicalFixture.plan())
                .sample(OutputStream.class, OutputStream.nullOutputStream())
                .sample(ControlId.class, ControlId.parse("5.12"))
                .sample(Iso2013ControlId.class, Iso2013ControlId.parse("A.8.2.1"))
                .sample(ControlTextProvider.class, ControlTextProvider.of(Map.of()))
                .sample(OscalExporter.class, OscalExporter.of(Clock.fixed(Instant.parse("2024-04-01T00:00:00Z"),
                        ZoneOffset.UTC), "1.0"));
    }
}
