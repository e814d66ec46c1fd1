package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.isms4j.core.RiskModel;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.csv.CsvTable;
import org.isms4j.csv.IsmsCsv;
import org.isms4j.csv.RecordTables;
import org.isms4j.csv.SelfAssessmentTables;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks made and read by a real spreadsheet program: LibreOffice, headless, converts the
 * library's CSV to .xlsx, which the library reads back equal; and the library's .xlsx to CSV,
 * which the library reads back equal. CI installs LibreOffice ({@code .ci/install-libreoffice});
 * without {@code soffice} the tests are skipped, saying so.
 */
class LibreOfficeTest {

    private static final RiskModel MODEL = RiskModel.standard();
    private static final RiskRegister REGISTER = Fixtures.canonicalRegister();
    private static final RiskRegister TABLE = RiskRegister.of(MODEL, REGISTER.inventory(), REGISTER.risks());

    private static String soffice;

    @BeforeAll
    static void findLibreOffice() {
        for (String candidate : new String[] {"/usr/bin/soffice", "/usr/local/bin/soffice",
            "/Applications/LibreOffice.app/Contents/MacOS/soffice"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                soffice = candidate;
                return;
            }
        }
    }

    /** Converts a file with soffice, in a fresh profile, and returns the converted file. */
    private static Path convert(Path file, String to, String filter, Path dir) throws IOException, InterruptedException {
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: run .ci/install-libreoffice");
        Path out = Files.createDirectories(dir.resolve("out-" + to.replace(':', '-').hashCode()));
        List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile")
                .toUri(), "--headless", "--norestore"));
        if (filter != null) {
            command.add("--infilter=" + filter);
        }
        command.addAll(List.of("--convert-to", to, "--outdir", out.toString(), file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        String name = file.getFileName().toString();
        Path converted = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + to.split(":")[0]);
        assertThat(converted).as(Files.readString(dir.resolve("soffice.log"))).exists();
        return converted;
    }

    /** The CSV import of LibreOffice: UTF-8, the first column as text (ids such as 5.10), the rest detected. */
    private static final String CSV_IN = "CSV:44,34,76,1,1/2";
    /** The CSV export of LibreOffice: comma, quote, UTF-8. */
    private static final String CSV_OUT = "csv:Text - txt - csv (StarCalc):44,34,76,1";

    @Test
    void libraryCsv_convertedToXlsxByLibreOffice_readsBackEqual(@TempDir Path dir) throws Exception {
        IsmsCsv csv = IsmsCsv.japanese();
        Path inventory = dir.resolve("inventory.csv");
        csv.writeAssetInventory(TABLE.inventory(), inventory);
        Path register = dir.resolve("register.csv");
        csv.writeRiskRegister(TABLE, register);
        Path plan = dir.resolve("plan.csv");
        csv.writeTreatmentPlan(CanonicalFixture.plan(), plan);
        Path soa = dir.resolve("soa.csv");
        csv.writeStatementOfApplicability(Fixtures.canonicalSoa(), soa);
        IsmsXlsx xlsx = IsmsXlsx.english();
        assertThat(xlsx.readAssetInventory(convert(inventory, "xlsx", CSV_IN, dir))).isEqualTo(TABLE.inventory());
        assertThat(xlsx.readRiskRegister(convert(register, "xlsx", CSV_IN, dir), MODEL, TABLE.inventory()))
                .isEqualTo(TABLE);
        assertThat(xlsx.readTreatmentPlan(convert(plan, "xlsx", CSV_IN, dir))).isEqualTo(CanonicalFixture.plan());
        assertThat(xlsx.readStatementOfApplicability(convert(soa, "xlsx", CSV_IN, dir)))
                .isEqualTo(Fixtures.canonicalSoa());
    }

    @Test
    void libraryXlsx_convertedToCsvByLibreOffice_readsBackEqual(@TempDir Path dir) throws Exception {
        IsmsXlsx xlsx = IsmsXlsx.japanese();
        Path inventory = dir.resolve("inventory.xlsx");
        xlsx.writeAssetInventory(TABLE.inventory(), inventory);
        Path register = dir.resolve("register.xlsx");
        xlsx.writeRiskRegister(TABLE, register);
        Path plan = dir.resolve("plan.xlsx");
        xlsx.writeTreatmentPlan(CanonicalFixture.plan(), plan);
        Path soa = dir.resolve("soa.xlsx");
        xlsx.writeStatementOfApplicability(Fixtures.canonicalSoa(), soa);
        IsmsCsv csv = IsmsCsv.english();
        assertThat(csv.readAssetInventory(convert(inventory, CSV_OUT, null, dir))).isEqualTo(TABLE.inventory());
        assertThat(csv.readRiskRegister(convert(register, CSV_OUT, null, dir), MODEL, TABLE.inventory()))
                .isEqualTo(TABLE);
        assertThat(csv.readTreatmentPlan(convert(plan, CSV_OUT, null, dir))).isEqualTo(CanonicalFixture.plan());
        assertThat(csv.readStatementOfApplicability(convert(soa, CSV_OUT, null, dir)))
                .isEqualTo(Fixtures.canonicalSoa());
    }

    @Test
    void recordsAndAnswerSheet_throughLibreOffice_readBackEqual(@TempDir Path dir) throws Exception {
        CsvTable<AnswerSheet> answers = SelfAssessmentTables.answerSheet(QuestionSets.selfAssessmentPart1());
        AnswerSheet sheet = AnswerSheet.of(QuestionSets.selfAssessmentPart1(), "山田", "本社", LocalDate.of(2024, 4, 1),
                Map.of(1, "implemented", 2, "partly_implemented", 3, "implemented", 4, "not_implemented", 5,
                        "unknown"));
        IsmsXlsx xlsx = IsmsXlsx.japanese();
        // the library's CSV made a workbook by LibreOffice (its cells in shared strings)
        Path documentsCsv = dir.resolve("documents.csv");
        IsmsCsv.japanese().write(RecordTables.DOCUMENT_REGISTER, ExampleCompany.documents(), documentsCsv);
        assertThat(xlsx.read(RecordTables.DOCUMENT_REGISTER, convert(documentsCsv, "xlsx", CSV_IN, dir)))
                .isEqualTo(ExampleCompany.documents());
        // the library's workbook opened and saved again as a workbook by LibreOffice
        Path answersXlsx = dir.resolve("answers.xlsx");
        xlsx.write(answers, sheet, answersXlsx);
        Path resaved = convert(answersXlsx, "xlsx:Calc MS Excel 2007 XML", null, dir.resolve("again"));
        assertThat(xlsx.read(answers, resaved)).isEqualTo(sheet);
        // and converted to CSV by LibreOffice
        assertThat(IsmsCsv.english().read(answers, convert(answersXlsx, CSV_OUT, null, dir))).isEqualTo(sheet);
    }
}
