package org.isms4j.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.treatment.TreatmentOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ControlTest {

    static Stream<Control> controls() {
        return AnnexA.all().stream();
    }

    @ParameterizedTest
    @MethodSource("controls")
    void accessors_completeForEveryControl(Control control) {
        assertThat(control.englishTitle()).isNotBlank().isEqualTo(control.englishTitle().strip());
        assertThat(control.japaneseTitle()).isNotBlank().doesNotContain(" ").doesNotContain("、");
        assertThat(control.theme()).isSameAs(control.id().theme());
        for (ControlAttribute attribute : ControlAttribute.values()) {
            assertThat(control.attribute(attribute)).isNotEmpty().isSubsetOf(attribute.terms());
            for (VocabularyTerm value : control.attribute(attribute)) {
                assertThat(control.has(value)).isTrue();
            }
        }
        assertThat(control.isNewIn2022()).isEqualTo(control.iso2013().isEmpty());
        assertThat(control.text()).isEmpty();
        assertThat(control.has(control.theme())).isTrue();
        assertThat(control).hasToString(control.id() + " " + control.englishTitle());
        assertThat(control.title(Locale.JAPAN)).isEqualTo(control.japaneseTitle());
        assertThat(control.title(Locale.UK)).isEqualTo(control.englishTitle());
    }

    @ParameterizedTest
    @MethodSource("controls")
    void collections_unmodifiable(Control control) {
        assertThatThrownBy(() -> control.securityProperties().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> control.controlTypes().add(ControlType.CORRECTIVE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> control.iso2013().add(Iso2013ControlId.parse("A.5.1.1")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void classification_attributes() {
        Control control = AnnexA.get("5.12");
        assertThat(control.controlTypes()).containsExactly(ControlType.PREVENTIVE);
        assertThat(control.securityProperties()).containsExactly(SecurityProperty.CONFIDENTIALITY,
                SecurityProperty.INTEGRITY, SecurityProperty.AVAILABILITY);
        assertThat(control.cybersecurityConcepts()).containsExactly(CybersecurityConcept.IDENTIFY);
        assertThat(control.operationalCapabilities()).containsExactly(OperationalCapability.INFORMATION_PROTECTION);
        assertThat(control.securityDomains()).containsExactly(SecurityDomain.PROTECTION, SecurityDomain.DEFENCE);
        assertThat(control.has(ControlType.DETECTIVE)).isFalse();
        assertThat(control.has(Theme.PEOPLE)).isFalse();
        assertThat(control.attribute(ControlAttribute.SECURITY_DOMAINS)).isEqualTo(control.securityDomains());
    }

    @Test
    void has_rejectsTermsThatAreNoAttributes() {
        assertThatThrownBy(() -> AnnexA.get("5.12").has(TreatmentOption.REDUCE))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for an Annex A attribute (valid values a theme, control type, security property,"
                        + " cybersecurity concept, operational capability or security domain): 'reduce' (TreatmentOption)");
        assertThatThrownBy(() -> AnnexA.get("5.12").has(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("term");
        assertThatThrownBy(() -> AnnexA.get("5.12").title(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("locale");
        assertThatThrownBy(() -> AnnexA.get("5.12").attribute(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("attribute");
    }

    @Test
    void equals_byValue() {
        Control control = AnnexA.get("5.12");
        Control texted = control.withText(Optional.of(ControlText.of("statement")));
        assertThat(control).isEqualTo(AnnexA.get("A.5.12")).isNotEqualTo(AnnexA.get("5.13")).isNotEqualTo("5.12");
        assertThat(texted).isNotEqualTo(control);
        assertThat(texted.withText(Optional.empty())).isEqualTo(control).hasSameHashCodeAs(control);
        assertThat(control.withText(Optional.empty())).isSameAs(control);
    }

    @Test
    void japaneseTitle_of524IsTheChosenUnconfirmedOne() {
        assertThat(AnnexA.get("5.24").japaneseTitle()).isEqualTo("情報セキュリティインシデント管理の計画策定及び準備");
    }
}
