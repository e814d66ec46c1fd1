package org.isms4j.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.treatment.TreatmentOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The closed vocabularies of the catalogue: themes, the attribute sets and their values. */
class VocabularyTest {

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                Arguments.of(List.of(Theme.values()), (Function<String, VocabularyTerm>) Theme::ofCode, "theme"),
                Arguments.of(List.of(ControlType.values()), (Function<String, VocabularyTerm>) ControlType::ofCode,
                        "control type"),
                Arguments.of(List.of(CybersecurityConcept.values()),
                        (Function<String, VocabularyTerm>) CybersecurityConcept::ofCode, "cybersecurity concept"),
                Arguments.of(List.of(OperationalCapability.values()),
                        (Function<String, VocabularyTerm>) OperationalCapability::ofCode, "operational capability"),
                Arguments.of(List.of(SecurityDomain.values()),
                        (Function<String, VocabularyTerm>) SecurityDomain::ofCode, "security domain"),
                Arguments.of(List.of(ControlAttribute.values()),
                        (Function<String, VocabularyTerm>) ControlAttribute::ofCode, "control attribute"));
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void ofCode_roundTripsEveryTerm(List<VocabularyTerm> terms, Function<String, VocabularyTerm> ofCode, String name) {
        for (VocabularyTerm term : terms) {
            assertThat(ofCode.apply(term.code())).isSameAs(term);
            assertThat(term.code()).matches("[a-z_]+");
            assertThat(term.getDisplayName(Locale.JAPANESE)).isNotBlank().isEqualTo(term.names().japanese());
            assertThat(term.getDisplayName(Locale.ENGLISH)).isNotBlank().isEqualTo(term.names().english());
            assertThat(term.getDisplayName(Locale.ROOT)).isEqualTo(term.names().english());
        }
        assertThat(terms.stream().map(VocabularyTerm::code)).doesNotHaveDuplicates();
        assertThat(terms.stream().map(t -> t.getDisplayName(Locale.JAPANESE))).doesNotHaveDuplicates();
        assertThatThrownBy(() -> ofCode.apply("nonsense"))
                .isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Unknown " + name + ": 'nonsense' (valid values " + terms.get(0).code() + ", ");
    }

    @Test
    void codes_areThoseOfTheReference() {
        assertThat(Stream.of(ControlType.values()).map(VocabularyTerm::code))
                .containsExactly("preventive", "detective", "corrective");
        assertThat(Stream.of(CybersecurityConcept.values()).map(VocabularyTerm::code))
                .containsExactly("identify", "protect", "detect", "respond", "recover");
        assertThat(Stream.of(SecurityDomain.values()).map(VocabularyTerm::code))
                .containsExactly("governance_and_ecosystem", "protection", "defence", "resilience");
        assertThat(Stream.of(OperationalCapability.values()).map(VocabularyTerm::code)).containsExactly(
                "governance", "asset_management", "information_protection", "human_resource_security",
                "physical_security", "system_and_network_security", "application_security", "secure_configuration",
                "identity_and_access_management", "threat_and_vulnerability_management", "continuity",
                "supplier_relationships_security", "legal_and_compliance", "information_security_event_management",
                "information_security_assurance");
        assertThat(Stream.of(Theme.values()).map(VocabularyTerm::code))
                .containsExactly("organizational", "people", "physical", "technological");
    }

    @Test
    void theme_namesClausesAndSizes() {
        assertThat(Theme.ORGANIZATIONAL.getDisplayName(Locale.JAPANESE)).isEqualTo("組織的管理策");
        assertThat(Theme.PEOPLE.getDisplayName(Locale.JAPANESE)).isEqualTo("人的管理策");
        assertThat(Theme.PHYSICAL.getDisplayName(Locale.JAPANESE)).isEqualTo("物理的管理策");
        assertThat(Theme.TECHNOLOGICAL.getDisplayName(Locale.JAPANESE)).isEqualTo("技術的管理策");
        assertThat(Theme.ORGANIZATIONAL.getDisplayName(Locale.ENGLISH)).isEqualTo("organizational controls");
        for (Theme theme : Theme.values()) {
            assertThat(Theme.ofClause(theme.clause())).isSameAs(theme);
            assertThat(theme.first().toString()).isEqualTo(theme.clause() + ".1");
            assertThat(theme.last().number()).isEqualTo(theme.size());
            assertThat(theme.first().theme()).isSameAs(theme);
        }
        assertThat(Theme.TECHNOLOGICAL.last()).hasToString("8.34");
    }

    @Test
    void ofClause_outOfRange() {
        assertThatThrownBy(() -> Theme.ofClause(9)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for Annex A clause (valid values 5 - 8): 9");
        assertThatThrownBy(() -> Theme.ofClause(4)).hasMessage("Invalid value for Annex A clause (valid values 5 - 8): 4");
    }

    @Test
    void controlAttribute_termsAndOfTerm() {
        assertThat(ControlAttribute.SECURITY_PROPERTIES.terms()).containsExactly(SecurityProperty.CONFIDENTIALITY,
                SecurityProperty.INTEGRITY, SecurityProperty.AVAILABILITY);
        assertThat(ControlAttribute.SECURITY_PROPERTIES.getDisplayName(Locale.JAPANESE)).isEqualTo("情報セキュリティ特性");
        for (ControlAttribute attribute : ControlAttribute.values()) {
            for (VocabularyTerm term : attribute.terms()) {
                assertThat(ControlAttribute.ofTerm(term)).contains(attribute);
            }
        }
        assertThat(ControlAttribute.ofTerm(Theme.PEOPLE)).isEmpty();
        assertThat(ControlAttribute.ofTerm(TreatmentOption.REDUCE)).isEmpty();
        assertThatThrownBy(() -> ControlAttribute.ofTerm(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("term");
    }
}
