package org.isms4j.core.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Priority;
import org.isms4j.core.TermNames;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;

/**
 * A column of the risk assessment report リスクアセスメント結果報告書, such as リスクレベル (risk level).
 *
 * <p>The first columns are the source's, in its order (docs/method.md#risk-assessment-report): identification, first
 * evaluation 一次評価, treatment リスク対応 and second evaluation 二次評価; {@link #report()} lists
 * them. The detail columns after them (threat, vulnerability, overrides, justification, the
 * residual acceptance) carry the rest of a register's data, for files that must read back whole.
 */
public enum AssessmentColumn implements VocabularyTerm {
    /** 番号 number. */
    NUMBER("number", "番号", "No", (row, locale) -> Integer.toString(row.number())),
    /** 資産番号 asset numbers. */
    ASSETS("assets", "資産番号", "Assets", (row, locale) -> join(row.risk().assetNumbers(), ", ")),
    /** リスク源 risk source. */
    RISK_SOURCE("risk_source", "リスク源", "Risk source", (row, locale) -> row.risk().riskSource()),
    /** 影響領域 impact area. */
    IMPACT_AREA("impact_area", "影響領域", "Impact area", (row, locale) -> row.risk().impactArea()),
    /** 事象 event. */
    EVENT("event", "事象", "Event", (row, locale) -> row.risk().event()),
    /** 喪失する特性 the security properties lost, such as 機密性の喪失. */
    LOST_PROPERTIES("lost_properties", "喪失する特性", "Properties lost", (row, locale) -> row.risk().lostProperties()
            .stream().map(p -> p.lossName(locale)).collect(Collectors.joining(", "))),
    /** 原因 cause. */
    CAUSE("cause", "原因", "Cause", (row, locale) -> row.risk().cause()),
    /** 起こり得る結果 consequence. */
    CONSEQUENCE("consequence", "起こり得る結果", "Consequence", (row, locale) -> row.risk().consequence()),
    /** 重要度 importance (first evaluation). */
    IMPORTANCE("importance", "重要度", "Importance", first(e -> Integer.toString(e.importance()))),
    /** 被害発生可能性 likelihood (first evaluation). */
    LIKELIHOOD("likelihood", "被害発生可能性", "Likelihood", first(e -> Integer.toString(e.likelihood()))),
    /** リスクレベル risk level (first evaluation). */
    LEVEL("level", "リスクレベル", "Risk level", first(e -> Integer.toString(e.level()))),
    /** 優先順位 priority (first evaluation). */
    PRIORITY("priority", "優先順位", "Priority", (row, locale) -> priority(row.first().priority(), locale)),
    /** リスク対応 treatment options. */
    OPTIONS("options", "リスク対応", "Treatment", treatment((t, locale) -> t.options().stream()
            .map(o -> o.getDisplayName(locale)).collect(Collectors.joining(", ")))),
    /** 管理策 controls, one per line, each with its Annex A id in brackets. */
    CONTROLS("controls", "管理策", "Controls", treatment((t, locale) -> t.controls().stream()
            .map(TreatmentControl::toString).collect(Collectors.joining("\n")))),
    /** 附属書A the Annex A controls named. */
    ANNEX_A("annex_a", "附属書A", "Annex A", treatment((t, locale) -> String.join(", ", t.annexAControls()))),
    /** 対応 treatment status. */
    STATUS("status", "対応", "Status", treatment((t, locale) -> t.status().getDisplayName(locale))),
    /** 二次評価 重要度 residual importance. */
    RESIDUAL_IMPORTANCE("residual_importance", "二次評価 重要度", "Residual importance",
            second(e -> Integer.toString(e.importance()))),
    /** 二次評価 被害発生可能性 residual likelihood. */
    RESIDUAL_LIKELIHOOD("residual_likelihood", "二次評価 被害発生可能性", "Residual likelihood",
            second(e -> Integer.toString(e.likelihood()))),
    /** 二次評価 リスクレベル residual level. */
    RESIDUAL_LEVEL("residual_level", "二次評価 リスクレベル", "Residual level", second(e -> Integer.toString(e.level()))),
    /** 脅威 threat of the first evaluation (detail). */
    THREAT("threat", "脅威", "Threat", first(e -> text(e.threat()))),
    /** 脆弱性 vulnerability of the first evaluation (detail). */
    VULNERABILITY("vulnerability", "脆弱性", "Vulnerability", first(e -> text(e.vulnerability()))),
    /** 重要度（上書き） importance set by the assessor (detail). */
    IMPORTANCE_OVERRIDE("importance_override", "重要度（上書き）", "Importance override",
            first(e -> text(e.importanceOverride()))),
    /** 保有の理由 justification of the treatment (detail). */
    JUSTIFICATION("justification", "理由", "Justification", treatment((t, locale) -> t.justification())),
    /** 二次評価 脅威 residual threat (detail). */
    RESIDUAL_THREAT("residual_threat", "二次評価 脅威", "Residual threat", second(e -> text(e.threat()))),
    /** 二次評価 脆弱性 residual vulnerability (detail). */
    RESIDUAL_VULNERABILITY("residual_vulnerability", "二次評価 脆弱性", "Residual vulnerability",
            second(e -> text(e.vulnerability()))),
    /** 二次評価 資産の重要度 the assets' importance in the second evaluation (detail). */
    RESIDUAL_ASSET_IMPORTANCE("residual_asset_importance", "二次評価 資産の重要度", "Residual asset importance",
            second(e -> Integer.toString(e.assetImportance()))),
    /** 二次評価 重要度（上書き） residual importance set by the assessor (detail). */
    RESIDUAL_IMPORTANCE_OVERRIDE("residual_importance_override", "二次評価 重要度（上書き）",
            "Residual importance override", second(e -> text(e.importanceOverride()))),
    /** 受容者 the risk owner who decided on the residual risk (detail). */
    ACCEPTED_BY("accepted_by", "リスク所有者", "Risk owner", (row, locale) -> row.acceptance()
            .map(a -> a.riskOwner()).orElse("")),
    /** 受容判断 accepted or rejected (detail). */
    ACCEPTANCE("acceptance", "残留リスクの受容", "Residual decision", (row, locale) -> row.acceptance()
            .map(a -> a.decision().getDisplayName(locale)).orElse("")),
    /** 判断日 date of the decision (detail). */
    ACCEPTANCE_DATE("acceptance_date", "判断日", "Decided", (row, locale) -> row.acceptance()
            .map(a -> a.decided().toString()).orElse("")),
    /** 判断理由 justification of the decision (detail). */
    ACCEPTANCE_JUSTIFICATION("acceptance_justification", "判断理由", "Decision justification",
            (row, locale) -> row.acceptance().map(a -> a.justification()).orElse("")),
    /** 見直し期限 date from which the decision is due for review (detail). */
    ACCEPTANCE_EXPIRES("acceptance_expires", "見直し期限", "Review from", (row, locale) -> row.acceptance()
            .flatMap(a -> a.expires()).map(Object::toString).orElse(""));

