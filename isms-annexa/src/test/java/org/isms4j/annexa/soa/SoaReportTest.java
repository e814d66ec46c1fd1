package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.UnknownControlException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.ReportTable;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.junit.jupiter.api.Test;

class SoaReportTest {

    /** The canonical register with risk 3 reduced by the given controls instead of the source's. */
    private static RiskRegister register(TreatmentControl... risk3Controls) {
        RiskRegister register = CanonicalFixture.treated();
        List<AssessedRisk> rows = new ArrayList<>(register.risks());
        rows.set(2, rows.get(2).withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE),
                List.of(risk3Controls), TreatmentStatus.UNDECIDED)));
        return register.withRisks(rows);
    }

    @Test
    void draft_fromTheCanonicalRegister() {
        RiskRegister register = CanonicalFixture.treated();
        StatementOfApplicability draft = SoaReport.draft(register);
        assertThat(draft.find(ControlId.parse("5.12")).orElseThrow().riskNumbers()).containsExactly(3);
        assertThat(draft.find(ControlId.parse("5.13")).orElseThrow().reasonCodes())
                .containsExactly(ReasonCode.RISK_ASSESSMENT_RESULT);
        assertThat(draft.undecided()).hasSize(91);
        assertThat(draft.isComplete()).isFalse();
        List<MissedControl> missed = SoaReport.missedControls(register);
        assertThat(missed).extracting(MissedControl::controlId).doesNotContain(ControlId.parse("5.12"),
                ControlId.parse("5.13"));
        assertThat(missed).allSatisfy(m -> assertThat(m.properties()).contains(SecurityProperty.CONFIDENTIALITY));
    }

    @Test
    void draft_unknownAnnexAControl() {
        RiskRegister register = register(TreatmentControl.of("架空の管理策", "5.99"));
        assertThatThrownBy(() -> SoaReport.draft(register)).isInstanceOf(UnknownControlException.class)
                .hasMessageStartingWith("Unknown Annex A control: '5.99'");
    }

    @Test
    void table_allControlsInDocumentOrder() {
        StatementOfApplicability soa = SoaReport.draft(register(CanonicalFixture.CLASSIFICATION))
                .with(ControlId.parse("7.4"), Decision.excluded("物理的な監視対象の施設を持たない", ReasonCode.BUSINESS_REQUIREMENT)
                        .withDocuments("A-02 情報セキュリティ方針"));
        ReportTable table = SoaReport.table(soa, Locale.JAPANESE);
        assertThat(table.headings()).containsExactly("管理策番号", "管理策", "テーマ", "適用可否", "実施状況", "適用・除外の理由", "理由区分",
                "関連リスク番号", "関連文書（方針・手順）", "証跡");
        assertThat(table.rows()).hasSize(93);
        assertThat(table.rows().get(0)).startsWith("5.1", "情報セキュリティのための方針群", "組織的管理策", "");
        List<String> classification = table.rows().get(11);
        assertThat(classification).containsExactly("5.12", "情報の分類", "組織的管理策", "○", "", "", "リスクアセスメントの結果",
                "3", "", "");
        List<String> monitoring = table.rows().stream().filter(r -> r.get(0).equals("7.4")).findFirst().orElseThrow();
        assertThat(monitoring).containsExactly("7.4", monitoring.get(1), "物理的管理策", "×", "—", "物理的な監視対象の施設を持たない",
                "事業上の要求事項", "", "A-02 情報セキュリティ方針", "");
        assertThat(SoaReport.table(soa, Locale.ENGLISH).rows().get(11).get(1)).isEqualTo("Classification of information");
    }
}
