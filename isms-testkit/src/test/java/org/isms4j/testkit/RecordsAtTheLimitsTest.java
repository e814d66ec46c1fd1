package org.isms4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.isms4j.core.Limits;
import org.junit.jupiter.api.Test;

/** The fixture is at the limits indeed, whatever the seed: the format modules' round trips rely on it. */
class RecordsAtTheLimitsTest {

    private static final int MAX = Limits.MAX_TEXT_LENGTH;

    @Test
    void everyListIsAtItsLimit() {
        for (long seed = 0; seed < 3; seed++) {
            RecordsAtTheLimits limits = RecordsAtTheLimits.of(seed);
            assertThat(limits.soa().decisions().values()).anySatisfy(decision -> {
                assertThat(decision.riskNumbers()).hasSize(Limits.MAX_LIST_SIZE)
                        .allSatisfy(number -> assertThat(number).isGreaterThan(999_999_999));
                assertThat(String.join("\n", decision.documents())).hasSize(MAX);
                assertThat(String.join("\n", decision.evidence())).hasSize(MAX);
                assertThat(decision.reason()).hasSize(MAX);
            });
            assertThat(String.join("; ", limits.communications().communications().get(0).methods())).hasSize(MAX);
            assertThat(String.join("; ", limits.annualPlan().activities().get(0).documents())).hasSize(MAX);
            assertThat(String.join("; ", limits.review().attendees())).hasSize(MAX);
            assertThat(String.join("; ", limits.training().materials())).hasSize(MAX);
            assertThat(limits.documents().documents()).allSatisfy(document -> assertThat(document.title()).hasSize(MAX));
            assertThat(limits.answerSheet().respondent()).hasSize(MAX);
            assertThat(limits.answerSheet().answered()).isEqualTo(Limits.MAX_DATE);
            assertThat(limits.correctiveAction().number()).hasSize(MAX);
        }
    }
}
