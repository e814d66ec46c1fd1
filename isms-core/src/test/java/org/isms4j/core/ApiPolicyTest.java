package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
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
            "Checks.distinct(String, String, Iterable)#values",
            // The generated copy of the lead's RiskRegister throws Immutables' own NPE ("iterable").
            "RiskRegister.withRisks(Iterable)#risks");

    /** Five control characters, a lone surrogate and a million characters more. */
    static final String HOSTILE = "5.12\r\nINFO forged log line\u0000\u2028\uD800" + "x".repeat(1_000_000);

    private static ApiWalker walker() {
        return ApiWalker.ofModule(Path.of("")).sample(org.isms4j.core.register.RiskRegister.class,
                CanonicalFixture.treated()).sample(org.isms4j.core.plan.TreatmentPlan.class, CanonicalFixture.plan())
                .sample(org.isms4j.core.asset.AssetInventory.class, CanonicalFixture.inventory())
                .sample(org.isms4j.core.risk.Risk.class, CanonicalFixture.risks().get(0));
    }

    @Test
    void everyReferenceParameter_rejectsNullNamingIt() {
        ApiWalker walker = walker();
        assertThat(walker.executables()).hasSizeGreaterThan(300);
        assertThat(walker.nullPolicyViolations(NULLABLE)).isEmpty();
    }

    @Test
    void everyTextParameter_echoesHostileTextShortAndOnOneLine() {
        assertThat(walker().echoViolations(HOSTILE, 1000)).isEmpty();
    }

    /**
     * The types the walk has no sample of yet, so that the methods taking them or called on them
     * are not walked: the self-assessment records and the scorer. A new type without a sample
     * fails here; register one in {@link #walker()}.
     */
    @Test
    void theTypesNotWalked_areTheKnownOnes() {
        assertThat(walker().missingSamples()).containsExactlyInAnyOrder("java.lang.Class", "java.lang.Throwable",
                "java.util.function.Predicate", "org.isms4j.core.InvalidRatingException",
                "org.isms4j.core.quick.IncidentCase", "org.isms4j.core.quick.ScoredAsset",
                "org.isms4j.core.report.ReportTable", "org.isms4j.core.risk.InvalidEvaluationException",
                "org.isms4j.core.scoring.ColumnarScorer", "org.isms4j.core.selfassessment.Aggregation",
                "org.isms4j.core.selfassessment.AnswerKey", "org.isms4j.core.selfassessment.AnswerSheet",
                "org.isms4j.core.selfassessment.CombinedAnswer", "org.isms4j.core.selfassessment.MeasureDecision",
                "org.isms4j.core.selfassessment.MeasurePlan", "org.isms4j.core.selfassessment.PartScore",
                "org.isms4j.core.selfassessment.ScoreBand", "org.isms4j.core.selfassessment.ScoreBands",
                "org.isms4j.core.selfassessment.ScoredAnswer", "org.isms4j.core.selfassessment.SelfAssessmentResult",
                "org.isms4j.core.selfassessment.TestAttempt", "org.isms4j.core.selfassessment.TestRecord");
    }
}
