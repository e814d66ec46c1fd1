package org.isms4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The bundled example the isms4j command's walkthrough reads ({@code example-register.json} and
 * {@code example-plan.json} beside {@link CanonicalRegister}): what the library writes for the
 * register {@link ComprehensiveApproachExample} builds, and the schema's canonical example.
 */
class BundledExampleTest {

    @Test
    void bundledFiles_areWhatTheLibraryWritesForTheCanonicalRegister() throws Exception {
        org.isms4j.json.IsmsJson json = org.isms4j.json.IsmsJson.strict();
        org.isms4j.core.RiskModel model = org.isms4j.core.RiskModel.standard();
        try (java.io.InputStream register = CanonicalRegister.class.getResourceAsStream("example-register.json");
                java.io.InputStream plan = CanonicalRegister.class.getResourceAsStream("example-plan.json")) {
            assertThat(new String(register.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(json.writeRiskRegister(CanonicalRegister.treated(model)));
            assertThat(new String(plan.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(json.writeTreatmentPlan(CanonicalRegister.plan()));
        }
    }

    @Test
    void bundledExample_isTheSchemaExample() throws Exception {
        // The register and plan of docs/schema/examples are written from the tests' fixture of the
        // canonical example (isms-testkit's CanonicalFixture); the bundled ones are built apart from it,
        // by ComprehensiveApproachExample. They differ only where the schema example shows more of the
        // format: risk 3's consequence and threat × vulnerability, and no cause for risk 2.
        org.isms4j.core.RiskModel model = org.isms4j.core.RiskModel.standard();
        java.nio.file.Path file = java.nio.file.Path.of("../schema/examples/risk-register.canonical.json");
        org.isms4j.core.register.RiskRegister schemaExample = org.isms4j.json.IsmsJson.strict()
                .readRiskRegister(java.nio.file.Files.readString(file), model);
        org.isms4j.core.register.RiskRegister bundled = CanonicalRegister.treated(model);
        assertThat(bundled.inventory()).isEqualTo(schemaExample.inventory());
        assertThat(bundled.approval()).isEqualTo(schemaExample.approval());
        assertThat(bundled.risks()).hasSameSizeAs(schemaExample.risks());
        for (int i = 0; i < bundled.risks().size(); i++) {
            org.isms4j.core.register.AssessedRisk ours = bundled.risks().get(i);
            org.isms4j.core.register.AssessedRisk theirs = schemaExample.risks().get(i);
            assertThat(ours.risk().withCause(theirs.risk().cause()).withConsequence(theirs.risk().consequence()))
                    .isEqualTo(theirs.risk());
            assertThat(ours.first().score()).isEqualTo(theirs.first().score());
            assertThat(ours.treatment()).isEqualTo(theirs.treatment());
            assertThat(ours.second()).isEqualTo(theirs.second());
            assertThat(ours.acceptance()).isEqualTo(theirs.acceptance());
        }
        assertThat(CanonicalRegister.plan()).isEqualTo(org.isms4j.json.IsmsJson.strict().readTreatmentPlan(
                java.nio.file.Files.readString(file.resolveSibling("treatment-plan.canonical.json"))));
    }
}
