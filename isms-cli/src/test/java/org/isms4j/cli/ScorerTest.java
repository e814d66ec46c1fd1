package org.isms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.isms4j.core.CiaRating;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.json.IsmsJson;
import org.junit.jupiter.api.Test;

/**
 * The scorer over every combination the standard model allows: each of the 27 ratings of an asset
 * with each threat and vulnerability (3 × 3), and each with a likelihood given directly: with
 * importance, likelihood, level and priority taken out, scoring gives back the register the
 * library writes.
 */
class ScorerTest {

    @Test
    void everyRatingThreatAndVulnerability_scoredBackToTheLibrarysRegister() throws IOException {
        RiskModel model = RiskModel.standard();
        List<Asset> assets = new ArrayList<>();
        List<AssessedRisk> risks = new ArrayList<>();
        int number = 0;
        for (int c = 1; c <= 3; c++) {
            for (int i = 1; i <= 3; i++) {
                for (int a = 1; a <= 3; a++) {
                    assets.add(Asset.of(assets.size() + 1, "asset " + (assets.size() + 1), CiaRating.of(c, i, a)));
                }
            }
        }
        AssetInventory inventory = AssetInventory.of(assets);
        for (Asset asset : assets) {
            for (int threat = 1; threat <= 3; threat++) {
                for (int vulnerability = 1; vulnerability <= 3; vulnerability++) {
                    Risk risk = Risk.newBuilder().number(++number).assetNumbers(List.of(asset.number()))
                            .riskSource("source").impactArea("area").event("event")
                            .lostProperties(SecurityProperty.CONFIDENTIALITY).build();
                    risks.add(AssessedRisk.of(risk, RiskEvaluation.of(model, inventory, risk, threat, vulnerability)));
                }
                Risk risk = Risk.newBuilder().number(++number).assetNumbers(List.of(asset.number()))
                        .riskSource("source").impactArea("area").event("event")
                        .lostProperties(SecurityProperty.INTEGRITY).build();
                risks.add(AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, asset.importance(), threat)));
            }
        }
        String written = IsmsJson.strict().writeRiskRegister(RiskRegister.of(model, inventory, risks));
        com.fasterxml.jackson.databind.JsonNode tree = Fixture.MAPPER.readTree(Fixture.unscored(written));
        for (com.fasterxml.jackson.databind.JsonNode risk : tree.get("risks")) {
            com.fasterxml.jackson.databind.node.ObjectNode first =
                    (com.fasterxml.jackson.databind.node.ObjectNode) risk.get("firstEvaluation");
            if (first.has("threat")) {
                first.remove("likelihood");
            }
        }
        String unscored = Fixture.MAPPER.writeValueAsString(tree);
        assertThat(unscored).doesNotContain("\"level\"", "\"priority\"", "\"assetImportance\"");
        ByteArrayOutputStream scored = new ByteArrayOutputStream();
        long rows = new RegisterScorer(model).fill(new ByteArrayInputStream(unscored.getBytes(StandardCharsets.UTF_8)),
                scored, bytes -> { });
        assertThat(rows).isEqualTo(27 * 12);
        assertThat(Fixture.MAPPER.readTree(scored.toByteArray())).isEqualTo(Fixture.MAPPER.readTree(written));
    }
}
