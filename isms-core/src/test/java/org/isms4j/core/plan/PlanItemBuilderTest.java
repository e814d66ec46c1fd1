package org.isms4j.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.RequiredValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanItemBuilderTest {

    private static final TreatmentControl RULES = TreatmentControl.of("モバイル機器の利用ルールを整備・強化");
    private static final LocalDate START = LocalDate.of(2023, 8, 10);
    private static final LocalDate END = LocalDate.of(2023, 9, 29);

    private static final RequiredValues<PlanItemBuilder> REQUIRED = RequiredValues.of(PlanItem::newBuilder)
            .and("plan row number", "number", b -> b.number(1))
            .and("control", "control", b -> b.control(RULES))
            .and("tasks", "tasks", b -> b.tasks(List.of("ルール検討", "関係者に周知")))
            .and("owner", "owner", b -> b.owner("委員長"))
            .and("planned start", "plannedStart", b -> b.plannedStart(START))
            .and("planned end", "plannedEnd", b -> b.plannedEnd(END))
            .and("risk numbers", "riskNumbers", b -> b.riskNumbers(List.of(1)));

    static Stream<Arguments> required() {
        return REQUIRED.arguments();
    }

    @Test
    void build_givesARowOfEveryValueSet() {
        PlanItem notStarted = REQUIRED.allBut("").build();
        assertThat(notStarted.number()).isEqualTo(1);
        assertThat(notStarted.control()).isEqualTo(RULES);
        assertThat(notStarted.tasks()).containsExactly("ルール検討", "関係者に周知");
        assertThat(notStarted.owner()).isEqualTo("委員長");
        assertThat(notStarted.plannedStart()).isEqualTo(START);
        assertThat(notStarted.plannedEnd()).isEqualTo(END);
        assertThat(notStarted.riskNumbers()).containsExactly(1);
        assertThat(notStarted.status()).isEqualTo(PlanStatus.NOT_STARTED);
        PlanItem completed = REQUIRED.allBut("").actualStart(Optional.of(START)).actualEnd(Optional.of(LocalDate.of(2023, 9, 25)))
                .status(PlanStatus.COMPLETED).build();
        assertThat(completed).isEqualTo(notStarted.startedOn(START).completedOn(LocalDate.of(2023, 9, 25)))
                .isEqualTo(PlanItem.ofRecord(1, RULES, List.of("ルール検討", "関係者に周知"), "委員長", START, END,
                        Optional.of(START), Optional.of(LocalDate.of(2023, 9, 25)), PlanStatus.COMPLETED, List.of(1)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("required")
    void build_missingRequiredValue_namesIt(String field, String setter) {
        assertThatThrownBy(() -> REQUIRED.allBut(setter).build()).isInstanceOf(IsmsException.class)
                .hasMessage("Missing value for %s (required, set with %s)", field, setter);
    }

    @Test
    void build_checksTheRowsRules_andSettersRejectNull() {
        assertThatThrownBy(() -> REQUIRED.allBut("").actualStart(Optional.of(START)).build()).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid plan row 1: status not_started does not agree with its actual dates (start "
                        + "2023-08-10, end none): an actual start means in progress");
        assertThatThrownBy(() -> PlanItem.newBuilder().owner(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("owner");
        assertThatThrownBy(() -> PlanItem.newBuilder().actualEnd(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("actualEnd");
    }
}
