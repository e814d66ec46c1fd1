package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.isms4j.testkit.AtTheLimits;
import org.isms4j.testkit.JsonDocumentsAtTheLimits;
import org.isms4j.testkit.RecordsAtTheLimits;
import org.isms4j.records.communication.Communication;
import org.isms4j.records.communication.CommunicationPlan;
import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.register.Approval;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.treatment.TreatmentControl;
import org.junit.jupiter.api.Test;

/**
 * What the core builds at its limits ({@link Limits}) is written and read back equal: every text
 * of {@value Limits#MAX_TEXT_LENGTH} characters (with characters JSON escapes, which the read limit
 * does not count, and characters outside the Basic Multilingual Plane), a risk citing
 * {@value Limits#MAX_LIST_SIZE} assets of ten digits, a plan row's tasks and a treatment's
 * controls of {@value Limits#MAX_TEXT_LENGTH} characters together, the dates 0000-01-01 and
 * 9999-12-31; and one more is refused when built, never written.
 */
class LimitsRoundTripTest {

    private static final int MAX = Limits.MAX_TEXT_LENGTH;
    private static final IsmsJson[] JSONS = {IsmsJson.strict(), IsmsJson.strict().compact()};
    private static void roundTrips(AtTheLimits limits) {
        for (IsmsJson json : JSONS) {
            String model = json.writeRiskModel(limits.model());
            assertThat(json.readRiskModel(model)).isEqualTo(limits.model());
            String inventory = json.writeAssetInventory(limits.register().inventory());
            assertThat(json.readAssetInventory(inventory)).isEqualTo(limits.register().inventory());
            String register = json.writeRiskRegister(limits.register());
            assertThat(json.readRiskRegister(register, limits.model())).isEqualTo(limits.register());
            assertThat(json.writeRiskRegister(json.readRiskRegister(register, limits.model()))).isEqualTo(register);
            String plan = json.writeTreatmentPlan(limits.plan());
            assertThat(json.readTreatmentPlan(plan)).isEqualTo(limits.plan());
        }
    }

    @Test
    void atTheLimits_everyDocumentIsWrittenAndReadBackEqual() {
        AtTheLimits limits = AtTheLimits.of(0);
        // The fixture is at the limits indeed.
        assertThat(limits.register().inventory().assets().get(0).name()).hasSize(MAX);
        assertThat(limits.model().id()).hasSize(MAX);
        assertThat(limits.register().risks().get(0).risk().assetNumbers()).hasSize(Limits.MAX_LIST_SIZE)
                .allSatisfy(number -> assertThat(number).isGreaterThan(999_999_999));
        assertThat(String.join("\n", limits.plan().items().get(0).tasks())).hasSize(MAX);
        assertThat(limits.plan().items().get(0).plannedStart()).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(limits.plan().items().get(0).plannedEnd()).isEqualTo(LocalDate.of(9999, 12, 31));
        roundTrips(limits);
    }

    private static void roundTrips(RecordsAtTheLimits limits) {
        for (IsmsJson json : JSONS) {
            String soa = json.writeStatementOfApplicability(limits.soa());
            assertThat(json.readStatementOfApplicability(soa)).isEqualTo(limits.soa());
            roundTrips(json, RecordDocuments.COMMUNICATION_PLAN, limits.communications());
            roundTrips(json, RecordDocuments.DOCUMENT_REGISTER, limits.documents());
            roundTrips(json, RecordDocuments.ANNUAL_PLAN, limits.annualPlan());
            roundTrips(json, RecordDocuments.COMPETENCE_RECORD, limits.competence());
            roundTrips(json, RecordDocuments.MANAGEMENT_REVIEW, limits.review());
            roundTrips(json, RecordDocuments.CORRECTIVE_ACTION, limits.correctiveAction());
            roundTrips(json, RecordDocuments.TRAINING_RECORD, limits.training());
            roundTrips(json, RecordDocuments.AUDIT_REPORT, limits.audit());
            roundTrips(json, SelfAssessmentDocuments.answerSheet(limits.answerSheet().questionSet()), limits.answerSheet());
        }
    }

