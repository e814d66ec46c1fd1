package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isms4j.testkit.BadInput.thrown;

import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The tolerances of a table kept in a spreadsheet: each off by default (the strict reader's
 * failure is pinned beside it), each on only when named.
 */
class ToleranceTest {

    private static final IsmsCsv JA = IsmsCsv.japanese();
    private static final SpreadsheetTolerance NONE = SpreadsheetTolerance.strict();
    private static final AssetInventory INVENTORY = Fixtures.quickApproachInventory();
    private static final String CSV = JA.writeAssetInventory(INVENTORY);
    private static final String HEADINGS = CSV.lines().findFirst().orElseThrow();

    private static IsmsCsv tolerating(SpreadsheetTolerance tolerance) {
        return JA.withTolerance(tolerance);
    }

    private static IsmsCsvException strictError(String csv) {
        return thrown(IsmsCsvException.class, () -> JA.readAssetInventory(csv));
    }

    @Test
    void titleRows_skippedUntilTheHeadingRow() {
        String titled = "情報資産管理台帳,,,\r\n作成日 2026/1/5\r\n\r\n" + CSV;
        assertThat(strictError(titled)).hasMessageStartingWith(
                "row 1, column 情報資産管理台帳: Unknown asset inventory column: '情報資産管理台帳'");
        assertThat(tolerating(NONE.withTitleRowsSkipped()).readAssetInventory(titled)).isEqualTo(INVENTORY);
        IsmsCsvException e = thrown(IsmsCsvException.class, () -> tolerating(NONE.withTitleRowsSkipped())
                .readAssetInventory(titled.replace("1,人事,社員名簿", "x,人事,社員名簿")));
        assertThat(e.location()).isEqualTo("row 5, column 番号");
        assertThat(thrown(IsmsCsvException.class, () -> tolerating(NONE.withTitleRowsSkipped())
                .readAssetInventory("表題\r\n".repeat(40) + CSV)))
                .hasMessage("row 33: Invalid table: no heading row in its first 33 rows");
    }

