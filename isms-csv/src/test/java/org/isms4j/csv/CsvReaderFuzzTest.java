package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.nio.charset.StandardCharsets;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;

/**
 * Fuzzing of every CSV reader: whatever the bytes, a reader returns a table that writes and reads
 * back equal, or throws {@link IsmsCsvException} whose cause is the core's exception or Jackson's.
 * Any other exception, or a translated one with an unexpected cause, is a finding. Each input is
 * read both as bytes and as the text it decodes to, so that the byte order mark and the decoding
 * of both paths are covered.
 *
 * <p>In a normal build the tests run in regression mode over the committed seed corpus in
 * {@code src/test/resources/org/isms4j/csv/CsvReaderFuzzTestInputs/}. To fuzz one reader:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl isms-csv test -Dtest=CsvReaderFuzzTest#readRiskRegister}.
 */
class CsvReaderFuzzTest {

    private static final IsmsCsv JA = IsmsCsv.japanese();
    private static final IsmsCsv EN = IsmsCsv.english().withByteOrderMark();
    private static final RiskModel MODEL = RiskModel.standard();
    private static final AssetInventory INVENTORY = CanonicalFixture.inventory();

    /** Accepts a failure only if its cause is one a reader may translate. */
    private static void checkFailure(IsmsCsvException e) {
        Throwable cause = e.getCause();
        if (cause != null && !(cause instanceof IsmsException) && !(cause instanceof JsonProcessingException)
                && !(cause instanceof CharConversionException)) {
            throw new AssertionError("unexpected cause of " + e.getMessage(), cause);
        }
        assertThat(e.row()).isNotNegative();
        assertThat(e.getMessage()).isEqualTo(e.location() + ": " + e.reason());
    }

    @FunctionalInterface
    private interface Check {
        void run(IsmsCsv csv, boolean bytes);
    }

    private static void each(Check check) {
        for (IsmsCsv csv : new IsmsCsv[] {JA, EN}) {
            for (boolean bytes : new boolean[] {true, false}) {
                try {
                    check.run(csv, bytes);
                } catch (IsmsCsvException e) {
                    checkFailure(e);
                }
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readAssetInventory(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        each((csv, bytes) -> {
            AssetInventory inventory = bytes ? JA.readAssetInventory(new ByteArrayInputStream(input))
                    : JA.readAssetInventory(text);
            String written = csv.writeAssetInventory(inventory);
            assertThat(csv.readAssetInventory(written)).isEqualTo(inventory);
        });
    }

    @FuzzTest(maxDuration = "5m")
    void readRiskRegister(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        each((csv, bytes) -> {
            RiskRegister register = bytes ? JA.readRiskRegister(new ByteArrayInputStream(input), MODEL, INVENTORY)
                    : JA.readRiskRegister(text, MODEL, INVENTORY);
            String written = csv.writeRiskRegister(register);
            assertThat(csv.readRiskRegister(written, MODEL, INVENTORY)).isEqualTo(register);
        });
    }

    @FuzzTest(maxDuration = "5m")
    void readTreatmentPlan(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        each((csv, bytes) -> {
            TreatmentPlan plan = bytes ? JA.readTreatmentPlan(new ByteArrayInputStream(input))
                    : JA.readTreatmentPlan(text);
            String written = csv.writeTreatmentPlan(plan);
            assertThat(csv.readTreatmentPlan(written)).isEqualTo(plan);
        });
    }

    @FuzzTest(maxDuration = "5m")
    void readStatementOfApplicability(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        each((csv, bytes) -> {
            StatementOfApplicability soa = bytes ? JA.readStatementOfApplicability(new ByteArrayInputStream(input))
                    : JA.readStatementOfApplicability(text);
            String written = csv.writeStatementOfApplicability(soa);
            assertThat(csv.readStatementOfApplicability(written)).isEqualTo(soa);
        });
    }
}
