package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.csv.CsvTable;
import org.isms4j.csv.RecordTables;
import org.isms4j.csv.SelfAssessmentTables;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.testkit.CanonicalFixture;

/**
 * Fuzzing of every workbook reader: whatever the bytes, a reader returns a table that writes and
 * reads back equal, or throws {@link IsmsXlsxException}. Any other exception is a finding, and so
 * is a writer's refusal of what a reader returned, but for a character no workbook can hold.
 *
 * <p>In a normal build the tests run in regression mode over the committed seed corpus in
 * {@code src/test/resources/org/isms4j/xlsx/XlsxReaderFuzzTestInputs/}: workbooks the library
 * wrote and ones LibreOffice wrote. To fuzz one reader:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl isms-xlsx test -Dtest=XlsxReaderFuzzTest#readRiskRegister}.
 */
class XlsxReaderFuzzTest {

    private static final IsmsXlsx JA = IsmsXlsx.japanese();
    private static final RiskModel MODEL = RiskModel.standard();
    private static final AssetInventory INVENTORY = CanonicalFixture.inventory();

    @FunctionalInterface
    private interface Check {
        void run();
    }

    private static void check(Check check) {
        try {
            check.run();
        } catch (IsmsXlsxException e) {
            assertThat(e.getMessage()).isEqualTo(e.location() + ": " + e.reason());
        } catch (IsmsException e) {
            assertThat(e.getMessage()).startsWith("Cannot write as a workbook: ");
        }
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    @FuzzTest(maxDuration = "5m")
    void readAssetInventory(byte[] input) {
        check(() -> {
            AssetInventory inventory = JA.readAssetInventory(in(input));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JA.writeAssetInventory(inventory, out);
            assertThat(JA.readAssetInventory(in(out.toByteArray()))).isEqualTo(inventory);
        });
    }

    @FuzzTest(maxDuration = "5m")
    void readRiskRegister(byte[] input) {
        check(() -> {
            RiskRegister register = JA.readRiskRegister(in(input), MODEL, INVENTORY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JA.writeRiskRegister(register, out);
            assertThat(JA.readRiskRegister(in(out.toByteArray()), MODEL, INVENTORY)).isEqualTo(register);
        });
    }

    @FuzzTest(maxDuration = "5m")
    void readTreatmentPlan(byte[] input) {
        check(() -> {
            TreatmentPlan plan = JA.readTreatmentPlan(in(input));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JA.writeTreatmentPlan(plan, out);
            assertThat(JA.readTreatmentPlan(in(out.toByteArray()))).isEqualTo(plan);
        });
    }

    @FuzzTest(maxDuration = "5m")
    void readStatementOfApplicability(byte[] input) {
        check(() -> {
            StatementOfApplicability soa = JA.readStatementOfApplicability(in(input));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JA.writeStatementOfApplicability(soa, out);
            assertThat(JA.readStatementOfApplicability(in(out.toByteArray()))).isEqualTo(soa);
        });
    }

    private static final CsvTable<AnswerSheet> ANSWER_SHEET = SelfAssessmentTables.answerSheet(
            QuestionSets.selfAssessmentPart1());

    @FuzzTest(maxDuration = "5m")
    void readAnswerSheet(byte[] input) {
        check(() -> {
            AnswerSheet sheet = JA.read(ANSWER_SHEET, in(input));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JA.write(ANSWER_SHEET, sheet, out);
            assertThat(JA.read(ANSWER_SHEET, in(out.toByteArray()))).isEqualTo(sheet);
        });
    }

    @FuzzTest(maxDuration = "5m")
    void readDocumentRegister(byte[] input) {
        check(() -> {
            DocumentRegister register = JA.read(RecordTables.DOCUMENT_REGISTER, in(input));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JA.write(RecordTables.DOCUMENT_REGISTER, register, out);
            assertThat(JA.read(RecordTables.DOCUMENT_REGISTER, in(out.toByteArray()))).isEqualTo(register);
        });
    }
}
