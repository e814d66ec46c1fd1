package org.isms4j.records.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.records.Clause;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.corrective.ActionStage;
import org.isms4j.records.corrective.ActionStep;
import org.isms4j.records.corrective.CauseEvaluation;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.corrective.NonconformityOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corrective request and answer 是正要求書兼回答書 of the source (ch. 13, 10.2): the six origins,
 * and the steps recorded in order, each with author, approver and date.
 */
class CorrectiveActionSpecTest {

    static final LocalDate DAY = LocalDate.of(2024, 2, 26);

    static ActionStep step(String content, LocalDate date) {
        return ActionStep.of(content, "佐藤", "山田", date);
    }

    static CorrectiveAction requested() {
        return CorrectiveAction.of("24-01", "管理部", NonconformityOrigin.INTERNAL_AUDIT, FindingGrade.MINOR_NONCONFORMITY,
                Clause.parse("5.2"), step("方針が利害関係者に入手可能でない", DAY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "INTERNAL_AUDIT, 内部監査における指摘事項",
        "EXTERNAL_AUDIT, 外部機関が実施した監査における指摘事項",
        "INCIDENT, セキュリティインシデントの関連した改善事項",
        "INTERESTED_PARTY, 外部の利害関係者からのニーズに基づく改善事項",
        "INTERNAL_PROPOSAL, 内部において提案された改善事項",
        "OTHER, その他"})
    void origins(NonconformityOrigin origin, String japanese) {
        assertThat(origin.getDisplayName(Locale.JAPANESE)).isEqualTo(japanese);
        assertThat(NonconformityOrigin.ofCode(origin.code())).isEqualTo(origin);
    }

    @Test
    void origins_six() {
        assertThat(NonconformityOrigin.values()).hasSize(6);
    }

    @Test
    void fullCycle_withCauseRemoval_closesOnEffectivenessReview() {
        CorrectiveAction action = requested().corrected(step("方針を当社HPに公開する", DAY.plusDays(1)))
                .evaluated(CauseEvaluation.of(false, true, true, step("公開手順が未整備", DAY.plusDays(2))))
                .causeRemovalPlanned(step("公開手順を手順書に追加", DAY.plusDays(3)))
                .implemented(step("手順書C-01を改訂し公開した", DAY.plusDays(10)))
                .confirmed(step("HP掲載を確認", DAY.plusDays(11)));
        assertThat(action.isClosed()).isFalse();
        assertThat(action.stage()).isEqualTo(ActionStage.CONFIRMED);
        CorrectiveAction closed = action.reviewed(step("再発なし", DAY.plusDays(60)), true);
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.effectiveness()).isPresent();
        assertThat(closed.followUpAuditNeeded()).contains(true);
        assertThat(closed.steps()).hasSize(7).allSatisfy(s -> assertThat(s.approver()).isEqualTo("山田"));
    }

    @Test
    void step_beforeTheOneItDependsOn_isRejected() {
        assertThatThrownBy(() -> requested().confirmed(step("確認", DAY))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid corrective action 24-01: confirmed cannot be recorded before implemented "
                        + "(stage requested)");
        CorrectiveAction evaluated = requested().corrected(step("修正", DAY))
                .evaluated(CauseEvaluation.of(true, true, true, step("原因", DAY)));
        assertThatThrownBy(() -> evaluated.implemented(step("実施", DAY))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid corrective action 24-01: implemented cannot be recorded before "
                        + "cause_removal_planned (stage evaluated)");
    }

    @Test
    void causeRemoval_notNeeded_isRejectedAndSkipped() {
        CorrectiveAction evaluated = requested().corrected(step("修正", DAY))
                .evaluated(CauseEvaluation.of(false, false, false, step("原因なし", DAY)));
        assertThatThrownBy(() -> evaluated.causeRemovalPlanned(step("計画", DAY))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid corrective action 24-01: cause_removal_planned cannot be recorded at stage "
                        + "evaluated (the evaluation needs no cause removal)");
        assertThat(evaluated.implemented(step("実施", DAY)).stage()).isEqualTo(ActionStage.IMPLEMENTED);
    }

    @Test
    void step_twice_isRejected() {
        CorrectiveAction corrected = requested().corrected(step("修正", DAY));
        assertThatThrownBy(() -> corrected.corrected(step("修正", DAY))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid corrective action 24-01: corrected cannot be recorded at stage corrected");
    }

    @Test
    void date_neverRunsBackwards() {
        assertThatThrownBy(() -> requested().corrected(step("修正", DAY.minusDays(1)))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid corrective action 24-01: corrected dated 2024-02-25 is before requested, "
                        + "dated 2024-02-26");
    }

    @Test
    void date_runningBackwards_namesTheStepAndTheOneBeforeIt() {
        CorrectiveAction evaluated = requested().corrected(step("修正", DAY))
                .evaluated(CauseEvaluation.of(false, false, false, step("原因なし", DAY.plusDays(2))));
        assertThatThrownBy(() -> evaluated.implemented(step("実施", DAY.plusDays(1)))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid corrective action 24-01: implemented dated 2024-02-27 is before evaluated, "
                        + "dated 2024-02-28");
    }
}
