package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
        assertThat(missed).hasSize(85).isEqualTo(SoaReport.gapCheck(register).missedControls());
    }

    /**
     * The gap check of the canonical register: five suggestions per risk instead of 85 controls.
     *
     * <p>Every confidentiality control scores 1 for the property; what tells them apart is the
     * attributes the risks' words suggest. Risk 1, "モバイル機器の利用ルールが未整備" / "外出時の重要情報の
     * 紛失・盗難": 8.1 user endpoint devices has asset management (モバイル, 機器 in the source: 3),
     * information protection (紛失 in the event: 1), protect (未整備: 1) and 機器 in its title (2),
     * 8 in all; 6.7 remote working adds physical security (外出, 盗難 in the event) but no title
     * word, 7; 7.14 secure disposal has asset management and physical security and preserves
     * confidentiality only, 7; 5.10 and 5.14 lead the many 6s in document order. Risk 2,
     * "教育不足による社員の意識の低さ" / "誤送信": 6.3 awareness, education and training has human
     * resource security (教育, 意識, 社員: 3), protect (不足: 1) and 教育, 意識 in its title (2), 7;
     * 6.6 confidentiality agreements has human resource security and information protection
     * (誤送信: 1) and preserves confidentiality only, 7; then the other people controls 6.1, 6.2,
     * 6.4 with human resource security, 5. Risk 3, "電子情報の分類・取扱いが不明確" / "情報の紛失・盗難"
     * (5.12 and 5.13 named, so suggested for no risk): 5.33 protection of records has asset management
     * and information protection (取扱い, 分類 in the source: 3 + 3) and identify (不明確: 1), 8;
     * 6.7 has the same two capabilities and physical security from 盗難, 8; 5.10 acceptable use,
     * the handling rules the register names only in words, 5.14 information transfer and 8.1 have
     * the two capabilities, 7.
     */
    @Test
    void gapCheck_canonicalRegisterRanked() {
        GapCheck check = SoaReport.gapCheck(CanonicalFixture.treated());
        assertThat(check.namedControls()).extracting(ControlId::toString).containsExactly("5.12", "5.13");
        assertThat(ranked(check, 1)).containsExactly("8.1 8", "6.7 7", "7.14 7", "5.10 6", "5.14 6");
        assertThat(ranked(check, 2)).containsExactly("6.3 7", "6.6 7", "6.1 5", "6.2 5", "6.4 5");
        assertThat(ranked(check, 3)).containsExactly("5.33 8", "6.7 8", "5.10 7", "5.14 7", "8.1 7");
        assertThat(check.suggestions()).hasSize(15);
        // The full list: the 87 confidentiality controls but 5.12 and 5.13, which risk 3's treatment names.
        for (int risk = 1; risk <= 3; risk++) {
            assertThat(check.allSuggestions(risk)).hasSize(85);
        }
        assertThat(check.suggestions(2).get(0).reasons(Locale.JAPANESE)).containsExactly("リスクが損なう「機密性」を維持する",
                "運用機能「人的資源のセキュリティ」（リスク源の「教育」「意識」「社員」から）", "サイバーセキュリティ概念「防御」（リスクの「不足」から）",
                "名称がリスクの「教育」「意識」を含む");
        // The assessor records 6.6 as considered for risk 2: it stops coming back, 6.5 moves up.
        GapCheck considered = check.withConsidered(List.of(Consideration.of(check.suggestions(2).get(1),
                "就業規則に守秘義務を定めている", "ISMS事務局", LocalDate.of(2023, 9, 30))));
        assertThat(ranked(considered, 2)).containsExactly("6.3 7", "6.1 5", "6.2 5", "6.4 5", "6.5 5");
        assertThat(considered.suggestions(1)).isEqualTo(check.suggestions(1));
    }

    @Test
    void suggestionTable_oneRowPerSuggestion() {
        GapCheck check = SoaReport.gapCheck(CanonicalFixture.treated());
        ReportTable table = SoaReport.suggestionTable(check.suggestions(), Locale.JAPANESE);
        assertThat(table.headings()).containsExactly("対象リスク番号", "管理策番号", "管理策", "点数", "提案の理由");
        assertThat(table.rows()).hasSize(15);
        assertThat(table.rows().get(0)).containsExactly("1", "8.1", "利用者エンドポイント機器", "8",
                String.join("\n", check.suggestions(1).get(0).reasons(Locale.JAPANESE)));
        assertThat(table.rows().get(5)).startsWith("2", "6.3", "情報セキュリティの意識向上，教育及び訓練", "7");
        ReportTable english = SoaReport.suggestionTable(check.suggestions(3), Locale.ENGLISH);
        assertThat(english.headings()).containsExactly("risk", "control", "control title", "score", "reasons");
        assertThat(english.rows().get(2)).startsWith("3", "5.10", "Acceptable use of information and other associated assets",
                "7");
        assertThat(english.rows().get(2).get(4)).startsWith("preserves 'confidentiality', which the risk loses\n"
                + "operational capability 'asset management', suggested by '取扱い' in the risk source");
        assertThat(SoaReport.suggestionTable(List.of(), Locale.ENGLISH).rows()).isEmpty();
        assertThatThrownBy(() -> SoaReport.suggestionTable(null, Locale.ENGLISH)).isInstanceOf(NullPointerException.class)
                .hasMessage("suggestions");
        assertThatThrownBy(() -> SoaReport.suggestionTable(List.of(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("locale");
    }

    /** The first suggestions for a risk, as "control score". */
    private static List<String> ranked(GapCheck check, int risk) {
        return check.suggestions(risk).stream().map(s -> s.controlId() + " " + s.score()).toList();
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
