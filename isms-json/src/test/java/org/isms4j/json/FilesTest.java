package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file overloads: a document written to a file is the bytes the string overload writes, and
 * reads back equal; a missing file is the file's failure, a bad document the reader's.
 */
class FilesTest {

    private static final IsmsJson JSON = IsmsJson.strict();

    @TempDir
    Path dir;

    @Test
    void everyDocument_writtenToAFile_isTheStringsBytes_andReadsBackEqual() throws Exception {
        Path file = dir.resolve("document.json");
        RiskModel model = Fixtures.customModel();
        JSON.writeRiskModel(model, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(JSON.writeRiskModel(model));
        assertThat(JSON.readRiskModel(file)).isEqualTo(model);

        AssetInventory inventory = Fixtures.quickApproachInventory();
        JSON.writeAssetInventory(inventory, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(JSON.writeAssetInventory(inventory));
        assertThat(JSON.readAssetInventory(file)).isEqualTo(inventory);
        assertThat(JSON.readAssetInventory(file, RiskModel.standard().ciaScales())).isEqualTo(inventory);

        RiskRegister register = Fixtures.canonicalRegister();
        JSON.writeRiskRegister(register, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(JSON.writeRiskRegister(register));
        assertThat(JSON.readRiskRegister(file, register.model())).isEqualTo(register);

        TreatmentPlan plan = CanonicalFixture.plan();
        JSON.writeTreatmentPlan(plan, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(JSON.writeTreatmentPlan(plan));
        assertThat(JSON.readTreatmentPlan(file)).isEqualTo(plan);

        StatementOfApplicability soa = Fixtures.canonicalSoa();
        JSON.writeStatementOfApplicability(soa, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(JSON.writeStatementOfApplicability(soa));
        assertThat(JSON.readStatementOfApplicability(file)).isEqualTo(soa);

        JSON.writeAnnexACatalogue(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(JSON.writeAnnexACatalogue());
    }

    @Test
    void readingAMissingFile_isTheFilesFailure() {
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> JSON.readRiskModel(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(NoSuchFileException.class);
    }

    @Test
    void readingABadFile_isTheReadersFailure_withItsPath() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, JSON.writeRiskModel(RiskModel.standard()).replaceFirst("\"max\": 3", "\"max\": 11"));
        assertThatThrownBy(() -> JSON.readRiskModel(file))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.ciaScales.confidentiality.max: Invalid value for scale maximum (valid values 0 - 10): 11");
    }

    @Test
    void writingToADirectory_isTheFilesFailure() {
        assertThatThrownBy(() -> JSON.writeRiskModel(RiskModel.standard(), dir))
                .isInstanceOf(UncheckedIOException.class);
    }
}
