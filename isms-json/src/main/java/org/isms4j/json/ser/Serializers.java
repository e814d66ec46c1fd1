package org.isms4j.json.ser;

import com.fasterxml.jackson.databind.JsonSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.json.RiskRegister;

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
