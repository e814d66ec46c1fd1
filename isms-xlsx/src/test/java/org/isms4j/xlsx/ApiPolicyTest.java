package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.csv.CsvTable;
import org.isms4j.csv.RecordTables;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The null policy and the bounded echo over isms-xlsx's exported API, walked by {@link ApiWalker}. */
class ApiPolicyTest {

    /** The parameters documented as taking null: an exception's location and cause. */
    static final Set<String> NULLABLE = Set.of("IsmsXlsxException.<init>(String, String, String, Throwable)#sheet",
            "IsmsXlsxException.<init>(String, String, String, Throwable)#cell",
            "IsmsXlsxException.<init>(String, String, String, Throwable)#cause");

    @TempDir
    Path dir;

    private ApiWalker walker() throws Exception {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        IsmsXlsx.japanese().writeAssetInventory(Fixtures.quickApproachInventory(), workbook);
        Path file = Files.write(dir.resolve("inventory.xlsx"), workbook.toByteArray());
        return ApiWalker.ofModule(Path.of(""))
                .sample(RiskRegister.class, CanonicalFixture.treated())
                .sample(AssetInventory.class, CanonicalFixture.inventory())
                .sample(InputStream.class, new ByteArrayInputStream(workbook.toByteArray()))
                .sample(OutputStream.class, OutputStream.nullOutputStream())
                .sample(Path.class, file)
                .sample(CsvTable.class, RecordTables.DOCUMENT_REGISTER)
                .sample(Object.class, ExampleCompany.documents())
                .sample(RiskModel.class, RiskModel.standard())
                .sample(TreatmentPlan.class, CanonicalFixture.plan())
                .sample(StatementOfApplicability.class, Fixtures.canonicalSoa())
                .sample(Throwable.class, new IllegalStateException("cause"))
                .sample(IsmsXlsxException.class, new IsmsXlsxException("資産目録", "L3", "reason", null));
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
