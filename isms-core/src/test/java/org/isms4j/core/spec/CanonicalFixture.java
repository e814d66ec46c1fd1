package org.isms4j.core.spec;

import java.time.LocalDate;
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

/** The source's canonical three risks (DOMAIN.md §6), through the whole lifecycle. */
public final class CanonicalFixture {

    public static final RiskModel MODEL = RiskModel.standard();

    public static final TreatmentControl MOBILE_RULES = TreatmentControl.of("モバイル機器の利用ルールを整備・強化");
    public static final TreatmentControl TRAINING = TreatmentControl.of("教育訓練");
    public static final TreatmentControl CLASSIFICATION = TreatmentControl.of("情報の分類定義", "5.12");
    public static final TreatmentControl HANDLING = TreatmentControl.of("分類ごとの情報の取扱いルール");
    public static final TreatmentControl LABELLING = TreatmentControl.of("ラベリング", "A.5.13");

    private CanonicalFixture() {}

    public static AssetInventory inventory() {
        return AssetInventory.of(
                Asset.of(9, "営業用ノートPC", CiaRating.of(3, 2, 2)).withMedium("ノートPC"),
                Asset.of(40, "電子メール", CiaRating.of(2, 2, 2)).withMedium("メールサーバ"),
                Asset.of(10, "設計書", CiaRating.of(3, 2, 1)).withMedium("ファイルサーバ"),
                Asset.of(11, "見積書", CiaRating.of(2, 2, 1)).withMedium("ファイルサーバ"),
                Asset.of(13, "契約書", CiaRating.of(3, 3, 1)).withMedium("ファイルサーバ"),
                Asset.of(26, "議事録", CiaRating.of(1, 1, 1)).withMedium("ファイルサーバ"),
                Asset.of(55, "顧客リスト", CiaRating.of(3, 3, 3)).withMedium("ファイルサーバ"));
    }

    public static List<Risk> risks() {
        return List.of(
                Risk.of(1, List.of(9), "mobile-device usage rules not established", "外部",
                        "loss/theft of important information while carried outside", SecurityProperty.CONFIDENTIALITY),
                Risk.of(2, List.of(40), "low staff awareness from insufficient education", "全社", "misdelivery",
                        SecurityProperty.CONFIDENTIALITY),
                Risk.of(3, List.of(10, 11, 13, 26, 55), "classification / handling of electronic information unclear",
                        "外部", "loss/theft of information", SecurityProperty.CONFIDENTIALITY));
    }

    /** First evaluation only: importance from the assets, likelihood 2, 2, 3. */
    public static RiskRegister assessed() {
        AssetInventory inventory = inventory();
        List<Risk> risks = risks();
        int[] likelihood = {2, 2, 3};
        List<AssessedRisk> rows = new java.util.ArrayList<>();
        for (Risk risk : risks) {
            int importance = inventory.highestImportance(risk.assetNumbers());
            rows.add(AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(MODEL, importance,
                    likelihood[risk.number() - 1])));
        }
        return RiskRegister.of(MODEL, inventory, rows);
    }

    /** Treated (reduce, with the source's controls and statuses) and evaluated a second time. */
    public static RiskRegister treated() {
        RiskRegister register = assessed();
        List<AssessedRisk> rows = register.risks();
        AssessedRisk r1 = rows.get(0)
                .withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE), List.of(MOBILE_RULES),
                        TreatmentStatus.DONE))
                .withSecond(RiskEvaluation.ofLikelihood(MODEL, 3, 1).withImportanceOverride(MODEL, 2));
        AssessedRisk r2 = rows.get(1)
                .withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE), List.of(TRAINING),
                        TreatmentStatus.PLANNED))
                .withSecond(RiskEvaluation.ofLikelihood(MODEL, 2, 1).withImportanceOverride(MODEL, 1));
        AssessedRisk r3 = rows.get(2)
                .withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE),
                        List.of(CLASSIFICATION, HANDLING, LABELLING), TreatmentStatus.UNDECIDED))
                .withSecond(RiskEvaluation.ofLikelihood(MODEL, 3, 3).withImportanceOverride(MODEL, 2))
                .withAcceptance(ResidualAcceptance.of("情報セキュリティ委員長", ResidualDecision.ACCEPTED,
                        LocalDate.of(2023, 10, 2), "分類定義の運用開始まで暫定的に受容",
                        Optional.of(LocalDate.of(2024, 4, 1))));
        return register.withRisks(List.of(r1, r2, r3))
                .withApproval(Approval.drafted("ISMS事務局", LocalDate.of(2023, 9, 30))
                        .approvedBy("情報セキュリティ委員長", LocalDate.of(2023, 10, 2)));
    }

    /** The plan of §9: one row per control, traced to its risk. */
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
