package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.isms4j.testkit.AtTheLimits;
import org.isms4j.testkit.RecordsAtTheLimits;
import org.isms4j.records.audit.AuditReport;
import org.isms4j.records.competence.CompetenceRecord;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.training.TrainingRecord;
import org.junit.jupiter.api.Test;

/**
 * What the core builds at its limits ({@link Limits}) is written as CSV and read back equal, in
 * both languages and both cell escapings: every text of {@value Limits#MAX_TEXT_LENGTH} characters,
 * each beginning with a character a spreadsheet takes for a formula, so that the default escaping
 * writes a cell of one more character; a risk citing {@value Limits#MAX_LIST_SIZE} assets of ten
 * digits in one cell; a plan row's tasks and a treatment's controls of
 * {@value Limits#MAX_TEXT_LENGTH} characters together in one cell; the dates 0000-01-01 and
 * 9999-12-31. One more is refused when built, never written; the issue's risk citing 16,000
 * assets, whose cell was over the read limit, among them.
 */
class LimitsRoundTripTest {

    private static final int MAX = Limits.MAX_TEXT_LENGTH;
    private static final IsmsCsv[] CSVS = {IsmsCsv.japanese(), IsmsCsv.english().withByteOrderMark(),
        IsmsCsv.japanese().withCellEscaping(CellEscaping.EXACT)};

