package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isms4j.testkit.BadInput.replaceOnce;
import static org.isms4j.testkit.BadInput.thrown;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.ReportTable;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.isms4j.testkit.BadInput;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.isms4j.testkit.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV tables: their bytes, round trips in both languages, and every kind of bad input. */
class IsmsCsvTest {

    private static final IsmsCsv JA = IsmsCsv.japanese();
    private static final IsmsCsv EN = IsmsCsv.english();
    private static final RiskModel MODEL = RiskModel.standard();
    private static final RiskRegister REGISTER = Fixtures.canonicalRegister();
    /** The canonical register without its approval record, which a table does not carry. */
    private static final RiskRegister TABLE_REGISTER = RiskRegister.of(MODEL, REGISTER.inventory(), REGISTER.risks());
    private static final AssetInventory INVENTORY = Fixtures.quickApproachInventory();
    private static final String INVENTORY_CSV = JA.writeAssetInventory(INVENTORY);
    private static final String REGISTER_CSV = JA.writeRiskRegister(REGISTER);
    private static final String PLAN_CSV = JA.writeTreatmentPlan(CanonicalFixture.plan());
    private static final String SOA_CSV = JA.writeStatementOfApplicability(Fixtures.canonicalSoa());

    private static IsmsCsvException inventoryError(String csv) {
        return thrown(IsmsCsvException.class, () -> JA.readAssetInventory(csv));
    }

    private static IsmsCsvException registerError(String csv) {
        return thrown(IsmsCsvException.class, () -> JA.readRiskRegister(csv, MODEL, REGISTER.inventory()));
    }

    private static IsmsCsvException planError(String csv) {
        return thrown(IsmsCsvException.class, () -> JA.readTreatmentPlan(csv));
    }

    private static IsmsCsvException soaError(String csv) {
        return thrown(IsmsCsvException.class, () -> JA.readStatementOfApplicability(csv));
    }

    // ---------------------------------------------------------------- writing

