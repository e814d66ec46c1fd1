package org.isms4j.records.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.isms4j.records.competence.Appointment;
import org.isms4j.records.competence.CompetenceItem;
import org.isms4j.records.competence.CompetenceRating;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The competence record 力量確認表 of the source (ch. 13, 7.2): the rating scale 評価基準, the
 * appointment criteria 任命基準 and the worked example of the 部門管理者.
 */
class CompetenceSpecTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "5, 十分な力量がある。指導・教育ができる, fully competent; can teach others, true",
        "4, 力量がある。支援なしに対応ができる, competent; capable without support, true",
        "3, 力量がある。他の支援により対応ができる, competent; capable with support, true",
        "2, 改善の余地がある, room for improvement, false",
        "1, 改善が必要, improvement needed, false"})
    void rating_meaningsOfTheSourceScale(int value, String japanese, String english, boolean sufficient) {
        CompetenceRating rating = CompetenceRating.of(value);
        assertThat(rating.value()).isEqualTo(value);
        assertThat(rating.getDisplayName(Locale.JAPANESE)).isEqualTo(japanese);
        assertThat(rating.getDisplayName(Locale.ENGLISH)).isEqualTo(english);
        assertThat(rating.isSufficient()).isEqualTo(sufficient);
    }

    @Test
    void rating_scaleIsOneToFive() {
        assertThat(CompetenceRating.values()).extracting(CompetenceRating::value).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void departmentHead_rated2225WithPlans_isB() {
        CompetenceRecord record = ExampleCompany.departmentHeadCompetence();
        assertThat(record.items()).extracting(i -> i.rating().value()).containsExactly(2, 2, 2, 5);
        assertThat(record.items()).filteredOn(i -> i.rating().value() == 2)
                .allMatch(i -> i.improvement().isPresent());
        assertThat(record.appointment()).isEqualTo(Appointment.B);
        assertThat(record.appointment().isProvisional()).isTrue();
        assertThat(record.appointment().getDisplayName(Locale.JAPANESE)).isEqualTo("改善確認後任命可");
    }

    @Test
    void departmentHead_reRated3335AfterTraining_isA() {
        CompetenceRecord record = ExampleCompany.departmentHeadCompetenceAfterTraining();
        assertThat(record.items()).extracting(i -> i.currentRating().value()).containsExactly(3, 3, 3, 5);
        assertThat(record.items()).extracting(i -> i.rating().value()).containsExactly(2, 2, 2, 5);
        assertThat(record.appointment()).isEqualTo(Appointment.A);
        assertThat(record.appointment().getDisplayName(Locale.JAPANESE)).isEqualTo("任命可");
    }

    @Test
    void departmentHead_withoutPlanForOneItemRated2_isC() {
        CompetenceRecord planned = ExampleCompany.departmentHeadCompetence();
        CompetenceItem unplanned = CompetenceItem.of(2, planned.items().get(1).requirement(),
                CompetenceRating.ROOM_FOR_IMPROVEMENT);
        CompetenceRecord record = CompetenceRecord.of(planned.role(), planned.person(),
                java.util.List.of(planned.items().get(0), unplanned, planned.items().get(2), planned.items().get(3)));
        assertThat(record.appointment()).isEqualTo(Appointment.C);
        assertThat(record.appointment().getDisplayName(Locale.JAPANESE)).isEqualTo("任命不可・再任命");
    }
}
