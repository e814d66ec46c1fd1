package org.isms4j.testkit;

import java.util.List;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.annexa.soa.Consideration;
import org.isms4j.annexa.soa.Considerations;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ImplementationStatus;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriteria;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRules;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;

/**
 * The documents of docs/method.md as test fixtures: the canonical register as the JSON examples show
 * it, the SoA drafted from it, the quick approach's inventory and a custom model. The canonical
 * example itself is isms-core's {@link CanonicalFixture}.
 */
public final class Fixtures {

    private Fixtures() {}

    /** The source's quick-approach inventory (docs/method.md#quick-approach), all on the staff PC. */
    public static AssetInventory quickApproachInventory() {
        return AssetInventory.of(
                Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)).withBusinessCategory("人事").withRemarks("社員基本情報")
                        .withMedium("社員PC"),
                Asset.of(2, "当社宛請求書", CiaRating.of(3, 3, 2)).withBusinessCategory("経理").withRemarks("過去3年分")
                        .withMedium("社員PC"),
                Asset.of(3, "顧客リスト", CiaRating.of(3, 3, 3)).withBusinessCategory("営業").withRemarks("得意先")
                        .withMedium("社員PC").withUserScope("営業部").withRiskOwner("営業部長")
                        .withManagingDepartment("営業部"));
    }

    /**
     * The canonical register through its lifecycle (docs/method.md#canonical-example), as the JSON and CSV examples
     * show it: {@link CanonicalFixture#treated(RiskRegister)} of the first evaluation in which risk
     * 3's likelihood comes from threat 3 × vulnerability 3, so that a register holds both kinds of
     * evaluation.
     */
    public static RiskRegister canonicalRegister() {
        return CanonicalFixture.treated(CanonicalFixture.assessedFromThreatAndVulnerability());
    }

    /**
     * The SoA drafted from the canonical register (5.12 and 5.13 for risk 3), with 5.1 decided
     * implemented and 8.25 (secure development) excluded: both kinds of row of
     * docs/method.md#statement-of-applicability.
     */
    public static StatementOfApplicability canonicalSoa() {
        return SoaReport.draft(canonicalRegister())
                .with(ControlId.parse("5.1"), Decision.applicable("情報セキュリティの基本方針として必要",
                        ReasonCode.BEST_PRACTICE).withStatus(ImplementationStatus.IMPLEMENTED)
                        .withDocuments("A-02 情報セキュリティ方針", "情報セキュリティ手順書5.1.1")
                        .withEvidence("D-01 方針承認記録 2023"))
                .with(ControlId.parse("5.12"), SoaReport.draft(canonicalRegister()).find(ControlId.parse("5.12"))
                        .orElseThrow().withStatus(ImplementationStatus.NOT_IMPLEMENTED))
                .with(ControlId.parse("8.25"), Decision.excluded("自社でソフトウェア開発を行わない",
                        ReasonCode.BUSINESS_REQUIREMENT));
    }

    /**
     * The considerations of the canonical register's gap check: 6.6 confidentiality agreements
     * for risk 2 and 7.14 secure disposal for all risks.
     */
    public static Considerations gapConsiderations() {
        return Considerations.of(List.of(
                Consideration.of(ControlId.parse("6.6"), 2, "就業規則に守秘義務を定めている", "ISMS事務局",
                        java.time.LocalDate.of(2023, 9, 30)),
                Consideration.ofAllRisks(ControlId.parse("7.14"), "廃棄は委託業者の証明書で管理", "ISMS事務局",
                        java.time.LocalDate.of(2023, 9, 30))));
    }

    /**
     * A small Statement of Applicability written against ISO/IEC 27001:2013, as the migration of
     * its decisions: A.8.2.1 and A.8.2.2 (carried to 5.12 and 5.13) applicable for risk 3, A.5.1.1
     * and A.5.1.2 (both continued by 5.1) in disagreement, and A.14.2.1 (continued by 8.25)
     * excluded.
     */
    public static SoaMigration iso2013Soa() {
        return SoaMigration.of(java.util.Map.of(
                Iso2013ControlId.parse("A.5.1.1"), Decision.applicable("情報セキュリティの基本方針として必要",
                        ReasonCode.BEST_PRACTICE).withStatus(ImplementationStatus.IMPLEMENTED)
                        .withDocuments("A-02 情報セキュリティ方針"),
                Iso2013ControlId.parse("A.5.1.2"), Decision.applicable("方針の定期的なレビュー", ReasonCode.BEST_PRACTICE)
                        .withStatus(ImplementationStatus.NOT_IMPLEMENTED),
                Iso2013ControlId.parse("A.8.2.1"), Decision.applicable("", ReasonCode.RISK_ASSESSMENT_RESULT)
                        .withStatus(ImplementationStatus.IMPLEMENTED).withRiskNumbers(3),
                Iso2013ControlId.parse("A.8.2.2"), Decision.applicable("", ReasonCode.RISK_ASSESSMENT_RESULT)
                        .withRiskNumbers(3),
                Iso2013ControlId.parse("A.14.2.1"), Decision.excluded("自社でソフトウェア開発を行わない",
                        ReasonCode.BUSINESS_REQUIREMENT)));
    }

    /** A model with every kind of part off the standard: 1 - 5 scales, a grid, a minimum. */
    public static RiskModel customModel() {
        RatingScale five = RatingScale.of(1, 5);
        LikelihoodTable table = LikelihoodTable.of(RatingScale.of(1, 4), RatingScale.of(1, 3), RatingScale.of(1, 5),
                new int[][] {{1, 1, 2}, {1, 2, 3}, {2, 3, 4}, {3, 4, 5}});
        return RiskModel.newBuilder().id("acme-27005").version("2026-04")
                .ciaScales(CiaScales.of(RatingScale.standard(), RatingScale.standard(), five)).importanceScale(five)
                .likelihoodTable(table).levelRule(RiskLevelRules.fiveByFive())
                .acceptanceCriteria(AcceptanceCriteria.of(List.of(AcceptanceThreshold.of(5, "早急に対応", "treat immediately"), AcceptanceThreshold.of(3, "今期中に対応", "treat within this term")), "受容範囲", "acceptable"))
                .importantAssetCriterion(ImportantAssetCriteria.importanceAtLeast(3)).build();
    }
}
