package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzing of the readers of the record documents of clauses 4 - 8.1: whatever the bytes, a reader
 * returns a record that writes and reads back equal, or throws {@link IsmsJsonException} whose
 * cause is the core's exception or Jackson's. Any other exception is a finding.
 *
 * <p>In a normal build the tests run in regression mode over the committed seed corpus in
 * {@code src/test/resources/org/isms4j/json/PlanRecordsFuzzTestInputs/} (the example company's
 * documents). To fuzz one reader:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl isms-json test -Dtest=PlanRecordsFuzzTest#readPolicy}.
 */
class PlanRecordsFuzzTest {

    private static final IsmsJson JSON = IsmsJson.strict();
    private static final IsmsJson LENIENT = IsmsJson.strict().ignoringUnknownProperties();

    private static <T> void read(JsonDocument<T> kind, byte[] input) {
        for (IsmsJson json : new IsmsJson[] {JSON, LENIENT}) {
            try {
                T value = json.read(kind, new ByteArrayInputStream(input));
                String written = JSON.write(kind, value);
                assertThat(JSON.read(kind, written)).isEqualTo(value);
                assertThat(JSON.write(kind, JSON.read(kind, written))).isEqualTo(written);
            } catch (IsmsJsonException e) {
                DocumentReaderFuzzTest.checkFailure(e);
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readOrganisationContext(byte[] input) {
        read(RecordDocuments.ORGANISATION_CONTEXT, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readPolicy(byte[] input) {
        read(RecordDocuments.POLICY, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readRoleChart(byte[] input) {
        read(RecordDocuments.ROLE_CHART, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readEffectivenessSheet(byte[] input) {
        read(RecordDocuments.EFFECTIVENESS_SHEET, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readCompetenceRecord(byte[] input) {
        read(RecordDocuments.COMPETENCE_RECORD, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readEducationPlan(byte[] input) {
        read(RecordDocuments.EDUCATION_PLAN, input);
        read(RecordDocuments.educationPlan(PlanRecordExamples.TEST), input);
    }

    @FuzzTest(maxDuration = "5m")
    void readTrainingRecord(byte[] input) {
        read(RecordDocuments.TRAINING_RECORD, input);
        read(RecordDocuments.trainingRecord(PlanRecordExamples.TEST), input);
    }

    @FuzzTest(maxDuration = "5m")
    void readCommunicationPlan(byte[] input) {
        read(RecordDocuments.COMMUNICATION_PLAN, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readDocumentRegister(byte[] input) {
        read(RecordDocuments.DOCUMENT_REGISTER, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readAnnualPlan(byte[] input) {
        read(RecordDocuments.ANNUAL_PLAN, input);
    }
}