    @Test
    void unknownColumns_ignoredByNameOrAll() {
        String extra = CSV.replace(HEADINGS, HEADINGS + ",保存期限,登録日").replace(",3\r\n", ",3,5年,2026-01-05\r\n");
        assertThat(strictError(extra)).hasMessageStartingWith("row 1, column 保存期限: Unknown asset inventory column");
        assertThat(tolerating(NONE.withColumnsIgnored("保存期限", "登録日")).readAssetInventory(extra))
                .isEqualTo(INVENTORY);
        assertThat(tolerating(NONE.withUnknownColumnsIgnored()).readAssetInventory(extra)).isEqualTo(INVENTORY);
        assertThat(thrown(IsmsCsvException.class, () -> tolerating(NONE.withColumnsIgnored("保存期限"))
                .readAssetInventory(extra))).hasMessageStartingWith("row 1, column 登録日: Unknown");
        assertThatThrownBy(() -> NONE.withColumnsIgnored(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for ignored column (must not be blank): ' '");
    }

    @Test
    void trailingEmptyColumns_ignoredWhenTheirCellsAreEmpty() {
        String trailing = CSV.replace("\r\n", ",,,\r\n");
        assertThat(strictError(trailing)).hasMessage("row 1, column : Unknown asset inventory column: '' (valid values "
                + strictError(trailing).reason().substring(strictError(trailing).reason().indexOf("(valid values ") + 14));
        SpreadsheetTolerance trailingOnly = NONE.withTrailingEmptyColumnsIgnored();
        assertThat(tolerating(trailingOnly).readAssetInventory(trailing)).isEqualTo(INVENTORY);
        IsmsCsvException e = thrown(IsmsCsvException.class, () -> tolerating(trailingOnly)
                .readAssetInventory(trailing.replace("社員PC,3,3,3,3,,,", "社員PC,3,3,3,3,,x,")));
        assertThat(e).hasMessage("row 4: Invalid row: cell 14 has a value but no heading: 'x'");
        assertThat(e.cellIndex()).hasValue(13);
    }

    @Test
    void headingVariants_fullWidthSpacesFullStopsAndCase() {
        String variants = CSV.replace("番号,", "No.,").replace("業務分類", "業務　分類").replace("重要度", "ｉｍｐｏｒｔａｎｃｅ");
        assertThat(strictError(variants)).hasMessageStartingWith("row 1, column No.: Unknown asset inventory column");
        assertThat(tolerating(NONE.withHeadingVariants()).readAssetInventory(variants)).isEqualTo(INVENTORY);
    }

    @Test
    void derivedColumns_computedWhenAbsentCheckedWhenPresent() {
        String noImportance = String.join("\r\n", CSV.lines().map(l -> l.substring(0, l.lastIndexOf(',')))
                .toList()) + "\r\n";
        assertThat(strictError(noImportance)).hasMessage("row 1: Missing column: '重要度'");
        IsmsCsv derived = tolerating(NONE.withDerivedColumnsComputed());
        assertThat(derived.readAssetInventory(noImportance)).isEqualTo(INVENTORY);
        assertThat(thrown(IsmsCsvException.class, () -> derived.readAssetInventory(CSV.replace(",3,3,2,3\r\n", ",3,3,2,2\r\n"))))
                .hasMessageStartingWith("row 2, column 重要度: Invalid value for importance");
    }

    @Test
    void derivedColumns_ofTheRegisterComputedByTheModel() {
        RiskModel model = RiskModel.standard();
        RiskRegister register = Fixtures.canonicalRegister();
        RiskRegister table = RiskRegister.of(model, register.inventory(), register.risks());
        String csv = JA.writeRiskRegister(register);
        String[] headings = csv.lines().findFirst().orElseThrow().split(",");
        // Drop the derived columns of the first evaluation: 重要度, 被害発生可能性, リスクレベル, 優先順位 (9th - 12th).
        StringBuilder cut = new StringBuilder();
        for (String line : csv.split("\r\n")) {
            java.util.List<String> cells = new java.util.ArrayList<>(java.util.List.of(line.split(",", -1)));
            cut.append(String.join(",", cells.subList(0, 8))).append(',')
                    .append(String.join(",", cells.subList(12, cells.size()))).append("\r\n");
        }
        assertThat(headings[8]).isEqualTo("重要度");
        assertThat(headings[11]).isEqualTo("優先順位");
        IsmsCsv derived = tolerating(NONE.withDerivedColumnsComputed());
        String rows = cut.toString();
        if (!rows.contains("\"")) {
            assertThat(derived.readRiskRegister(rows, model, register.inventory())).isEqualTo(table);
        }
        assertThat(thrown(IsmsCsvException.class, () -> JA.readRiskRegister(rows, model, register.inventory())))
                .hasMessageStartingWith("row 1: Missing column: '");
    }

    @Test
    void excelDates_yearSlashMonthSlashDay() {
        TreatmentPlan plan = CanonicalFixture.plan();
        String csv = JA.writeTreatmentPlan(plan);
        String slashed = csv.replace("2023-08-10", "2023/8/10");
        assertThat(thrown(IsmsCsvException.class, () -> JA.readTreatmentPlan(slashed)).reason())
                .startsWith("Invalid value for planned start (a date yyyy-MM-dd): '2023/8/10'");
        IsmsCsv dates = tolerating(NONE.withExcelDates());
        assertThat(dates.readTreatmentPlan(slashed)).isEqualTo(plan);
        assertThat(thrown(IsmsCsvException.class, () -> dates.readTreatmentPlan(csv.replace("2023-08-10", "2023/2/30")))
                .reason()).startsWith("Invalid value for planned start (a date yyyy-MM-dd or yyyy/M/d): '2023/2/30'");
    }

    @Test
    void dashVariants_andTheNumberMangledControlId() {
        StatementOfApplicability soa = Fixtures.canonicalSoa();
        String csv = JA.writeStatementOfApplicability(soa);
        for (String dash : new String[] {"\u2015", "\uFF0D"}) {
            String saved = csv.replace(",×,—,", ",×," + dash + ",");
            assertThat(thrown(IsmsCsvException.class, () -> JA.readStatementOfApplicability(saved)).reason())
                    .startsWith("Unknown implementation status: '" + dash + "'");
            assertThat(tolerating(NONE.withDashVariants()).readStatementOfApplicability(saved)).isEqualTo(soa);
        }
        String mangled = csv.replace("\r\n5.10,", "\r\n5.1,");
        assertThat(thrown(IsmsCsvException.class, () -> JA.readStatementOfApplicability(mangled))).hasMessage(
                "row 11, column 管理策番号: Duplicate control: 5.1 (a spreadsheet that takes the id 5.10 for a number "
                        + "writes it 5.1: format the column as text)");
        String alone = csv.lines().findFirst().orElseThrow() + "\r\n"
                + csv.lines().filter(l -> l.startsWith("5.10,")).findFirst().orElseThrow().replace("5.10,", "5.1,")
                + "\r\n";
        IsmsCsvException e = thrown(IsmsCsvException.class, () -> JA.readStatementOfApplicability(alone));
        assertThat(e).hasMessageStartingWith("row 2, column 管理策番号: Invalid value for control (the title is 5.10's "
                + "(a spreadsheet that takes the id 5.10 for a number writes it 5.1");
    }

    @Test
    void excel_isEveryToleranceButUnknownColumns() {
        SpreadsheetTolerance excel = SpreadsheetTolerance.excel();
        assertThat(excel.skipsTitleRows() && excel.ignoresTrailingEmptyColumns() && excel.acceptsHeadingVariants()
                && excel.acceptsExcelDates() && excel.acceptsDashVariants() && excel.computesDerivedColumns()).isTrue();
        assertThat(excel.ignoresUnknownColumns()).isFalse();
        assertThat(excel.ignoredColumns()).isEmpty();
        assertThat(NONE).hasToString("SpreadsheetTolerance[strict]");
        assertThat(excel.withColumnsIgnored("登録日")).hasToString("SpreadsheetTolerance[title rows skipped, trailing "
                + "empty columns ignored, heading variants, Excel dates, dash variants, derived columns computed, "
                + "ignored columns 登録日]");
        assertThat(excel).isEqualTo(SpreadsheetTolerance.excel()).hasSameHashCodeAs(SpreadsheetTolerance.excel());
        assertThat(JA.tolerance()).isEqualTo(NONE);
        assertThat(JA.withTolerance(excel).tolerance()).isEqualTo(excel);
    }
}
