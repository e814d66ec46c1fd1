package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.isms4j.core.Limits;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.csv.CsvTable;
import org.isms4j.csv.RecordTables;
import org.isms4j.csv.SelfAssessmentTables;
import org.isms4j.testkit.AtTheLimits;
import org.isms4j.testkit.AtTheLimits.Alphabet;
import org.isms4j.testkit.RecordsAtTheLimits;
import org.junit.jupiter.api.Test;

/**
 * What the core builds at its limits ({@link Limits}) is written as a workbook and read back equal,
 * in both languages: every text of {@value Limits#MAX_TEXT_LENGTH} characters in a cell (more than
 * Excel's 32,767, which docs/xlsx.md warns of), a risk citing {@value Limits#MAX_LIST_SIZE} assets,
 * a list of texts of {@value Limits#MAX_TEXT_LENGTH} characters joined in one cell, the dates
 * 0000-01-01 and 9999-12-31; the texts drawn from {@link Alphabet#WORKBOOK}, as the writer refuses
 * the control characters a workbook's XML cannot hold.
 */
class LimitsRoundTripTest {

    private static final IsmsXlsx[] XLSXS = {IsmsXlsx.japanese(), IsmsXlsx.english()};

    private static byte[] written(Consumer<ByteArrayOutputStream> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write.accept(out);
        return out.toByteArray();
    }

    private static <T> void roundTrips(IsmsXlsx xlsx, CsvTable<T> table, T value) {
        byte[] workbook = written(out -> xlsx.write(table, value, out));
        assertThat(xlsx.read(table, new ByteArrayInputStream(workbook))).isEqualTo(value);
    }

    private static void roundTrips(AtTheLimits limits) {
        AssetInventory inventory = limits.register().inventory();
        for (IsmsXlsx xlsx : XLSXS) {
            byte[] inventoryBook = written(out -> xlsx.writeAssetInventory(inventory, out));
            assertThat(xlsx.readAssetInventory(new ByteArrayInputStream(inventoryBook))).isEqualTo(inventory);
            byte[] registerBook = written(out -> xlsx.writeRiskRegister(limits.register(), out));
            // With its approval block, dated 0000-01-01: a text cell, before the spreadsheet's date numbers.
            assertThat(xlsx.readRiskRegister(new ByteArrayInputStream(registerBook), limits.model(), inventory))
                    .isEqualTo(limits.register());
            byte[] planBook = written(out -> xlsx.writeTreatmentPlan(limits.plan(), out));
            assertThat(xlsx.readTreatmentPlan(new ByteArrayInputStream(planBook))).isEqualTo(limits.plan());
        }
    }

    private static void roundTrips(RecordsAtTheLimits limits) {
        for (IsmsXlsx xlsx : XLSXS) {
            byte[] soaBook = written(out -> xlsx.writeStatementOfApplicability(limits.soa(), out));
            assertThat(xlsx.readStatementOfApplicability(new ByteArrayInputStream(soaBook))).isEqualTo(limits.soa());
            roundTrips(xlsx, RecordTables.COMMUNICATION_PLAN, limits.communications());
            roundTrips(xlsx, RecordTables.DOCUMENT_REGISTER, limits.documents());
            roundTrips(xlsx, RecordTables.ANNUAL_PLAN, limits.annualPlan());
            roundTrips(xlsx, RecordTables.competence(limits.competence().role(), limits.competence().person()),
                    limits.competence());
            roundTrips(xlsx, RecordTables.managementReview(limits.review()), limits.review());
            roundTrips(xlsx, RecordTables.CORRECTIVE_ACTIONS, List.of(limits.correctiveAction()));
            roundTrips(xlsx, RecordTables.attendees(limits.training()), limits.training());
            roundTrips(xlsx, RecordTables.auditFindings(limits.audit()), limits.audit());
            roundTrips(xlsx, SelfAssessmentTables.answerSheet(limits.answerSheet().questionSet()), limits.answerSheet());
        }
    }

    @Test
    void atTheLimits_everyWorkbookIsWrittenAndReadBackEqual() {
        // At the limits indeed: isms-testkit's RecordsAtTheLimitsTest and isms-json's and
        // isms-csv's LimitsRoundTripTest check the fixtures.
        AtTheLimits limits = AtTheLimits.of(0, Alphabet.WORKBOOK);
        assertThat(limits.register().inventory().assets().get(0).name()).hasSize(Limits.MAX_TEXT_LENGTH);
        roundTrips(limits);
        roundTrips(RecordsAtTheLimits.of(0, Alphabet.WORKBOOK));
    }

    @Test
    void atTheLimits_anyTexts_roundTrip() {
        qt().withExamples(3).forAll(longs().all()).checkAssert(seed -> {
            roundTrips(AtTheLimits.of(seed, Alphabet.WORKBOOK));
            roundTrips(RecordsAtTheLimits.of(seed, Alphabet.WORKBOOK));
        });
    }
}