    @Test
    void writeAssetInventory_headingsInTheSourcesOrderAndCrlfRows() {
        assertThat(INVENTORY_CSV).isEqualTo("番号,業務分類,情報資産名称,備考,利用者範囲,リスク所有者,管理部署,媒体・保存先,"
                + "機密性,完全性,可用性,重要度\r\n"
                + "1,人事,社員名簿,社員基本情報,,,,社員PC,3,3,2,3\r\n"
                + "2,経理,当社宛請求書,過去3年分,,,,社員PC,3,3,2,3\r\n"
                + "3,営業,顧客リスト,得意先,営業部,営業部長,営業部,社員PC,3,3,3,3\r\n");
        assertThat(EN.writeAssetInventory(INVENTORY)).startsWith("No,\"Business category\",Asset,Remarks,");
        assertThat(IsmsCsv.of(Locale.JAPAN)).isSameAs(JA);
        assertThat(IsmsCsv.of(Locale.US)).isSameAs(EN);
        assertThat(JA.locale()).isEqualTo(Locale.JAPANESE);
        assertThat(EN.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void withByteOrderMark_writesItFirstAndReadingSkipsIt() {
        IsmsCsv bom = JA.withByteOrderMark();
        assertThat(bom.writesByteOrderMark()).isTrue();
        assertThat(JA.writesByteOrderMark()).isFalse();
        String text = bom.writeAssetInventory(INVENTORY);
        assertThat(text).isEqualTo("\uFEFF" + INVENTORY_CSV);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bom.writeAssetInventory(INVENTORY, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(JA.readAssetInventory(new ByteArrayInputStream(bytes))).isEqualTo(INVENTORY);
        assertThat(JA.readAssetInventory(text)).isEqualTo(INVENTORY);
    }

    @Test
    void writeRiskRegister_everyColumnSoThatEveryValueReadsBack() {
        String[] lines = REGISTER_CSV.split("\r\n");
        assertThat(lines[0]).startsWith("番号,資産番号,リスク源,影響領域,事象,喪失する特性,原因,起こり得る結果,重要度,"
                + "被害発生可能性,リスクレベル,優先順位,リスク対応,管理策,附属書A,対応,");
        assertThat(lines[0].split(",")).hasSize(32);
        assertThat(REGISTER_CSV).contains("3,\"10, 11, 13, 26, 55\",電子情報の分類・取扱いが不明確,外部,情報の紛失・盗難,"
                + "機密性の喪失,")
                .contains(",低減,\"情報の分類定義 (5.12)\n分類ごとの情報の取扱いルール\nラベリング (5.13)\",\"5.12, 5.13\",未定,");
        assertThat(JA.readRiskRegister(REGISTER_CSV, MODEL, REGISTER.inventory())).isEqualTo(TABLE_REGISTER);
        String english = EN.writeRiskRegister(REGISTER);
        assertThat(english).contains("\"loss of confidentiality\"").contains(",reduce,").contains(",accepted,");
        assertThat(EN.readRiskRegister(english, MODEL, REGISTER.inventory())).isEqualTo(TABLE_REGISTER);
        assertThat(JA.readRiskRegister(english, MODEL, REGISTER.inventory())).isEqualTo(TABLE_REGISTER);
    }

    @Test
    void writeTreatmentPlanAndSoa_readBackEqual() {
        assertThat(PLAN_CSV).contains("2,教育訓練,\"教材作成\n研修実施\",ISMS事務局,2023-09-01,2023-11-30,2023-09-04,,着手,,2\r\n");
        assertThat(JA.readTreatmentPlan(PLAN_CSV)).isEqualTo(CanonicalFixture.plan());
        assertThat(EN.readTreatmentPlan(EN.writeTreatmentPlan(CanonicalFixture.plan())))
                .isEqualTo(CanonicalFixture.plan());
        assertThat(SOA_CSV.split("\r\n")).hasSize(94);
        assertThat(SOA_CSV).contains("\r\n5.12,情報の分類,組織的管理策,○,未,,リスクアセスメントの結果,3,,\r\n")
                .contains("\r\n8.25,セキュリティに配慮した開発のライフサイクル,技術的管理策,×,—,自社でソフトウェア開発を行わない,事業上の要求事項,,,\r\n");
        assertThat(JA.readStatementOfApplicability(SOA_CSV)).isEqualTo(Fixtures.canonicalSoa());
        assertThat(EN.readStatementOfApplicability(EN.writeStatementOfApplicability(Fixtures.canonicalSoa())))
                .isEqualTo(Fixtures.canonicalSoa());
    }

    @Test
    void writeTable_anyReportTable() {
        ReportTable table = ReportTable.of(List.of("a", "b"), List.of(List.of("1, 2", "x\"y")));
        assertThat(EN.writeTable(table)).isEqualTo("a,b\r\n\"1, 2\",\"x\"\"y\"\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EN.writeTable(table, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(EN.writeTable(table));
    }

    @Test
    void write_rejectsValuesACellCouldNotCarryBack() {
        PlanItem item = PlanItem.newBuilder().number(1).control(CanonicalFixture.TRAINING)
                .tasks(List.of("教材作成\n研修実施")).owner("委員長").plannedStart(LocalDate.of(2023, 9, 1))
                .plannedEnd(LocalDate.of(2023, 9, 30)).riskNumbers(List.of(2)).build();
        assertThatThrownBy(() -> JA.writeTreatmentPlan(TreatmentPlan.of(List.of(item))))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Cannot write as CSV: task '教材作成\\u000a研修実施' of plan row 1 has a line break, which "
                        + "separates the values of its cell");
        AssessedRisk row = REGISTER.risks().get(1).withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE),
                List.of(TreatmentControl.of("情報の分類定義 (5.12)")), TreatmentStatus.PLANNED));
        assertThatThrownBy(() -> JA.writeRiskRegister(REGISTER.withRisks(List.of(row))))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Cannot write as CSV: control '情報の分類定義 (5.12)' of risk 2 ends like an Annex A id in "
                        + "brackets but names none; its cell would read back as a control of that id");
        StatementOfApplicability soa = StatementOfApplicability.empty().with(ControlId.parse("5.1"),
                Decision.applicable("方針").withDocuments("A-02\r\nA-03"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> JA.writeStatementOfApplicability(soa, out))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Cannot write as CSV: document 'A-02\\u000d\\u000aA-03' of control 5.1 has a line break, "
                        + "which separates the values of its cell");
        assertThat(out.size()).isZero();
    }

    // ---------------------------------------------------------------- reading: headings and rows

    @Test
    void read_headingsInEitherLanguageInAnyOrder() {
        String mixed = INVENTORY_CSV.replace("番号,業務分類,情報資産名称", "No,Business category,情報資産名称");
        assertThat(JA.readAssetInventory(mixed)).isEqualTo(INVENTORY);
        String swapped = "業務分類,番号,情報資産名称,備考,利用者範囲,リスク所有者,管理部署,媒体・保存先,機密性,完全性,可用性,重要度\n"
                + "人事,1,社員名簿,,,,,,3,3,2,3\n";
        assertThat(JA.readAssetInventory(swapped).get(1).businessCategory()).isEqualTo("人事");
        assertThat(inventoryError(INVENTORY_CSV.replace("備考", "Notes"))).hasMessageStartingWith(
                "row 1, column Notes: Unknown asset inventory column: 'Notes' (valid values 番号 / No, 業務分類 / "
                        + "Business category, ");
        assertThat(inventoryError(INVENTORY_CSV.replace("備考", "Importance")))
                .hasMessage("row 1, column 重要度: Duplicate column: '重要度'");
        assertThat(inventoryError(INVENTORY_CSV.replace(",重要度\r\n", "\r\n")))
                .hasMessage("row 1: Missing column: '重要度'");
        String noImportance = EN.writeAssetInventory(INVENTORY).replace(",Importance\r\n", "\r\n");
        assertThat(thrown(IsmsCsvException.class, () -> EN.readAssetInventory(noImportance)))
                .hasMessage("row 1: Missing column: 'Importance'");
        assertThat(inventoryError("")).hasMessage("row 1: Invalid asset inventory table: it has no heading row");
    }

    @Test
    void read_rowsOfEmptyCellsAreSkippedOtherRowsHaveOneCellPerHeading() {
        String blank = INVENTORY_CSV + ",,,,,,,,,,,\r\n\r\n";
        assertThat(JA.readAssetInventory(blank)).isEqualTo(INVENTORY);
        assertThat(JA.readAssetInventory(INVENTORY_CSV.replace("\r\n", "\n"))).isEqualTo(INVENTORY);
        IsmsCsvException e = inventoryError(INVENTORY_CSV.replace(",社員PC,3,3,3,3", ",社員PC,3,3,3"));
        assertThat(e).hasMessage("row 4: Invalid row: 11 cells, not 12 (one per heading)");
        assertThat(e.row()).isEqualTo(4);
        assertThat(e.column()).isEmpty();
        assertThat(e.location()).isEqualTo("row 4");
        assertThat(inventoryError(INVENTORY_CSV.replace(",社員PC,3,3,3,3", ",社員PC,3,3,3,3,3")))
                .hasMessage("row 4: Invalid row: more than 12 cells (one per heading)");
    }

    @Test
    void read_malformedCsvAndText() {
        IsmsCsvException e = inventoryError(INVENTORY_CSV.replace("過去3年分", "\"過去3年分"));
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.reason()).startsWith("Malformed CSV (line ");
        assertThat(inventoryError(INVENTORY_CSV.replace("過去3年分", "\"過去\"3年分")).reason())
                .startsWith("Malformed CSV (line 3, column ").contains("Expected column separator character");
        byte[] bytes = INVENTORY_CSV.getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF;
        IsmsCsvException utf8 =
                thrown(IsmsCsvException.class, () -> JA.readAssetInventory(new ByteArrayInputStream(bytes)));
        assertThat(utf8).hasMessageStartingWith("row 4, column 重要度: Invalid UTF-8 text: the bytes 0xff at offset "
                + (bytes.length - 3) + " are not UTF-8; if Excel saved the file as \"CSV (Comma delimited)\" on a "
                + "Japanese PC, it is windows-31j");
    }

    @Test
    void read_limits() {
        IsmsCsv small = JA.withReadConstraints(StreamReadConstraints.builder().maxStringLength(1000).build());
        assertThat(small.readConstraints().getMaxStringLength()).isEqualTo(1000);
        String big = INVENTORY_CSV.replace("社員基本情報", "x".repeat(5000));
        assertThat(JA.readAssetInventory(big).get(1).remarks()).hasSize(5000);
        assertThat(thrown(IsmsCsvException.class, () -> small.readAssetInventory(big)).getMessage()).startsWith(
                "row 2: Read limit exceeded: String value length").contains("exceeds the maximum allowed (1000");
    }

    // ---------------------------------------------------------------- reading: cells

    @Test
    void readAssetInventory_importanceBelowTheRating() {
        IsmsCsvException e = inventoryError(INVENTORY_CSV.replace("3,3,3,3\r\n", "3,3,3,2\r\n"));
        assertThat(e).hasMessage("row 4, column 重要度: Invalid value for importance (the highest of confidentiality, "
                + "integrity and availability is 3): 2");
        assertThat(e.column()).contains("重要度");
        assertThat(e.reason()).startsWith("Invalid value for importance");
    }

    /** The quick approach's inventory with one snippet replaced, and the message. */
    static Stream<Arguments> badInventoryCells() {
        return Stream.of(
                arguments("rating above the scale", "3,3,3,3\r\n", "3,3,11,11\r\n",
                        "row 4, column 可用性: Invalid value for availability (valid values 0 - 10): 11"),
                arguments("rating not a number", "3,3,3,3\r\n", "3,3,三,3\r\n",
                        "row 4, column 可用性: Invalid value for availability (an integer 0 - 10): '三'"),
                arguments("duplicate asset number", "\r\n3,営業", "\r\n1,営業",
                        "row 4, column 番号: Duplicate asset number: 1"),
                arguments("blank name", "社員名簿", " ",
                        "row 2, column 情報資産名称: Invalid value for asset name (must not be blank): ' '"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInventoryCells")
    void readAssetInventory_badCells(String label, String text, String replacement, String message) {
        assertThat(inventoryError(replaceOnce(INVENTORY_CSV, text, replacement))).as(label).hasMessage(message);
    }

    /** The canonical register with one snippet replaced, and the message. */
    static Stream<Arguments> badRegisterCells() {
        return Stream.of(
                arguments("level off the model", ",3,3,9,1,低減,", ",3,3,8,1,低減,",
                        "row 4, column リスクレベル: Invalid value for risk level (model isms4j-standard@1 gives 9): 8"),
                arguments("priority off the model", ",3,3,9,1,低減,", ",3,3,9,2,低減,",
                        "row 4, column 優先順位: Invalid value for priority (model isms4j-standard@1 gives '1'): '2'"),
                arguments("importance off its assets'", ",3,3,9,1,低減,", ",2,3,9,1,低減,",
                        "row 4, column 重要度: Invalid value for importance (the highest importance of the risk's "
                                + "assets gives 3): 2"),
                arguments("asset not in the inventory", "\"10, 11, 13, 26, 55\"", "\"10, 12\"",
                        "row 4, column 資産番号: Unknown asset number: 12"),
                arguments("asset number twice", "\"10, 11, 13, 26, 55\"", "\"10, 10\"",
                        "row 4, column 資産番号: Duplicate asset number: 10"),
                arguments("unknown treatment status", ",予定,", ",いつか,",
                        "row 3, column 対応: Unknown treatment status: 'いつか' (valid values 済み / done, 予定 / "
                                + "planned, 未定 / undecided)"),
                arguments("no treatment status", ",予定,", ",,",
                        "row 3, column 対応: Invalid value for treatment status (a treatment has one, such as "
                                + "予定 / planned): ''"),
                arguments("Annex A cell off the controls", "\"5.12, 5.13\"", "5.12",
                        "row 4, column 附属書A: Invalid value for Annex A (the controls name 5.12, 5.13): '5.12'"),
                arguments("reduce without a control", ",教育訓練,", ",,",
                        "row 3, column リスク対応: Invalid treatment: a reduce decision names at least one control"),
                arguments("retained above the threshold", ",低減,教育訓練,", ",保有,,",
                        "row 3: Invalid treatment of risk 2: it is retained at level 4, priority 3, above the "
                                + "acceptance threshold, without a justification"),
                arguments("decision date not a date", ",2023-10-02,", ",2023/10/02,",
                        "row 4, column 判断日: Invalid value for decided (a date yyyy-MM-dd): '2023/10/02'"),
                arguments("expiry not after the decision", ",2024-04-01\r\n", ",2023-10-01\r\n",
                        "row 4, column 見直し期限: Invalid acceptance: the expiry 2023-10-01 is not after the "
                                + "decision date 2023-10-02"),
                arguments("second evaluation's level off the model", ",未定,2,3,6,3,3,", ",未定,2,3,4,3,3,",
                        "row 4, column 二次評価 リスクレベル: Invalid value for risk level (model isms4j-standard@1 "
                                + "gives 6): 4"),
                arguments("threat without vulnerability", ",未定,2,3,6,3,3,", ",未定,2,3,6,3,,",
                        "row 4, column 脆弱性: Invalid evaluation: threat (3) and vulnerability (none) are given "
                                + "together or not at all"),
                arguments("duplicate risk number", "\r\n2,40,", "\r\n1,40,",
                        "row 3, column 番号: Duplicate risk number: 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegisterCells")
    void readRiskRegister_badCells(String label, String text, String replacement, String message) {
        assertThat(registerError(replaceOnce(REGISTER_CSV, text, replacement))).as(label).hasMessage(message);
    }

    @Test
    void readRiskRegister_unknownSecurityProperty() {
        assertThat(registerError(replaceOnce(REGISTER_CSV, "機密性の喪失,\"電子", "秘密性の喪失,\"電子")))
                .hasMessageStartingWith("row 4, column 喪失する特性: Unknown security property: '秘密性の喪失' (valid "
                        + "values 機密性の喪失 / loss of confidentiality,");
    }

    /** The canonical plan with one snippet replaced, and the message. */
    static Stream<Arguments> badPlanCells() {
        return Stream.of(
                arguments("completed without an actual end", ",2023-09-04,,着手,", ",2023-09-04,,終了,",
                        "row 3: Invalid plan row 2: status completed does not agree with its actual dates (start "
                                + "2023-09-04, end none): completed needs an actual end"),
                arguments("blank task", "\"教材作成\n研修実施\"", "\"教材作成\n\n研修実施\"",
                        "row 3, column タスク: Invalid value for task (must not be blank): ''"),
                arguments("Annex A id of theme 9", "2023-12-28,,,未着手,5.12,", "2023-12-28,,,未着手,9.12,",
                        "row 4, column 附属書A: Invalid value for Annex A control (a theme 5 - 8 and a number, "
                                + "such as 5.12): '9.12'"),
                arguments("duplicate row number", "\r\n2,教育訓練", "\r\n1,教育訓練",
                        "row 3, column 番号: Duplicate plan row number: 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlanCells")
    void readTreatmentPlan_badCells(String label, String text, String replacement, String message) {
        assertThat(planError(replaceOnce(PLAN_CSV, text, replacement))).as(label).hasMessage(message);
    }

    @Test
    void readTreatmentPlan_unknownStatus() {
        assertThat(planError(replaceOnce(PLAN_CSV, ",2023-09-04,,着手,", ",2023-09-04,,開始,")))
                .hasMessageStartingWith("row 3, column ステータス: Unknown plan status: '開始' (valid values 終了 / "
                        + "completed,");
    }

    @Test
    void readTreatmentPlan_englishStatusAndAnnexAPrefix() {
        assertThat(JA.readTreatmentPlan(replaceOnce(PLAN_CSV, ",未着手,5.12,", ",not started,A.5.12,")))
                .isEqualTo(CanonicalFixture.plan());
    }

    /** The canonical SoA with one snippet replaced, and the message. */
    static Stream<Arguments> badSoaCells() {
        return Stream.of(
                arguments("unknown control", "\r\n8.25,", "\r\n8.35,",
                        "row 85, column 管理策番号: Unknown Annex A control: '8.35' (valid ids 5.1 - 5.37, 6.1 - 6.8, "
                                + "7.1 - 7.14, 8.1 - 8.34)"),
                arguments("title off the catalogue", "5.12,情報の分類,", "5.12,情報の区分,",
                        "row 13, column 管理策: Invalid value for control title (5.12 is '情報の分類' / "
                                + "'Classification of information'): '情報の区分'"),
                arguments("theme off the catalogue", "5.12,情報の分類,組織的管理策", "5.12,情報の分類,人的管理策",
                        "row 13, column テーマ: Invalid value for theme (5.12 is in '組織的管理策' / 'organizational "
                                + "controls'): '人的管理策'"),
                arguments("status of an undecided control", "5.2,情報セキュリティの役割及び責任,組織的管理策,,,",
                        "5.2,情報セキュリティの役割及び責任,組織的管理策,,○,",
                        "row 3, column 実施状況: Invalid value for implementation status (empty for an undecided "
                                + "control, one without applicability): '○'"),
                arguments("control twice", "\r\n5.13,", "\r\n5.12,",
                        "row 14, column 管理策番号: Duplicate control: 5.12"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSoaCells")
    void readStatementOfApplicability_badCells(String label, String text, String replacement, String message) {
        assertThat(soaError(replaceOnce(SOA_CSV, text, replacement))).as(label).hasMessage(message);
    }

    @Test
    void readStatementOfApplicability_unknownApplicability() {
        assertThat(soaError(replaceOnce(SOA_CSV, "5.12,情報の分類,組織的管理策,○,未", "5.12,情報の分類,組織的管理策,◎,未")))
                .hasMessageStartingWith("row 13, column 適用可否: Unknown applicability: '◎'");
    }

    @Test
    void readStatementOfApplicability_someRowsAndEnglishTerms() {
        String partial = SOA_CSV.substring(0, SOA_CSV.indexOf("\r\n5.2,") + 2);
        assertThat(JA.readStatementOfApplicability(partial).decisions()).containsOnlyKeys(ControlId.parse("5.1"));
        assertThat(JA.readStatementOfApplicability(replaceOnce(SOA_CSV, ",○,○,", ",applicable,implemented,")))
                .isEqualTo(Fixtures.canonicalSoa());
    }

    // ---------------------------------------------------------------- round trips

    @Test
    void assetInventory_roundTrips() {
        qt().withExamples(200).forAll(Generators.inventories()).checkAssert(inventory -> {
            for (IsmsCsv csv : new IsmsCsv[] {JA, EN.withByteOrderMark()}) {
                String written = csv.writeAssetInventory(inventory);
                AssetInventory read = csv.readAssetInventory(written);
                assertThat(read).isEqualTo(inventory);
                assertThat(csv.writeAssetInventory(read)).isEqualTo(written);
            }
        });
    }

    @Test
    void riskRegister_roundTrips() {
        qt().withExamples(200).forAll(Generators.csvRegisters()).checkAssert(register -> {
            for (IsmsCsv csv : new IsmsCsv[] {JA.withByteOrderMark(), EN}) {
                String written = csv.writeRiskRegister(register);
                RiskRegister read = csv.readRiskRegister(written, register.model(), register.inventory());
                assertThat(read).isEqualTo(register);
                assertThat(csv.writeRiskRegister(read)).isEqualTo(written);
            }
        });
    }

    @Test
    void treatmentPlan_roundTrips() {
        qt().withExamples(200).forAll(Generators.csvPlans()).checkAssert(plan -> {
            for (IsmsCsv csv : new IsmsCsv[] {JA, EN.withByteOrderMark()}) {
                String written = csv.writeTreatmentPlan(plan);
                TreatmentPlan read = csv.readTreatmentPlan(written);
                assertThat(read).isEqualTo(plan);
                assertThat(csv.writeTreatmentPlan(read)).isEqualTo(written);
            }
        });
    }

    @Test
    void statementOfApplicability_roundTrips() {
        qt().withExamples(100).forAll(Generators.csvSoas()).checkAssert(soa -> {
            for (IsmsCsv csv : new IsmsCsv[] {JA.withByteOrderMark(), EN}) {
                String written = csv.writeStatementOfApplicability(soa);
                StatementOfApplicability read = csv.readStatementOfApplicability(written);
                assertThat(read).isEqualTo(soa);
                assertThat(csv.writeStatementOfApplicability(read)).isEqualTo(written);
            }
        });
    }
}
