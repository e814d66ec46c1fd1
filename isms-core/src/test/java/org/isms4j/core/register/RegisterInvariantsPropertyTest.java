package org.isms4j.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.isms4j.core.CiaRating;
import org.isms4j.core.InvalidRatingException;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.RiskModelGenerators;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.risk.EvaluationField;
import org.isms4j.core.risk.EvaluationStage;
import org.isms4j.core.risk.InvalidEvaluationException;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.risk.RiskEvaluationBuilder;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A register holds, however it is built, only evaluations its model gives and ratings on the
 * model's scales, over generated models: every evaluation the model can give is accepted and
 * the heat maps count it; every one it cannot give is rejected naming the risk, the stage and the
 * field that differs; every rating off a scale is rejected naming the asset and the property.
 */
class RegisterInvariantsPropertyTest {

    private static int draw(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static int onScale(RandomnessSource in, RatingScale scale) {
        return draw(in, scale.min(), scale.max());
    }

    /** A value off a scale within 0 - 10, or -1 when the scale covers 0 - 10. */
    private static int offScale(RandomnessSource in, RatingScale scale) {
        List<Integer> off = new ArrayList<>();
        for (int v = RatingScale.LOWEST; v <= RatingScale.HIGHEST; v++) {
            if (!scale.contains(v)) {
                off.add(v);
            }
        }
        return off.isEmpty() ? -1 : off.get(draw(in, 0, off.size() - 1));
    }

    /** An evaluation's inputs as the model would score them, over an asset with a rating. */
    record Inputs(CiaRating rating, OptionalInt override, OptionalInt threat, OptionalInt vulnerability,
            int likelihood) {

        static Inputs draw(RandomnessSource in, RiskModel model) {
            CiaRating rating = CiaRating.of(onScale(in, model.ciaScales().confidentiality()),
                    onScale(in, model.ciaScales().integrity()), onScale(in, model.ciaScales().availability()),
                    model.ciaScales());
            OptionalInt override = RegisterInvariantsPropertyTest.draw(in, 0, 1) == 0 ? OptionalInt.empty()
                    : OptionalInt.of(onScale(in, model.importanceScale()));
            if (RegisterInvariantsPropertyTest.draw(in, 0, 1) == 0) {
                int threat = onScale(in, model.likelihoodTable().threatScale());
                int vulnerability = onScale(in, model.likelihoodTable().vulnerabilityScale());
                return new Inputs(rating, override, OptionalInt.of(threat), OptionalInt.of(vulnerability),
                        model.likelihood(threat, vulnerability));
            }
            return new Inputs(rating, override, OptionalInt.empty(), OptionalInt.empty(),
                    onScale(in, model.likelihoodTable().likelihoodScale()));
        }

        int importance() {
            return override.orElse(rating.importance());
        }

        Score score(RiskModel model) {
            return threat.isPresent() ? model.score(importance(), threat.getAsInt(), vulnerability.getAsInt())
                    : model.scoreOfLikelihood(importance(), likelihood);
        }

        /** The evaluation as recorded, with the score given. */
        RiskEvaluation evaluation(RiskModel model, int assetImportance, Score score) {
            RiskEvaluationBuilder builder = RiskEvaluation.newBuilder().scoredBy(model)
                    .assetImportance(assetImportance).score(score);
            override.ifPresent(builder::importanceOverride);
            threat.ifPresent(builder::threat);
            vulnerability.ifPresent(builder::vulnerability);
            return builder.build();
        }

        RiskEvaluation evaluation(RiskModel model) {
            return evaluation(model, rating.importance(), score(model));
        }
    }

    /** A register of one to five risks, each over its own asset, with a first and maybe a second evaluation. */
    record Valid(RiskModel model, List<Inputs> first, List<Inputs> second) {}

    private static Gen<Valid> validRegisters() {
        return in -> {
            RiskModel model = RiskModelGenerators.models().generate(in);
            int size = draw(in, 1, 5);
            List<Inputs> first = new ArrayList<>();
            List<Inputs> second = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Inputs inputs = Inputs.draw(in, model);
                first.add(inputs);
                Inputs after = Inputs.draw(in, model);
                // The second evaluation keeps the assets' importance; the assessor re-rates with an override.
                second.add(draw(in, 0, 1) == 0 ? null
                        : new Inputs(inputs.rating(), after.override(), after.threat(), after.vulnerability(),
                                after.likelihood()));
            }
            return new Valid(model, first, second);
        };
    }

