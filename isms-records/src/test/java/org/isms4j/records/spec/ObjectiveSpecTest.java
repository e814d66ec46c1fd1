package org.isms4j.records.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isms4j.core.IsmsException;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.objective.EffectivenessRecord;
import org.isms4j.records.objective.Evaluation;
import org.isms4j.records.objective.EvaluationResult;
import org.isms4j.records.objective.Metric;
import org.isms4j.records.objective.SecurityObjective;
import org.junit.jupiter.api.Test;

/**
 * The ISMS有効性評価表 of the source (ch. 13, 6.2 and 9.1): an objective with a measurable metric and
 * its plan, evaluated ○ effective or × not effective with an evaluation date.
 */
class ObjectiveSpecTest {

    @Test
    void result_marksOfTheSheet() {
        assertThat(EvaluationResult.EFFECTIVE.mark()).isEqualTo("○");
        assertThat(EvaluationResult.EFFECTIVE.getDisplayName(Locale.JAPANESE)).isEqualTo("有効");
        assertThat(EvaluationResult.NOT_EFFECTIVE.mark()).isEqualTo("×");
        assertThat(EvaluationResult.NOT_EFFECTIVE.getDisplayName(Locale.JAPANESE)).isEqualTo("有効ではない");
        assertThat(EvaluationResult.values()).hasSize(2);
    }

    @Test
    void objective_withoutMeasurableMetric_isRejected() {
        assertThatThrownBy(() -> Metric.of("ISMS教育受講／合格", " ")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for metric target (must not be blank): ' '");
        assertThatThrownBy(() -> Metric.of("", "100％")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for metric indicator (must not be blank): ''");
        SecurityObjective o = ExampleCompany.objective();
        assertThatThrownBy(() -> SecurityObjective.of(1, o.objectives(), null, o.actions(), o.resources(),
                o.responsible(), o.dueDate(), o.evaluationMethod(), o.setOn()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("metric");
    }

    @Test
    void evaluation_beforeItsObjectiveExists_isRejected() {
        EffectivenessRecord record = EffectivenessRecord.of(ExampleCompany.objective());
        Evaluation early = Evaluation.of(EvaluationResult.EFFECTIVE, LocalDate.of(2023, 4, 2), "");
        assertThatThrownBy(() -> record.evaluated(early)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid evaluation of objective 1: the evaluation date 2023-04-02 is before the "
                        + "objective was set on 2023-04-03");
        assertThat(record.evaluated(Evaluation.of(EvaluationResult.EFFECTIVE, ExampleCompany.START, ""))
                .isEvaluated()).isTrue();
    }

    @Test
    void result_withoutEvaluationDate_isRejected() {
        assertThatThrownBy(() -> EffectivenessRecord.ofRecord(ExampleCompany.objective(),
                Optional.of(EvaluationResult.NOT_EFFECTIVE), Optional.empty(), ""))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid evaluation of objective 1: the result not_effective has no evaluation date");
    }

    @Test
    void sourceExample_evaluatedEffective() {
        EffectivenessRecord record = ExampleCompany.effectiveness().records().get(0);
        assertThat(record.objective().metric().toString()).isEqualTo("ISMS教育受講／合格 100％(全従業者)");
        assertThat(record.evaluation()).map(Evaluation::result).contains(EvaluationResult.EFFECTIVE);
        assertThat(ExampleCompany.effectiveness().toTable(Locale.JAPANESE).headings()).containsExactly("No",
                "情報セキュリティ目的", "評価指標", "実施事項", "必要な資源", "責任者", "達成期限", "評価方法", "結果", "評価日", "備考");
        assertThat(ExampleCompany.effectiveness().toTable(Locale.JAPANESE).rows().get(0)).element(8).isEqualTo("○");
    }

    @Test
    void sheet_listsEveryObjectiveOnce() {
        EffectivenessRecord record = EffectivenessRecord.of(ExampleCompany.objective());
        assertThatThrownBy(() -> org.isms4j.records.objective.EffectivenessSheet.of(List.of(record, record)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid effectiveness sheet: duplicate objective number '1'");
    }
}
