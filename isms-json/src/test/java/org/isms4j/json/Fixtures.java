package org.isms4j.json;

import java.util.List;
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
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;

/** The documents of DOMAIN.md as test fixtures. */
final class Fixtures {

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

    /** The canonical three risks of DOMAIN.md §6 with their first evaluation. */
    static RiskRegister canonicalRegister() {
        RiskModel model = RiskModel.standard();
        Risk mobile = Risk.of(1, List.of(9), "mobile-device usage rules not established", "external",
                "loss or theft of important information while carried outside", SecurityProperty.CONFIDENTIALITY)
                .withCause("【事象】に対し【リスク源】である");
        Risk awareness = Risk.of(2, List.of(40), "low staff awareness from insufficient education", "company-wide",
                "misdelivery", SecurityProperty.CONFIDENTIALITY);
        Risk classification = Risk.of(3, List.of(10, 11, 13, 26, 55),
                "classification and handling of electronic information unclear", "external",
                "loss or theft of information", SecurityProperty.CONFIDENTIALITY)
                .withConsequence("信用の失墜");
        return RiskRegister.of(model, List.of(
                RiskRegisterEntry.of(mobile, RiskEvaluation.ofLikelihood(model, 3, 2)),
                RiskRegisterEntry.of(awareness, RiskEvaluation.ofLikelihood(model, 2, 2)),
                RiskRegisterEntry.of(classification, RiskEvaluation.of(model, 3, 3, 3))));
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
