package org.isms4j.examples;

import static org.isms4j.core.SecurityProperty.CONFIDENTIALITY;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.CiaRating;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanItemBuilder;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.AssessmentColumn;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;

/**
 * Teaching example, LV.3 網羅的アプローチ (comprehensive approach): the source's three canonical
 * risks from the asset inventory and the risk assessment report through treatment, the Statement
 * of Applicability, the treatment plan and the second evaluation.
 *
 * <p>Read it top to bottom: {@link #run(PrintStream)} tells the story, and the methods after it
 * build the data one step at a time, each from the step before. {@link CanonicalRegister}, the
 * walkthrough's bundled example, is what these steps build. Run it with {@code main}.
 */
public final class ComprehensiveApproachExample {

    private ComprehensiveApproachExample() {}

    /**
     * Prints the example.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Prints the example to a stream.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        RiskModel model = RiskModel.standard();

        // 1. Risk assessment: three risks, importance from their assets, likelihood rated by the
        //    assessor, level = importance × likelihood, priority from the acceptance criteria.
        RiskRegister assessed = assess(model, inventory());
        out.println("1. First evaluation 一次評価");
        for (AssessedRisk row : assessed.byPriority()) {
            out.printf("   risk %d: %d × %d = %d, priority %s%n", row.number(), row.first().importance(),
                    row.first().likelihood(), row.first().level(), row.first().priority());
        }

        // 2. Treatment: all three are reduced 低減; risk 3's controls are compared with Annex A
        //    (5.12 classification, 5.13 labelling).
        RiskRegister treated = treat(assessed);
        out.println("2. Treatment リスク対応: Annex A controls by risk " + treated.annexAControlsByRisk());

        // 3. Statement of Applicability: the draft makes every named Annex A control applicable for
        //    the risk assessment result; the other controls still need a decision.
        StatementOfApplicability soa = SoaReport.draft(treated);
        out.println("3. Statement of Applicability 適用宣言書: " + (93 - soa.undecided().size())
                + " applicable, " + soa.undecided().size() + " undecided, complete: " + soa.isComplete());

        // 4. Treatment plan: drafted from the treated register, one row per control, with owner and
        //    dates; progress as of a date.
        TreatmentPlan plan = plan(treated).checkTraces(treated);
        out.println("4. Treatment plan リスク対応計画: " + plan.progress() + ", overdue on 2024-01-15: "
                + plan.overdue(LocalDate.of(2024, 1, 15)).size());

        // 5. Second evaluation: importance and likelihood re-rated after treatment; residual
        //    levels 2, 1, 6. Risk 3 stays above the acceptance criteria: its owner accepts it
        //    for now, with a date for review.
        RiskRegister evaluated = approve(acceptResidual(evaluateAgain(treated)));
        out.println("5. Second evaluation 二次評価");
        ReportTable report = ReportTable.of(List.of("No", "Level", "Residual", "Reduced by"),
                evaluated.risks().stream().map(row -> List.of(Integer.toString(row.number()),
                        AssessmentColumn.LEVEL.valueOf(row, Locale.ENGLISH),
                        AssessmentColumn.RESIDUAL_LEVEL.valueOf(row, Locale.ENGLISH),
                        Integer.toString(row.reduction().getAsInt()))).toList());
        out.print(report.toMarkdown());
        out.println("   above acceptance after treatment: risk "
                + evaluated.residualAboveAcceptance().get(0).number() + ", review due from "
                + evaluated.residualAboveAcceptance().get(0).acceptance().orElseThrow().expires().orElseThrow());
    }

    // Step 1: the asset inventory and the risk assessment report.

    /**
     * Returns the asset inventory 資産目録: the seven assets the three risks cite, each rated 1 - 3
     * for confidentiality, integrity and availability. An asset's importance 重要度 is the highest
     * of its three ratings.
     *
     * @return the inventory, assets in number order
     */
    public static AssetInventory inventory() {
        Asset salesLaptop = Asset.of(9, "営業用ノートPC", CiaRating.of(3, 2, 2)) // importance 3
                .withBusinessCategory("営業").withMedium("ノートPC").withRiskOwner("営業部長").withManagingDepartment("営業部");
        Asset designs = Asset.of(10, "設計書", CiaRating.of(3, 2, 1)).withBusinessCategory("開発").withMedium("ファイルサーバ");
        Asset quotations = Asset.of(11, "見積書", CiaRating.of(2, 2, 1)).withBusinessCategory("営業").withMedium("ファイルサーバ");
        Asset contracts = Asset.of(13, "契約書", CiaRating.of(3, 3, 1)).withBusinessCategory("総務").withMedium("ファイルサーバ");
        Asset minutes = Asset.of(26, "議事録", CiaRating.of(1, 1, 1)).withBusinessCategory("総務").withMedium("ファイルサーバ");
        Asset email = Asset.of(40, "電子メール", CiaRating.of(2, 2, 2)).withBusinessCategory("全社").withMedium("メールサーバ");
        Asset customers = Asset.of(55, "顧客リスト", CiaRating.of(3, 3, 3)).withBusinessCategory("営業").withMedium("ファイルサーバ");
        return AssetInventory.of(salesLaptop, designs, quotations, contracts, minutes, email, customers);
    }

