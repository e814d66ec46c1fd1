package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.records.competence.Appointment;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record document of clauses 4 - 8.1 reads back equal to what was written. */
class PlanRecordsRoundTripTest {

    private static final IsmsJson JSON = IsmsJson.strict();

    static Stream<PlanRecordExamples.Example<?>> kinds() {
        return PlanRecordExamples.ALL.stream();
    }

    private static <T> void roundTrip(JsonDocument<T> kind, T value) {
        String pretty = JSON.write(kind, value);
        assertThat(JSON.read(kind, pretty)).isEqualTo(value);
        String compact = JSON.compact().write(kind, value);
        assertThat(JSON.read(kind, compact)).isEqualTo(value);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(kind, value, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(pretty);
        assertThat(JSON.read(kind, new ByteArrayInputStream(out.toByteArray()))).isEqualTo(value);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    <T> void exampleCompany_roundTrips(PlanRecordExamples.Example<T> example) {
        roundTrip(example.kind(), example.value());
        assertThat(example.kind().format()).isEqualTo("isms4j." + example.name());
        assertThat(example.kind().type()).isInstanceOf(Class.class).matches(t -> t.isInstance(example.value()));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    <T> void generatedRecords_roundTrip(PlanRecordExamples.Example<T> example) {
        qt().withExamples(200).forAll(example.generated()).checkAssert(value -> roundTrip(example.kind(), value));
    }

    @Test
    void competenceRecord_writesItsComputedAppointment() {
        CompetenceRecord before = ExampleCompany.departmentHeadCompetence();
        CompetenceRecord after = ExampleCompany.departmentHeadCompetenceAfterTraining();
        assertThat(JSON.write(RecordDocuments.COMPETENCE_RECORD, before)).contains("\"appointment\": \"b\"");
        assertThat(JSON.write(RecordDocuments.COMPETENCE_RECORD, after)).contains("\"appointment\": \"a\"");
        assertThat(JSON.read(RecordDocuments.COMPETENCE_RECORD, JSON.write(RecordDocuments.COMPETENCE_RECORD, after))
                .appointment()).isEqualTo(Appointment.A);
        roundTrip(RecordDocuments.COMPETENCE_RECORD, after);
    }

    @Test
    void comprehensionTest_isRefusedBeforeAnyByteIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> JSON.write(RecordDocuments.EDUCATION_PLAN, ExampleCompany.educationPlan(), out))
                .isInstanceOf(IsmsException.class).hasMessage("Cannot write the education plan as JSON: its "
                        + "comprehension test is not part of isms4j.education-plan version 1");
        assertThatThrownBy(() -> JSON.write(RecordDocuments.TRAINING_RECORD, ExampleCompany.trainingRecordWithTests(),
                out)).isInstanceOf(IsmsException.class).hasMessage("Cannot write the training record 'ISMS教育（基本方針、"
                        + "目標、ルール）' as JSON: its comprehension test is not part of isms4j.training-record version 1");
        assertThat(out.size()).isZero();
    }
}
