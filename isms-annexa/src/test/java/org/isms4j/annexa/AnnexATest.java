package org.isms4j.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.treatment.TreatmentOption;
import org.junit.jupiter.api.Test;

class AnnexATest {

    @Test
    void packageInfo_workedExample() {
        Control classification = AnnexA.get("A.5.12");
        assertThat(classification.id()).hasToString("5.12");
        assertThat(classification.title(Locale.JAPANESE)).isEqualTo("情報の分類");
        assertThat(classification.has(SecurityProperty.CONFIDENTIALITY)).isTrue();
        assertThat(classification.iso2013()).containsExactly(Iso2013ControlId.parse("A.8.2.1"));
        assertThat(AnnexA.get2013("A.8.2.2").iso2022()).containsExactly(ControlId.parse("5.13"));
    }

    @Test
    void get_byIdAndText() {
        ControlId id = ControlId.parse("8.34");
        assertThat(AnnexA.get(id).id()).isSameAs(id);
        assertThat(AnnexA.get("A 8.34")).isSameAs(AnnexA.get(id));
        assertThat(AnnexA.get("5.1").englishTitle()).isEqualTo("Policies for information security");
    }

    @Test
    void get_unknownControl() {
        assertThatThrownBy(() -> AnnexA.get("5.99"))
                .isInstanceOf(UnknownControlException.class)
                .hasMessage("Unknown Annex A control: '5.99' (valid ids 5.1 - 5.37, 6.1 - 6.8, 7.1 - 7.14, 8.1 - 8.34)");
        assertThatThrownBy(() -> AnnexA.get((CharSequence) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AnnexA.get((ControlId) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("id");
    }

    @Test
    void find_andContains_neverThrowForText() {
        assertThat(AnnexA.find("A.5.12")).contains(AnnexA.get("5.12"));
        assertThat(AnnexA.find("5.99")).isEmpty();
        assertThat(AnnexA.find("garbage")).isEmpty();
        assertThat(AnnexA.contains("5.37")).isTrue();
        assertThat(AnnexA.contains("5.38")).isFalse();
        assertThat(AnnexA.contains("")).isFalse();
        assertThatThrownBy(() -> AnnexA.find(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> AnnexA.contains(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }

    @Test
    void all_isUnmodifiableAndOrdered() {
        List<Control> all = AnnexA.all();
        assertThat(all).hasSize(93);
        assertThat(all).extracting(Control::id).isSorted();
        assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(AnnexA.catalogue().all()).isSameAs(all);
    }

    @Test
    void byTheme_contiguousRanges() {
        for (Theme theme : Theme.values()) {
            List<Control> controls = AnnexA.byTheme(theme);
            assertThat(controls).hasSize(theme.size()).allMatch(c -> c.theme() == theme);
            assertThat(controls.get(0).id()).isEqualTo(theme.first());
            assertThat(controls.get(controls.size() - 1).id()).isEqualTo(theme.last());
            assertThatThrownBy(() -> controls.clear()).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThatThrownBy(() -> AnnexA.byTheme(null)).isInstanceOf(NullPointerException.class).hasMessage("theme");
    }

    @Test
    void query_combinesWithAnd() {
        List<Control> preventiveConfidentiality = AnnexA.query(ControlType.PREVENTIVE, SecurityProperty.CONFIDENTIALITY);
        assertThat(preventiveConfidentiality).hasSize(80)
                .allMatch(c -> c.controlTypes().contains(ControlType.PREVENTIVE)
                        && c.securityProperties().contains(SecurityProperty.CONFIDENTIALITY));
        assertThat(AnnexA.query(ControlType.PREVENTIVE, ControlType.DETECTIVE)).extracting(c -> c.id().toString())
                .containsExactly("5.7", "7.4", "7.11", "8.6", "8.7", "8.12", "8.20", "8.30");
        assertThat(AnnexA.query(Theme.PEOPLE, SecurityProperty.CONFIDENTIALITY)).extracting(Control::theme)
                .containsOnly(Theme.PEOPLE);
        assertThat(AnnexA.query()).isEqualTo(AnnexA.all());
        assertThat(AnnexA.query(SecurityProperty.CONFIDENTIALITY)).hasSize(87);
    }

    @Test
    void query_rejectsTermsThatAreNoAttributes() {
        assertThatThrownBy(() -> AnnexA.query(ControlType.PREVENTIVE, TreatmentOption.AVOID))
                .isInstanceOf(IsmsException.class).hasMessageContaining("'avoid' (TreatmentOption)");
        assertThatThrownBy(() -> AnnexA.query((org.isms4j.core.VocabularyTerm[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("terms");
        assertThatThrownBy(() -> AnnexA.query(ControlType.PREVENTIVE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("terms element");
    }

    @Test
    void filter_combinesWithOr() {
        List<Control> either = AnnexA.filter(c -> c.has(ControlType.DETECTIVE) || c.has(ControlType.CORRECTIVE));
        assertThat(either).isNotEmpty().allMatch(c -> !c.controlTypes().equals(java.util.Set.of(ControlType.PREVENTIVE)));
        assertThat(AnnexA.filter(Control::isNewIn2022)).isEqualTo(AnnexA.newIn2022());
        assertThatThrownBy(() -> AnnexA.filter(null)).isInstanceOf(NullPointerException.class).hasMessage("filter");
    }

    @Test
    void iso2013_lookups() {
        Iso2013Control old = AnnexA.get2013("A.8.2.1");
        assertThat(old.englishTitle()).isEqualTo("Classification of information");
        assertThat(old.iso2022()).containsExactly(ControlId.parse("5.12"));
        assertThat(old).hasToString("A.8.2.1 Classification of information");
        assertThat(AnnexA.get2013(Iso2013ControlId.parse("8.2.1"))).isSameAs(old);
        assertThat(AnnexA.find2013("A 8.2.1")).containsSame(old);
        assertThat(AnnexA.find2013("A.8.2.9")).isEmpty();
        assertThat(AnnexA.get2013("A.18.2.3").iso2022()).extracting(ControlId::toString).containsExactly("5.36", "8.8");
        assertThat(AnnexA.all2013()).hasSize(114).extracting(Iso2013Control::id).isSorted();
        assertThat(old).isEqualTo(AnnexA.get2013("8.2.1")).hasSameHashCodeAs(old).isNotEqualTo(AnnexA.get2013("8.2.2"));
        assertThatThrownBy(() -> AnnexA.get2013("A.8.2.9")).isInstanceOf(UnknownControlException.class);
        assertThatThrownBy(() -> AnnexA.get2013((Iso2013ControlId) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> AnnexA.find2013(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> AnnexA.all2013().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void correspondence_sameInBothDirections() {
        for (Control control : AnnexA.all()) {
            for (Iso2013ControlId old : control.iso2013()) {
                assertThat(AnnexA.get2013(old).iso2022()).contains(control.id());
            }
        }
        for (Iso2013Control old : AnnexA.all2013()) {
            for (ControlId id : old.iso2022()) {
                assertThat(AnnexA.get(id).iso2013()).contains(old.id());
            }
            assertThat(old.iso2022()).isSorted();
        }
    }
}
