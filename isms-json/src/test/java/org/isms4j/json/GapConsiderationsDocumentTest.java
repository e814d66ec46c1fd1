package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.soa.Consideration;
import org.isms4j.annexa.soa.Considerations;
import org.isms4j.annexa.soa.GapCheck;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.testkit.Fixtures;
import org.isms4j.testkit.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The gap check's considerations document: what the library builds it writes and reads back. */
class GapConsiderationsDocumentTest {

    private static final IsmsJson JSON = IsmsJson.strict();

    @Test
    void generatedConsiderations_writeAndReadBackEqual() {
        qt().withExamples(200).forAll(Generators.considerations()).checkAssert(considerations -> {
            String written = JSON.write(JsonDocument.GAP_CONSIDERATIONS, considerations);
            assertThat(JSON.read(JsonDocument.GAP_CONSIDERATIONS, written)).isEqualTo(considerations);
            String compact = JSON.compact().write(JsonDocument.GAP_CONSIDERATIONS, considerations);
            assertThat(JSON.read(JsonDocument.GAP_CONSIDERATIONS, compact)).isEqualTo(considerations);
        });
        assertThat(JsonDocument.GAP_CONSIDERATIONS).hasToString("isms4j.gap-considerations (Considerations)");
    }

    @Test
    void savedConsiderations_keepTheirSuggestionsAwayAfterLoading() {
        GapCheck check = SoaReport.gapCheck(Fixtures.canonicalRegister());
        assertThat(check.suggestions(2)).extracting(s -> s.controlId().toString()).contains("6.6");
        String saved = JSON.write(JsonDocument.GAP_CONSIDERATIONS,
                Considerations.of(check.withConsidered(Fixtures.gapConsiderations()).considerations()));
        GapCheck loaded = check.withConsidered(JSON.read(JsonDocument.GAP_CONSIDERATIONS, saved));
        assertThat(loaded.considerations()).isEqualTo(Fixtures.gapConsiderations().list());
        assertThat(loaded.suggestions(2)).extracting(s -> s.controlId().toString()).doesNotContain("6.6");
        for (int risk = 1; risk <= 3; risk++) {
            assertThat(loaded.allSuggestions(risk)).extracting(s -> s.controlId().toString()).doesNotContain("7.14");
        }
    }

    @Test
    void aDocumentInAnyOrder_readsInDocumentOrder() {
        String text = "{\"format\": \"isms4j.gap-considerations\", \"formatVersion\": 1, \"considerations\": ["
                + "{\"control\": \"7.14\", \"risk\": \"all\", \"reason\": \"委託\", \"author\": \"事務局\", \"decided\": \"2023-09-30\"},"
                + "{\"decided\": \"2023-09-29\", \"author\": \"委員長\", \"reason\": \"守秘義務\", \"risk\": 2, \"control\": \"6.6\"}]}";
        Considerations read = JSON.read(JsonDocument.GAP_CONSIDERATIONS, text);
        assertThat(read.list()).containsExactly(
                Consideration.of(ControlId.parse("6.6"), 2, "守秘義務", "委員長", LocalDate.of(2023, 9, 29)),
                Consideration.ofAllRisks(ControlId.parse("7.14"), "委託", "事務局", LocalDate.of(2023, 9, 30)));
        assertThat(JSON.compact().write(JsonDocument.GAP_CONSIDERATIONS, read)).isEqualTo(
                "{\"format\":\"isms4j.gap-considerations\",\"formatVersion\":1,\"considerations\":["
                + "{\"control\":\"6.6\",\"risk\":2,\"reason\":\"守秘義務\",\"author\":\"委員長\",\"decided\":\"2023-09-29\"},"
                + "{\"control\":\"7.14\",\"risk\":\"all\",\"reason\":\"委託\",\"author\":\"事務局\",\"decided\":\"2023-09-30\"}]}");
        assertThat(JSON.read(JsonDocument.GAP_CONSIDERATIONS,
                "{\"format\": \"isms4j.gap-considerations\", \"formatVersion\": 1, \"considerations\": []}"))
                .isEqualTo(Considerations.empty());
    }

