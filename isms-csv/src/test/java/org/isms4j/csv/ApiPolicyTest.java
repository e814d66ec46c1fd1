package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.training.TrainingRecord;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The null policy and the bounded echo over isms-csv's exported API, walked by {@link ApiWalker}. */
class ApiPolicyTest {

    /** The parameters documented as taking null: an exception's column and cause. */
    static final Set<String> NULLABLE = Set.of("IsmsCsvException.<init>(int, String, String, Throwable)#column",
            "IsmsCsvException.<init>(int, String, String, Throwable)#cause",
            "IsmsCsvException.<init>(int, String, int, String, Throwable)#column",
            "IsmsCsvException.<init>(int, String, int, String, Throwable)#cause");

    /** Rows of a table without any, not even its heading. */
    private static final TableRows NO_ROWS = new TableRows() {
        @Override
        public List<String> next(int maxCells) {
            return null;
        }

        @Override
        public int row() {
            return 0;
        }
    };

    @TempDir
    Path dir;

    private ApiWalker walker() throws Exception {
        String inventory = IsmsCsv.japanese().writeAssetInventory(CanonicalFixture.inventory());
        byte[] bytes = inventory.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("inventory.csv"), bytes);
        return ApiWalker.ofModule(Path.of(""))
                .sample(RiskRegister.class, CanonicalFixture.treated())
                .sample(AssetInventory.class, CanonicalFixture.inventory())
                .sample(TreatmentPlan.class, CanonicalFixture.plan())
                .sample(StatementOfApplicability.class, Fixtures.canonicalSoa())
                .sample(RiskModel.class, RiskModel.standard())
                .sample(InputStream.class, new ByteArrayInputStream(bytes))
                .sample(OutputStream.class, OutputStream.nullOutputStream())
                .sample(Path.class, file)
                .sample(CsvTable.class, RecordTables.DOCUMENT_REGISTER)
                .sample(Object.class, ExampleCompany.documents())
                .sample(Throwable.class, new IllegalStateException("cause"))
                .sample(IsmsCsvException.class, new IsmsCsvException(2, "資産名", "reason", null))
                .sample(QuestionSet.class, QuestionSets.selfAssessmentPart1())
                .sample(AuditReport.class, ExampleCompany.auditReport())
                .sample(ManagementReview.class, ExampleCompany.managementReview())
                .sample(TrainingRecord.class, ExampleCompany.trainingRecord())
                .sample(TableRows.class, NO_ROWS);
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
