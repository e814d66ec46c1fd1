package org.isms4j.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.core.treatment.TreatmentControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanItemBuilderTest {

    private static final TreatmentControl RULES = TreatmentControl.of("モバイル機器の利用ルールを整備・強化");
    private static final LocalDate START = LocalDate.of(2023, 8, 10);
    private static final LocalDate END = LocalDate.of(2023, 9, 29);

    /** Each required value, its name in the message and the builder method that sets it. */
    private static final List<Object[]> REQUIRED = List.of(
            new Object[] {"plan row number", "number", (UnaryOperator<PlanItemBuilder>) b -> b.number(1)},
            new Object[] {"control", "control", (UnaryOperator<PlanItemBuilder>) b -> b.control(RULES)},
            new Object[] {"tasks", "tasks", (UnaryOperator<PlanItemBuilder>) b -> b.tasks(List.of("ルール検討", "関係者に周知"))},
            new Object[] {"owner", "owner", (UnaryOperator<PlanItemBuilder>) b -> b.owner("委員長")},
            new Object[] {"planned start", "plannedStart", (UnaryOperator<PlanItemBuilder>) b -> b.plannedStart(START)},
            new Object[] {"planned end", "plannedEnd", (UnaryOperator<PlanItemBuilder>) b -> b.plannedEnd(END)},
            new Object[] {"risk numbers", "riskNumbers", (UnaryOperator<PlanItemBuilder>) b -> b.riskNumbers(List.of(1))});

    static Stream<Arguments> required() {
        return REQUIRED.stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @SuppressWarnings("unchecked")
    private static PlanItemBuilder allBut(String setter) {
        PlanItemBuilder builder = PlanItem.newBuilder();
        for (Object[] r : REQUIRED) {
            if (!r[1].equals(setter)) {
                builder = ((UnaryOperator<PlanItemBuilder>) r[2]).apply(builder);
            }
        }
        return builder;
    }

    @Test
    void build_givesWhatThePositionalFactoriesGive() {
        PlanItem notStarted = allBut("").build();
        assertThat(notStarted).isEqualTo(PlanItem.of(1, RULES, List.of("ルール検討", "関係者に周知"), "委員長", START, END,
                List.of(1)));
        assertThat(notStarted.status()).isEqualTo(PlanStatus.NOT_STARTED);
        PlanItem completed = allBut("").actualStart(Optional.of(START)).actualEnd(Optional.of(LocalDate.of(2023, 9, 25)))
                .status(PlanStatus.COMPLETED).build();
        assertThat(completed).isEqualTo(notStarted.startedOn(START).completedOn(LocalDate.of(2023, 9, 25)))
                .isEqualTo(PlanItem.ofRecord(1, RULES, List.of("ルール検討", "関係者に周知"), "委員長", START, END,
                        Optional.of(START), Optional.of(LocalDate.of(2023, 9, 25)), PlanStatus.COMPLETED, List.of(1)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("required")
    void build_missingRequiredValue_namesIt(String field, String setter) {
        assertThatThrownBy(() -> allBut(setter).build()).isInstanceOf(IsmsException.class)
                .hasMessage("Missing value for %s (required, set with %s)", field, setter);
    }

    @Test
    void build_checksTheRowsRules_andSettersRejectNull() {
        assertThatThrownBy(() -> allBut("").actualStart(Optional.of(START)).build()).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid plan row 1: status not_started does not agree with its actual dates (start "
                        + "2023-08-10, end none): an actual start means in progress");
        assertThatThrownBy(() -> PlanItem.newBuilder().owner(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("owner");
        assertThatThrownBy(() -> PlanItem.newBuilder().actualEnd(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("actualEnd");
    }
}
