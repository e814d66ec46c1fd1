package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.competence.Appointment;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.document.DocumentKind;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.operation.AnnualPlan;
import org.isms4j.records.training.TrainingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example company's records as CSV files ({@code src/test/resources/org/isms4j/csv/examples/},
 * which docs/csv.md shows): each file reads as the example company's record, and the record writes
 * as the file's bytes.
 */
class ExampleFilesTest {

    private static final IsmsCsv JA = IsmsCsv.japanese();

    static Path file(String name) {
        try {
            return Path.of(ExampleFilesTest.class.getResource("examples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example company's records of May 2023 - March 2024 and one self-assessment sheet. */
    static Stream<Arguments> files() {
        CompetenceRecord competence = ExampleCompany.departmentHeadCompetenceAfterTraining();
        TrainingRecord training = ExampleCompany.trainingRecordWithTests();
        AuditReport audit = ExampleCompany.auditReport();
        return Stream.of(
                arguments("communication-plan.csv", RecordTables.COMMUNICATION_PLAN, ExampleCompany.communication()),
                arguments("document-register.csv", RecordTables.DOCUMENT_REGISTER, ExampleCompany.documents()),
                arguments("annual-plan.csv", RecordTables.ANNUAL_PLAN, ExampleCompany.annualPlan()),
                arguments("competence.csv", RecordTables.competence(competence.role(), competence.person()), competence),
                arguments("training-attendees.csv", RecordTables.attendees(training), training),
                arguments("audit-findings.csv", RecordTables.auditFindings(audit), audit),
                arguments("answer-sheet.csv", SelfAssessmentTables.answerSheet(QuestionSets.selfAssessmentPart1()),
                        sheet()));
    }

    static AnswerSheet sheet() {
        return AnswerSheet.of(QuestionSets.selfAssessmentPart1(), ExampleCompany.SALES_HEAD, "営業部",
                java.time.LocalDate.of(2024, 4, 1), Map.of(1, "implemented", 2, "partly_implemented", 3,
                        "implemented", 4, "not_implemented", 5, "unknown"));
    }

    @ParameterizedTest
    @MethodSource("files")
    <T> void exampleFile_readsAsTheRecord_andTheRecordWritesTheFile(String name, CsvTable<T> table, T record)
            throws Exception {
        Path file = file(name);
        assertThat(JA.read(table, file)).isEqualTo(record);
        assertThat(JA.write(table, record)).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void exampleFiles_holdTheCoursesFacts() {
        DocumentRegister register = JA.read(RecordTables.DOCUMENT_REGISTER, file("document-register.csv"));
        assertThat(register.nextNumber(DocumentKind.RECORD)).hasToString("D-09");
        AnnualPlan plan = JA.read(RecordTables.ANNUAL_PLAN, file("annual-plan.csv"));
        assertThat(plan.unregisteredDocuments(register)).isEmpty();
        assertThat(plan.weeks()).hasSize(8);
        CompetenceRecord competence = ExampleCompany.departmentHeadCompetence();
        assertThat(JA.read(RecordTables.competence(competence.role(), competence.person()), file("competence.csv"))
                .appointment()).isEqualTo(Appointment.A);
        AuditReport audit = JA.read(RecordTables.auditFindings(ExampleCompany.auditReport()),
                file("audit-findings.csv"));
        assertThat(audit.findings(FindingGrade.MINOR_NONCONFORMITY)).hasSize(1);
        assertThat(audit.findings(FindingGrade.OBSERVATION)).hasSize(2);
        TrainingRecord training = JA.read(RecordTables.attendees(ExampleCompany.trainingRecordWithTests()),
                file("training-attendees.csv"));
        assertThat(training.yetToPass()).isEmpty();
        AnswerSheet sheet = JA.read(SelfAssessmentTables.answerSheet(QuestionSets.selfAssessmentPart1()),
                file("answer-sheet.csv"));
        assertThat(sheet.result().total()).isEqualTo(9);
        assertThat(List.of(sheet.respondent(), sheet.department())).containsExactly("中村 誠", "営業部");
    }
}
