package org.isms4j.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The source's canonical three risks (docs/method.md#canonical-example), through the whole lifecycle: the assets they
 * cite, the risks in the source's words, the first evaluation, the treatment, the second
 * evaluation, risk 3's residual acceptance, the approval record and the plan (docs/method.md#treatment-plan).
 *
 * <p>The one test fixture of the example, for the tests of every module: isms-testkit (never
 * deployed) carries it to the tests of isms-json, isms-csv and the others; isms-core's and
 * isms-annexa's own tests compile this source, since isms-testkit depends on those two modules.
 * The examples module builds the same
 * example step by step as a teaching example ({@code ComprehensiveApproachExample}).
 */
public final class CanonicalFixture {

    public static final RiskModel MODEL = RiskModel.standard();

    public static final TreatmentControl MOBILE_RULES = TreatmentControl.of("モバイル機器の利用ルールを整備・強化");
    public static final TreatmentControl TRAINING = TreatmentControl.of("教育訓練");
    public static final TreatmentControl CLASSIFICATION = TreatmentControl.of("情報の分類定義", "5.12");
    public static final TreatmentControl HANDLING = TreatmentControl.of("分類ごとの情報の取扱いルール");
    public static final TreatmentControl LABELLING = TreatmentControl.of("ラベリング", "A.5.13");

    /** The likelihood of risks 1, 2 and 3 as the source rates it. */
    private static final int[] LIKELIHOOD = {2, 2, 3};

    private CanonicalFixture() {}

    /** The seven assets the risks cite, in number order: 9, 10, 11, 13, 26, 40, 55. */
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
     * The three risks in the source's words; risk 1 with its cause, risk 2 with neither cause nor
     * consequence, risk 3 with both.
     */
    public static List<Risk> risks() {
        return List.of(
                Risk.newBuilder().number(1).assetNumbers(List.of(9)).riskSource("モバイル機器の利用ルールが未整備").impactArea("外部")
                        .event("外出時の重要情報の紛失・盗難").lostProperties(SecurityProperty.CONFIDENTIALITY).build()
                        .withCause("外出時の重要情報の紛失・盗難に対し、モバイル機器の利用ルールが未整備である"),
                Risk.newBuilder().number(2).assetNumbers(List.of(40)).riskSource("教育不足による社員の意識の低さ").impactArea("全社")
                        .event("誤送信").lostProperties(SecurityProperty.CONFIDENTIALITY).build(),
                Risk.newBuilder().number(3).assetNumbers(List.of(10, 11, 13, 26, 55)).riskSource("電子情報の分類・取扱いが不明確")
                        .impactArea("外部").event("情報の紛失・盗難").lostProperties(SecurityProperty.CONFIDENTIALITY).build()
                        .withCause("電子情報の分類・取扱いが不明確なため情報の紛失・盗難が発生").withConsequence("信用の失墜"));
    }

    /** First evaluation only: importance from the assets, likelihood 2, 2, 3 rated directly. */
    public static RiskRegister assessed() {
        AssetInventory inventory = inventory();
        List<AssessedRisk> rows = new ArrayList<>();
        for (Risk risk : risks()) {
            int importance = inventory.highestImportance(risk.assetNumbers());
            rows.add(AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(MODEL, importance,
                    LIKELIHOOD[risk.number() - 1])));
        }
        return RiskRegister.of(MODEL, inventory, rows);
    }

    /**
     * First evaluation only, as {@link #assessed()} but with risk 3's likelihood read from the
     * likelihood table, threat 3 × vulnerability 3: the same scores, and a register that holds
     * both kinds of evaluation (the JSON examples show both).
     */
    public static RiskRegister assessedFromThreatAndVulnerability() {
        RiskRegister register = assessed();
        List<AssessedRisk> rows = new ArrayList<>(register.risks());
        Risk risk3 = rows.get(2).risk();
        rows.set(2, AssessedRisk.of(risk3, RiskEvaluation.of(MODEL, register.inventory(), risk3, 3, 3)));
        return register.withRisks(rows);
    }

    /** {@link #assessed()}, treated and evaluated a second time, as {@link #treated(RiskRegister)}. */
    public static RiskRegister treated() {
        return treated(assessed());
    }

    /**
     * Treated (reduce, with the source's controls and statuses 済み, 予定, 未定), evaluated a second
     * time (residual levels 2, 1, 6), risk 3's residual risk accepted until 2024-04-01, approved.
     *
     * @param assessed the three risks with their first evaluation by {@link #MODEL}, such as
     *     {@link #assessed()}
     */
    public static RiskRegister treated(RiskRegister assessed) {
        List<AssessedRisk> rows = assessed.risks();
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
                        LocalDate.of(2023, 10, 2), "分類定義の運用開始まで暫定的に受容").withExpires(LocalDate.of(2024, 4, 1)));
        return assessed.withRisks(List.of(r1, r2, r3))
                .withApproval(Approval.drafted("ISMS事務局", LocalDate.of(2023, 9, 30))
                        .approvedBy("情報セキュリティ委員長", LocalDate.of(2023, 10, 2)));
    }

    /** The plan (docs/method.md#treatment-plan): one row per control, traced to its risk. */
    public static TreatmentPlan plan() {
        return TreatmentPlan.of(List.of(
                PlanItem.newBuilder().number(1).control(MOBILE_RULES).tasks(List.of("ルール検討", "関係者に周知")).owner("委員長")
                        .plannedStart(LocalDate.of(2023, 8, 10)).plannedEnd(LocalDate.of(2023, 9, 29))
                        .riskNumbers(List.of(1)).build()
                        .startedOn(LocalDate.of(2023, 8, 10)).completedOn(LocalDate.of(2023, 9, 25)),
                PlanItem.newBuilder().number(2).control(TRAINING).tasks(List.of("教材作成", "研修実施")).owner("ISMS事務局")
                        .plannedStart(LocalDate.of(2023, 9, 1)).plannedEnd(LocalDate.of(2023, 11, 30))
                        .riskNumbers(List.of(2)).build().startedOn(LocalDate.of(2023, 9, 4)),
                PlanItem.newBuilder().number(3).control(CLASSIFICATION).tasks(List.of("分類基準の検討")).owner("委員長")
                        .plannedStart(LocalDate.of(2023, 10, 1)).plannedEnd(LocalDate.of(2023, 12, 28))
                        .riskNumbers(List.of(3)).build(),
                PlanItem.newBuilder().number(4).control(HANDLING).tasks(List.of("取扱いルール検討")).owner("委員長")
                        .plannedStart(LocalDate.of(2023, 10, 1)).plannedEnd(LocalDate.of(2023, 12, 28))
                        .riskNumbers(List.of(3)).build(),
                PlanItem.newBuilder().number(5).control(LABELLING).tasks(List.of("ラベル様式の決定")).owner("情報システム担当")
                        .plannedStart(LocalDate.of(2024, 1, 9)).plannedEnd(LocalDate.of(2024, 2, 29))
                        .riskNumbers(List.of(3)).build()));
    }
}
