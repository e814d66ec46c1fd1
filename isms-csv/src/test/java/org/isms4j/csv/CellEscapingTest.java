package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isms4j.core.CiaRating;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formula injection: cells a spreadsheet would evaluate are written as text, and read back. */
class CellEscapingTest {

    private static final IsmsCsv JA = IsmsCsv.japanese();

    private static AssetInventory named(String name) {
        return AssetInventory.of(Asset.of(1, name, CiaRating.of(1, 1, 1)).withRemarks("備考"));
    }

    private static String row(IsmsCsv csv, String name) {
        return csv.writeAssetInventory(named(name)).lines().skip(1).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+81 3 1234", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x\")", "'quoted"})
    void spreadsheet_aFormulaLikeCellIsWrittenAfterAnApostropheAndReadBack(String name) {
        String written = row(JA, name);
        assertThat(written).isIn("1,,'" + name + ",備考,,,,,1,1,1,1",
                "1,,\"'" + name.replace("\"", "\"\"") + "\",備考,,,,,1,1,1,1");
        assertThat(JA.cellEscaping()).isEqualTo(CellEscaping.SPREADSHEET);
        assertThat(JA.readAssetInventory(JA.writeAssetInventory(named(name)))).isEqualTo(named(name));
    }

    @Test
    void spreadsheet_aTabOrCarriageReturnFirstIsEscapedToo() {
        for (String name : List.of("\tx", "\rx")) {
            assertThat(JA.writeAssetInventory(named(name))).contains(",\"'" + name + "\",");
            assertThat(JA.readAssetInventory(JA.writeAssetInventory(named(name)))).isEqualTo(named(name));
        }
    }

    @Test
    void spreadsheet_otherCellsAndTheDashMarkAreWrittenAsTheyAre() {
        assertThat(row(JA, "a=1")).isEqualTo("1,,a=1,備考,,,,,1,1,1,1");
        assertThat(row(JA, "—")).isEqualTo("1,,—,備考,,,,,1,1,1,1");
        assertThat(JA.writeStatementOfApplicability(Fixtures.canonicalSoa()))
                .isEqualTo(JA.withCellEscaping(CellEscaping.EXACT).writeStatementOfApplicability(Fixtures.canonicalSoa()));
    }

    @Test
    void exact_writesAndReadsEveryCellAsItIs() {
        IsmsCsv exact = JA.withCellEscaping(CellEscaping.EXACT);
        assertThat(row(exact, "=1+1")).isEqualTo("1,,\"=1+1\",備考,,,,,1,1,1,1");
        assertThat(exact.readAssetInventory(exact.writeAssetInventory(named("'=1")))).isEqualTo(named("'=1"));
        assertThat(JA.readAssetInventory(exact.writeAssetInventory(named("'x")))).isEqualTo(named("x"));
    }

    @Test
    void docs_listEveryCharacterThatIsEscaped() throws IOException {
        String docs = Files.readString(Path.of("../docs/csv.md"), StandardCharsets.UTF_8);
        assertThat(docs).contains("`=`, `+`, `-`, `@`, a tab (`\\t`) or a carriage return (`\\r`)");
    }
}
