package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;
import org.junit.jupiter.api.Test;

class DecisionTest {

    @Test
    void applicable_withReasonAndCodes() {
        Decision decision = Decision.applicable("分類基準が未整備", ReasonCode.RISK_ASSESSMENT_RESULT)
                .withStatus(ImplementationStatus.NOT_IMPLEMENTED).withRiskNumbers(3)
                .withDocuments("A-02 情報セキュリティ方針").withEvidence("D-07 分類基準レビュー記録");
        assertThat(decision.isApplicable()).isTrue();
        assertThat(decision.isExcluded()).isFalse();
        assertThat(decision.hasReason()).isTrue();
        assertThat(decision.applicability()).isEqualTo(Applicability.APPLICABLE);
        assertThat(decision.status()).contains(ImplementationStatus.NOT_IMPLEMENTED);
        assertThat(decision.reason()).isEqualTo("分類基準が未整備");
        assertThat(decision.reasonCodes()).containsExactly(ReasonCode.RISK_ASSESSMENT_RESULT);
        assertThat(decision.riskNumbers()).containsExactly(3);
        assertThat(decision.documents()).containsExactly("A-02 情報セキュリティ方針");
        assertThat(decision.evidence()).containsExactly("D-07 分類基準レビュー記録");
        assertThat(decision.state()).isEqualTo(DecisionState.NOT_IMPLEMENTED);
    }

    @Test
    void excluded_withReason() {
        Decision decision = Decision.excluded("自社でソフトウェア開発を行わない", ReasonCode.BUSINESS_REQUIREMENT);
        assertThat(decision.isExcluded()).isTrue();
        assertThat(decision.status()).isEmpty();
        assertThat(decision.hasReason()).isTrue();
        assertThat(decision.state()).isEqualTo(DecisionState.EXCLUDED);
    }

    @Test
    void of_bare() {
        Decision decision = Decision.of(Applicability.APPLICABLE);
        assertThat(decision.hasReason()).isFalse();
        assertThat(decision.reason()).isEmpty();
        assertThat(decision.reasonCodes()).isEmpty();
        assertThat(decision.riskNumbers()).isEmpty();
        assertThat(decision.documents()).isEmpty();
        assertThat(decision.evidence()).isEmpty();
        assertThat(decision.state()).isEqualTo(DecisionState.STATUS_NOT_STATED);
    }

    @Test
    void hasReason_textOrCode() {
        assertThat(Decision.applicable("").hasReason()).isFalse();
        assertThat(Decision.applicable("  ").hasReason()).isFalse();
        assertThat(Decision.applicable("x").hasReason()).isTrue();
        assertThat(Decision.applicable("", ReasonCode.CONTRACTUAL).hasReason()).isTrue();
    }

    @Test
    void state_everyStatus() {
        Decision applicable = Decision.applicable("x");
        assertThat(applicable.withStatus(ImplementationStatus.IMPLEMENTED).state()).isEqualTo(DecisionState.IMPLEMENTED);
        assertThat(applicable.withStatus(ImplementationStatus.PARTIALLY_IMPLEMENTED).state())
                .isEqualTo(DecisionState.PARTIALLY_IMPLEMENTED);
        assertThat(applicable.withStatus(ImplementationStatus.NOT_IMPLEMENTED).state())
                .isEqualTo(DecisionState.NOT_IMPLEMENTED);
        assertThat(Decision.excluded("x").withStatus(ImplementationStatus.IMPLEMENTED).state())
                .isEqualTo(DecisionState.EXCLUDED);
    }

    @Test
    void with_copiesAndKeepsUnchanged() {
        Decision decision = Decision.applicable("x");
        assertThat(decision.withReason("x")).isSameAs(decision);
        assertThat(decision.withStatus(Optional.empty())).isSameAs(decision);
        assertThat(decision.withStatus(ImplementationStatus.IMPLEMENTED).withStatus(Optional.empty())).isEqualTo(decision);
        assertThat(decision.withApplicability(Applicability.EXCLUDED).isExcluded()).isTrue();
        assertThat(decision.withRiskNumbers(List.of(5, 3)).riskNumbers()).containsExactly(3, 5);
        assertThat(decision.withDocuments(List.of("b", "a")).documents()).containsExactly("b", "a");
        assertThat(decision.withEvidence(List.of("e")).evidence()).containsExactly("e");
        assertThat(decision.withReasonCodes(List.of(ReasonCode.BEST_PRACTICE)).reasonCodes())
                .containsExactly(ReasonCode.BEST_PRACTICE);
    }

