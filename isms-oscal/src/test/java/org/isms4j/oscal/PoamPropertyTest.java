package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriteria;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRules;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * For generated registers under generated risk models (3 × 3 to 5 × 5, ids a URI must escape), the POA&amp;M is schema-valid and each risk's facets are its evaluations, in the
 * naming system of the model's id and version.
 */
class PoamPropertyTest {

    private static final JsonSchema POAM = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(SchemaLocation.of("classpath:schema/json/oscal-poam_schema.json"));

    private static int draw(RandomnessSource in, RatingScale scale) {
        return integers().between(scale.min(), scale.max()).generate(in);
    }

    /**
     * An n × n model, n of 3 - 5: likelihood the lower of threat and vulnerability, level the
     * product, priority 1 from n², 2 from n; its id with text a URI must escape.
     */
    static RiskModel model(int n, String id) {
        RatingScale scale = RatingScale.of(1, n);
        int[][] rows = new int[n][n];
        for (int t = 0; t < n; t++) {
            for (int v = 0; v < n; v++) {
                rows[t][v] = Math.min(t, v) + 1;
            }
        }
        return RiskModel.newBuilder().id(id).version("2026-04 r" + n).ciaScales(CiaScales.of(scale))
                .importanceScale(scale).likelihoodTable(LikelihoodTable.of(scale, scale, scale, rows))
                .levelRule(RiskLevelRules.product())
                .acceptanceCriteria(AcceptanceCriteria.of(List.of(AcceptanceThreshold.of(n * n, "早急に対応", "treat immediately"), AcceptanceThreshold.of(n, "今期中に対応", "treat within this term")), "受容範囲", "acceptable"))
                .importantAssetCriterion(ImportantAssetCriteria.anyRatingAtTop()).build();
    }

    /** A register of 1 - 6 risks, one asset each, a second evaluation on some. */
    static Gen<RiskRegister> registers() {
        return in -> {
            RiskModel model = model(integers().between(3, 5).generate(in),
                    "組織 model/" + integers().between(1, 9).generate(in));
            CiaScales scales = model.ciaScales();
            RatingScale likelihood = model.likelihoodTable().likelihoodScale();
            List<Asset> assets = new ArrayList<>();
            List<AssessedRisk> rows = new ArrayList<>();
            int count = integers().between(1, 6).generate(in);
            for (int k = 1; k <= count; k++) {
                CiaRating rating = CiaRating.of(draw(in, scales.scaleOf(SecurityProperty.CONFIDENTIALITY)),
                        draw(in, scales.scaleOf(SecurityProperty.INTEGRITY)),
                        draw(in, scales.scaleOf(SecurityProperty.AVAILABILITY)), scales);
                assets.add(Asset.of(k, "asset " + k, rating));
                Risk risk = Risk.newBuilder().number(k).assetNumbers(List.of(k)).riskSource("source " + k)
                        .impactArea("area").event("event\n" + k).lostProperties(SecurityProperty.INTEGRITY).build();
                AssessedRisk row = AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, rating.importance(),
                        draw(in, likelihood)));
                if (integers().between(0, 1).generate(in) == 1) {
                    row = row.withSecond(RiskEvaluation.ofLikelihood(model, draw(in, model.importanceScale()),
                            draw(in, likelihood)));
                }
                rows.add(row);
            }
            return RiskRegister.of(model, AssetInventory.of(assets), rows);
        };
    }

    private static void assertFacets(JsonNode characterization, RiskEvaluation evaluation) {
        List<String> facets = new ArrayList<>();
        for (JsonNode facet : characterization.path("facets")) {
            facets.add(facet.path("name").asText() + "=" + facet.path("value").asText());
            URI system = URI.create(facet.path("system").asText());
            assertThat(system.isAbsolute()).isTrue();
            String[] segments = system.getRawPath().split("/");
            assertThat(URLDecoder.decode(segments[segments.length - 2], StandardCharsets.UTF_8))
                    .isEqualTo(evaluation.modelId());
            assertThat(URLDecoder.decode(segments[segments.length - 1], StandardCharsets.UTF_8))
                    .isEqualTo(evaluation.modelVersion());
        }
        assertThat(facets).containsExactly("importance=" + evaluation.importance(),
                "likelihood=" + evaluation.likelihood(), "risk-level=" + evaluation.level(),
                "priority=" + evaluation.priority().code());
    }

    @Test
    void facets_areTheEvaluations_andThePoamIsValid() {
        qt().withExamples(60).forAll(registers()).checkAssert(register -> {
            String json = Documents.OSCAL.poam("Example Corp.", register, TreatmentPlan.of(List.of()));
            JsonNode tree = Documents.tree(json);
            assertThat(POAM.validate(tree)).isEmpty();
            JsonNode risks = tree.path("plan-of-action-and-milestones").path("risks");
            assertThat(risks).hasSize(register.risks().size());
            for (int k = 0; k < risks.size(); k++) {
                AssessedRisk row = register.risks().get(k);
                JsonNode characterizations = risks.path(k).path("characterizations");
                assertThat(characterizations).hasSize(row.second().isPresent() ? 2 : 1);
                assertFacets(characterizations.path(0), row.first());
                row.second().ifPresent(second -> assertFacets(characterizations.path(1), second));
            }
        });
    }
}