    /** The longest cell of a table, read without limits: what the reader's limit must allow. */
    private static int longestCell(String csv) {
        CsvFactory factory = CsvFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).build()).enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        int longest = 0;
        try (CsvParser parser = factory.createParser(csv)) {
            parser.setSchema(CsvSchema.emptySchema());
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    longest = Math.max(longest, parser.getTextLength());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return longest;
    }

    private static void roundTrips(AtTheLimits limits) {
        AssetInventory inventory = limits.register().inventory();
        for (IsmsCsv csv : CSVS) {
            int longest = csv.cellEscaping() == CellEscaping.SPREADSHEET ? MAX + 1 : MAX;
            String inventoryTable = csv.writeAssetInventory(inventory);
            assertThat(longestCell(inventoryTable)).isEqualTo(longest);
            assertThat(csv.readAssetInventory(inventoryTable)).isEqualTo(inventory);
            String registerTable = csv.writeRiskRegister(limits.register());
            assertThat(longestCell(registerTable)).isEqualTo(longest);
            // The table has no approval record.
            assertThat(csv.readRiskRegister(registerTable, limits.model(), inventory))
                    .isEqualTo(RiskRegister.of(limits.model(), inventory, limits.register().risks()));
            String planTable = csv.writeTreatmentPlan(limits.plan());
            assertThat(longestCell(planTable)).isEqualTo(longest);
            assertThat(csv.readTreatmentPlan(planTable)).isEqualTo(limits.plan());
        }
    }

    @Test
    void atTheLimits_everyTableIsWrittenAndReadBackEqual() {
        AtTheLimits limits = AtTheLimits.of(0);
        assertThat(limits.register().risks().get(0).risk().assetNumbers()).hasSize(Limits.MAX_LIST_SIZE)
                .allSatisfy(number -> assertThat(number).isGreaterThan(999_999_999));
        assertThat(String.join("\n", limits.plan().items().get(0).tasks())).hasSize(MAX);
        assertThat(limits.register().risks().get(0).treatment().orElseThrow().controls().stream()
                .map(TreatmentControl::toString).reduce((a, b) -> a + "\n" + b).orElseThrow()).hasSize(MAX);
        roundTrips(limits);
    }

    private static void roundTrips(RecordsAtTheLimits limits) {
        for (IsmsCsv csv : CSVS) {
            // A text at the limit is escaped with an apostrophe when it begins as a formula: one more.
            int longest = csv.cellEscaping() == CellEscaping.SPREADSHEET ? MAX + 1 : MAX;
            String soaTable = csv.writeStatementOfApplicability(limits.soa());
            assertThat(longestCell(soaTable)).isBetween(MAX, longest);
            assertThat(csv.readStatementOfApplicability(soaTable)).isEqualTo(limits.soa());
            String communications = csv.write(RecordTables.COMMUNICATION_PLAN, limits.communications());
            assertThat(longestCell(communications)).isBetween(MAX, longest);
            assertThat(csv.read(RecordTables.COMMUNICATION_PLAN, communications)).isEqualTo(limits.communications());
            String documents = csv.write(RecordTables.DOCUMENT_REGISTER, limits.documents());
            assertThat(longestCell(documents)).isBetween(MAX, longest);
            assertThat(csv.read(RecordTables.DOCUMENT_REGISTER, documents)).isEqualTo(limits.documents());
            String annualPlan = csv.write(RecordTables.ANNUAL_PLAN, limits.annualPlan());
            assertThat(longestCell(annualPlan)).isBetween(MAX, longest);
            assertThat(csv.read(RecordTables.ANNUAL_PLAN, annualPlan)).isEqualTo(limits.annualPlan());
            CompetenceRecord competence = limits.competence();
            CsvTable<CompetenceRecord> competenceTable = RecordTables.competence(competence.role(), competence.person());
            String competenceCsv = csv.write(competenceTable, competence);
            assertThat(longestCell(competenceCsv)).isBetween(MAX, longest);
            assertThat(csv.read(competenceTable, competenceCsv)).isEqualTo(competence);
            CsvTable<ManagementReview> reviewTable = RecordTables.managementReview(limits.review());
            String review = csv.write(reviewTable, limits.review());
            assertThat(longestCell(review)).isBetween(MAX, longest);
            assertThat(csv.read(reviewTable, review)).isEqualTo(limits.review());
            String actions = csv.write(RecordTables.CORRECTIVE_ACTIONS, List.of(limits.correctiveAction()));
            assertThat(longestCell(actions)).isBetween(MAX, longest);
            assertThat(csv.read(RecordTables.CORRECTIVE_ACTIONS, actions)).containsExactly(limits.correctiveAction());
            CsvTable<TrainingRecord> attendees = RecordTables.attendees(limits.training());
            String attendeesCsv = csv.write(attendees, limits.training());
            assertThat(longestCell(attendeesCsv)).isBetween(MAX, longest);
            assertThat(csv.read(attendees, attendeesCsv)).isEqualTo(limits.training());
            CsvTable<AuditReport> findings = RecordTables.auditFindings(limits.audit());
            String findingsCsv = csv.write(findings, limits.audit());
            assertThat(longestCell(findingsCsv)).isBetween(MAX, longest);
            assertThat(csv.read(findings, findingsCsv)).isEqualTo(limits.audit());
            CsvTable<AnswerSheet> sheet = SelfAssessmentTables.answerSheet(limits.answerSheet().questionSet());
            String sheetCsv = csv.write(sheet, limits.answerSheet());
            assertThat(longestCell(sheetCsv)).isBetween(MAX, longest);
            assertThat(csv.read(sheet, sheetCsv)).isEqualTo(limits.answerSheet());
        }
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

    @Test
    void atTheLimits_anyTexts_roundTrip() {
        qt().withExamples(8).forAll(longs().all()).checkAssert(seed -> roundTrips(AtTheLimits.of(seed)));
    }

    @Test
    void theCellLimit_isTheLongestTextAndTheEscapingApostrophe() {
        assertThat(IsmsCsv.MAX_CELL_LENGTH).isEqualTo(Limits.MAX_TEXT_LENGTH + 1);
        assertThat(IsmsCsv.japanese().readConstraints().getMaxStringLength()).isEqualTo(IsmsCsv.MAX_CELL_LENGTH);
        // The longest list of numbers in one cell, as the report writes it, is shorter.
        String assets = String.join(", ", IntStream.range(0, Limits.MAX_LIST_SIZE)
                .mapToObj(i -> Integer.toString(Integer.MAX_VALUE - i)).toList());
        assertThat(assets.length()).isEqualTo(95_998).isLessThan(IsmsCsv.MAX_CELL_LENGTH);
    }

    @Test
    void issue13_aRiskCiting16000Assets_isRefusedWhenBuilt_notWrittenAndThenRefused() {
        int[] numbers = IntStream.rangeClosed(1, 16_000).toArray();
        // Written, its assets cell would be 100,892 characters: more than any reader reads.
        assertThat(String.join(", ", IntStream.of(numbers).mapToObj(Integer::toString).toList())).hasSize(100_892);
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(numbers).riskSource("r").impactArea("外部")
                .event("e").lostProperties(SecurityProperty.CONFIDENTIALITY).build()).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for asset numbers (at most 8000 values, not 16000): [1, 2, 3, ");
    }

    @Test
    void oneMore_isRefusedWhenBuilt_withTheCoresMessage() {
        String tooLong = "=" + "x".repeat(MAX);
        assertThatThrownBy(() -> Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)).withRemarks(tooLong))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for remarks (at most 100000 characters, not 100001): '=" + "x".repeat(63)
                        + "…'");
        assertThatThrownBy(() -> TreatmentDecision.of(List.of(TreatmentOption.REDUCE), List.of(
                TreatmentControl.of("c".repeat(MAX - 8), "5.12"), TreatmentControl.of("d")), TreatmentStatus.DONE))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for controls (at most 100000 characters, not 100001): '" + "c".repeat(64)
                        + "…'");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(TreatmentControl.of("教育訓練"))
                .tasks(List.of("教材作成")).owner("委員長").plannedStart(Limits.MIN_DATE.minusDays(1))
                .plannedEnd(Limits.MAX_DATE).riskNumbers(List.of(1)).build()).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for planned start (valid values 0000-01-01 - 9999-12-31): -0001-12-31");
    }
}
