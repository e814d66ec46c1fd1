package org.isms4j.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.training.TrainingRecord;
import org.isms4j.testkit.ApiPolicyContract;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.DocumentSamples;
import org.junit.jupiter.api.io.TempDir;

/** The null policy and the bounded echo over isms-csv's exported API, walked by {@link ApiWalker}. */
class ApiPolicyTest implements ApiPolicyContract {

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

    /** The parameters documented as taking null: an exception's column and cause. */
    @Override
    public Set<String> nullable() {
        return Set.of("IsmsCsvException.<init>(int, String, String, Throwable)#column",
                "IsmsCsvException.<init>(int, String, String, Throwable)#cause",
                "IsmsCsvException.<init>(int, String, int, String, Throwable)#column",
                "IsmsCsvException.<init>(int, String, int, String, Throwable)#cause");
    }

    @Override
    public ApiWalker walker() throws Exception {
        byte[] bytes = IsmsCsv.japanese().writeAssetInventory(CanonicalFixture.inventory())
                .getBytes(StandardCharsets.UTF_8);
        return DocumentSamples.walker(bytes, Files.write(dir.resolve("inventory.csv"), bytes))
                .sample(CsvTable.class, RecordTables.DOCUMENT_REGISTER)
                .sample(Object.class, ExampleCompany.documents())
                .sample(IsmsCsvException.class, new IsmsCsvException(2, "資産名", "reason", null))
                .sample(QuestionSet.class, QuestionSets.selfAssessmentPart1())
                .sample(AuditReport.class, ExampleCompany.auditReport())
                .sample(ManagementReview.class, ExampleCompany.managementReview())
                .sample(TrainingRecord.class, ExampleCompany.trainingRecord())
                .sample(TableRows.class, NO_ROWS);
    }
}
