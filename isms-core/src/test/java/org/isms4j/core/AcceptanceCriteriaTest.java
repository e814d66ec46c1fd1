package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AcceptanceCriteriaTest {

    @Test
    void of_noThreshold() {
        assertThatThrownBy(() -> AcceptanceCriteria.of(List.of(), "受容範囲", "acceptable"))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid acceptance criteria: at least one threshold is needed");
    }

    @Test
    void of_overlappingThresholds() {
        assertThatThrownBy(() -> AcceptanceCriteria.of(List.of(AcceptanceThreshold.of(9, "a", "a"),
                AcceptanceThreshold.of(9, "b", "b")), "受容範囲", "acceptable"))
                .hasMessage("Acceptance thresholds overlap: priority 2 starts at level 9, which is not below "
                        + "priority 1's level 9");
        assertThatThrownBy(() -> AcceptanceCriteria.of(List.of(AcceptanceThreshold.of(4, "a", "a"),
                AcceptanceThreshold.of(6, "b", "b")), "受容範囲", "acceptable"))
                .hasMessage("Acceptance thresholds overlap: priority 2 starts at level 6, which is not below "
                        + "priority 1's level 4");
    }

    @Test
    void threshold_outOfRange() {
        assertThatThrownBy(() -> AcceptanceThreshold.of(0, "a", "a"))
                .hasMessage("Invalid value for threshold level (valid values 1 - 100): 0");
        assertThatThrownBy(() -> AcceptanceThreshold.of(101, "a", "a"))
                .hasMessage("Invalid value for threshold level (valid values 1 - 100): 101");
        assertThatThrownBy(() -> AcceptanceThreshold.of(5, "", "a"))
                .hasMessage("Invalid value for japanese (must not be blank): ''");
        assertThat(AcceptanceThreshold.of(6, "今期中に対応", "treat within this term"))
                .hasToString("≥ 6: treat within this term");
    }

    @Test
    void priorityOf_levelOutOfRange() {
        assertThatThrownBy(() -> AcceptanceCriteria.standard().priorityOf(101))
                .hasMessage("Invalid value for risk level (valid values 0 - 100): 101");
        assertThatThrownBy(() -> AcceptanceCriteria.standard().priorityOf(-1))
                .hasMessage("Invalid value for risk level (valid values 0 - 100): -1");
    }

    @Test
    void priorities_rankInOrder() {
        List<Priority> priorities = AcceptanceCriteria.standard().priorities();
        assertThat(priorities).extracting(Priority::rank).containsExactly(1, 2, 3);
        assertThat(priorities).extracting(Priority::code).containsExactly("1", "2", "3");
        assertThat(priorities.get(0).isMoreUrgentThan(priorities.get(1))).isTrue();
        assertThat(priorities.get(1).isMoreUrgentThan(priorities.get(0))).isFalse();
        Priority acceptable = AcceptanceCriteria.standard().acceptable();
        assertThat(priorities.get(2).isMoreUrgentThan(acceptable)).isTrue();
        assertThat(acceptable.isMoreUrgentThan(priorities.get(2))).isFalse();
        assertThat(acceptable.isMoreUrgentThan(acceptable)).isFalse();
        assertThat(acceptable.code()).isEqualTo("acceptable");
        assertThat(acceptable).hasToString("acceptable");
        assertThat(priorities.get(1)).hasToString("2 (treat within this term)");
        assertThat(priorities.get(1).getDisplayName(Locale.JAPAN)).isEqualTo("今期中に対応");
    }

    @Test
    void priority_rankBelow1() {
        assertThatThrownBy(() -> Priority.of(0, "a", "b"))
                .hasMessage("Invalid value for priority (valid values 1 - 2147483647): 0");
    }
}
