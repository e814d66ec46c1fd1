package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isms4j.testkit.BadInput.replaceOnce;
import static org.isms4j.testkit.BadInput.thrown;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the record documents of clauses 4 - 8.1, with the exact message and JSON path: a
 * row per case (document, snippet of the example company's document, replacement, message).
 */
class PlanRecordsStrictReadingTest {

    private static final IsmsJson JSON = IsmsJson.strict();

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                // properties and types, the same in every document
                arguments("policy", "\"edition\": 1,", "\"edition\": 1, \"colour\": \"red\",",
                        "$.colour: Unknown property: 'colour' (valid values format, formatVersion, edition, date, "
                                + "company, approver, objectives)"),
                arguments("policy", "\"edition\": 1,", "\"edition\": 1, \"edition\": 2,",
                        "$.edition: Duplicate property: 'edition'"),
                arguments("policy", "\"edition\": 1,", "", "$: Missing property: 'edition'"),
                arguments("policy", "\"edition\": 1", "\"edition\": \"1\"",
                        "$.edition: Invalid type for edition (expected integer): '1'"),
                arguments("policy", "\"edition\": 1", "\"edition\": 0",
                        "$.edition: Invalid value for policy edition (valid values 1 - 2147483647): 0"),
                arguments("policy", "\"date\": \"2023-04-03\"", "\"date\": \"2023-02-30\"",
                        "$.date: Invalid value for date (a date yyyy-MM-dd): '2023-02-30'"),
                arguments("policy", "\"company\": \"株式会社エグザンプル\"", "\"company\": \" \"",
                        "$.company: Invalid value for company (must not be blank): ' '"),
                arguments("policy", "isms4j.policy", "isms4j.role-chart",
                        "$.format: Unknown format: 'isms4j.role-chart' (valid values isms4j.policy)"),
                arguments("policy", "\"objectives\": [", "\"objectives\": [ \"情報セキュリティ事故を未然に防止する。\",",
                        "$: Invalid policy: duplicate objective '情報セキュリティ事故を未然に防止する。'"),
                // context
                arguments("organisation-context", "\"origin\": \"external\"", "\"origin\": \"outside\"",
                        "$.issues[0].origin: Unknown issue origin: 'outside' (valid values external, internal)"),
                arguments("organisation-context", "\"relevant\": false", "\"relevant\": \"false\"",
                        "$.climateChange.relevant: Invalid type for relevant (expected boolean): 'false'"),
                arguments("organisation-context", "\"exclusions\": [ ]",
                        "\"exclusions\": [ { \"subject\": \"本社\", \"reason\": \"x\" } ]",
                        "$.scope: Invalid scope: '本社' is both inside the scope and excluded from it"),
                arguments("organisation-context", "\"issue\": \"ISMSに関する理解の促進\"",
                        "\"issue\": \"情報(紙、電子データ)の適切な取扱い\"",
                        "$: Invalid context: duplicate issue '情報(紙、電子データ)の適切な取扱い'"),
                // role chart
                arguments("role-chart", "\"鈴木 一郎\",\n    \"reportsTo\": \"top_management\"",
                        "\"鈴木 一郎\",\n    \"reportsTo\": \"committee_chair\"",
                        "$.assignments[2]: Invalid assignment of internal_audit_lead to '鈴木 一郎': the internal "
                                + "audit lead reports to top_management, not to committee_chair"),
                arguments("role-chart", "\"role\": \"top_management\",", "\"role\": \"committee_chair\",",
                        "$.assignments[0]: Invalid assignment of committee_chair to '山田 太郎': it reports to "
                                + "another role, not to no one"),
                arguments("role-chart", "\"department\": \"営業\",", "",
                        "$.assignments[7]: Invalid assignment of department_head to '中村 誠': a department head "
                                + "names the department"),
                arguments("role-chart", "\"role\": \"secretariat\"", "\"role\": \"clerk\"",
                        "$.assignments[5].role: Unknown ISMS role: 'clerk' (valid values top_management, "
                                + "committee_chair, internal_audit_lead, education_lead, document_control_lead, "
                                + "secretariat, systems_manager, department_head)"),
                // objectives
                arguments("effectiveness-sheet", "\"date\": \"2024-03-29\"", "\"date\": \"2023-01-01\"",
                        "$.records[0]: Invalid evaluation of objective 1: the evaluation date 2023-01-01 is before "
                                + "the objective was set on 2023-04-03"),
                arguments("effectiveness-sheet", "\"target\": \"100％(全従業者)\"", "\"target\": \"\"",
                        "$.records[0].objective.metric.target: Invalid value for metric target (must not be blank): "
                                + "''"),
                arguments("effectiveness-sheet", "\"result\": \"effective\"", "\"result\": \"○\"",
                        "$.records[0].evaluation.result: Unknown evaluation result: '○' (valid values effective, "
                                + "not_effective)"),
                // competence: the stated appointment is checked, never taken
                arguments("competence-record", "\"appointment\": \"b\"", "\"appointment\": \"a\"",
                        "$: Invalid competence record of '中村 誠': the appointment is b, not a as stated"),
                arguments("competence-record", "\"rating\": 5", "\"rating\": 6",
                        "$.items[3].rating: Invalid value for competence rating (valid values 1 - 5): 6"),
                arguments("competence-record", "\"number\": 4", "\"number\": 5",
                        "$: Invalid competence record of '中村 誠': item 4 is numbered 5"),
                arguments("competence-record", "\"rating\": 5", "\"rating\": 5, \"reRating\": 5",
                        "$.items[3]: Invalid competence item 4: a re-rating and its confirmation date go together "
                                + "(re-rating 5, confirmed none)"),
                // training
                arguments("training-record", "\"attendedOn\": \"2023-10-05\"", "\"attendedOn\": \"2023-11-05\"",
                        "$: Invalid training record 'ISMS教育（基本方針、目標、ルール）': attendee '中村 誠' attended on "
                                + "2023-11-05, outside the period 2023-10-02 - 2023-10-31"),
                arguments("training-record", "\"end\": \"2023-10-31\"", "\"end\": \"2023-10-01\"",
                        "$.period: Invalid period: the end 2023-10-01 is before the start 2023-10-02"),
                arguments("education-plan", "\"methods\": [ \"e_learning\" ]",
                        "\"methods\": [ \"e_learning\", \"e_learning\" ]",
                        "$: Invalid education plan: duplicate method 'e_learning'"),
                // the comprehension test, read with the example company's question set
                arguments("training-record", "\"version\": \"2023\"", "\"version\": \"2024\"",
                        "$.comprehensionTest: Invalid comprehension test: its question set is 'isms-education' "
                                + "version '2024', not the given QuestionSet isms-education@2023"),
                arguments("training-record", "\"passMark\": 100", "\"passMark\": 101",
                        "$.comprehensionTest: Invalid value for pass mark (valid values 0 - 100): 101"),
                arguments("training-record", "\"correct\": {\n      \"1\": \"c\"", "\"correct\": {\n      \"01\": \"c\"",
                        "$.comprehensionTest.correct['01']: Invalid value for question number (a number 1 or more, such "
                                + "as 3): '01'"),
                arguments("training-record", "\"answered\": \"2023-10-05\"", "\"answered\": \"2023-10-04\"",
                        "$.testRecords[0].attempts[0]: Invalid training record 'ISMS教育（基本方針、目標、ルール）': '中村 誠' "
                                + "sat the test on 2023-10-04, before attending on 2023-10-05"),
                arguments("training-record", "\"answered\": \"2023-10-12\"", "\"answered\": \"2023-10-01\"",
                        "$.testRecords[0].attempts[1]: Invalid test record of '中村 誠': the attempt on 2023-10-01 is "
                                + "before the one on 2023-10-05"),
                arguments("training-record", "\"person\": \"中村 誠\"", "\"person\": \"木村 大輔\"",
                        "$.testRecords[0].attempts[0]: Invalid training record 'ISMS教育（基本方針、目標、ルール）': '木村 大輔' "
                                + "sat the test but is not an attendee"),
                // communication
                arguments("communication-plan", "\"audience\": \"関係当局\"", "\"audience\": \"トップマネジメント\"",
                        "$: Invalid communication plan: duplicate content and audience 'セキュリティインシデントの伝達 -> "
                                + "トップマネジメント'"),
                // documents
                arguments("document-register", "\"number\": \"B-01\"", "\"number\": \"B-02\"",
                        "$.documents[4].number: Invalid value for document number (valid values A-01 - A-99, B-01, "
                                + "C-01 - C-99, D-01 - D-99): 'B-02'"),
                arguments("document-register", "\"number\": \"A-02\"", "\"number\": \"A-01\"",
                        "$: Invalid documented-information register: duplicate document number 'A-01'"),
                arguments("document-register", "\"ISMS適用範囲\",\n    \"author\": \"佐藤 花子\",\n    \"approver\": \"山田 太郎\",",
                        "\"ISMS適用範囲\",\n    \"author\": \"佐藤 花子\",",
                        "$.documents[0]: Invalid document 'ISMS適用範囲': a numbered document has an approver"),
                arguments("document-register", "\"2022-10-25\",\n    \"edition\": 1", "\"2022-10-25\",\n    \"edition\": 2",
                        "$.documents[14]: Invalid document 'ISO/IEC 27001:2022': edition 2 has a revision date (none given)"),
                // annual plan
                arguments("annual-plan", "\"weeks\": [ \"2023-05-08\" ]", "\"weeks\": [ \"2023-05-09\" ]",
                        "$.activities[0]: Invalid value for scheduled week (the Monday of the week): 2023-05-09, a "
                                + "tuesday"),
                arguments("annual-plan", "\"weeks\": [ \"2023-05-08\" ]", "\"weeks\": [ \"2023-05-08\", \"2023-05-08\" ]",
                        "$.activities[0]: Invalid activity '外部および内部の課題に対する活動の検討': duplicate scheduled week "
                                + "'2023-05-08'"),
                arguments("annual-plan", "\"clause\": \"6.2\"", "\"clause\": \"6.9\"",
                        "$.activities[4].clause: Unknown ISO/IEC 27001 clause: '6.9' (valid values 4 - 10, 4.1 - 4.4, 5.1 - "
                                + "5.3, 6.1 - 6.3, 7.1 - 7.5, 8.1 - 8.3, 9.1 - 9.3, 10.1 - 10.2, 6.1.1 - 6.1.3, 7.5.1 - 7.5.3, "
                                + "9.2.1 - 9.2.2, 9.3.1 - 9.3.3)"));
    }

    @ParameterizedTest
    @MethodSource("badDocuments")
    void badDocument_failsWithPathAndMessage(String name, String snippet, String replacement, String message) {
        assertThat(error(PlanRecordExamples.named(name), snippet, replacement).getMessage()).isEqualTo(message);
    }

    private static <T> IsmsJsonException error(PlanRecordExamples.Example<T> example, String snippet,
            String replacement) {
        String broken = replaceOnce(JSON.write(example.kind(), example.value()), snippet, replacement);
        IsmsJsonException e = thrown(IsmsJsonException.class, () -> JSON.read(example.kind(), broken));
        assertThat(e).isInstanceOf(IsmsException.class);
        return e;
    }

    @Test
    void unknownProperty_isSkippedWhenAsked() {
        String json = replaceOnce(JSON.write(RecordDocuments.POLICY, org.isms4j.records.example.ExampleCompany.policy()),
                "\"edition\": 1,", "\"edition\": 1, \"colour\": [ 1, { \"a\": 2 } ],");
        assertThat(IsmsJson.strict().ignoringUnknownProperties().read(RecordDocuments.POLICY, json))
                .isEqualTo(org.isms4j.records.example.ExampleCompany.policy());
    }
}
