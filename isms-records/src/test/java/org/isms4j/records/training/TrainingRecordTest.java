package org.isms4j.records.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.isms4j.core.IsmsException;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;

class TrainingRecordTest {

    private static final TrainingRecord RECORD = ExampleCompany.trainingRecord();
    private static final Attendee SALES = RECORD.attendees().get(0);

    @Test
    void of_attendeeOutsidePeriod_isRejected() {
        assertThatThrownBy(() -> TrainingRecord.of("ISMS教育", ExampleCompany.trainingPeriod(), TrainingMethod.E_LEARNING,
                List.of(), "概要", "全従業者", List.of(Attendee.of("営業", "中村 誠", LocalDate.of(2023, 11, 1))), ""))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid training record 'ISMS教育': attendee '中村 誠' attended on 2023-11-01, outside the "
                        + "period 2023-10-02 - 2023-10-31");
    }

    @Test
    void of_attendeeTwice_isRejected() {
        Attendee once = Attendee.of("営業", "中村 誠", LocalDate.of(2023, 10, 5));
        Attendee again = Attendee.of("営業", "中村 誠", LocalDate.of(2023, 10, 6));
        assertThatThrownBy(() -> TrainingRecord.of("ISMS教育", ExampleCompany.trainingPeriod(), TrainingMethod.E_LEARNING,
                List.of(), "概要", "全従業者", List.of(once, again), "")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid training record 'ISMS教育': duplicate attendee '営業 中村 誠'");
    }

    @Test
    void period_endBeforeStart_isRejected() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2023, 10, 31), LocalDate.of(2023, 10, 2)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid period: the end 2023-10-02 is before the start 2023-10-31");
    }

    @Test
    void withTestSitting_withoutTest_isRejected() {
        AnswerSheet sheet = ExampleCompany.sheet(SALES, LocalDate.of(2023, 10, 5), Map.of());
        assertThatThrownBy(() -> RECORD.withTestSitting(sheet)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid training record 'ISMS教育（基本方針、目標、ルール）': it has no comprehension test");
    }

    @Test
    void withTestSitting_byNonAttendee_isRejected() {
        Attendee stranger = Attendee.of("営業", "部外 者", LocalDate.of(2023, 10, 5));
        TrainingRecord tested = RECORD.evaluatedByTest(ExampleCompany.comprehensionTest());
        assertThatThrownBy(() -> tested.withTestSitting(ExampleCompany.sheet(stranger, LocalDate.of(2023, 10, 5),
                Map.of()))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid training record 'ISMS教育（基本方針、目標、ルール）': '部外 者' sat the test but is not "
                        + "an attendee");
    }

    @Test
    void withTestSitting_inAnotherDepartment_isRejected() {
        Attendee moved = Attendee.of("管理", SALES.name(), SALES.attendedOn());
        TrainingRecord tested = RECORD.evaluatedByTest(ExampleCompany.comprehensionTest());
        assertThatThrownBy(() -> tested.withTestSitting(ExampleCompany.sheet(moved, LocalDate.of(2023, 10, 5),
                Map.of()))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid training record 'ISMS教育（基本方針、目標、ルール）': '中村 誠' sat the test for "
                        + "department '管理', not as on the list of attendees");
    }

    @Test
    void withTestSitting_beforeAttending_isRejected() {
        TrainingRecord tested = RECORD.evaluatedByTest(ExampleCompany.comprehensionTest());
        assertThatThrownBy(() -> tested.withTestSitting(ExampleCompany.sheet(SALES, LocalDate.of(2023, 10, 4),
                Map.of()))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid training record 'ISMS教育（基本方針、目標、ルール）': '中村 誠' sat the test on "
                        + "2023-10-04, before attending on 2023-10-05");
    }

    @Test
    void evaluatedByTest_twice_isRejected() {
        TrainingRecord tested = RECORD.evaluatedByTest(ExampleCompany.comprehensionTest());
        assertThatThrownBy(() -> tested.evaluatedByTest(ExampleCompany.comprehensionTest()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid training record 'ISMS教育（基本方針、目標、ルール）': it already has a comprehension test");
        assertThatThrownBy(() -> ExampleCompany.educationPlan().evaluatedByTest(ExampleCompany.comprehensionTest()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid education plan: it already has a comprehension test");
    }

    @Test
    void yetToPass_withoutTest_isEmptyAndWithTestBeforeSittings_isEveryone() {
        assertThat(RECORD.yetToPass()).isEmpty();
        assertThat(RECORD.evaluatedByTest(ExampleCompany.comprehensionTest()).yetToPass())
                .containsExactlyElementsOf(RECORD.attendees());
    }

    @Test
    void educationPlan_methodTwice_isRejected() {
        EducationPlan plan = ExampleCompany.educationPlan();
        assertThatThrownBy(() -> EducationPlan.of(plan.purpose(), plan.audience(),
                List.of(TrainingMethod.E_LEARNING, TrainingMethod.E_LEARNING), plan.methodDetails(), plan.content(),
                plan.period(), plan.effectivenessEvaluation())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid education plan: duplicate method 'e_learning'");
    }
}