    /**
     * Returns the risk assessment report リスクアセスメント結果報告書 before treatment. Each risk
     * names the assets it threatens, its risk source リスク源, impact area 影響領域 and event 事象
     * with the security property it loses, and a cause 原因 written from the source's templates. Its
     * first evaluation 一次評価 takes the highest importance of its assets (risk 3 cites five) and
     * the likelihood the assessor rates: 2, 2 and 3.
     *
     * @param model the model to score with, not null
     * @param inventory the inventory holding the risks' assets, such as {@link #inventory()}
     * @return the register of the three risks, each with its first evaluation
     */
    public static RiskRegister assess(RiskModel model, AssetInventory inventory) {
        // 【事象】に対し【リスク源】である
        Risk mobileRules = Risk.newBuilder().number(1).assetNumbers(List.of(9)).riskSource("モバイル機器の利用ルールが未整備")
                .impactArea("外部").event("外出時の重要情報の紛失・盗難").lostProperties(CONFIDENTIALITY).build()
                .withCause("外出時の重要情報の紛失・盗難に対し、モバイル機器の利用ルールが未整備である");
        // 【リスク源】ため【事象】が発生
        Risk awareness = Risk.newBuilder().number(2).assetNumbers(List.of(40)).riskSource("教育不足による社員の意識の低さ")
                .impactArea("全社").event("誤送信").lostProperties(CONFIDENTIALITY).build()
                .withCause("教育不足による社員の意識の低さのため誤送信が発生");
        Risk classification = Risk.newBuilder().number(3).assetNumbers(List.of(10, 11, 13, 26, 55))
                .riskSource("電子情報の分類・取扱いが不明確").impactArea("外部").event("情報の紛失・盗難").lostProperties(CONFIDENTIALITY)
                .build().withCause("電子情報の分類・取扱いが不明確なため情報の紛失・盗難が発生");
        return RiskRegister.of(model, inventory, List.of(
                AssessedRisk.of(mobileRules, firstEvaluation(model, inventory, mobileRules, 2)),
                AssessedRisk.of(awareness, firstEvaluation(model, inventory, awareness, 2)),
                AssessedRisk.of(classification, firstEvaluation(model, inventory, classification, 3))));
    }

    private static RiskEvaluation firstEvaluation(RiskModel model, AssetInventory inventory, Risk risk,
            int likelihood) {
        int importance = inventory.highestImportance(risk.assetNumbers());
        return RiskEvaluation.ofLikelihood(model, importance, likelihood);
    }

    // Step 2: treatment.

    /** Risk 1's control: establish and strengthen the rules for mobile devices. */
    static final TreatmentControl MOBILE_RULES = TreatmentControl.of("モバイル機器の利用ルールを整備・強化");
    /** Risk 2's control: education and training. */
    static final TreatmentControl TRAINING = TreatmentControl.of("教育訓練");
    /** Risk 3's first control, Annex A 5.12 (classification of information). */
    static final TreatmentControl CLASSIFICATION = TreatmentControl.of("情報の分類定義", "5.12");
    /** Risk 3's second control, which names no Annex A control. */
    static final TreatmentControl HANDLING = TreatmentControl.of("分類ごとの情報の取扱いルール");
    /** Risk 3's third control, Annex A 5.13 (labelling of information). */
    static final TreatmentControl LABELLING = TreatmentControl.of("ラベリング", "5.13");

    /**
     * Returns the register with every risk treated リスク対応: each is reduced 低減 by its controls,
     * and the status says how far the treatment has come: 済み done, 予定 planned, 未定 undecided.
     *
     * @param assessed the register of {@link #assess(RiskModel, AssetInventory)}
     * @return the treated register
     */
    public static RiskRegister treat(RiskRegister assessed) {
        return assessed.withRisks(List.of(
                reduce(assessed.find(1).orElseThrow(), TreatmentStatus.DONE, MOBILE_RULES),
                reduce(assessed.find(2).orElseThrow(), TreatmentStatus.PLANNED, TRAINING),
                reduce(assessed.find(3).orElseThrow(), TreatmentStatus.UNDECIDED, CLASSIFICATION, HANDLING,
                        LABELLING)));
    }