    @Test
    void check_singleFields() {
        assertThatThrownBy(() -> Decision.applicable("x").withRiskNumbers(0)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for risk number (valid values 1 - 2147483647): 0");
        assertThatThrownBy(() -> Decision.applicable("x").withDocuments(" ")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for document (must not be blank): ' '");
        assertThatThrownBy(() -> Decision.applicable("x").withEvidence("")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for evidence (must not be blank): ''");
    }

    @Test
    void nulls_namedParameters() {
        assertThatThrownBy(() -> Decision.of(null)).isInstanceOf(NullPointerException.class).hasMessage("applicability");
        assertThatThrownBy(() -> Decision.applicable(null)).isInstanceOf(NullPointerException.class).hasMessage("reason");
        assertThatThrownBy(() -> Decision.excluded("x", (ReasonCode[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("codes");
        assertThatThrownBy(() -> Decision.applicable("x").withReason(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equals_byValue() {
        assertThat(Decision.applicable("x", ReasonCode.CONTRACTUAL))
                .isEqualTo(Decision.applicable("x", ReasonCode.CONTRACTUAL))
                .hasSameHashCodeAs(Decision.applicable("x", ReasonCode.CONTRACTUAL))
                .isNotEqualTo(Decision.excluded("x", ReasonCode.CONTRACTUAL));
    }

    @Test
    void repeats_areRefusedNotMerged() {
        Decision decision = Decision.of(Applicability.APPLICABLE);
        assertThatThrownBy(() -> decision.withRiskNumbers(5, 5)).isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate risk number: 5");
        assertThatThrownBy(() -> decision.withRiskNumbers(List.of(3, 5, 3))).isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate risk number: 3");
        assertThatThrownBy(() -> decision.withReasonCodes(ReasonCode.CONTRACTUAL, ReasonCode.CONTRACTUAL))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate reason code: 'contractual'");
        assertThatThrownBy(() -> decision.withReasonCodes(List.of(ReasonCode.CONTRACTUAL, ReasonCode.CONTRACTUAL)))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate reason code: 'contractual'");
        assertThatThrownBy(() -> Decision.applicable("", ReasonCode.CONTRACTUAL, ReasonCode.CONTRACTUAL))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate reason code: 'contractual'");
        assertThat(decision.withRiskNumbers(5, 3).riskNumbers()).containsExactly(3, 5);
        assertThat(decision.withApplicability(Applicability.APPLICABLE)).isSameAs(decision);
        assertThat(decision.withReason("")).isSameAs(decision);
    }

    @Test
    void everyTextAndList_isBuiltAtTheCoresLimit_andRefusedBeyondIt() {
        int max = Limits.MAX_TEXT_LENGTH;
        int most = Limits.MAX_LIST_SIZE;
        String echo = "'" + "x".repeat(64) + "…'";
        Decision decision = Decision.of(Applicability.APPLICABLE);
        assertThat(decision.withReason("x".repeat(max)).reason()).hasSize(max);
        assertThatThrownBy(() -> decision.withReason("x".repeat(max + 1))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for reason (at most 100000 characters, not 100001): " + echo);
        assertThatThrownBy(() -> Decision.excluded("x".repeat(max + 1))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for reason (at most 100000 characters, not 100001): " + echo);
        assertThat(decision.withRiskNumbers(IntStream.rangeClosed(1, most).toArray()).riskNumbers())
                .hasSize(most);
        assertThatThrownBy(() -> decision.withRiskNumbers(IntStream.rangeClosed(1, most + 1).toArray()))
                .isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for risk numbers (at most 8000 values, not 8001): [1, 2, 3,");
        String[] half = {"x".repeat(max / 2), "y".repeat(max / 2 - 1)};
        assertThat(decision.withDocuments(half).documents()).hasSize(2);
        String[] over = {"x".repeat(max / 2), "y".repeat(max / 2)};
        assertThatThrownBy(() -> decision.withDocuments(over)).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for documents (at most 100000 characters, not 100001): 'xxx");
        assertThatThrownBy(() -> decision.withEvidence(Collections.nCopies(most + 1, "D-07")))
                .isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for evidence (at most 8000 values, not 8001): [D-07, D-07,");
    }
}
