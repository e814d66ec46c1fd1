package org.isms4j.json.ser;

import com.fasterxml.jackson.databind.JsonSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlCatalogue;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013Control;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriterion;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRule;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.TermNames;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;

/**
 * The serializers of isms-json, one stateless singleton per type.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class Serializers {

    private static final Map<Class<?>, JsonSerializer<?>> ALL = new LinkedHashMap<>();

    static {
        add(RatingScale.class, RiskModelWriter::ratingScale);
        add(CiaScales.class, RiskModelWriter::ciaScales);
        add(CiaRating.class, AssetInventoryWriter::ciaRating);
        add(LikelihoodTable.class, RiskModelWriter::likelihoodTable);
        add(RiskLevelRule.class, RiskModelWriter::levelRule);
        add(AcceptanceThreshold.class, RiskModelWriter::acceptanceThreshold);
        add(AcceptanceCriteria.class, RiskModelWriter::acceptanceCriteria);
        add(ImportantAssetCriterion.class, RiskModelWriter::importantAssetCriterion);
        add(Priority.class, TermWriter::priority);
        add(TermNames.class, TermWriter::termNames);
        add(Score.class, TermWriter::score);
        add(RiskModel.class, RiskModelWriter::riskModel);
        add(Asset.class, AssetInventoryWriter::asset);
        add(AssetInventory.class, AssetInventoryWriter::assetInventory);
        add(Risk.class, RiskWriter::risk);
        add(RiskEvaluation.class, RiskWriter::riskEvaluation);
        add(RiskRegister.class, RegisterWriter::riskRegister);
        add(AssessedRisk.class, RegisterWriter::registerRow);
        add(TreatmentControl.class, TreatmentWriter::treatmentControl);
        add(TreatmentDecision.class, TreatmentWriter::treatmentDecision);
        add(ResidualAcceptance.class, TreatmentWriter::residualAcceptance);
        add(Approval.class, TreatmentWriter::approval);
        add(PlanItem.class, TreatmentPlanWriter::planItem);
        add(TreatmentPlan.class, TreatmentPlanWriter::treatmentPlan);
        add(ControlId.class, (out, id) -> out.writeString(id.toString()));
        add(Iso2013ControlId.class, (out, id) -> out.writeString(id.toString()));
        add(Decision.class, SoaWriter::decision);
        add(StatementOfApplicability.class, SoaWriter::statementOfApplicability);
        add(Control.class, AnnexACatalogueWriter::control);
        add(Iso2013Control.class, AnnexACatalogueWriter::iso2013Control);
        add(ControlCatalogue.class, AnnexACatalogueWriter::annexACatalogue);
    }

    private Serializers() {}

    private static <T> void add(Class<T> type, ValueWriter<T> writer) {
        ALL.put(type, new IsmsSerializer<>(type, writer));
    }

    /**
     * Returns the serializer of every type, by type.
     *
     * @return an unmodifiable map
     */
    public static Map<Class<?>, JsonSerializer<?>> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }
}
