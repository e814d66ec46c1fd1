package org.isms4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.isms4j.core.IsmsException;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.report.internal.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The report's sections and fixed words: stable codes, one name per language, none repeated. */
class VocabularyTest {

    private static void assertNamedOnce(List<? extends VocabularyTerm> terms) {
        assertThat(terms.stream().map(VocabularyTerm::code)).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z0-9_]+"));
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            assertThat(terms.stream().map(t -> t.getDisplayName(locale)).collect(Collectors.toList()))
                    .doesNotHaveDuplicates().allMatch(name -> !name.isBlank());
        }
    }

    @ParameterizedTest
    @EnumSource(ReportSection.class)
    void reportSection_ofCodeRoundTrips(ReportSection section) {
        assertThat(ReportSection.ofCode(section.code())).isSameAs(section);
        assertThat(section.getDisplayName(Locale.JAPANESE)).isNotEqualTo(section.getDisplayName(Locale.ENGLISH));
    }

    @Test
    void reportSection_theSourcesOrderAndNames() {
        assertNamedOnce(List.of(ReportSection.values()));
        assertThat(List.of(ReportSection.values())).extracting(ReportSection::code).containsExactly("cover",
                "inventory", "assessment", "heat_maps", "soa", "plan", "second_evaluation", "records");
        assertThat(ReportSection.ASSESSMENT.getDisplayName(Locale.JAPANESE)).isEqualTo("リスクアセスメント結果報告書");
        assertThat(ReportSection.SOA.getDisplayName(Locale.JAPANESE)).isEqualTo("適用宣言書");
        assertThatThrownBy(() -> ReportSection.ofCode("appendix")).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Unknown report section: 'appendix' (valid values cover, inventory, ");
    }

    @Test
    void label_namedOnceInEachLanguage() {
        assertNamedOnce(List.of(Label.values()));
        assertThat(Label.ACCEPTABLE_RANGE.getDisplayName(Locale.JAPANESE)).isEqualTo("受容範囲");
        assertThat(Label.HIGH_RISK.getDisplayName(Locale.JAPANESE)).isEqualTo("リスク大");
        assertThat(Label.LOW_RISK.getDisplayName(Locale.JAPANESE)).isEqualTo("リスク小");
        assertThat(Label.OVERDUE.getDisplayName(Locale.JAPANESE)).isEqualTo("期限超過");
    }
}
