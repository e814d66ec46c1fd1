package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
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
    void riskRegister_streamingWriterWritesTheSameBytes() {
        qt().withExamples(100).forAll(Generators.registers()).checkAssert(register -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (RiskRegisterWriter writer = PRETTY.riskRegisterWriter(out, register.model())) {
                register.entries().forEach(writer::write);
            }
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(PRETTY.writeRiskRegister(register));
        });
    }
}
