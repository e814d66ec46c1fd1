package org.isms4j.core.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TreatmentTest {

    @ParameterizedTest
    @ValueSource(strings = {"5.12", "A.5.12", "A 5.12", "a.5.12", " 5.12 "})
    void control_annexAIdIsCanonical(String id) {
        assertThat(TreatmentControl.of("情報の分類定義", id).annexA()).hasValue("5.12");
        assertThat(TreatmentControl.canonical(id)).isEqualTo("5.12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "4.1", "9.1", "5.0", "5.012", "A.A.5.12", "5.12.1", "A5.12"})
    void control_invalidAnnexAId(String id) {
        assertThatThrownBy(() -> TreatmentControl.of("x", id)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for Annex A control (a theme 5 - 8 and a number, such as 5.12): '" + id + "'");
    }

    @Test
    void control_text() {
        assertThat(TreatmentControl.of("教育訓練")).hasToString("教育訓練");
        assertThat(TreatmentControl.of("ラベリング", "5.13")).hasToString("ラベリング (5.13)");
        assertThatThrownBy(() -> TreatmentControl.of(" ")).hasMessage("Invalid value for control (must not be blank): ' '");
        assertThatThrownBy(() -> TreatmentControl.of("x", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("annexA");
    }

    @Test
    void decision_reduceNeedsAControl() {
        assertThatThrownBy(() -> TreatmentDecision.of(List.of(TreatmentOption.REDUCE), List.of(),
                TreatmentStatus.PLANNED)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid treatment: a reduce decision names at least one control");
        assertThatThrownBy(() -> TreatmentDecision.of(List.of(), List.of(), TreatmentStatus.PLANNED))
                .hasMessage("Invalid treatment: at least one option is needed");
        TreatmentDecision transfer = TreatmentDecision.of(List.of(TreatmentOption.TRANSFER), List.of(),
                TreatmentStatus.PLANNED);
        assertThat(transfer.controls()).isEmpty();
        assertThat(transfer.isRetained()).isFalse();
        assertThat(transfer.withStatus(TreatmentStatus.DONE).status()).isEqualTo(TreatmentStatus.DONE);
    }

    @Test
    void decision_annexAControls_inOrderWithoutRepeats() {
        TreatmentDecision decision = TreatmentDecision.of(List.of(TreatmentOption.REDUCE, TreatmentOption.TRANSFER),
                List.of(TreatmentControl.of("a", "5.13"), TreatmentControl.of("b"), TreatmentControl.of("c", "5.12"),
                        TreatmentControl.of("d", "A.5.13")),
                TreatmentStatus.UNDECIDED);
        assertThat(decision.annexAControls()).containsExactly("5.13", "5.12");
    }

    @Test
    void decision_retain() {
        TreatmentDecision retain = TreatmentDecision.retain("発生可能性がほぼない");
        assertThat(retain.isRetained()).isTrue();
        assertThat(retain.justification()).isEqualTo("発生可能性がほぼない");
        assertThat(retain.withJustification("").justification()).isEmpty();
        assertThat(retain.status()).isEqualTo(TreatmentStatus.DONE);
    }

    @Test
    void repeatedOption_isRefusedNotMerged() {
        assertThatThrownBy(() -> TreatmentDecision.of(List.of(TreatmentOption.RETAIN, TreatmentOption.RETAIN),
                List.of(), TreatmentStatus.DONE))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate treatment option: 'retain'");
    }
}
