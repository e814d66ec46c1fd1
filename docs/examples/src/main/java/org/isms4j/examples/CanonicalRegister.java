package org.isms4j.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isms4j.core.CiaRating;
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

/**
 * The bundled example: the source's canonical three risks (DOMAIN.md §6) over a small asset
 * inventory, through treatment, second evaluation and the plan of §9.
 */
public final class CanonicalRegister {

    static final TreatmentControl MOBILE_RULES = TreatmentControl.of("モバイル機器の利用ルールを整備・強化");
    static final TreatmentControl TRAINING = TreatmentControl.of("教育訓練");
    static final TreatmentControl CLASSIFICATION = TreatmentControl.of("情報の分類定義", "5.12");
    static final TreatmentControl HANDLING = TreatmentControl.of("分類ごとの情報の取扱いルール");
    static final TreatmentControl LABELLING = TreatmentControl.of("ラベリング", "5.13");

    private CanonicalRegister() {}

    /**
     * Returns the asset inventory of the example.
     *
     * @return the inventory
     */
    public static AssetInventory inventory() {
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

    /**
     * Returns the three risks, each with its first evaluation.
     *
     * @param model the model to score with
     * @return the register before treatment
     */
    public static RiskRegister assessed(RiskModel model) {
        AssetInventory inventory = inventory();
        List<Risk> risks = List.of(
                Risk.of(1, List.of(9), "モバイル機器の利用ルールが未整備", "外部", "外出時の重要情報の紛失・盗難",
                        SecurityProperty.CONFIDENTIALITY)
                        .withCause("外出時の重要情報の紛失・盗難に対し、モバイル機器の利用ルールが未整備である"),
                Risk.of(2, List.of(40), "教育不足による社員の意識の低さ", "全社", "誤送信", SecurityProperty.CONFIDENTIALITY)
                        .withCause("教育不足による社員の意識の低さのため誤送信が発生"),
                Risk.of(3, List.of(10, 11, 13, 26, 55), "電子情報の分類・取扱いが不明確", "外部", "情報の紛失・盗難",
                        SecurityProperty.CONFIDENTIALITY)
                        .withCause("電子情報の分類・取扱いが不明確なため情報の紛失・盗難が発生"));
        int[] likelihood = {2, 2, 3};
        List<AssessedRisk> rows = new ArrayList<>();
        for (Risk risk : risks) {
            int importance = inventory.highestImportance(risk.assetNumbers());
            rows.add(AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, importance,
                    likelihood[risk.number() - 1])));
        }
        return RiskRegister.of(model, inventory, rows);
    }

    /**
     * Returns the register after treatment and second evaluation, approved.
     *
     * @param model the model to score with
     * @return the treated register
     */
    public static RiskRegister treated(RiskModel model) {
        List<AssessedRisk> rows = assessed(model).risks();
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
        return assessed(model).withRisks(List.of(r1, r2, r3))
                .withApproval(Approval.drafted("ISMS事務局", LocalDate.of(2023, 9, 30))
                        .approvedBy("情報セキュリティ委員長", LocalDate.of(2023, 10, 2)));
    }

    /**
     * Returns the treatment plan: one row per control, traced to its risk.
     *
     * @return the plan
     */
    public static TreatmentPlan plan() {
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
}