    private static AssessedRisk reduce(AssessedRisk risk, TreatmentStatus status, TreatmentControl... controls) {
        return risk.withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE), List.of(controls), status));
    }

    // Step 3, the Statement of Applicability, is drafted from the treated register in run.

    // Step 4: the treatment plan.

    /**
     * Returns the treatment plan リスク対応計画: the draft lays out one row per control of the
     * treated register, with its text, Annex A id and risks; each row gets its tasks, owner and
     * planned dates. The actual dates say how far each row has come: the mobile-device rules are
     * finished, the training is under way, risk 3's three controls have not started.
     *
     * @param treated the register of {@link #treat(RiskRegister)}
     * @return the plan
     */
    public static TreatmentPlan plan(RiskRegister treated) {
        // Rows 1 - 5: モバイル機器の利用ルールを整備・強化, 教育訓練, 情報の分類定義 (5.12),
        // 分類ごとの情報の取扱いルール, ラベリング (5.13).
        List<PlanItemBuilder> rows = TreatmentPlan.draft(treated);
        PlanItem rules = rows.get(0).tasks(List.of("ルール検討", "関係者に周知")).owner("委員長")
                .plannedStart(LocalDate.of(2023, 8, 10)).plannedEnd(LocalDate.of(2023, 9, 29)).build()
                .startedOn(LocalDate.of(2023, 8, 10)).completedOn(LocalDate.of(2023, 9, 25));
        PlanItem training = rows.get(1).tasks(List.of("教材作成", "研修実施")).owner("ISMS事務局")
                .plannedStart(LocalDate.of(2023, 9, 1)).plannedEnd(LocalDate.of(2023, 11, 30)).build()
                .startedOn(LocalDate.of(2023, 9, 4));
        PlanItem classification = rows.get(2).tasks(List.of("分類基準の検討")).owner("委員長")
                .plannedStart(LocalDate.of(2023, 10, 1)).plannedEnd(LocalDate.of(2023, 12, 28)).build();
        PlanItem handling = rows.get(3).tasks(List.of("取扱いルール検討")).owner("委員長")
                .plannedStart(LocalDate.of(2023, 10, 1)).plannedEnd(LocalDate.of(2023, 12, 28)).build();
        PlanItem labelling = rows.get(4).tasks(List.of("ラベル様式の決定")).owner("情報システム担当")
                .plannedStart(LocalDate.of(2024, 1, 9)).plannedEnd(LocalDate.of(2024, 2, 29)).build();
        return TreatmentPlan.of(List.of(rules, training, classification, handling, labelling));
    }

    // Step 5: the second evaluation, the residual risk and the approval.

    /**
     * Returns the register evaluated a second time 二次評価: after treatment the assessor rates
     * importance and likelihood again, and the residual level is recomputed: 2 × 1 = 2, 1 × 1 = 1
     * and 2 × 3 = 6.
     *
     * @param treated the register of {@link #treat(RiskRegister)}
     * @return the register with the second evaluations
     */
    public static RiskRegister evaluateAgain(RiskRegister treated) {
        RiskModel model = treated.model();
        // The assets keep their ratings: the lower importance is the assessor's override.
        return treated.withRisks(List.of(
                treated.find(1).orElseThrow().withSecond(RiskEvaluation.ofLikelihood(model, 3, 1)
                        .withImportanceOverride(model, 2)),
                treated.find(2).orElseThrow().withSecond(RiskEvaluation.ofLikelihood(model, 2, 1)
                        .withImportanceOverride(model, 1)),
                treated.find(3).orElseThrow().withSecond(RiskEvaluation.ofLikelihood(model, 3, 3)
                        .withImportanceOverride(model, 2))));
    }

    /**
     * Returns the register with risk 3's residual risk accepted: at level 6 it is still above the
     * acceptance criteria, and its owner accepts it until the classification scheme is in use,
     * with a date for review.
     *
     * @param evaluated the register of {@link #evaluateAgain(RiskRegister)}
     * @return the register with the acceptance
     */
    public static RiskRegister acceptResidual(RiskRegister evaluated) {
        ResidualAcceptance interim = ResidualAcceptance.of("情報セキュリティ委員長", ResidualDecision.ACCEPTED,
                LocalDate.of(2023, 10, 2), "分類定義の運用開始まで暫定的に受容").withExpires(LocalDate.of(2024, 4, 1));
        return evaluated.withRisks(evaluated.risks().stream()
                .map(row -> row.number() == 3 ? row.withAcceptance(interim) : row).toList());
    }

    /**
     * Returns the register with its approval record: drafted by the ISMS office, approved by the
     * committee chair.
     *
     * @param register the register to approve
     * @return the approved register
     */
    public static RiskRegister approve(RiskRegister register) {
        Approval drafted = Approval.drafted("ISMS事務局", LocalDate.of(2023, 9, 30));
        return register.withApproval(drafted.approvedBy("情報セキュリティ委員長", LocalDate.of(2023, 10, 2)));
    }
}
