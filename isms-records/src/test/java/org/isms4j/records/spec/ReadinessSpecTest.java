package org.isms4j.records.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.readiness.Readiness;
import org.isms4j.records.readiness.ReadinessCheck;
import org.isms4j.records.readiness.RequiredDocument;
import org.junit.jupiter.api.Test;

/**
 * The documented information ISO/IEC 27001:2022 requires, as the course lists it under 7.5, by
 * clause, checked against the example company's register.
 */
class ReadinessSpecTest {

    private static final DocumentRegister REGISTER = ExampleCompany.documents();
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    private static ReadinessCheck check() {
        return ExampleCompany.readinessCheck();
    }

    @Test
    void required_fourteenByClause() {
        assertThat(RequiredDocument.values()).extracting(d -> d.clause().toString()).containsExactly("4.3", "5.2",
                "6.1.2", "6.1.3", "6.1.3", "6.2", "7.2", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "10.2");
    }

    @Test
    void exampleCompany_missesTheCheckAndActRecords() {
        assertThat(check().gaps(REGISTER, TODAY)).containsExactly(RequiredDocument.AUDIT_PROGRAMME,
                RequiredDocument.MANAGEMENT_REVIEW, RequiredDocument.NONCONFORMITIES);
        assertThat(check().readiness(RequiredDocument.POLICY, REGISTER, TODAY)).isEqualTo(Readiness.PRESENT);
    }

    @Test
    void outOfDate_afterTheAllowedAge() {
        assertThat(check().readiness(RequiredDocument.POLICY, REGISTER, LocalDate.of(2024, 4, 3)))
                .isEqualTo(Readiness.PRESENT);
        assertThat(check().readiness(RequiredDocument.POLICY, REGISTER, LocalDate.of(2024, 4, 4)))
                .isEqualTo(Readiness.OUT_OF_DATE);
        DocumentRegister revised = DocumentRegister.of(REGISTER.documents().stream()
                .map(d -> d.title().equals("情報セキュリティ方針") ? d.revised(LocalDate.of(2024, 4, 1), "山田 太郎") : d)
                .toList());
        assertThat(check().readiness(RequiredDocument.POLICY, revised, LocalDate.of(2024, 4, 4)))
                .isEqualTo(Readiness.PRESENT);
    }

    @Test
    void table_byClause() {
        ReportTable table = check().toTable(REGISTER, TODAY, Locale.JAPANESE);
        assertThat(table.headings()).containsExactly("項番", "文書化した情報", "文書", "状態");
        assertThat(table.rows()).hasSize(14);
        assertThat(table.rows().get(1)).containsExactly("5.2", "情報セキュリティ方針", "A-02 情報セキュリティ方針", "有");
        assertThat(table.rows().get(12)).containsExactly("9.3", "マネジメントレビューの結果", "", "無");
    }

    @Test
    void of_invalid_isRejected() {
        assertThatThrownBy(() -> ReadinessCheck.of(Map.of(), Period.ZERO)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for maximum age (must be positive): P0D");
        assertThatThrownBy(() -> ReadinessCheck.of(Map.of(RequiredDocument.SCOPE, " "), Period.ofYears(1)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for title of scope (must not be blank): ' '");
        assertThat(Readiness.ofCode("out_of_date")).isEqualTo(Readiness.OUT_OF_DATE);
        assertThat(RequiredDocument.ofCode("policy")).isEqualTo(RequiredDocument.POLICY);
        assertThat(List.of(Readiness.values())).extracting(r -> r.getDisplayName(Locale.JAPANESE))
                .containsExactly("有", "要更新", "無");
    }
}
