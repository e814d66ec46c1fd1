package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isms4j.testkit.BadInput.thrown;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.core.selfassessment.NotApplicable;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The LV.2 answer sheet as CSV: its bytes, the round trip, and each bad answer at its row. */
class SelfAssessmentTablesTest {

    private static final IsmsCsv JA = IsmsCsv.japanese();
    private static final IsmsCsv EN = IsmsCsv.english();
    private static final QuestionSet SET = QuestionSets.selfAssessmentPart1();
    private static final CsvTable<AnswerSheet> TABLE = SelfAssessmentTables.answerSheet(SET);
    private static final AnswerSheet SHEET = AnswerSheet.of(SET, "山田", "本社", LocalDate.of(2024, 4, 1), Map.of(
            1, "implemented", 2, "partly_implemented", 3, "implemented", 4, "not_implemented", 5, "unknown"));
    private static final String CSV = JA.write(TABLE, SHEET);

    @Test
    void answerSheet_oneRowPerQuestion_theRespondentInTheFirst_answersByName() {
        String[] lines = CSV.split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo("No,診断内容,回答,回答者,部署,回答日");
        assertThat(lines[1]).startsWith("1,").endsWith(",実施している,山田,本社,2024-04-01");
        assertThat(lines[5]).startsWith("5,").endsWith(",分からない,,,");
        assertThat(EN.write(TABLE, SHEET).split("\r\n")[1]).endsWith(",implemented,山田,本社,2024-04-01");
    }

    @Test
    void answerSheet_readsBackEqual_inBothLanguages_answersByNameOrCode() {
        for (IsmsCsv csv : new IsmsCsv[] {JA, EN, EN.withByteOrderMark()}) {
            assertThat(JA.read(TABLE, csv.write(TABLE, SHEET))).isEqualTo(SHEET);
        }
        String codes = CSV.replace(",実施している,", ",implemented,").replace(",分からない,", ",unknown,");
        assertThat(JA.read(TABLE, codes)).isEqualTo(SHEET);
        assertThat(JA.read(TABLE, CSV).result().total()).isEqualTo(9);
    }

    @Test
    void answerSheet_notApplicable_whereTheSetAdmitsIt() {
        QuestionSet set = SET.withNotApplicable(NotApplicable.excludedFromMaximum());
        CsvTable<AnswerSheet> table = SelfAssessmentTables.answerSheet(set);
        AnswerSheet sheet = AnswerSheet.of(set, "山田", "本社", LocalDate.of(2024, 4, 1), Map.of(1, "implemented",
                2, "implemented", 3, "partly_implemented", 4, "implemented", 5, "not_applicable"));
        String csv = JA.write(table, sheet);
        assertThat(csv).contains(",該当しない,");
        assertThat(JA.read(table, csv)).isEqualTo(sheet);
        assertThat(thrown(IsmsCsvException.class, () -> JA.read(TABLE, csv))).hasMessage(
                "row 6, column 回答: Invalid answer to question 5 (valid values implemented, partly_implemented, "
                        + "not_implemented, unknown): '該当しない'");
    }

    @Test
    void comprehensionTest_sheetsOfTheExampleCompany_readBackEqual() {
        AnswerSheet sheet = ExampleCompany.trainingRecordWithTests().testRecords().get(0).attempts().get(0).sheet();
        CsvTable<AnswerSheet> table = SelfAssessmentTables.answerSheet(sheet.questionSet());
        String csv = JA.write(table, sheet);
        assertThat(csv.split("\r\n")[1]).isEqualTo("1,ISMSの国際規格,C,\"中村 誠\",営業,2023-10-05");
        assertThat(JA.read(table, csv)).isEqualTo(sheet);
    }

    @Test
    void answerSheet_aNullSet_isNamed() {
        assertThatThrownBy(() -> SelfAssessmentTables.answerSheet(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("set");
    }

    private static String row(int question) {
        return CSV.split("\r\n")[question];
    }

    static Stream<Arguments> badSheets() {
        String row2 = row(2);
        return Stream.of(
                arguments(CSV.replace(row2, row2.replace(",一部実施している,", ",はい,")),
                        "row 3, column 回答: Invalid answer to question 2 (valid values implemented, partly_implemented, "
                                + "not_implemented, unknown): 'はい'"),
                arguments(CSV.replace(row2, row2.replace(",一部実施している,", ",,")),
                        "row 3, column 回答: Invalid answer to question 2 (valid values implemented, partly_implemented, "
                                + "not_implemented, unknown): ''"),
                arguments(CSV.replace(row2 + "\r\n", ""), "table: Missing answer to question 2 of "
                        + SET),
                arguments(CSV.replace(row2, row(1).replace(",山田,本社,2024-04-01", ",,,")),
                        "row 3, column 回答: Duplicate answer to question 1: 'implemented' and 'implemented'"),
                arguments(CSV.replace(row2, row2.replaceFirst("^2,", "6,")),
                        "row 3, column No: Unknown question number: 6"),
                arguments(CSV.replace(row2, row2.replaceFirst(",[^,]*,一部実施している", ",設問,一部実施している")),
                        "row 3, column 診断内容: Invalid value for question text (question 2 reads '"
                                + SET.questions().get(1).text(java.util.Locale.JAPANESE) + "'): '設問'"),
                arguments(CSV.replace(",山田,", ",,"), "row 2, column 回答者: Invalid value for respondent (must not "
                        + "be blank): ''"),
                arguments(CSV.replace(",本社,", ", ,"), "row 2, column 部署: Invalid value for department (must not "
                        + "be blank): ' '"),
                arguments(CSV.replace(",2024-04-01", ",2024/04/01"), "row 2, column 回答日: Invalid value for date "
                        + "answered (a date yyyy-MM-dd): '2024/04/01'"),
                arguments(CSV.replace(row2, row2 + "山田,,"), "row 3: Invalid row: more than 6 cells (one per heading)"),
                arguments(CSV.replace(row2, row2.substring(0, row2.length() - 2) + "佐藤,,"),
                        "row 3, column 回答者: Invalid value for respondent (given in the first row only, empty after): "
                                + "'佐藤'"),
                arguments("No,診断内容,回答,回答者,部署,回答日\r\n", "table: Invalid answer sheet: it has no row; the first names "
                        + "the respondent, the department and the date answered, and answers question 1"));
    }

    @ParameterizedTest
    @MethodSource("badSheets")
    void badSheet_failsAtTheQuestionsRow(String csv, String message) {
        assertThat(thrown(IsmsCsvException.class, () -> JA.read(TABLE, csv))).hasMessage(message);
    }
}
