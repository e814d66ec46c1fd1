package org.isms4j.records.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isms4j.core.IsmsException;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;

class EffectivenessSheetTest {

    private static final SecurityObjective OBJECTIVE = ExampleCompany.objective();

    @Test
    void overdue_notEvaluatedAfterDueDate() {
        EffectivenessSheet open = EffectivenessSheet.of(List.of(EffectivenessRecord.of(OBJECTIVE)));
        assertThat(open.overdue(LocalDate.of(2024, 3, 31))).isEmpty();
        assertThat(open.overdue(LocalDate.of(2024, 4, 1))).hasSize(1);
        assertThat(ExampleCompany.effectiveness().overdue(LocalDate.of(2024, 4, 1))).isEmpty();
    }

    @Test
    void evaluated_twice_isRejected() {
        EffectivenessRecord record = ExampleCompany.effectiveness().records().get(0);
        assertThatThrownBy(() -> record.evaluated(Evaluation.of(EvaluationResult.NOT_EFFECTIVE, LocalDate.of(2024, 4, 1),
                ""))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid evaluation of objective 1: it is already evaluated on 2024-03-29");
    }

    @Test
    void ofRecord_dateOrRemarksWithoutResult_isRejected() {
        assertThatThrownBy(() -> EffectivenessRecord.ofRecord(OBJECTIVE, Optional.empty(),
                Optional.of(LocalDate.of(2024, 3, 29)), "")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid evaluation of objective 1: an evaluation date or remarks need a result");
        assertThatThrownBy(() -> EffectivenessRecord.ofRecord(OBJECTIVE, Optional.empty(), Optional.empty(), "備考"))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid evaluation of objective 1: an evaluation date or remarks need a result");
        assertThat(EffectivenessRecord.ofRecord(OBJECTIVE, Optional.empty(), Optional.empty(), "").isEvaluated())
                .isFalse();
        assertThat(EffectivenessRecord.ofRecord(OBJECTIVE, Optional.of(EvaluationResult.NOT_EFFECTIVE),
                Optional.of(LocalDate.of(2024, 3, 29)), "未達").evaluation()).map(Evaluation::result)
                .contains(EvaluationResult.NOT_EFFECTIVE);
    }

    @Test
    void objective_dueBeforeSet_isRejected() {
        assertThatThrownBy(() -> SecurityObjective.of(1, OBJECTIVE.objectives(), OBJECTIVE.metric(), OBJECTIVE.actions(),
                OBJECTIVE.resources(), OBJECTIVE.responsible(), LocalDate.of(2023, 4, 2), OBJECTIVE.evaluationMethod(),
                OBJECTIVE.setOn())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid objective 1: the due date 2023-04-02 is before the date set 2023-04-03");
    }

    @Test
    void objective_emptyListsAndBlankOwner_areRejected() {
        SecurityObjective o = OBJECTIVE;
        assertThatThrownBy(() -> SecurityObjective.of(2, o.objectives(), o.metric(), List.of(), o.resources(),
                o.responsible(), o.dueDate(), o.evaluationMethod(), o.setOn())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid objective 2: it has at least one action");
        assertThatThrownBy(() -> SecurityObjective.of(2, o.objectives(), o.metric(), o.actions(), o.resources(), " ",
                o.dueDate(), o.evaluationMethod(), o.setOn())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for responsible person (must not be blank): ' '");
        assertThatThrownBy(() -> SecurityObjective.of(0, o.objectives(), o.metric(), o.actions(), o.resources(),
                o.responsible(), o.dueDate(), o.evaluationMethod(), o.setOn())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for objective number (valid values 1 - 2147483647): 0");
    }

    @Test
    void toTable_englishHeadingsAndEmptyEvaluation() {
        EffectivenessSheet open = EffectivenessSheet.of(List.of(EffectivenessRecord.of(OBJECTIVE)));
        assertThat(open.toTable(Locale.ENGLISH).headings()).containsExactly("No", "information security objectives",
                "metric", "actions", "resources", "responsible", "due date", "evaluation method", "result",
                "evaluation date", "remarks");
        assertThat(open.toTable(Locale.ENGLISH).rows().get(0)).endsWith("", "", "");
        assertThat(EvaluationResult.ofCode("not_effective")).isEqualTo(EvaluationResult.NOT_EFFECTIVE);
    }
}
