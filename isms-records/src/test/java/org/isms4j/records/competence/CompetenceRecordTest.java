package org.isms4j.records.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.leadership.IsmsRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CompetenceRecordTest {

    /** Every record of three items: rating 1 - 5 with or without a plan, and no re-rating; 1000 records. */
    static Stream<CompetenceRecord> everyRecordOfThreeItems() {
        List<CompetenceRecord> records = new ArrayList<>();
        for (int shape = 0; shape < 1000; shape++) {
            List<int[]> shapes = new ArrayList<>();
            for (int i = 0, rest = shape; i < 3; i++, rest /= 10) {
                int digit = rest % 10;
                shapes.add(new int[] {digit / 2 + 1, digit % 2, 0});
            }
            records.add(CompetenceGenerators.record(shapes));
        }
        return records.stream();
    }

    @ParameterizedTest
    @MethodSource("everyRecordOfThreeItems")
    void appointment_followsTheCriteria(CompetenceRecord record) {
        boolean allSufficient = record.items().stream().allMatch(i -> i.currentRating().value() >= 3);
        boolean everyWeakPlanned = record.items().stream().filter(i -> i.currentRating().value() <= 2)
                .allMatch(i -> i.improvement().isPresent());
        Appointment expected = allSufficient ? Appointment.A : everyWeakPlanned ? Appointment.B : Appointment.C;
        assertThat(record.appointment()).isEqualTo(expected);
        assertThat(record.itemsBelowSufficient()).hasSize((int) record.items().stream()
                .filter(i -> i.currentRating().value() <= 2).count());
    }

    @Test
    void appointment_raisingARatingNeverWorsensIt() {
        qt().forAll(CompetenceGenerators.records(), integers().between(0, 5), integers().between(1, 4))
                .checkAssert((record, index, raise) -> {
                    int item = index % record.items().size();
                    CompetenceItem before = record.items().get(item);
                    int current = before.currentRating().value();
                    int raised = Math.min(5, current + raise);
                    List<CompetenceItem> items = new ArrayList<>(record.items());
                    items.set(item, CompetenceItem.ofRecord(before.number(), before.requirement(),
                            before.reRating().isPresent() ? before.rating() : CompetenceRating.of(raised),
                            before.improvement(),
                            before.reRating().map(r -> CompetenceRating.of(raised)), before.confirmedOn()));
                    CompetenceRecord after = CompetenceRecord.of(record.role(), record.person(), items);
                    assertThat(record.appointment().isBetterThan(after.appointment())).isFalse();
                });
    }

    @Test
    void appointment_reRatingAfterTrainingMovesBToA() {
        qt().forAll(CompetenceGenerators.plannedRecords()).assuming(r -> r.appointment() == Appointment.B)
                .checkAssert(record -> {
                    CompetenceRecord trained = record;
                    for (CompetenceItem item : record.itemsBelowSufficient()) {
                        trained = item.reRating().isPresent()
                                ? withCurrent(trained, item, CompetenceRating.CAPABLE_WITH_SUPPORT)
                                : trained.reRated(item.number(), CompetenceRating.CAPABLE_WITH_SUPPORT,
                                        CompetenceGenerators.CONFIRMED);
                    }
                    assertThat(trained.appointment()).isEqualTo(Appointment.A);
                });
    }

    private static CompetenceRecord withCurrent(CompetenceRecord record, CompetenceItem item, CompetenceRating rating) {
        List<CompetenceItem> items = new ArrayList<>(record.items());
        items.set(item.number() - 1, CompetenceItem.ofRecord(item.number(), item.requirement(), item.rating(),
                item.improvement(), java.util.Optional.of(rating), item.confirmedOn()));
        return CompetenceRecord.of(record.role(), record.person(), items);
    }

    @Test
    void appointment_orderAndMeaning() {
        assertThat(Appointment.A.isBetterThan(Appointment.B)).isTrue();
        assertThat(Appointment.B.isBetterThan(Appointment.C)).isTrue();
        assertThat(Appointment.A.isBetterThan(Appointment.C)).isTrue();
        assertThat(Appointment.B.isBetterThan(Appointment.A)).isFalse();
        assertThat(Appointment.B.isBetterThan(Appointment.B)).isFalse();
        assertThat(Appointment.C.isBetterThan(Appointment.B)).isFalse();
        assertThat(List.of(Appointment.values())).filteredOn(Appointment::isAppointable)
                .containsExactly(Appointment.A, Appointment.B);
        assertThat(List.of(Appointment.values())).filteredOn(Appointment::isProvisional).containsExactly(Appointment.B);
    }

    @Test
    void reRated_withoutPlan_isRejected() {
        CompetenceRecord record = ExampleCompany.departmentHeadCompetence();
        assertThatThrownBy(() -> record.reRated(4, CompetenceRating.CAN_TEACH, LocalDate.of(2023, 10, 6)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid competence item 4: it is re-rated without an improvement plan");
    }

    @Test
    void reRated_twice_isRejected() {
        CompetenceRecord record = ExampleCompany.departmentHeadCompetenceAfterTraining();
        assertThatThrownBy(() -> record.reRated(1, CompetenceRating.CAPABLE, LocalDate.of(2023, 11, 1)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid competence item 1: it is already re-rated on 2023-10-06");
    }

    @Test
    void reRated_unknownItem_isRejected() {
        assertThatThrownBy(() -> ExampleCompany.departmentHeadCompetence().reRated(5, CompetenceRating.CAPABLE,
                LocalDate.of(2023, 11, 1))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for competence item number (valid values 1 - 4): 5");
    }

    @Test
    void withPlan_twice_isRejected() {
        assertThatThrownBy(() -> ExampleCompany.departmentHeadCompetence().withPlan(1, CompetenceGenerators.PLAN))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid competence item 1: it already has an improvement plan");
    }

    @Test
    void ofRecord_reRatingWithoutConfirmationDate_isRejected() {
        assertThatThrownBy(() -> CompetenceItem.ofRecord(1, "ISMSに関する知識があること", CompetenceRating.ROOM_FOR_IMPROVEMENT,
                java.util.Optional.of(CompetenceGenerators.PLAN), java.util.Optional.of(CompetenceRating.CAPABLE),
                java.util.Optional.empty())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid competence item 1: a re-rating and its confirmation date go together "
                        + "(re-rating 4, confirmed none)");
    }

    @Test
    void of_itemsOutOfOrder_isRejected() {
        CompetenceItem second = CompetenceItem.of(2, "公正な判断ができること", CompetenceRating.CAN_TEACH);
        assertThatThrownBy(() -> CompetenceRecord.of(IsmsRole.DEPARTMENT_HEAD, "中村 誠", List.of(second)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid competence record of '中村 誠': item 1 is numbered 2");
    }

    @Test
    void of_noItem_isRejected() {
        assertThatThrownBy(() -> CompetenceRecord.of(IsmsRole.DEPARTMENT_HEAD, "中村 誠", List.of()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid competence record of '中村 誠': it has at least one item");
    }

    @Test
    void rating_outsideScale_isRejected() {
        assertThatThrownBy(() -> CompetenceRating.of(6)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for competence rating (valid values 1 - 5): 6");
        assertThatThrownBy(() -> CompetenceRating.of(0)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for competence rating (valid values 1 - 5): 0");
    }

    @Test
    void toTable_sourceColumnsInOrder() {
        assertThat(ExampleCompany.departmentHeadCompetenceAfterTraining().toTable(Locale.JAPANESE).toMarkdown())
                .startsWith("| No | 必要条件 | 評価 | 改善予定日 | 改善内容 | 改善後評価 | 改善確認日 |")
                .contains("| 2 | ISMSに関する知識があること | 2 | 2023-09-29 | ISMS構築作業を通して獲得 | 3 | 2023-10-06 |")
                .contains("| 4 | 公正な判断ができること | 5 |  |  |  |  |");
    }
}
