package org.isms4j.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ImplementationStatus;
import org.isms4j.annexa.soa.ReasonCode;
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
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;

/** The documents of DOMAIN.md as test fixtures. */
final class Fixtures {

    static final TreatmentControl MOBILE_RULES = TreatmentControl.of("モバイル機器の利用ルールを整備・強化");
    static final TreatmentControl TRAINING = TreatmentControl.of("教育訓練");
    static final TreatmentControl CLASSIFICATION = TreatmentControl.of("情報の分類定義", "5.12");
    static final TreatmentControl HANDLING = TreatmentControl.of("分類ごとの情報の取扱いルール");
    static final TreatmentControl LABELLING = TreatmentControl.of("ラベリング", "5.13");

    private Fixtures() {}

    /** The source's quick-approach inventory (DOMAIN.md §2), all on the staff PC. */
    static AssetInventory quickApproachInventory() {
        return AssetInventory.of(
                Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)).withBusinessCategory("人事").withRemarks("社員基本情報")
                        .withMedium("社員PC"),
                Asset.of(2, "当社宛請求書", CiaRating.of(3, 3, 2)).withBusinessCategory("経理").withRemarks("過去3年分")
                        .withMedium("社員PC"),
                Asset.of(3, "顧客リスト", CiaRating.of(3, 3, 3)).withBusinessCategory("営業").withRemarks("得意先")
                        .withMedium("社員PC").withUserScope("営業部").withRiskOwner("営業部長")
                        .withManagingDepartment("営業部"));
    }

    /** The assets the canonical risks cite (DOMAIN.md §6): 9, 10, 11, 13, 26, 40, 55. */
    static AssetInventory canonicalInventory() {
        return AssetInventory.of(
                Asset.of(9, "営業用ノートPC", CiaRating.of(3, 2, 2)).withBusinessCategory("営業").withMedium("ノートPC")
                        .withRiskOwner("営業部長").withManagingDepartment("営業部"),
                Asset.of(10, "設計書", CiaRating.of(3, 2, 1)).withBusinessCategory("開発").withMedium("ファイルサーバ"),
                Asset.of(11, "見積書", CiaRating.of(2, 2, 1)).withBusinessCategory("営業").withMedium("ファイルサーバ"),
                Asset.of(13, "契約書", CiaRating.of(3, 3, 1)).withBusinessCategory("総務").withMedium("ファイルサーバ"),
                Asset.of(26, "議事録", CiaRating.of(1, 1, 1)).withBusinessCategory("総務").withMedium("ファイルサーバ"),
                Asset.of(40, "電子メール", CiaRating.of(2, 2, 2)).withBusinessCategory("全社").withMedium("メールサーバ"),
                Asset.of(55, "顧客リスト", CiaRating.of(3, 3, 3)).withBusinessCategory("営業").withMedium("ファイルサーバ"));
    }

    /** The canonical three risks of DOMAIN.md §6 with their first evaluation only. */
    static RiskRegister canonicalAssessed() {
        RiskModel model = RiskModel.standard();
        Risk mobile = Risk.of(1, List.of(9), "モバイル機器の利用ルールが未整備", "外部", "外出時の重要情報の紛失・盗難",
                SecurityProperty.CONFIDENTIALITY)
                .withCause("外出時の重要情報の紛失・盗難に対し、モバイル機器の利用ルールが未整備である");
        Risk awareness = Risk.of(2, List.of(40), "教育不足による社員の意識の低さ", "全社", "誤送信",
                SecurityProperty.CONFIDENTIALITY);
        Risk classification = Risk.of(3, List.of(10, 11, 13, 26, 55), "電子情報の分類・取扱いが不明確", "外部",
                "情報の紛失・盗難", SecurityProperty.CONFIDENTIALITY)
                .withCause("電子情報の分類・取扱いが不明確なため情報の紛失・盗難が発生").withConsequence("信用の失墜");
        return RiskRegister.of(model, canonicalInventory(), List.of(
                AssessedRisk.of(mobile, RiskEvaluation.ofLikelihood(model, 3, 2)),
                AssessedRisk.of(awareness, RiskEvaluation.ofLikelihood(model, 2, 2)),
                AssessedRisk.of(classification, RiskEvaluation.of(model, 3, 3, 3))));
    }

    /**
     * The canonical register through its lifecycle: treatment (済み, 予定, 未定), second
     * evaluation 2 / 1 / 6, the residual acceptance of risk 3 and the approval record.
     */
    static RiskRegister canonicalRegister() {
        RiskModel model = RiskModel.standard();
        List<AssessedRisk> rows = canonicalAssessed().risks();
        AssessedRisk r1 = rows.get(0)
                .withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE), List.of(MOBILE_RULES),
                        TreatmentStatus.DONE))
                .withSecond(RiskEvaluation.ofLikelihood(model, 3, 1).withImportanceOverride(model, 2));
        AssessedRisk r2 = rows.get(1)
                .withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE), List.of(TRAINING),
                        TreatmentStatus.PLANNED))
                .withSecond(RiskEvaluation.ofLikelihood(model, 2, 1).withImportanceOverride(model, 1));
        AssessedRisk r3 = rows.get(2)
                .withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE),
                        List.of(CLASSIFICATION, HANDLING, LABELLING), TreatmentStatus.UNDECIDED))
                .withSecond(RiskEvaluation.ofLikelihood(model, 3, 3).withImportanceOverride(model, 2))
                .withAcceptance(ResidualAcceptance.of("情報セキュリティ委員長", ResidualDecision.ACCEPTED,
                        LocalDate.of(2023, 10, 2), "分類定義の運用開始まで暫定的に受容",
                        Optional.of(LocalDate.of(2024, 4, 1))));
        return canonicalAssessed().withRisks(List.of(r1, r2, r3))
                .withApproval(Approval.drafted("ISMS事務局", LocalDate.of(2023, 9, 30))
                        .approvedBy("情報セキュリティ委員長", LocalDate.of(2023, 10, 2)));
    }

    /** The treatment plan of DOMAIN.md §9: one row per control of the canonical risks. */
    static TreatmentPlan canonicalPlan() {
        return TreatmentPlan.of(List.of(
                PlanItem.of(1, MOBILE_RULES, List.of("ルール検討", "関係者に周知"), "委員長", LocalDate.of(2023, 8, 10),
                        LocalDate.of(2023, 9, 29), List.of(1))
                        .startedOn(LocalDate.of(2023, 8, 10)).completedOn(LocalDate.of(2023, 9, 25)),
                PlanItem.of(2, TRAINING, List.of("教材作成", "研修実施"), "ISMS事務局", LocalDate.of(2023, 9, 1),
                        LocalDate.of(2023, 11, 30), List.of(2)).startedOn(LocalDate.of(2023, 9, 4)),
                PlanItem.of(3, CLASSIFICATION, List.of("分類基準の検討"), "委員長", LocalDate.of(2023, 10, 1),
                        LocalDate.of(2023, 12, 28), List.of(3)),
                PlanItem.of(4, HANDLING, List.of("取扱いルール検討"), "委員長", LocalDate.of(2023, 10, 1),
                        LocalDate.of(2023, 12, 28), List.of(3)),
                PlanItem.of(5, LABELLING, List.of("ラベル様式の決定"), "情報システム担当", LocalDate.of(2024, 1, 9),
                        LocalDate.of(2024, 2, 29), List.of(3))));
    }

    /**
     * The SoA drafted from the canonical register (5.12 and 5.13 for risk 3), with 5.1 decided
     * implemented and 8.25 (secure development) excluded, as DOMAIN.md §8's form rows show.
     */
    static StatementOfApplicability canonicalSoa() {
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

    /** A model with every kind of part off the standard: 1 - 5 scales, a grid, a minimum. */
    static RiskModel customModel() {
        RatingScale five = RatingScale.of(1, 5);
        LikelihoodTable table = LikelihoodTable.of(RatingScale.of(1, 4), RatingScale.of(1, 3), RatingScale.of(1, 5),
                new int[][] {{1, 1, 2}, {1, 2, 3}, {2, 3, 4}, {3, 4, 5}});
        return RiskModel.of("acme-27005", "2026-04", CiaScales.of(RatingScale.standard(), RatingScale.standard(), five),
                five, table, RiskLevelRules.fiveByFive(),
                AcceptanceCriteria.of(List.of(AcceptanceThreshold.of(5, "早急に対応", "treat immediately"),
                        AcceptanceThreshold.of(3, "今期中に対応", "treat within this term")), "受容範囲", "acceptable"),
                ImportantAssetCriteria.importanceAtLeast(3));
    }
}
