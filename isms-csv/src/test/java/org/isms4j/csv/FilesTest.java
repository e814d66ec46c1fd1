package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file overloads: a table written to a file is the bytes the stream overload writes (with
 * the byte order mark when asked), and reads back equal; a missing file is the file's failure, a
 * bad table the reader's.
 */
class FilesTest {

    private static final IsmsCsv JA = IsmsCsv.japanese();
    private static final IsmsCsv EN = IsmsCsv.english().withByteOrderMark();

    @TempDir
    Path dir;

    @Test
    void everyTable_writtenToAFile_isTheStringsBytes_andReadsBackEqual() throws Exception {
        Path file = dir.resolve("table.csv");
        for (IsmsCsv csv : new IsmsCsv[] {JA, EN}) {
            AssetInventory inventory = Fixtures.quickApproachInventory();
            csv.writeAssetInventory(inventory, file);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(csv.writeAssetInventory(inventory));
            assertThat(csv.readAssetInventory(file)).isEqualTo(inventory);

            RiskRegister register = Fixtures.canonicalRegister();
            csv.writeRiskRegister(register, file);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(csv.writeRiskRegister(register));
            assertThat(csv.readRiskRegister(file, register.model(), register.inventory()).risks())
                    .isEqualTo(register.risks());

            TreatmentPlan plan = CanonicalFixture.plan();
            csv.writeTreatmentPlan(plan, file);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(csv.writeTreatmentPlan(plan));
            assertThat(csv.readTreatmentPlan(file)).isEqualTo(plan);

            StatementOfApplicability soa = Fixtures.canonicalSoa();
            csv.writeStatementOfApplicability(soa, file);
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .isEqualTo(csv.writeStatementOfApplicability(soa));
            assertThat(csv.readStatementOfApplicability(file)).isEqualTo(soa);
        }
    }

    @Test
    void writtenWithAByteOrderMark_theFileStartsWithIt() throws Exception {
        Path file = dir.resolve("bom.csv");
        EN.writeAssetInventory(Fixtures.quickApproachInventory(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void readingAMissingFile_isTheFilesFailure() {
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> JA.readTreatmentPlan(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(NoSuchFileException.class);
    }

    @Test
    void readingABadFile_isTheReadersFailure_withItsRowAndColumn() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "番号,業務分類,情報資産名称,備考,利用者範囲,リスク所有者,管理部署,媒体・保存先,機密性,完全性,可用性,重要度\r\n"
                + "1,人事,社員名簿,,,,,社員PC,3,3,2,2\r\n");
        assertThatThrownBy(() -> JA.readAssetInventory(file))
                .isInstanceOf(IsmsCsvException.class)
                .hasMessage("row 2, column 重要度: Invalid value for importance (the highest of confidentiality, "
                        + "integrity and availability is 3): 2");
    }
}
