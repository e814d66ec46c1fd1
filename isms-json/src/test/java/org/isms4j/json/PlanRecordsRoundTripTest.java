package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.isms4j.records.competence.Appointment;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.training.EducationPlan;
import org.isms4j.records.training.TrainingRecord;
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
    void comprehensionTest_roundTripsWithItsQuestionSet() {
        TrainingRecord record = ExampleCompany.trainingRecordWithTests();
        String text = JSON.write(RecordDocuments.TRAINING_RECORD, record);
        assertThat(text).contains("\"questionSet\": \"isms-education\"", "\"passMark\": 100", "\"answered\": \"2023-10-12\"");
        TrainingRecord read = JSON.read(RecordDocuments.trainingRecord(PlanRecordExamples.TEST), text);
        assertThat(read).isEqualTo(record);
        assertThat(read.yetToPass()).isEmpty();
        assertThat(read.testRecords().get(0).attempts()).extracting(a -> a.score()).containsExactly(90, 100);
        EducationPlan plan = ExampleCompany.educationPlan();
        assertThat(JSON.read(RecordDocuments.educationPlan(PlanRecordExamples.TEST),
                JSON.write(RecordDocuments.EDUCATION_PLAN, plan))).isEqualTo(plan);
    }

    @Test
    void comprehensionTest_needsItsQuestionSet() {
        String text = JSON.write(RecordDocuments.TRAINING_RECORD, ExampleCompany.trainingRecordWithTests());
        assertThatThrownBy(() -> JSON.read(RecordDocuments.TRAINING_RECORD, text))
                .isInstanceOf(IsmsJsonException.class).hasMessage("$.comprehensionTest: Invalid comprehension test: "
                        + "reading it needs its question set 'isms-education' version '2023'");
        String plan = JSON.write(RecordDocuments.EDUCATION_PLAN, ExampleCompany.educationPlan());
        assertThatThrownBy(() -> JSON.read(RecordDocuments.EDUCATION_PLAN, plan))
                .isInstanceOf(IsmsJsonException.class).hasMessageStartingWith("$.comprehensionTest: ");
        assertThatThrownBy(() -> RecordDocuments.trainingRecord(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("test");
    }
}
