package org.isms4j.json;

import java.io.ByteArrayInputStream;
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
import org.isms4j.core.CiaScales;
import org.isms4j.core.RiskModel;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.testkit.ApiPolicyContract;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.DocumentSamples;
import org.junit.jupiter.api.io.TempDir;

/** The null policy and the bounded echo over isms-json's exported API, walked by {@link ApiWalker}. */
class ApiPolicyTest implements ApiPolicyContract {

    @TempDir
    Path dir;

    /** The parameters documented as taking null: an exception's cause. */
    @Override
    public Set<String> nullable() {
        return Set.of("IsmsJsonException.<init>(String, String, Throwable)#cause");
    }

    @Override
    public ApiWalker walker() throws Exception {
        String register = IsmsJson.strict().writeRiskRegister(CanonicalFixture.treated());
        byte[] bytes = register.getBytes(StandardCharsets.UTF_8);
        return DocumentSamples.walker(bytes, Files.write(dir.resolve("register.json"), bytes))
                .sample(Reader.class, new StringReader(register))
                .sample(Writer.class, new StringWriter())
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
}
