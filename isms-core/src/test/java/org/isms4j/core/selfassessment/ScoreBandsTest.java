package org.isms4j.core.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreBandsTest {

    private static final ScoreBands BANDS = ScoreBands.of(List.of(ScoreBand.of(50, "needs_work", "要改善", "needs work"),
            ScoreBand.of(80, "good", "良好", "good")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, good", "80, good", "79, needs_work", "50, needs_work", "49, ''", "-25, ''"})
    void bandOf_isTheHighestMinimumNotAboveTheTotal(int total, String code) {
        assertThat(BANDS.bandOf(total).map(ScoreBand::code).orElse("")).isEqualTo(code);
    }

    @org.junit.jupiter.api.Test
    void rules() {
        assertThat(BANDS.bands()).extracting(ScoreBand::minimum).containsExactly(80, 50);
        assertThat(BANDS.bandOf(SelfAssessmentGenerators.all(SelfAssessmentGenerators.twentyFiveQuestions(),
                "partly_implemented").result()).orElseThrow().getDisplayName(Locale.JAPANESE)).isEqualTo("要改善");
        assertThat(BANDS.bandOf(SelfAssessmentGenerators.all(QuestionSets.selfAssessmentPart1(), "implemented")
                .result())).isEmpty();
        assertThatThrownBy(() -> ScoreBands.of(List.of())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid score bands: there is at least one band");
        assertThatThrownBy(() -> ScoreBands.of(List.of(ScoreBand.of(50, "a", "a", "a"), ScoreBand.of(50, "b", "b", "b"))))
                .hasMessage("Duplicate band minimum: 50");
        assertThatThrownBy(() -> ScoreBands.of(List.of(ScoreBand.of(50, "a", "a", "a"), ScoreBand.of(60, "a", "b", "b"))))
                .hasMessage("Duplicate band code: 'a'");
    }
}
