package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.util.List;
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.selfassessment.NotApplicable;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;

/**
 * Fuzzing of every document reader: whatever the bytes, a reader returns a document that writes
 * and reads back equal, or throws {@link IsmsJsonException} whose cause is the core's exception
 * or Jackson's. Any other exception, or a translated one with an unexpected cause, is a finding.
 *
 * <p>In a normal build the tests run in regression mode over the committed seed corpus in
 * {@code src/test/resources/org/isms4j/json/DocumentReaderFuzzTestInputs/}. To fuzz one reader:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl isms-json test -Dtest=DocumentReaderFuzzTest#readRiskModel}.
 */
class DocumentReaderFuzzTest {

    private static final IsmsJson JSON = IsmsJson.strict();
    private static final IsmsJson LENIENT = IsmsJson.strict().ignoringUnknownProperties();
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new IsmsModule());

    /** Accepts a translated failure only if its cause is one a reader may translate. */
    static void checkFailure(IsmsJsonException e) {
        Throwable cause = e.getCause();
        if (cause != null && !(cause instanceof IsmsException) && !(cause instanceof JsonProcessingException)
                && !(cause instanceof CharConversionException)) {
            throw new AssertionError("unexpected cause of " + e.getMessage(), cause);
        }
        assertThat(e.path()).startsWith("$");
    }

    @FuzzTest(maxDuration = "5m")
    void readRiskModel(byte[] input) {
        for (IsmsJson json : new IsmsJson[] {JSON, LENIENT}) {
            try {
                RiskModel model = json.readRiskModel(new ByteArrayInputStream(input));
                String written = JSON.writeRiskModel(model);
                assertThat(JSON.readRiskModel(written)).isEqualTo(model);
            } catch (IsmsJsonException e) {
                checkFailure(e);
            }
        }
        try {
            MAPPER.readValue(input, RiskModel.class);
        } catch (JsonMappingException e) {
            // The module's failure is Jackson's own, the translated failure its cause.
            if (e.getCause() instanceof IsmsJsonException) {
                checkFailure((IsmsJsonException) e.getCause());
            }
        } catch (java.io.IOException e) {
            // Jackson's own failure, before or after the module's deserializer: the mapper's contract.
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readAssetInventory(byte[] input) {
        for (IsmsJson json : new IsmsJson[] {JSON, LENIENT}) {
            try {
                AssetInventory inventory = json.readAssetInventory(new ByteArrayInputStream(input));
                String written = JSON.writeAssetInventory(inventory);
                assertThat(JSON.readAssetInventory(written)).isEqualTo(inventory);
            } catch (IsmsJsonException e) {
                checkFailure(e);
            }
        }
        try {
            JSON.readAssetInventory(new ByteArrayInputStream(input), RiskModel.standard().ciaScales());
        } catch (IsmsJsonException e) {
            checkFailure(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readRiskRegister(byte[] input) {
        RiskModel model = RiskModel.standard();
        for (IsmsJson json : new IsmsJson[] {JSON, LENIENT}) {
            try {
                RiskRegister register = json.readRiskRegister(new ByteArrayInputStream(input), model);
                String written = JSON.writeRiskRegister(register);
                assertThat(JSON.readRiskRegister(written, model)).isEqualTo(register);
            } catch (IsmsJsonException e) {
                checkFailure(e);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RiskRegisterReader reader = JSON.riskRegisterReader(new ByteArrayInputStream(input), model)) {
            try (RiskRegisterWriter writer = reader.approval().isPresent()
                    ? JSON.riskRegisterWriter(out, model, reader.inventory(), reader.approval().get())
                    : JSON.riskRegisterWriter(out, model, reader.inventory())) {
                while (reader.hasNext()) {
                    writer.write(reader.next());
                }
            }
        } catch (IsmsJsonException e) {
            checkFailure(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readTreatmentPlan(byte[] input) {
        for (IsmsJson json : new IsmsJson[] {JSON, LENIENT}) {
            try {
                TreatmentPlan plan = json.readTreatmentPlan(new ByteArrayInputStream(input));
                String written = JSON.writeTreatmentPlan(plan);
                assertThat(JSON.readTreatmentPlan(written)).isEqualTo(plan);
            } catch (IsmsJsonException e) {
                checkFailure(e);
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readStatementOfApplicability(byte[] input) {
        for (IsmsJson json : new IsmsJson[] {JSON, LENIENT}) {
            try {
                StatementOfApplicability soa = json.readStatementOfApplicability(new ByteArrayInputStream(input));
                String written = JSON.writeStatementOfApplicability(soa);
                assertThat(JSON.readStatementOfApplicability(written)).isEqualTo(soa);
            } catch (IsmsJsonException e) {
                checkFailure(e);
            }
        }
        try {
            MAPPER.readValue(input, StatementOfApplicability.class);
        } catch (JsonMappingException e) {
            // The module's failure is Jackson's own, the translated failure its cause.
            if (e.getCause() instanceof IsmsJsonException) {
                checkFailure((IsmsJsonException) e.getCause());
            }
        } catch (java.io.IOException e) {
            // Jackson's own failure, before or after the module's deserializer: the mapper's contract.
        }
    }

    /** The sets a sheet or result may name: the bundled two, and one admitting "not applicable". */
    private static final List<QuestionSet> SETS = List.of(QuestionSets.selfAssessmentPart1(),
            QuestionSets.cloudOperation(), QuestionSet.of("fuzz-not-applicable", "1",
                    QuestionSets.selfAssessmentPart1().title(), QuestionSets.selfAssessmentPart1().scale(),
                    QuestionSets.selfAssessmentPart1().parts()).withNotApplicable(NotApplicable.excludedFromMaximum()));

    /** Reads a document of a kind, and checks that what it reads writes and reads back equal. */
    private static <T> void readAndRoundTrip(JsonDocument<T> kind, byte[] input) {
        for (IsmsJson json : new IsmsJson[] {JSON, LENIENT}) {
            try {
                T value = json.read(kind, new ByteArrayInputStream(input));
                String written = JSON.write(kind, value);
                assertThat(JSON.read(kind, written)).isEqualTo(value);
            } catch (IsmsJsonException e) {
                checkFailure(e);
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readQuestionSet(byte[] input) {
        readAndRoundTrip(SelfAssessmentDocuments.QUESTION_SET, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readAnswerSheet(byte[] input) {
        readAndRoundTrip(SelfAssessmentDocuments.answerSheet(SETS), input);
    }

    @FuzzTest(maxDuration = "5m")
    void readSelfAssessmentResult(byte[] input) {
        readAndRoundTrip(SelfAssessmentDocuments.result(SETS), input);
    }

    @FuzzTest(maxDuration = "5m")
    void readIso2013StatementOfApplicability(byte[] input) {
        readAndRoundTrip(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, input);
    }

    @FuzzTest(maxDuration = "5m")
    void readGapConsiderations(byte[] input) {
        readAndRoundTrip(JsonDocument.GAP_CONSIDERATIONS, input);
    }
}
