package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.quick.IncidentCase;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.scoring.ColumnarScorer;
import org.isms4j.testkit.ApiWalker;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;

/**
 * The policies of every public constructor and method of isms-core's exported packages, walked by
 * reflection: a null for any reference parameter throws a {@link NullPointerException} naming the
 * parameter, and a long hostile text in any text parameter gives a short one-line message.
 */
class ApiPolicyTest {

    /**
     * The parameters documented as taking null, or whose null is named otherwise as documented:
     * an exception's cause, {@code String.format}'s arguments, and the checks whose exception
     * names the field given or the parameter of the caller.
     */
    static final Set<String> NULLABLE = Set.of("IsmsException.<init>(String, Throwable)#cause",
            "Checks.format(String, Object[])#args", "Checks.notBlank(String, String)#value",
            "Checks.text(String, String)#value", "Checks.date(String, LocalDate)#value",
            "Checks.listSize(String, Collection)#values", "Checks.entries(String, Collection)#values",
            "Checks.lines(String, List)#values", "Checks.joined(String, List, String)#values",
            "Checks.distinct(String, String, Iterable)#values",
            // The generated copy of the lead's RiskRegister throws Immutables' own NPE ("iterable").
            "RiskRegister.withRisks(Iterable)#risks");

    private static ApiWalker walker() {
        return ApiWalker.ofModule(Path.of("")).sample(org.isms4j.core.register.RiskRegister.class,
                CanonicalFixture.treated()).sample(org.isms4j.core.plan.TreatmentPlan.class, CanonicalFixture.plan())
                .sample(org.isms4j.core.asset.AssetInventory.class, CanonicalFixture.inventory())
                .sample(org.isms4j.core.risk.Risk.class, CanonicalFixture.risks().get(0))
                .sample(IncidentCase.class, IncidentCase.onMedium("紙媒体の紛失", "紙"))
                .sample(ColumnarScorer.class, ColumnarScorer.of(CanonicalFixture.MODEL))
                .sample(ReportTable.class, ReportTable.ofInventory(CanonicalFixture.inventory(), Locale.ENGLISH))
                .sample(org.isms4j.core.register.RegisterRows.class,
                        org.isms4j.core.register.RegisterRows.of(CanonicalFixture.MODEL, CanonicalFixture.inventory()));
    }

    @Test
    void everyReferenceParameter_rejectsNullNamingIt() {
        ApiWalker walker = walker();
        assertThat(walker.executables()).hasSizeGreaterThan(300);
        assertThat(walker.nullPolicyViolations(NULLABLE)).isEmpty();
    }

    @Test
    void everyTextParameter_echoesHostileTextShortAndOnOneLine() {
        assertThat(walker().echoViolations(ApiWalker.HOSTILE, ApiWalker.MESSAGE_BOUND)).isEmpty();
    }

    /** The cases an adversarial review reported, each pinned by name. */
    @Test
    void theReportedNulls_areNamed() {
        Asset asset = CanonicalFixture.inventory().assets().get(0);
        assertThatThrownBy(() -> AssetInventory.of(asset, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("assets element");
        assertThatThrownBy(() -> ReportTable.of(Arrays.asList((String) null), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("headings element");
        assertThatThrownBy(() -> RiskEvaluation.of(null, 3, 2, 2)).isInstanceOf(NullPointerException.class)
                .hasMessage("model");
        byte[] column = new byte[8];
        assertThatThrownBy(() -> ColumnarScorer.of(CanonicalFixture.MODEL).score(column, column, null, column, column,
                column)).isInstanceOf(NullPointerException.class).hasMessage("vulnerability");
        assertThatThrownBy(() -> LikelihoodTable.of(null, RatingScale.standard(), RatingScale.standard(),
                new int[][] {{1}})).isInstanceOf(NullPointerException.class).hasMessage("threatScale");
        assertThatThrownBy(() -> SecurityProperty.ofCode(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
        assertThatThrownBy(() -> RatingScale.standard().check(null, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("field");
        Map<Integer, Integer> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        assertThatThrownBy(() -> IncidentCase.onMedium("紛失", "紙").assess(CanonicalFixture.MODEL,
                CanonicalFixture.inventory(), nullKey)).isInstanceOf(NullPointerException.class)
                .hasMessage("likelihoodByAsset key");
    }

    /**
     * The types the walk has no sample of yet, so that the methods taking them or called on them
     * are not walked: the self-assessment records and the scorer. A new type without a sample
     * fails here; register one in {@link #walker()}.
     */
    @Test
    void theTypesNotWalked_areTheKnownOnes() {
        assertThat(walker().missingSamples()).containsExactlyInAnyOrder("java.lang.Class", "java.lang.Throwable",
                "org.isms4j.core.InvalidRatingException",
                "org.isms4j.core.quick.ScoredAsset", "org.isms4j.core.risk.InvalidEvaluationException",
                "org.isms4j.core.risk.InvalidRiskException",
                "org.isms4j.core.selfassessment.Aggregation",
                "org.isms4j.core.selfassessment.AnswerKey", "org.isms4j.core.selfassessment.AnswerSheet",
                "org.isms4j.core.selfassessment.CombinedAnswer", "org.isms4j.core.selfassessment.MeasureDecision",
                "org.isms4j.core.selfassessment.MeasurePlan", "org.isms4j.core.selfassessment.PartScore",
                "org.isms4j.core.selfassessment.ScoreBand", "org.isms4j.core.selfassessment.ScoreBands",
                "org.isms4j.core.selfassessment.ScoredAnswer", "org.isms4j.core.selfassessment.SelfAssessmentResult",
                "org.isms4j.core.selfassessment.TestAttempt", "org.isms4j.core.selfassessment.TestRecord");
    }
}