    private static RiskRegister register(RiskModel model, List<CiaRating> ratings, List<RiskEvaluation> first,
            List<RiskEvaluation> second) {
        List<Asset> assets = new ArrayList<>();
        List<AssessedRisk> rows = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            assets.add(Asset.of(i + 1, "asset " + (i + 1), ratings.get(i)));
        }
        for (int i = 0; i < first.size(); i++) {
            AssessedRisk row = AssessedRisk.of(Risk.newBuilder().number(i + 1).assetNumbers(List.of(i + 1))
                    .riskSource("source").impactArea("area").event("event")
                    .lostProperties(SecurityProperty.CONFIDENTIALITY).build(), first.get(i));
            rows.add(second.get(i) == null ? row : row.withSecond(second.get(i)));
        }
        return RiskRegister.of(model, AssetInventory.of(assets), rows);
    }

    @Test
    void of_acceptsEveryEvaluationTheModelGives_andTheHeatMapsCountEachRisk() {
        qt().withExamples(400).forAll(validRegisters()).checkAssert(valid -> {
            RiskModel model = valid.model();
            List<CiaRating> ratings = new ArrayList<>();
            List<RiskEvaluation> first = new ArrayList<>();
            List<RiskEvaluation> second = new ArrayList<>();
            for (int i = 0; i < valid.first().size(); i++) {
                ratings.add(valid.first().get(i).rating());
                first.add(valid.first().get(i).evaluation(model));
                second.add(valid.second().get(i) == null ? null : valid.second().get(i).evaluation(model));
            }
            RiskRegister register = register(model, ratings, first, second);
            HeatMap before = register.heatMapBefore();
            HeatMap after = register.heatMapAfter();
            assertThat(before.total()).isEqualTo(first.size());
            assertThat(after.total()).isEqualTo(first.size());
            for (AssessedRisk row : register.risks()) {
                assertThat(before.count(row.first().importance(), row.first().likelihood())).isPositive();
                assertThat(after.count(row.residual().importance(), row.residual().likelihood())).isPositive();
            }
            assertThat(register.inventory().importantAssets(model)).hasSizeLessThanOrEqualTo(first.size());
            assertThat(register.withApproval(Approval.drafted("a", LocalDate.of(2024, 1, 1))).risks())
                    .isEqualTo(register.risks());
        });
    }

    /** A valid register of one risk and one evaluation made wrong in one field. */
    record Broken(RiskModel model, Inputs first, Inputs second, EvaluationStage stage, EvaluationField field,
            RiskEvaluation wrong) {

        RiskRegister build() {
            RiskEvaluation good = first.evaluation(model);
            List<RiskEvaluation> firsts = List.of(stage == EvaluationStage.FIRST ? wrong : good);
            List<RiskEvaluation> seconds = new ArrayList<>();
            seconds.add(stage == EvaluationStage.SECOND ? wrong : null);
            return register(model, List.of(first.rating()), firsts, seconds);
        }
    }

    private static Gen<Broken> brokenRegisters() {
        return in -> {
            RiskModel model = RiskModelGenerators.models().generate(in);
            Inputs first = Inputs.draw(in, model);
            Inputs after = Inputs.draw(in, model);
            Inputs second = new Inputs(first.rating(), after.override(), after.threat(), after.vulnerability(),
                    after.likelihood());
            EvaluationStage stage = EvaluationStage.values()[draw(in, 0, 1)];
            Inputs target = stage == EvaluationStage.FIRST ? first : second;
            EvaluationField field = EvaluationField.values()[draw(in, 0, EvaluationField.values().length - 1)];
            RiskEvaluation wrong = wrong(in, model, target, field);
            return wrong == null ? null : new Broken(model, first, second, stage, field, wrong);
        };
    }

    /** An evaluation of the inputs wrong in one field, or null where the model leaves no wrong value. */
    private static RiskEvaluation wrong(RandomnessSource in, RiskModel model, Inputs inputs, EvaluationField field) {
        Score score = inputs.score(model);
        int assetImportance = inputs.rating().importance();
        switch (field) {
            case MODEL:
                return inputs.evaluation(model.withIdAndVersion(model.id(), model.version() + "b"), assetImportance,
                        score);
            case ASSET_IMPORTANCE: {
                int off = offScale(in, model.importanceScale());
                return off < 0 ? null : new Inputs(inputs.rating(), OptionalInt.empty(), inputs.threat(),
                        inputs.vulnerability(), inputs.likelihood()).evaluation(model, off, Score.of(off,
                                score.likelihood(), score.level(), score.priority()));
            }
            case IMPORTANCE_OVERRIDE: {
                int off = offScale(in, model.importanceScale());
                return off < 0 ? null : new Inputs(inputs.rating(), OptionalInt.of(off), inputs.threat(),
                        inputs.vulnerability(), inputs.likelihood()).evaluation(model, assetImportance, Score.of(off,
                                score.likelihood(), score.level(), score.priority()));
            }
            case IMPORTANCE:
                // The score's importance must be the evaluation's: the rule is the evaluation's own.
                return null;
            case THREAT:
            case VULNERABILITY: {
                RatingScale scale = field == EvaluationField.THREAT ? model.likelihoodTable().threatScale()
                        : model.likelihoodTable().vulnerabilityScale();
                int off = draw(in, 0, 1) == 0 ? scale.min() - 1 : scale.max() + 1;
                int threat = field == EvaluationField.THREAT ? off : onScale(in, model.likelihoodTable().threatScale());
                int vulnerability = field == EvaluationField.VULNERABILITY ? off
                        : onScale(in, model.likelihoodTable().vulnerabilityScale());
                return new Inputs(inputs.rating(), inputs.override(), OptionalInt.of(threat),
                        OptionalInt.of(vulnerability), score.likelihood()).evaluation(model, assetImportance, score);
            }
            case LIKELIHOOD: {
                if (inputs.threat().isPresent()) {
                    RatingScale scale = model.likelihoodTable().likelihoodScale();
                    int other = onScale(in, scale);
                    if (other == score.likelihood()) {
                        other = other == scale.max() ? scale.min() : other + 1;
                    }
                    return inputs.evaluation(model, assetImportance, Score.of(score.importance(), other,
                            score.level(), score.priority()));
                }
                int off = offScale(in, model.likelihoodTable().likelihoodScale());
                return off < 0 ? null : inputs.evaluation(model, assetImportance, Score.of(score.importance(), off,
                        score.level(), score.priority()));
            }
            case LEVEL: {
                int level = draw(in, 0, 99);
                level = level >= score.level() ? level + 1 : level;
                return inputs.evaluation(model, assetImportance, Score.of(score.importance(), score.likelihood(),
                        level, score.priority()));
            }
            default: {
                List<Priority> others = new ArrayList<>(model.acceptanceCriteria().priorities());
                others.add(model.acceptanceCriteria().acceptable());
                others.remove(score.priority());
                return inputs.evaluation(model, assetImportance, Score.of(score.importance(), score.likelihood(),
                        score.level(), others.get(draw(in, 0, others.size() - 1))));
            }
        }
    }

    @Test
    void of_rejectsEveryEvaluationTheModelCannotGive_namingTheRiskTheStageAndTheField() {
        qt().withExamples(1000).forAll(brokenRegisters().assuming(broken -> broken != null)).checkAssert(broken -> {
            InvalidEvaluationException e = catchThrowableOfType(InvalidEvaluationException.class, broken::build);
            assertThat(e).as("%s of %s", broken.field(), broken.stage()).isNotNull();
            assertThat(e.field()).isEqualTo(broken.field());
            assertThat(e.stage()).hasValue(broken.stage());
            assertThat(e.riskNumber()).hasValue(1);
            assertThat(e.getMessage()).contains(broken.field() == EvaluationField.MODEL ? "scored by"
                    : broken.field().getDisplayName(Locale.ENGLISH));
        });
    }

    /** A model, an asset rating on its scales, and one property of it moved off its scale. */
    record OffScale(RiskModel model, CiaRating valid, SecurityProperty property, int value) {}

    @Test
    void of_rejectsEveryInventoryRatingOffTheModelsScales_namingTheAssetAndTheProperty() {
        Gen<OffScale> cases = in -> {
            RiskModel model = RiskModelGenerators.models().generate(in);
            Inputs inputs = Inputs.draw(in, model);
            SecurityProperty property = SecurityProperty.values()[draw(in, 0, 2)];
            int off = offScale(in, model.ciaScales().scaleOf(property));
            return new OffScale(model, inputs.rating(), property, off);
        };
        qt().withExamples(500).forAll(cases.assuming(c -> c.value() >= 0)).checkAssert(c -> {
            int[] values = {c.valid().confidentiality(), c.valid().integrity(), c.valid().availability()};
            values[List.of(SecurityProperty.values()).indexOf(c.property())] = c.value();
            CiaRating recorded = CiaRating.ofRecord(values[0], values[1], values[2]);
            AssetInventory inventory = AssetInventory.of(Asset.of(1, "good", c.valid()), Asset.of(7, "bad", recorded));
            InvalidRatingException e = catchThrowableOfType(InvalidRatingException.class,
                    () -> RiskRegister.of(c.model(), inventory, List.of()));
            RatingScale scale = c.model().ciaScales().scaleOf(c.property());
            assertThat(e).isNotNull();
            assertThat(e.property()).isEqualTo(c.property());
            assertThat(e.assetNumber()).hasValue(7);
            assertThat(e).hasMessage("Invalid rating of asset 7: Invalid value for %s (valid values %d - %d): %d",
                    c.property().code(), scale.min(), scale.max(), c.value());
        });
    }
}
