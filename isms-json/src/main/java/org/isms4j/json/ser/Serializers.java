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
        add(RatingScale.class, Writers::ratingScale);
        add(CiaScales.class, Writers::ciaScales);
        add(CiaRating.class, Writers::ciaRating);
        add(LikelihoodTable.class, Writers::likelihoodTable);
        add(RiskLevelRule.class, Writers::levelRule);
        add(AcceptanceThreshold.class, Writers::acceptanceThreshold);
        add(AcceptanceCriteria.class, Writers::acceptanceCriteria);
        add(ImportantAssetCriterion.class, Writers::importantAssetCriterion);
        add(Priority.class, Writers::priority);
        add(TermNames.class, Writers::termNames);
        add(Score.class, Writers::score);
        add(RiskModel.class, Writers::riskModel);
        add(Asset.class, Writers::asset);
        add(AssetInventory.class, Writers::assetInventory);
        add(Risk.class, Writers::risk);
        add(RiskEvaluation.class, Writers::riskEvaluation);
        add(RiskRegister.class, Writers::riskRegister);
        add(AssessedRisk.class, Writers::registerRow);
        add(TreatmentControl.class, Writers::treatmentControl);
        add(TreatmentDecision.class, Writers::treatmentDecision);
        add(ResidualAcceptance.class, Writers::residualAcceptance);
        add(Approval.class, Writers::approval);
        add(PlanItem.class, Writers::planItem);
        add(TreatmentPlan.class, Writers::treatmentPlan);
        add(ControlId.class, (out, id) -> out.writeString(id.toString()));
        add(Iso2013ControlId.class, (out, id) -> out.writeString(id.toString()));
        add(Decision.class, Writers::decision);
        add(StatementOfApplicability.class, Writers::statementOfApplicability);
        add(Control.class, Writers::control);
        add(Iso2013Control.class, Writers::iso2013Control);
        add(ControlCatalogue.class, Writers::annexACatalogue);
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
