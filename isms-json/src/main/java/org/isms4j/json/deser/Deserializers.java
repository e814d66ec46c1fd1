package org.isms4j.json.deser;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.isms4j.annexa.ControlAttribute;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.ControlType;
import org.isms4j.annexa.CybersecurityConcept;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.annexa.OperationalCapability;
import org.isms4j.annexa.SecurityDomain;
import org.isms4j.annexa.Theme;
import org.isms4j.annexa.soa.Applicability;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.DecisionState;
import org.isms4j.annexa.soa.ImplementationStatus;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.SoaColumn;
import org.isms4j.annexa.soa.SoaRule;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.Checks;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriterion;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.Priority;
import org.isms4j.core.ProductRule;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRule;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.TermNames;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.report.AssessmentColumn;
import org.isms4j.core.report.InventoryColumn;
import org.isms4j.core.report.PlanColumn;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;

/**
 * The deserializers of isms-json, one stateless singleton per type.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class Deserializers {

    private static final Map<Class<?>, JsonDeserializer<?>> ALL = new LinkedHashMap<>();
    private static final Map<Class<?>, KeyDeserializer> KEYS = new LinkedHashMap<>();

    static {
        add(RatingScale.class, RiskModelReader::ratingScale);
        add(CiaScales.class, RiskModelReader::ciaScales);
        add(CiaRating.class, AssetInventoryReader::ciaRating);
        add(LikelihoodTable.class, RiskModelReader::likelihoodTable);
        add(RiskLevelRule.class, RiskModelReader::levelRule);
        add(ProductRule.class, in -> kind(in, ProductRule.class, "product"));
        add(LevelGrid.class, in -> kind(in, LevelGrid.class, "grid"));
        add(AcceptanceThreshold.class, RiskModelReader::acceptanceThreshold);
        add(AcceptanceCriteria.class, RiskModelReader::acceptanceCriteria);
        add(ImportantAssetCriterion.class, RiskModelReader::importantAssetCriterion);
        add(Priority.class, TermReader::priority);
        add(TermNames.class, TermReader::termNames);
        add(Score.class, TermReader::score);
        add(RiskModel.class, RiskModelReader::riskModel);
        add(Asset.class, AssetInventoryReader::asset);
        add(AssetInventory.class, AssetInventoryReader::assetInventory);
        add(Risk.class, RiskReader::risk);
        add(RiskEvaluation.class, RiskReader::riskEvaluation);
        add(org.isms4j.core.register.RiskRegister.class, in -> RegisterCursor.readAll(in, false));
        add(AssessedRisk.class, Deserializers::assessedRisk);
        add(TreatmentControl.class, TreatmentReader::treatmentControl);
        add(TreatmentDecision.class, TreatmentReader::treatmentDecision);
        add(ResidualAcceptance.class, TreatmentReader::residualAcceptance);
        add(Approval.class, TreatmentReader::approval);
        add(PlanItem.class, TreatmentPlanReader::planItem);
        add(TreatmentPlan.class, TreatmentPlanReader::treatmentPlan);
        add(ControlId.class, SoaReader::controlId);
        add(Iso2013ControlId.class, SoaReader::iso2013ControlId);
        add(Decision.class, SoaReader::decision);
        add(StatementOfApplicability.class, SoaReader::statementOfApplicability);
        vocabulary(Applicability.class, "applicability", Applicability::ofCode);
        vocabulary(AssessmentColumn.class, "assessment report column", AssessmentColumn::ofCode);
        vocabulary(ControlAttribute.class, "control attribute", ControlAttribute::ofCode);
        vocabulary(ControlType.class, "control type", ControlType::ofCode);
        vocabulary(CybersecurityConcept.class, "cybersecurity concept", CybersecurityConcept::ofCode);
        vocabulary(DecisionState.class, "decision state", DecisionState::ofCode);
        vocabulary(ImplementationStatus.class, "implementation status", ImplementationStatus::ofCode);
        vocabulary(InventoryColumn.class, "asset inventory column", InventoryColumn::ofCode);
        vocabulary(OperationalCapability.class, "operational capability", OperationalCapability::ofCode);
        vocabulary(PlanColumn.class, "treatment plan column", PlanColumn::ofCode);
        vocabulary(PlanStatus.class, "plan status", PlanStatus::ofCode);
        vocabulary(ReasonCode.class, "reason code", ReasonCode::ofCode);
        vocabulary(ResidualDecision.class, "residual decision", ResidualDecision::ofCode);
        vocabulary(SecurityDomain.class, "security domain", SecurityDomain::ofCode);
        vocabulary(SecurityProperty.class, "security property", SecurityProperty::ofCode);
        vocabulary(SoaColumn.class, "SoA column", SoaColumn::ofCode);
        vocabulary(SoaRule.class, "SoA rule", SoaRule::ofCode);
        vocabulary(Theme.class, "theme", Theme::ofCode);
        vocabulary(TreatmentOption.class, "treatment option", TreatmentOption::ofCode);
        vocabulary(TreatmentStatus.class, "treatment status", TreatmentStatus::ofCode);
    }

    private Deserializers() {}

    private static <T> void add(Class<T> type, ValueReader<T> reader) {
        ALL.put(type, new IsmsDeserializer<>(type, reader));
    }

    private static <T> void vocabulary(Class<T> type, String name, Function<String, T> ofCode) {
        VocabularyDeserializer<T> deserializer = new VocabularyDeserializer<>(type, name, ofCode);
        ALL.put(type, deserializer);
        KEYS.put(type, deserializer.keyDeserializer());
    }

    private static AssessedRisk assessedRisk(JsonInput in) throws java.io.IOException {
        if (in.model() == null) {
            throw in.error("Invalid use: reading an assessed risk needs the risk model that scored it");
        }
        return RegisterCursor.row(in, in.model());
    }

    private static <T extends RiskLevelRule> T kind(JsonInput in, Class<T> type, String kind)
            throws java.io.IOException {
        RiskLevelRule rule = RiskModelReader.levelRule(in);
        if (!type.isInstance(rule)) {
            throw in.error(Checks.format("Invalid value for kind (expected '%s'): '%s'", kind, rule.code()));
        }
        return type.cast(rule);
    }

    /**
     * Returns the deserializer of every type, by type.
     *
     * @return an unmodifiable map
     */
    public static Map<Class<?>, JsonDeserializer<?>> all() {
        return Collections.unmodifiableMap(ALL);
    }

    /**
     * Returns the key deserializer of every vocabulary, by type.
     *
     * @return an unmodifiable map
     */
    public static Map<Class<?>, KeyDeserializer> keys() {
        return Collections.unmodifiableMap(KEYS);
    }
}
