package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.isms4j.core.risk.EvaluationField;
import org.isms4j.core.risk.EvaluationStage;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VocabularyTermTest {

    static Stream<VocabularyTerm> allTerms() {
        return Stream.of(SecurityProperty.values(), TreatmentOption.values(), TreatmentStatus.values(),
                org.isms4j.core.plan.PlanStatus.values(), org.isms4j.core.register.ResidualDecision.values(),
                EvaluationStage.values(), EvaluationField.values())
                .flatMap(Arrays::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allTerms")
    void everyTerm_hasLowercaseCodeAndBothNames(VocabularyTerm term) {
        assertThat(term.code()).matches("[a-z_]+");
        assertThat(term.getDisplayName(Locale.JAPANESE)).isNotBlank().isEqualTo(term.names().japanese());
        assertThat(term.getDisplayName(Locale.JAPAN)).isEqualTo(term.names().japanese());
        assertThat(term.getDisplayName(Locale.ENGLISH)).isNotBlank().isEqualTo(term.names().english());
        assertThat(term.getDisplayName(Locale.ROOT)).isEqualTo(term.names().english());
        assertThat(term.getDisplayName(Locale.GERMAN)).isEqualTo(term.names().english());
    }

    @Test
    void ofCode_roundTrips() {
        for (SecurityProperty p : SecurityProperty.values()) {
            assertThat(SecurityProperty.ofCode(p.code())).isSameAs(p);
        }
        for (TreatmentOption o : TreatmentOption.values()) {
            assertThat(TreatmentOption.ofCode(o.code())).isSameAs(o);
        }
        for (TreatmentStatus s : TreatmentStatus.values()) {
            assertThat(TreatmentStatus.ofCode(s.code())).isSameAs(s);
        }
        for (EvaluationStage s : EvaluationStage.values()) {
            assertThat(EvaluationStage.ofCode(s.code())).isSameAs(s);
        }
        for (EvaluationField f : EvaluationField.values()) {
            assertThat(EvaluationField.ofCode(f.code())).isSameAs(f);
        }
    }

    @Test
    void codes_areUniquePerVocabulary() {
        for (List<? extends VocabularyTerm> terms : List.of(List.of(SecurityProperty.values()),
                List.of(TreatmentOption.values()), List.of(TreatmentStatus.values()))) {
            assertThat(terms.stream().map(VocabularyTerm::code).collect(Collectors.toSet())).hasSize(terms.size());
        }
    }

    @Test
    void ofCode_unknown_listsTheValidCodes() {
        assertThatThrownBy(() -> TreatmentOption.ofCode("accept")).isInstanceOf(IsmsException.class)
                .hasMessage("Unknown treatment option: 'accept' (valid values avoid, reduce, transfer, retain)");
        assertThatThrownBy(() -> TreatmentStatus.ofCode("DONE"))
                .hasMessage("Unknown treatment status: 'DONE' (valid values done, planned, undecided)");
        assertThatThrownBy(() -> SecurityProperty.ofCode(""))
                .hasMessage("Unknown security property: '' (valid values confidentiality, integrity, availability)");
        assertThatThrownBy(() -> SecurityProperty.ofCode(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
    }

    @Test
    void getDisplayName_nullLocale() {
        assertThatThrownBy(() -> TreatmentOption.REDUCE.getDisplayName(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("locale");
    }

    @Test
    void lossName() {
        assertThat(SecurityProperty.CONFIDENTIALITY.lossName(Locale.JAPANESE)).isEqualTo("機密性の喪失");
        assertThat(SecurityProperty.INTEGRITY.lossName(Locale.ENGLISH)).isEqualTo("loss of integrity");
    }

    @Test
    void termNames_validateTheCode() {
        assertThatThrownBy(() -> TermNames.of("Reduce", "低減", "reduce"))
                .hasMessage("Invalid value for code (lowercase letters, digits and underscores): 'Reduce'");
        for (String code : new String[] {"a`", "a{", "a/", "a:", "a^", "a-"}) {
            assertThatThrownBy(() -> TermNames.of(code, "低減", "reduce")).isInstanceOf(IsmsException.class)
                    .hasMessage("Invalid value for code (lowercase letters, digits and underscores): '%s'", code);
        }
        assertThat(TermNames.of("az09_", "x", "y").code()).isEqualTo("az09_");
        assertThatThrownBy(() -> TermNames.of("reduce", " ", "reduce"))
                .hasMessage("Invalid value for japanese (must not be blank): ' '");
        assertThatThrownBy(() -> TermNames.of("reduce", "低減", ""))
                .hasMessage("Invalid value for english (must not be blank): ''");
    }
}
