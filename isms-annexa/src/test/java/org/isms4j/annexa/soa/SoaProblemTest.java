package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.isms4j.annexa.ControlId;
import org.junit.jupiter.api.Test;

class SoaProblemTest {

    @Test
    void message_perRule() {
        ControlId id = ControlId.parse("7.4");
        assertThat(SoaProblem.of(id, SoaRule.DECIDED).message())
                .isEqualTo("Control 7.4 has no decision: every control is applicable or excluded");
        assertThat(SoaProblem.of(id, SoaRule.INCLUSION_REASON).message())
                .isEqualTo("Control 7.4 is applicable without a reason for inclusion");
        assertThat(SoaProblem.of(id, SoaRule.EXCLUSION_REASON).message())
                .isEqualTo("Control 7.4 is excluded without a reason for exclusion");
        assertThat(SoaProblem.of(id, SoaRule.NO_STATUS_WHEN_EXCLUDED))
                .hasToString("Control 7.4 is excluded but has an implementation status");
    }

    @Test
    void of_nulls() {
        assertThatThrownBy(() -> SoaProblem.of(null, SoaRule.DECIDED)).isInstanceOf(NullPointerException.class)
                .hasMessage("controlId");
        assertThatThrownBy(() -> SoaProblem.of(ControlId.parse("5.1"), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("rule");
    }

    @Test
    void invalidSoaException_needsProblems() {
        assertThatThrownBy(() -> new InvalidSoaException(List.of())).isInstanceOf(IllegalArgumentException.class);
        InvalidSoaException e = new InvalidSoaException(List.of(SoaProblem.of(ControlId.parse("5.1"), SoaRule.DECIDED)));
        assertThat(e.problems()).hasSize(1);
        assertThat(e).hasMessage("Incomplete Statement of Applicability (1 problems): Control 5.1 has no decision: "
                + "every control is applicable or excluded");
    }
}
