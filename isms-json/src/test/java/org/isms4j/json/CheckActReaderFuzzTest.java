package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzing of the readers of the clauses 9 - 10 records, as {@link DocumentReaderFuzzTest} fuzzes
 * the others: whatever the bytes, a reader returns a record that writes and reads back equal, or
 * throws {@link IsmsJsonException} whose cause is the core's exception or Jackson's.
 *
 * <p>In a normal build the tests run in regression mode over the committed seed corpus in
 * {@code src/test/resources/org/isms4j/json/CheckActReaderFuzzTestInputs/}. To fuzz one reader:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl isms-json test -Dtest=CheckActReaderFuzzTest#readCorrectiveAction}.
 */
class CheckActReaderFuzzTest {

    private static final IsmsJson JSON = IsmsJson.strict();
    private static final IsmsJson LENIENT = IsmsJson.strict().ignoringUnknownProperties();

    private static <T> void read(JsonDocument<T> document, byte[] input) {
        for (IsmsJson json : new IsmsJson[] {JSON, LENIENT}) {
            try {
                T record = json.read(document, new ByteArrayInputStream(input));
                String written = JSON.write(document, record);
                assertThat(JSON.read(document, written)).isEqualTo(record);
                assertThat(JSON.write(document, JSON.read(document, written))).isEqualTo(written);
            } catch (IsmsJsonException e) {
                DocumentReaderFuzzTest.checkFailure(e);
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readAuditPlan(byte[] input) {
        read(RecordDocuments.AUDIT_PLAN, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readAuditChecklist(byte[] input) {
        read(RecordDocuments.AUDIT_CHECKLIST, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readAuditReport(byte[] input) {
        read(RecordDocuments.AUDIT_REPORT, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readManagementReview(byte[] input) {
        read(RecordDocuments.MANAGEMENT_REVIEW, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readCorrectiveAction(byte[] input) {
        read(RecordDocuments.CORRECTIVE_ACTION, input);
    }
}
