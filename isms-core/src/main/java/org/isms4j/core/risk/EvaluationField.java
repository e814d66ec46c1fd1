package org.isms4j.core.risk;

import org.isms4j.core.IsmsException;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;

/**
 * A field of a risk evaluation that a rule checks, such as the risk level リスクレベル that its
 * model gives for an importance and a likelihood; {@link InvalidEvaluationException#field()} names
 * the one that failed, so that a reader can point at the property or cell it read it from.
 */
public enum EvaluationField implements VocabularyTerm {
    /** The id and version of the model that scored the evaluation. */
    MODEL("model", "リスク評価モデル", "model"),
    /** 資産の重要度 the highest importance of the risk's assets. */
    ASSET_IMPORTANCE("asset_importance", "資産の重要度", "asset importance"),
    /** 重要度（上書き） the importance the assessor set. */
    IMPORTANCE_OVERRIDE("importance_override", "重要度（上書き）", "importance override"),
    /** 重要度 the importance scored: the override, or else the assets' importance. */
    IMPORTANCE("importance", "重要度", "importance"),
    /** 脅威 the threat occurrence. */
    THREAT("threat", "脅威", "threat"),
    /** 脆弱性 the vulnerability exploitability. */
    VULNERABILITY("vulnerability", "脆弱性", "vulnerability"),
    /** 被害発生可能性 the likelihood. */
    LIKELIHOOD("likelihood", "被害発生可能性", "likelihood"),
    /** リスクレベル the risk level. */
    LEVEL("level", "リスクレベル", "risk level"),
    /** 優先順位 the priority. */
    PRIORITY("priority", "優先順位", "priority");

    private final TermNames names;

    EvaluationField(String code, String japanese, String english) {
        this.names = TermNames.of(code, japanese, english);
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns the field with a code.
     *
     * @param code the code, such as {@code level}, not null
     * @return the field, not null
     * @throws IsmsException if no field has that code, listing the valid codes
     */
    public static EvaluationField ofCode(String code) {
        return VocabularyTerm.ofCode(EvaluationField.class, "evaluation field", code);
    }
}
