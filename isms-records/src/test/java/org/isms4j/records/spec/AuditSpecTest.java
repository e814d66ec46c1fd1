package org.isms4j.records.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.audit.AuditSlot;
import org.isms4j.records.audit.FindingGrade;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The internal audit of the source (ch. 13, 9.2): auditors who do not belong to the audited
 * department, and findings graded major nonconformity, minor nonconformity or observation.
 */
class AuditSpecTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "MAJOR_NONCONFORMITY, 重大な不適合, major nonconformity, true",
        "MINOR_NONCONFORMITY, 軽微な不適合, minor nonconformity, true",
        "OBSERVATION, 観察事項, observation, false",
        "OPPORTUNITY_FOR_IMPROVEMENT, 改善の機会, opportunity for improvement, false"})
    void grades(FindingGrade grade, String japanese, String english, boolean nonconformity) {
        assertThat(grade.getDisplayName(Locale.JAPANESE)).isEqualTo(japanese);
        assertThat(grade.getDisplayName(Locale.ENGLISH)).isEqualTo(english);
        assertThat(grade.isNonconformity()).isEqualTo(nonconformity);
        assertThat(FindingGrade.ofCode(grade.code())).isEqualTo(grade);
    }

    @Test
    void auditor_ofTheAuditedDepartment_isRejectedNamingAuditorAndDepartment() {
        LocalDateTime ten = LocalDateTime.of(2024, 2, 5, 10, 0);
        assertThatThrownBy(() -> AuditSlot.of(3, "営業部", "中村 誠", "営業部", "佐藤", ten, ten.plusHours(1)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid audit slot 3: auditor '中村 誠' audits their own department '営業部'");
    }

    @Test
    void sourceReport_oneMinorNonconformityAndTwoObservations() {
        AuditReport report = ExampleCompany.auditReport();
        assertThat(report.findings(FindingGrade.MAJOR_NONCONFORMITY)).isEmpty();
        assertThat(report.nonconformities()).singleElement()
                .satisfies(f -> assertThat(f.clause()).hasToString("5.2"));
        assertThat(report.findings(FindingGrade.OBSERVATION)).extracting(f -> f.clause().toString())
                .containsExactly("4.3", "7.3");
        assertThat(report.plan().slots()).allMatch(s -> !s.auditorDepartment().equals(s.auditedDepartment()));
    }
}
