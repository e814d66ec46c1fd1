package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.isms4j.core.IsmsException;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.leadership.IsmsRole;
import org.isms4j.records.review.ManagementReview;

/**
 * Fuzzing of every reader of the records' tables and the answer sheet: whatever the bytes, a
 * reader returns a value that writes and reads back equal, or throws {@link IsmsCsvException}
 * whose cause is the core's exception or Jackson's. Each input is read as bytes and as the text it
 * decodes to, and written back in Japanese and in English with a byte order mark.
 *
 * <p>In a normal build the tests run in regression mode over the committed seed corpus in
 * {@code src/test/resources/org/isms4j/csv/RecordCsvFuzzTestInputs/}. To fuzz one reader:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl isms-csv test -Dtest=RecordCsvFuzzTest#readAnnualPlan}.
 */
class RecordCsvFuzzTest {

    private static final IsmsCsv JA = IsmsCsv.japanese();
    private static final IsmsCsv EN = IsmsCsv.english().withByteOrderMark();

    /** Reads the input with a table, writes what it read and reads that back equal; or fails as documented. */
    private static <T> void roundTrip(CsvTable<T> table, byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        for (IsmsCsv csv : new IsmsCsv[] {JA, EN}) {
            for (boolean bytes : new boolean[] {true, false}) {
                try {
                    T value = bytes ? JA.read(table, new ByteArrayInputStream(input)) : JA.read(table, text);
                    assertThat(csv.read(table, csv.write(table, value))).isEqualTo(value);
                } catch (IsmsCsvException e) {
                    Throwable cause = e.getCause();
                    if (cause != null && !(cause instanceof IsmsException)
                            && !(cause instanceof JsonProcessingException)
                            && !(cause instanceof CharConversionException)) {
                        throw new AssertionError("unexpected cause of " + e.getMessage(), cause);
                    }
                    assertThat(e.row()).isNotNegative();
                    assertThat(e.getMessage()).isEqualTo(e.location() + ": " + e.reason());
                } catch (IsmsException e) {
                    // Only writing may refuse a value it could not carry back, such as a method holding "; ".
                    assertThat(e.getMessage()).startsWith("Cannot write as CSV: ");
                }
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readCommunicationPlan(byte[] input) {
        roundTrip(RecordTables.COMMUNICATION_PLAN, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readDocumentRegister(byte[] input) {
        roundTrip(RecordTables.DOCUMENT_REGISTER, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readAnnualPlan(byte[] input) {
        roundTrip(RecordTables.ANNUAL_PLAN, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readCompetenceRecord(byte[] input) {
        roundTrip(RecordTables.competence(IsmsRole.DEPARTMENT_HEAD, ExampleCompany.SALES_HEAD), input);
    }

    @FuzzTest(maxDuration = "5m")
    void readTrainingAttendees(byte[] input) {
        roundTrip(RecordTables.attendees(ExampleCompany.trainingRecordWithTests()), input);
    }

    @FuzzTest(maxDuration = "5m")
    void readAuditFindings(byte[] input) {
        roundTrip(RecordTables.auditFindings(ExampleCompany.auditReport()), input);
    }

    @FuzzTest(maxDuration = "5m")
    void readManagementReview(byte[] input) {
        roundTrip(RecordTables.managementReview(ManagementReview.of(LocalDate.of(2024, 3, 15),
                List.of(ExampleCompany.TOP, ExampleCompany.CHAIR))), input);
    }

    @FuzzTest(maxDuration = "5m")
    void readCorrectiveActions(byte[] input) {
        roundTrip(RecordTables.CORRECTIVE_ACTIONS, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readAnswerSheet(byte[] input) {
        roundTrip(SelfAssessmentTables.answerSheet(QuestionSets.selfAssessmentPart1()), input);
    }
}
