package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The closed vocabularies of the SoA and the ja/en labels of its columns. */
class VocabularyTest {

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                Arguments.of(List.of(Applicability.values()), (Function<String, VocabularyTerm>) Applicability::ofCode,
                        "applicability"),
                Arguments.of(List.of(ImplementationStatus.values()),
                        (Function<String, VocabularyTerm>) ImplementationStatus::ofCode, "implementation status"),
                Arguments.of(List.of(ReasonCode.values()), (Function<String, VocabularyTerm>) ReasonCode::ofCode,
                        "reason code"),
                Arguments.of(List.of(DecisionState.values()), (Function<String, VocabularyTerm>) DecisionState::ofCode,
                        "decision state"),
                Arguments.of(List.of(SoaColumn.values()), (Function<String, VocabularyTerm>) SoaColumn::ofCode,
                        "SoA column"),
                Arguments.of(List.of(SoaRule.values()), (Function<String, VocabularyTerm>) SoaRule::ofCode, "SoA rule"),
                Arguments.of(List.of(SuggestionBasis.values()),
                        (Function<String, VocabularyTerm>) SuggestionBasis::ofCode, "suggestion basis"),
                Arguments.of(List.of(SuggestionColumn.values()),
                        (Function<String, VocabularyTerm>) SuggestionColumn::ofCode, "suggestion column"));
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void ofCode_roundTripsAndLabelsInBothLanguages(List<VocabularyTerm> terms, Function<String, VocabularyTerm> ofCode,
            String name) {
        for (VocabularyTerm term : terms) {
            assertThat(ofCode.apply(term.code())).isSameAs(term);
            assertThat(term.getDisplayName(Locale.JAPANESE)).isNotBlank().isNotEqualTo(term.getDisplayName(Locale.ENGLISH));
            assertThat(term.getDisplayName(Locale.ENGLISH)).isNotBlank();
        }
        assertThat(terms.stream().map(VocabularyTerm::code)).doesNotHaveDuplicates();
        assertThat(terms.stream().map(t -> t.getDisplayName(Locale.JAPANESE))).doesNotHaveDuplicates();
        assertThat(terms.stream().map(t -> t.getDisplayName(Locale.ENGLISH))).doesNotHaveDuplicates();
        assertThatThrownBy(() -> ofCode.apply("x")).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Unknown " + name + ": 'x' (valid values ");
    }

    @Test
    void labels_ofTheForm() {
        assertThat(Applicability.APPLICABLE.symbol()).isEqualTo("○");
        assertThat(Applicability.EXCLUDED.symbol()).isEqualTo("×");
        assertThat(ImplementationStatus.IMPLEMENTED.symbol()).isEqualTo("○");
        assertThat(ImplementationStatus.NOT_IMPLEMENTED.symbol()).isEqualTo("未");
        assertThat(SoaColumn.APPLICABILITY.getDisplayName(Locale.JAPANESE)).isEqualTo("適用可否");
        assertThat(SoaColumn.DOCUMENTS.getDisplayName(Locale.ENGLISH)).isEqualTo("policies and procedures");
        assertThat(Stream.of(SoaColumn.values()).map(VocabularyTerm::code)).containsExactly("control", "title", "theme",
                "applicability", "implementation_status", "reason", "reason_codes", "risk_numbers", "documents",
                "evidence");
        assertThat(Stream.of(ReasonCode.values()).map(VocabularyTerm::code)).containsExactly("legal_or_regulatory",
                "contractual", "business_requirement", "best_practice", "risk_assessment_result");
        assertThat(ImplementationStatus.PARTIALLY_IMPLEMENTED.getDisplayName(Locale.ENGLISH))
                .isEqualTo("partially implemented");
    }
}
