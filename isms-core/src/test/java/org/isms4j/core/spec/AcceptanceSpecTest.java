package org.isms4j.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/method.md#acceptance-criteria: acceptance criteria and priority. */
class AcceptanceSpecTest {

    @ParameterizedTest(name = "level {0} -> priority {1}")
    @CsvSource({"9, 1, 早急に対応, treat immediately", "6, 2, 今期中に対応, treat within this term",
        "4, 3, 今期対応が望ましい, treatment within this term desirable"})
    void sourceExample(int level, int rank, String japanese, String english) {
        Priority priority = AcceptanceCriteria.standard().priorityOf(level);
        assertThat(priority.rank()).isEqualTo(rank);
        assertThat(priority.getDisplayName(Locale.JAPANESE)).isEqualTo(japanese);
        assertThat(priority.getDisplayName(Locale.ENGLISH)).isEqualTo(english);
    }

    @ParameterizedTest(name = "level {0} -> priority {1}")
    @CsvSource({"100, 1", "9, 1", "8, 2", "7, 2", "6, 2", "5, 3", "4, 3"})
    void defaultThresholds_9_6_4(int level, int rank) {
        assertThat(AcceptanceCriteria.standard().priorityOf(level).rank()).isEqualTo(rank);
    }

    @ParameterizedTest(name = "level {0} is acceptable")
    @CsvSource({"3", "2", "1", "0"})
    void levelsUpTo3_areAcceptable(int level) {
        Priority priority = AcceptanceCriteria.standard().priorityOf(level);
        assertThat(priority.isAcceptable()).isTrue();
        assertThat(priority.getDisplayName(Locale.JAPANESE)).isEqualTo("受容範囲");
        assertThat(AcceptanceCriteria.standard().highestAcceptableLevel()).isEqualTo(3);
    }
}
