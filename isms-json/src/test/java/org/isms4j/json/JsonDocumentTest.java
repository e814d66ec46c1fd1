package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isms4j.core.RiskModel;
import org.isms4j.testkit.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** A document read and written through its kind is the document of the named methods, byte for byte. */
class JsonDocumentTest {

    private static final IsmsJson JSON = IsmsJson.strict();

    @Test
    void eachKind_writesTheBytesOfItsNamedMethod_andReadsThemBack(@TempDir Path dir) throws Exception {
        check(JsonDocument.RISK_MODEL, Generators.models(), JSON::writeRiskModel, dir);
        check(JsonDocument.ASSET_INVENTORY, Generators.inventories(), JSON::writeAssetInventory, dir);
        check(JsonDocument.TREATMENT_PLAN, Generators.plans(), JSON::writeTreatmentPlan, dir);
        check(JsonDocument.STATEMENT_OF_APPLICABILITY, Generators.soas(), JSON::writeStatementOfApplicability, dir);
    }

    @Test
    void iso2013StatementOfApplicability_writesAndReadsBackEveryGeneratedOne(@TempDir Path dir) throws Exception {
        // A document without a named method: the kind's own write is the reference.
        check(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, Generators.iso2013Soas(),
                soa -> JSON.write(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, soa), dir);
        assertThat(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY)
                .hasToString("isms4j.statement-of-applicability-2013 (SoaMigration)");
    }

    @Test
    void gapConsiderations_writeAndReadBackEveryGeneratedOne_throughStringsStreamsAndFiles(@TempDir Path dir)
            throws Exception {
        check(JsonDocument.GAP_CONSIDERATIONS, Generators.considerations(),
                considerations -> JSON.write(JsonDocument.GAP_CONSIDERATIONS, considerations), dir);
    }

    @Test
    void iso2013StatementOfApplicability_rejectsA2022IdAndA2022Document() {
        String document = "{\"format\": \"isms4j.statement-of-applicability-2013\", \"formatVersion\": 1, "
                + "\"decisions\": {\"5.12\": {\"applicability\": \"applicable\"}}}";
        assertThatThrownBy(() -> JSON.read(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, document))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.decisions['5.12']: Unknown ISO/IEC 27001:2013 control: '5.12' (valid ids A.5.1.1 - A.18.2.3)");
        String soa2022 = JSON.writeStatementOfApplicability(org.isms4j.testkit.Fixtures.canonicalSoa());
        assertThatThrownBy(() -> JSON.read(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, soa2022))
                .isInstanceOf(IsmsJsonException.class).hasMessageContaining("isms4j.statement-of-applicability-2013");
        String written = JSON.write(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY,
                org.isms4j.testkit.Fixtures.iso2013Soa());
        assertThatThrownBy(() -> JSON.readStatementOfApplicability(written)).isInstanceOf(IsmsJsonException.class);
    }

    private static <T> void check(JsonDocument<T> kind, Gen<T> values, java.util.function.Function<T, String> named,
            Path dir) throws Exception {
        Path file = dir.resolve("document.json");
        qt().withExamples(50).forAll(values).checkAssert(value -> {
            String written = JSON.write(kind, value);
            assertThat(written).isEqualTo(named.apply(value)).contains("\"format\": \"" + kind.format() + "\"");
            assertThat(JSON.read(kind, written)).isEqualTo(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.write(kind, value, out);
            assertThat(JSON.read(kind, new ByteArrayInputStream(out.toByteArray()))).isEqualTo(value);
            JSON.write(kind, value, file);
            assertThat(JSON.read(kind, file)).isEqualTo(value);
            try {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(written);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aDocumentOfAnotherKind_isRejectedByItsFormat() {
        String model = JSON.write(JsonDocument.RISK_MODEL, RiskModel.standard());
        assertThatThrownBy(() -> JSON.read(JsonDocument.TREATMENT_PLAN, model))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessageContaining("format");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aValueOfTheWrongType_isRejectedNamingTheDocument() {
        JsonDocument raw = JsonDocument.TREATMENT_PLAN;
        assertThatThrownBy(() -> JSON.write(raw, RiskModel.standard()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for value (a TreatmentPlan for the document isms4j.treatment-plan): a "
                        + RiskModel.standard().getClass().getName());
    }

    @Test
    void nulls_areRejectedNamingTheParameter() {
        assertThatThrownBy(() -> JSON.read(null, "{}")).hasMessage("document");
        assertThatThrownBy(() -> JSON.read(JsonDocument.RISK_MODEL, (String) null)).hasMessage("json");
        assertThatThrownBy(() -> JSON.write(JsonDocument.RISK_MODEL, null)).hasMessage("value");
        assertThatThrownBy(() -> JSON.write(null, RiskModel.standard())).hasMessage("document");
    }

    @Test
    void toString_namesTheFormatAndType() {
        assertThat(JsonDocument.RISK_MODEL).hasToString("isms4j.risk-model (RiskModel)");
        assertThat(JsonDocument.RISK_MODEL.type()).isEqualTo(RiskModel.class);
    }
}