    private static <T> String written(IsmsJson json, JsonDocument<T> document, T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(document, value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void atTheLimits_theSoaAndTheRecords_areWrittenAndReadBackEqual() {
        // At the limits indeed: isms-testkit's RecordsAtTheLimitsTest.
        roundTrips(RecordsAtTheLimits.of(0));
    }

    @Test
    void atTheLimits_theSoaAndTheRecords_anyTexts_roundTrip() {
        qt().withExamples(5).forAll(longs().all()).checkAssert(seed -> roundTrips(RecordsAtTheLimits.of(seed)));
    }

    private static void roundTrips(JsonDocumentsAtTheLimits limits) {
        for (IsmsJson json : JSONS) {
            roundTrips(json, RecordDocuments.ORGANISATION_CONTEXT, limits.context());
            roundTrips(json, RecordDocuments.POLICY, limits.policy());
            roundTrips(json, RecordDocuments.ROLE_CHART, limits.roles());
            roundTrips(json, RecordDocuments.EFFECTIVENESS_SHEET, limits.effectiveness());
            roundTrips(json, RecordDocuments.educationPlan(limits.questionSet()), limits.education());
            roundTrips(json, RecordDocuments.AUDIT_PLAN, limits.auditPlan());
            roundTrips(json, RecordDocuments.AUDIT_CHECKLIST, limits.checklist());
            roundTrips(json, SelfAssessmentDocuments.QUESTION_SET, limits.questionSet());
            roundTrips(json, SelfAssessmentDocuments.result(limits.questionSet()), limits.result());
            roundTrips(json, JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, limits.migration());
            roundTrips(json, JsonDocument.GAP_CONSIDERATIONS, limits.considerations());
        }
    }

    private static <T> void roundTrips(IsmsJson json, JsonDocument<T> document, T value) {
        String written = written(json, document, value);
        assertThat(json.read(document, written)).as(document.toString()).isEqualTo(value);
        assertThat(written(json, document, json.read(document, written))).isEqualTo(written);
    }

    @Test
    void atTheLimits_theDocumentsOnlyJsonCarries_areWrittenAndReadBackEqual() {
        // At the limits indeed: isms-testkit's JsonDocumentsAtTheLimitsTest.
        roundTrips(JsonDocumentsAtTheLimits.of(0));
    }

    @Test
    void atTheLimits_theDocumentsOnlyJsonCarries_anyTexts_roundTrip() {
        qt().withExamples(3).forAll(longs().all()).checkAssert(seed -> roundTrips(JsonDocumentsAtTheLimits.of(seed)));
    }

    @Test
    void aRecordOfTheMostEntries_isWrittenAndReadBackEqual() {
        List<Communication> communications = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_ENTRIES; i++) {
            communications.add(Communication.of("内容" + i, "随時", "全従業者", "ISMS事務局", List.of("メール")));
        }
        CommunicationPlan plan = CommunicationPlan.of(communications);
        String json = written(IsmsJson.strict().compact(), RecordDocuments.COMMUNICATION_PLAN, plan);
        assertThat(IsmsJson.strict().read(RecordDocuments.COMMUNICATION_PLAN, json)).isEqualTo(plan);
    }

    @Test
    void atTheLimits_anyTexts_roundTrip() {
        qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> roundTrips(AtTheLimits.of(seed)));
    }

    @Test
    void oneMore_isRefusedWhenBuilt_withTheCoresMessage() {
        String tooLong = AtTheLimits.text(new SplittableRandom(1), MAX + 1, true);
        assertThatThrownBy(() -> Asset.of(1, tooLong, CiaRating.of(3, 3, 3))).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for asset name (at most 100000 characters, not 100001): '");
        assertThatThrownBy(() -> RiskModel.standard().withIdAndVersion(tooLong, "1")).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for model id (at most 100000 characters, not 100001): '");
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i <= Limits.MAX_LIST_SIZE; i++) {
            numbers.add(Integer.MAX_VALUE - i);
        }
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(numbers).riskSource("r").impactArea("外部")
                .event("e").lostProperties(SecurityProperty.CONFIDENTIALITY).build()).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for asset numbers (at most 8000 values, not 8001): [2147475647, "
                        + "2147475648");
        assertThatThrownBy(() -> Approval.drafted("ISMS事務局", Limits.MAX_DATE.plusDays(1)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for update date (valid values 0000-01-01 - 9999-12-31): +10000-01-01");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(TreatmentControl.of("教育訓練"))
                .tasks(List.of("x".repeat(MAX / 2), "y".repeat(MAX - MAX / 2))).owner("委員長")
                .plannedStart(Limits.MIN_DATE).plannedEnd(Limits.MAX_DATE).riskNumbers(List.of(1)).build())
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for tasks (at most 100000 characters, not 100001): '" + "x".repeat(64) + "…'");
    }

    /** The readers' limits are the core's: a string as long as the longest text, lists longer. */
    @Test
    void theReadLimits_areAtLeastTheCoresLimits() {
        assertThat(IsmsJson.MAX_STRING_LENGTH).isEqualTo(Limits.MAX_TEXT_LENGTH);
        assertThat(IsmsJson.strict().readConstraints().getMaxStringLength()).isEqualTo(Limits.MAX_TEXT_LENGTH);
        assertThat(org.isms4j.json.deser.RiskReader.MAX_ASSETS_PER_RISK).isGreaterThanOrEqualTo(Limits.MAX_LIST_SIZE);
    }
}
