package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.Generators;
import org.junit.jupiter.api.Test;

/** Nothing is lost: write → read gives an equal object, write → read → write identical bytes. */
class RoundTripTest {

    private static final IsmsJson PRETTY = IsmsJson.strict();
    private static final IsmsJson COMPACT = IsmsJson.strict().compact();

    @Test
    void riskModel_roundTrips() {
        qt().withExamples(300).forAll(Generators.models()).checkAssert(model -> {
            for (IsmsJson json : new IsmsJson[] {PRETTY, COMPACT}) {
                String written = json.writeRiskModel(model);
                RiskModel read = json.readRiskModel(written);
                assertThat(read).isEqualTo(model);
                assertThat(json.writeRiskModel(read)).isEqualTo(written);
            }
        });
    }

    @Test
    void assetInventory_roundTrips() {
        qt().withExamples(200).forAll(Generators.inventories()).checkAssert(inventory -> {
            for (IsmsJson json : new IsmsJson[] {PRETTY, COMPACT}) {
                String written = json.writeAssetInventory(inventory);
                AssetInventory read = json.readAssetInventory(written);
                assertThat(read).isEqualTo(inventory);
                assertThat(json.writeAssetInventory(read)).isEqualTo(written);
            }
        });
    }

    @Test
    void riskRegister_roundTrips() {
        qt().withExamples(200).forAll(Generators.registers()).checkAssert(register -> {
            for (IsmsJson json : new IsmsJson[] {PRETTY, COMPACT}) {
                String written = json.writeRiskRegister(register);
                RiskRegister read = json.readRiskRegister(written, register.model());
                assertThat(read).isEqualTo(register);
                assertThat(json.writeRiskRegister(read)).isEqualTo(written);
            }
        });
    }

    @Test
    void riskRegister_streamingWriterWritesTheSameBytesAndTheReaderReadsTheSameRows() {
        qt().withExamples(100).forAll(Generators.registers()).checkAssert(register -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (RiskRegisterWriter writer = register.approval().isPresent()
                    ? PRETTY.riskRegisterWriter(out, register.model(), register.inventory(), register.approval().get())
                    : PRETTY.riskRegisterWriter(out, register.model(), register.inventory())) {
                register.risks().forEach(writer::write);
            }
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(PRETTY.writeRiskRegister(register));
            List<AssessedRisk> rows = new ArrayList<>();
            try (RiskRegisterReader reader = PRETTY.riskRegisterReader(new ByteArrayInputStream(out.toByteArray()),
                    register.model())) {
                assertThat(reader.inventory()).isEqualTo(register.inventory());
                assertThat(reader.approval()).isEqualTo(register.approval());
                reader.forEachRemaining(rows::add);
            }
            assertThat(rows).isEqualTo(register.risks());
        });
    }

    @Test
    void treatmentPlan_roundTrips() {
        qt().withExamples(200).forAll(Generators.plans()).checkAssert(plan -> {
            for (IsmsJson json : new IsmsJson[] {PRETTY, COMPACT}) {
                String written = json.writeTreatmentPlan(plan);
                TreatmentPlan read = json.readTreatmentPlan(written);
                assertThat(read).isEqualTo(plan);
                assertThat(json.writeTreatmentPlan(read)).isEqualTo(written);
            }
        });
    }

    @Test
    void statementOfApplicability_roundTrips() {
        qt().withExamples(200).forAll(Generators.soas()).checkAssert(soa -> {
            for (IsmsJson json : new IsmsJson[] {PRETTY, COMPACT}) {
                String written = json.writeStatementOfApplicability(soa);
                StatementOfApplicability read = json.readStatementOfApplicability(written);
                assertThat(read).isEqualTo(soa);
                assertThat(json.writeStatementOfApplicability(read)).isEqualTo(written);
            }
        });
    }
}