    private final TermNames names;
    private final BiFunction<AssessedRisk, Locale, String> value;

    AssessmentColumn(String code, String japanese, String english, BiFunction<AssessedRisk, Locale, String> value) {
        this.names = TermNames.of(code, japanese, english);
        this.value = value;
    }

    private static String join(java.util.Collection<Integer> numbers, String separator) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }

    private static String priority(Priority priority, Locale locale) {
        return priority.isAcceptable() ? priority.getDisplayName(locale) : Integer.toString(priority.rank());
    }

    private static BiFunction<AssessedRisk, Locale, String> first(Function<RiskEvaluation, String> value) {
        return (row, locale) -> value.apply(row.first());
    }

    private static BiFunction<AssessedRisk, Locale, String> second(Function<RiskEvaluation, String> value) {
        return (row, locale) -> row.second().map(value).orElse("");
    }

    private static BiFunction<AssessedRisk, Locale, String> treatment(
            BiFunction<TreatmentDecision, Locale, String> value) {
        return (row, locale) -> {
            Optional<TreatmentDecision> treatment = row.treatment();
            return treatment.map(t -> value.apply(t, locale)).orElse("");
        };
    }

    @Override
    public TermNames names() {
        return names;
    }

    /**
     * Returns this column's cell for a risk.
     *
     * @param row the risk, not null
     * @param locale the language of terms such as the status, not null
     * @return the text, empty where the risk has no value, not null
     */
    public String valueOf(AssessedRisk row, Locale locale) {
        return value.apply(row, locale);
    }

    /**
     * Returns the source's columns of the report, {@link #NUMBER} to {@link #RESIDUAL_LEVEL}.
     *
     * @return an unmodifiable list in the source's order, not null
     */
    public static List<AssessmentColumn> report() {
        return List.copyOf(EnumSet.range(NUMBER, RESIDUAL_LEVEL));
    }

    /**
     * Returns the column with a code.
     *
     * @param code the code, such as {@code level}, not null
     * @return the column, not null
     * @throws IsmsException if no column has that code
     */
    public static AssessmentColumn ofCode(String code) {
        return VocabularyTerm.ofCode(AssessmentColumn.class, "assessment report column", code);
    }
}