    private static final String ONE = "{\"control\": \"6.6\", \"risk\": 2, \"reason\": \"守秘義務\", \"author\": \"事務局\", "
            + "\"decided\": \"2023-09-30\"}";

    private static String document(String considerations) {
        return "{\"format\": \"isms4j.gap-considerations\", \"formatVersion\": 1, \"considerations\": [" + considerations
                + "]}";
    }

    private static String broken(String from, String to) {
        return document(ONE.replace(from, to));
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                Arguments.of(broken("\"6.6\"", "\"A.6.6\""), "$.considerations[0].control: Invalid value for control id "
                        + "(canonical form, such as 6.6): 'A.6.6'"),
                Arguments.of(broken("\"6.6\"", "\"6.9\""), "$.considerations[0].control: Unknown Annex A control: '6.9' "
                        + "(valid ids 5.1 - 5.37, 6.1 - 6.8, 7.1 - 7.14, 8.1 - 8.34)"),
                Arguments.of(broken("\"risk\": 2", "\"risk\": 0"), "$.considerations[0]: Invalid value for risk number "
                        + "(valid values 1 - 2147483647): 0"),
                Arguments.of(broken("\"risk\": 2", "\"risk\": 2147483648"), "$.considerations[0].risk: Invalid value for "
                        + "risk number (valid values -2147483648 - 2147483647): 2147483648"),
                Arguments.of(broken("\"risk\": 2", "\"risk\": \"every\""), "$.considerations[0].risk: Invalid value for "
                        + "risk (a risk number or 'all'): 'every'"),
                Arguments.of(broken("\"risk\": 2", "\"risk\": null"), "$.considerations[0].risk: Invalid type for risk "
                        + "(expected integer or 'all'): null"),
                Arguments.of(broken("\"risk\": 2, ", ""), "$.considerations[0]: Missing property: 'risk'"),
                Arguments.of(broken("\"事務局\"", "\" \""), "$.considerations[0]: Invalid value for author (must not be "
                        + "blank): ' '"),
                Arguments.of(broken("\"2023-09-30\"", "\"2023-02-30\""), "$.considerations[0].decided: Invalid value "
                        + "for decided (a date yyyy-MM-dd): '2023-02-30'"),
                Arguments.of(broken("\"risk\": 2", "\"risk\": 2, \"note\": 1"), "$.considerations[0].note: Unknown "
                        + "property: 'note' (valid values control, risk, reason, author, decided)"),
                Arguments.of(document(ONE + ", " + ONE.replace("\"risk\": 2", "\"risk\": \"all\"")),
                        "$: Duplicate consideration of control 6.6 for risk 2 and for all risks"),
                Arguments.of(document(ONE + ", " + ONE), "$: Duplicate consideration of control 6.6 for risk 2"));
    }

    @ParameterizedTest
    @MethodSource("badDocuments")
    void badDocuments_failAtTheirPathWithTheCoresMessage(String document, String message) {
        assertThatThrownBy(() -> JSON.read(JsonDocument.GAP_CONSIDERATIONS, document))
                .isInstanceOf(IsmsJsonException.class).hasMessage(message);
    }

    @Test
    void otherDocuments_areRejectedByTheirFormat() {
        String soa = JSON.writeStatementOfApplicability(Fixtures.canonicalSoa());
        assertThatThrownBy(() -> JSON.read(JsonDocument.GAP_CONSIDERATIONS, soa)).isInstanceOf(IsmsJsonException.class)
                .hasMessageContaining("isms4j.gap-considerations");
        String considerations = JSON.write(JsonDocument.GAP_CONSIDERATIONS, Fixtures.gapConsiderations());
        assertThatThrownBy(() -> JSON.readStatementOfApplicability(considerations))
                .isInstanceOf(IsmsJsonException.class).hasMessageContaining("format");
    }
}
