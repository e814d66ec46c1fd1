package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.CiaScales;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The null policy and the bounded echo over isms-json's exported API, walked by {@link ApiWalker}. */
class ApiPolicyTest {

    /** The parameters documented as taking null: an exception's cause. */
    static final Set<String> NULLABLE = Set.of("IsmsJsonException.<init>(String, String, Throwable)#cause");

    @TempDir
    Path dir;

    private ApiWalker walker() throws Exception {
        String register = IsmsJson.strict().writeRiskRegister(CanonicalFixture.treated());
        byte[] bytes = register.getBytes(StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("register.json"), register);
        return ApiWalker.ofModule(Path.of(""))
                .sample(RiskRegister.class, CanonicalFixture.treated())
                .sample(AssetInventory.class, CanonicalFixture.inventory())
                .sample(TreatmentPlan.class, CanonicalFixture.plan())
                .sample(StatementOfApplicability.class, Fixtures.canonicalSoa())
                .sample(RiskModel.class, RiskModel.standard())
                .sample(InputStream.class, new ByteArrayInputStream(bytes))
                .sample(OutputStream.class, OutputStream.nullOutputStream())
                .sample(Reader.class, new StringReader(register))
                .sample(Writer.class, new StringWriter())
                .sample(Path.class, file)
                .sample(Throwable.class, new IllegalStateException("cause"))
                .sample(CiaScales.class, CiaScales.standard())
                .sample(Approval.class, Approval.drafted("ISMS事務局", LocalDate.of(2023, 10, 2)))
                .sample(AssessedRisk.class, CanonicalFixture.treated().risks().get(0))
                .sample(QuestionSet.class, QuestionSets.selfAssessmentPart1())
                .sample(IsmsJsonException.class, new IsmsJsonException("$.id", "reason", null))
                .sample(IsmsModule.class, new IsmsModule())
                .sample(RiskRegisterReader.class, IsmsJson.strict().riskRegisterReader(
                        new ByteArrayInputStream(bytes), RiskModel.standard()))
                .sample(RiskRegisterWriter.class, IsmsJson.strict().riskRegisterWriter(
                        OutputStream.nullOutputStream(), RiskModel.standard(), CanonicalFixture.inventory()));
    }

    @Test
    void everyReferenceParameter_rejectsNullNamingIt() throws Exception {
        assertThat(walker().nullPolicyViolations(NULLABLE)).isEmpty();
    }

    @Test
    void everyTextParameter_echoesHostileTextShortAndOnOneLine() throws Exception {
        assertThat(walker().echoViolations(ApiWalker.HOSTILE, ApiWalker.MESSAGE_BOUND)).isEmpty();
    }

    @Test
    void everyParameterHasASample() throws Exception {
        assertThat(walker().missingSamples()).isEmpty();
    }
}
