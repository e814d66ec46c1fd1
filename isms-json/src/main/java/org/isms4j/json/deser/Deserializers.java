package org.isms4j.json.deser;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
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
import org.isms4j.core.internal.Checks;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.isms4j.json.RiskRegister;

/**
 * The deserializers of isms-json, one stateless singleton per type.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class Deserializers {

    private static final Map<Class<?>, JsonDeserializer<?>> ALL = new LinkedHashMap<>();
    private static final Map<Class<?>, KeyDeserializer> KEYS = new LinkedHashMap<>();

    static {
        add(RatingScale.class, Readers::ratingScale);
        add(CiaScales.class, Readers::ciaScales);
        add(CiaRating.class, Readers::ciaRating);
        add(LikelihoodTable.class, Readers::likelihoodTable);
        add(RiskLevelRule.class, Readers::levelRule);
        add(ProductRule.class, in -> kind(in, ProductRule.class, "product"));
        add(LevelGrid.class, in -> kind(in, LevelGrid.class, "grid"));
        add(AcceptanceThreshold.class, Readers::acceptanceThreshold);
        add(AcceptanceCriteria.class, Readers::acceptanceCriteria);
        add(ImportantAssetCriterion.class, Readers::importantAssetCriterion);
        add(Priority.class, Readers::priority);
        add(TermNames.class, Readers::termNames);
        add(Score.class, Readers::score);
        add(RiskModel.class, Readers::riskModel);
        add(Asset.class, Readers::asset);
        add(AssetInventory.class, Readers::assetInventory);
        add(Risk.class, Readers::risk);
        add(RiskEvaluation.class, Readers::riskEvaluation);
        add(RiskRegister.class, in -> RegisterCursor.readAll(in, false));
        vocabulary(SecurityProperty.class, "security property", SecurityProperty::ofCode);
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

    private static <T extends RiskLevelRule> T kind(JsonInput in, Class<T> type, String kind)
            throws java.io.IOException {
        RiskLevelRule rule = Readers.levelRule(in);
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
