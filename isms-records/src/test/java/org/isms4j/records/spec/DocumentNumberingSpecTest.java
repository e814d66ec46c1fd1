package org.isms4j.records.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.records.document.DocumentKind;
import org.isms4j.records.document.DocumentNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The numbering of documented information 採番方法 of the source (ch. 13, 7.5): basic documents
 * A-□□ from 01, the ISMS manual B-01, procedures C-01…, records D-01…, external documents not
 * numbered.
 */
class DocumentNumberingSpecTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "BASIC, A, 基本文書, 99",
        "MANUAL, B, ISMSマニュアル, 1",
        "PROCEDURE, C, 手順書, 99",
        "RECORD, D, 記録類, 99"})
    void kind_letterAndRange(DocumentKind kind, char letter, String japanese, int highest) {
        assertThat(kind.prefix()).contains(letter);
        assertThat(kind.getDisplayName(Locale.JAPANESE)).isEqualTo(japanese);
        assertThat(kind.maxNumber()).isEqualTo(highest);
        assertThat(DocumentNumber.of(kind, 1).toString()).isEqualTo(letter + "-01");
    }

    @Test
    void external_isNotNumbered() {
        assertThat(DocumentKind.EXTERNAL.isNumbered()).isFalse();
        assertThat(DocumentKind.EXTERNAL.prefix()).isEmpty();
        assertThat(DocumentKind.EXTERNAL.getDisplayName(Locale.JAPANESE)).isEqualTo("外部文書");
        assertThatThrownBy(() -> DocumentNumber.of(DocumentKind.EXTERNAL, 1)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid document kind for a number: external documents keep their own names");
    }

    /** Every valid number: A-01 - A-99, B-01, C-01 - C-99, D-01 - D-99; 298 numbers. */
    static Stream<String> everyValidNumber() {
        List<String> numbers = new ArrayList<>();
        for (char letter : new char[] {'A', 'C', 'D'}) {
            for (int n = 1; n <= 99; n++) {
                numbers.add(String.format(Locale.ROOT, "%c-%02d", letter, n));
            }
        }
        numbers.add("B-01");
        return numbers.stream();
    }

    @ParameterizedTest
    @MethodSource("everyValidNumber")
    void parse_everyNumberInItsKindsPattern_roundTrips(String text) {
        DocumentNumber number = DocumentNumber.parse(text);
        assertThat(number.toString()).isEqualTo(text);
        assertThat(number.kind().prefix()).contains(text.charAt(0));
        assertThat(DocumentNumber.of(number.kind(), number.number())).isEqualTo(number).hasSameHashCodeAs(number);
    }

    @Test
    void everyValidNumber_count() {
        assertThat(everyValidNumber()).hasSize(298);
        assertThat(everyValidNumber().map(DocumentNumber::parse).map(DocumentNumber::hashCode).distinct()).hasSize(298);
        assertThat(DocumentNumber.parse("A-01")).isNotEqualTo(DocumentNumber.parse("C-01")).isNotEqualTo("A-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"B-02", "A-00", "A-100", "A-1", "E-01", "a-01", "A01", "A_01", "", "外部-01", "C-0１"})
    void parse_outsideEveryPattern_isRejected(String text) {
        assertThatThrownBy(() -> DocumentNumber.parse(text)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for document number (valid values A-01 - A-99, B-01, C-01 - C-99, "
                        + "D-01 - D-99): '" + text + "'");
    }

    @Test
    void parse_anyText_isAValidNumberOrIsmsException() {
        List<String> valid = everyValidNumber().toList();
        qt().forAll(strings().allPossible().ofLengthBetween(0, 6)).checkAssert(text -> {
            try {
                assertThat(DocumentNumber.parse(text).toString()).isEqualTo(text);
            } catch (IsmsException e) {
                assertThat(valid).doesNotContain(text);
            }
        });
    }

    @Test
    void of_manualBeyondB01_isRejected() {
        assertThatThrownBy(() -> DocumentNumber.of(DocumentKind.MANUAL, 2)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for document number of kind manual (valid values 1 - 1): 2");
    }

    @Test
    void order_byKindThenNumber() {
        List<DocumentNumber> numbers = new ArrayList<>(Stream.of("D-01", "A-10", "B-01", "A-02", "C-01")
                .map(DocumentNumber::parse).toList());
        numbers.sort(null);
        assertThat(numbers).extracting(DocumentNumber::toString).containsExactly("A-02", "A-10", "B-01", "C-01", "D-01");
    }
}
