package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.isms4j.json.CheckActSchemaTest.Kind;
import org.isms4j.records.corrective.CorrectiveAction;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.review.ReviewInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documents of the clauses 9 - 10 records: every generated record writes and reads back
 * equal with identical bytes, and strict reading names the JSON path and the core's rule.
 */
class CheckActDocumentsTest {

    private static final IsmsJson JSON = IsmsJson.strict();

    @ParameterizedTest
    @EnumSource(Kind.class)
    void generatedRecords_roundTripEqual(Kind kind) {
        qt().withExamples(200).forAll(kind.records).checkAssert(record -> {
            String written = JSON.write(kind.document, record);
            Object read = JSON.read(kind.document, written);
            assertThat(read).isEqualTo(record);
            assertThat(JSON.write(kind.document, read)).isEqualTo(written);
            assertThat(JSON.compact().read(kind.document, JSON.compact().write(kind.document, record))).isEqualTo(record);
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void example_roundTripsEqual(Kind kind) {
        assertThat(JSON.read(kind.document, kind.written())).isEqualTo(kind.example);
        assertThat(kind.document.type()).isInstanceOf(Class.class).matches(t -> t.isInstance(kind.example));
    }

    @Test
    void incompleteReview_isReadAsRecorded() {
        ManagementReview draft = ManagementReview.of(ExampleCompany.managementReview().date(), java.util.List.of("山田"))
                .withInput(ReviewInput.AUDIT_RESULTS, "監査結果");
        ManagementReview read = JSON.read(RecordDocuments.MANAGEMENT_REVIEW,
                JSON.write(RecordDocuments.MANAGEMENT_REVIEW, draft));
        assertThat(read).isEqualTo(draft);
        assertThat(read.missingInputs()).hasSize(ReviewInput.values().length - 1);
    }

    @Test
    void openAction_isReadAtItsStage() {
        CorrectiveAction closed = ExampleCompany.correctiveAction();
        CorrectiveAction open = CorrectiveAction.of(closed.number(), closed.department(), closed.origin(),
                closed.grade(), closed.clause(), closed.request()).corrected(closed.correction().orElseThrow());
        CorrectiveAction read = JSON.read(RecordDocuments.CORRECTIVE_ACTION,
                JSON.write(RecordDocuments.CORRECTIVE_ACTION, open));
        assertThat(read).isEqualTo(open);
        assertThat(read.isClosed()).isFalse();
    }

    private static Arguments broken(Kind kind, String from, String to, String message) {
        return Arguments.of(kind, from, to, message);
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken(Kind.AUDIT_PLAN, "\"isms4j.audit-plan\"", "\"isms4j.audit-report\"",
                        "$.format: Unknown format: 'isms4j.audit-report' (valid values isms4j.audit-plan)"),
                broken(Kind.AUDIT_PLAN, "\"auditee\": \"渡辺 健\",", "\"auditee\": \"渡辺 健\", \"room\": \"A\",",
                        "$.plan.slots[0].room: Unknown property: 'room' (valid values number, auditedDepartment, "
                                + "auditor, auditorDepartment, auditee, start, end)"),
                broken(Kind.AUDIT_PLAN, "\"auditee\": \"渡辺 健\",", "\"auditee\": \"渡辺 健\", \"auditee\": \"x\",",
                        "$.plan.slots[0].auditee: Duplicate property: 'auditee'"),
                broken(Kind.AUDIT_PLAN, "\"auditee\": \"渡辺 健\",", "",
                        "$.plan.slots[0]: Missing property: 'auditee'"),
                broken(Kind.AUDIT_PLAN, "\"number\": 1,", "\"number\": \"1\",",
                        "$.plan.slots[0].number: Invalid type for number (expected integer): '1'"),
                broken(Kind.AUDIT_PLAN, "\"number\": 1,", "\"number\": 0,",
                        "$.plan.slots[0]: Invalid value for audit slot number (valid values 1 - 2147483647): 0"),
                broken(Kind.AUDIT_PLAN, "\"auditorDepartment\": \"管理部\",\n      \"auditee\": \"中村 誠\"",
                        "\"auditorDepartment\": \"営業部\",\n      \"auditee\": \"中村 誠\"",
                        "$.plan.slots[2]: Invalid audit slot 3: auditor '鈴木 一郎' audits their own department '営業部'"),
                broken(Kind.AUDIT_PLAN, "\"start\": \"2024-02-05T10:00\"", "\"start\": \"2024-02-05T10:00:00\"",
                        "$.plan.slots[0].start: Invalid value for start (a date and time yyyy-MM-ddTHH:mm): "
                                + "'2024-02-05T10:00:00'"),
                broken(Kind.AUDIT_PLAN, "\"start\": \"2024-02-05T10:00\"", "\"start\": \"2024-02-30T10:00\"",
                        "$.plan.slots[0].start: Invalid value for start (a date and time yyyy-MM-ddTHH:mm): "
                                + "'2024-02-30T10:00'"),
                broken(Kind.AUDIT_PLAN, "\"plannedReportDate\": \"2024-02-20\"", "\"plannedReportDate\": \"2024-02-04\"",
                        "$.plan: Invalid audit plan 'ISO27001認証取得に関する内部監査': the planned report date 2024-02-04 "
                                + "is before the last slot on 2024-02-05"),
                broken(Kind.AUDIT_PLAN, "\"reportMeans\": \"報告会の開催\"", "\"reportMeans\": null",
                        "$.plan.reportMeans: Invalid type for reportMeans (expected string): null"),
                broken(Kind.AUDIT_CHECKLIST, "\"clause\": \"4.3\"", "\"clause\": \"4.03\"",
                        "$.items[0].clause: Unknown ISO/IEC 27001 clause: '4.03' (valid values 4 - 10, 4.1 - 4.4, "
                                + "5.1 - 5.3, 6.1 - 6.3, 7.1 - 7.5, 8.1 - 8.3, 9.1 - 9.3, 10.1 - 10.2, 6.1.1 - 6.1.3, "
                                + "7.5.1 - 7.5.3, 9.2.1 - 9.2.2, 9.3.1 - 9.3.3)"),
                broken(Kind.AUDIT_CHECKLIST, "\"result\": \"observation\"", "\"result\": \"remark\"",
                        "$.items[0].result: Unknown finding grade: 'remark' (valid values major_nonconformity, "
                                + "minor_nonconformity, observation, opportunity_for_improvement)"),
                broken(Kind.AUDIT_REPORT, "\"department\": \"総務部\"", "\"department\": \"経理部\"",
                        "$: Invalid audit report 'ISO27001認証取得に関する内部監査': finding minor_nonconformity 1 "
                                + "concerns '経理部', which the plan does not audit"),
                broken(Kind.AUDIT_REPORT, "\"grade\": \"observation\",\n    \"number\": 2",
                        "\"grade\": \"observation\",\n    \"number\": 1",
                        "$: Invalid audit report 'ISO27001認証取得に関する内部監査': duplicate finding 'observation 1'"),
                broken(Kind.AUDIT_REPORT, "\"reportedOn\": \"2024-02-20\"", "\"reportedOn\": \"2024-02-01\"",
                        "$: Invalid audit report 'ISO27001認証取得に関する内部監査': it is reported on 2024-02-01, before "
                                + "the last slot on 2024-02-05"),
                broken(Kind.MANAGEMENT_REVIEW, "\"d1\":", "\"d5\":",
                        "$.inputs.d5: Unknown management review input: 'd5' (valid values a, b, c, d1, d2, d3, d4, e, "
                                + "f, g)"),
                broken(Kind.MANAGEMENT_REVIEW, "\"b\":", "\"a\":", "$.inputs.a: Duplicate property: 'a'"),
                broken(Kind.MANAGEMENT_REVIEW, "\"changes\": \"", "\"changes\": \" \", \"x\": \"",
                        "$.outputs.x: Unknown management review output: 'x' (valid values improvement, changes)"),
                broken(Kind.MANAGEMENT_REVIEW, "\"improvement\": \"現状認識している各課題を確実に実施すること。\"",
                        "\"improvement\": \" \"",
                        "$.outputs.improvement: Invalid value for management review output improvement (must not be blank): ' '"),
                broken(Kind.MANAGEMENT_REVIEW, "[ \"山田 太郎\", \"佐藤 花子\", \"鈴木 一郎\" ]", "[ \"山田 太郎\", \"山田 太郎\" ]",
                        "$: Invalid management review: duplicate attendee '山田 太郎'"),
                broken(Kind.CORRECTIVE_ACTION, "\"similarExist\": false", "\"similarExist\": \"no\"",
                        "$.evaluation.similarExist: Invalid type for similarExist (expected boolean): 'no'"),
                broken(Kind.CORRECTIVE_ACTION, "\"causeRemovalNeeded\": false", "\"causeRemovalNeeded\": true",
                        "$.implementation: Invalid corrective action 24-01: implemented cannot be recorded before "
                                + "cause_removal_planned (stage evaluated)"),
                broken(Kind.CORRECTIVE_ACTION, "\"date\": \"2024-03-18\"", "\"date\": \"2024-03-10\"",
                        "$.confirmation: Invalid corrective action 24-01: confirmed dated 2024-03-10 is before "
                                + "implemented, dated 2024-03-11"),
                broken(Kind.CORRECTIVE_ACTION, ",\n    \"followUpAuditNeeded\": false", "",
                        "$.effectiveness: Missing property: 'followUpAuditNeeded'"),
                broken(Kind.CORRECTIVE_ACTION, "\"date\": \"2024-02-26\"\n  },\n  \"correction\"",
                        "\"date\": \"2024-02-26\",\n    \"followUpAuditNeeded\": true\n  },\n  \"correction\"",
                        "$.request.followUpAuditNeeded: Unknown property: 'followUpAuditNeeded' (valid values content, "
                                + "author, approver, date)"),
                broken(Kind.CORRECTIVE_ACTION, "\"origin\": \"internal_audit\"", "\"origin\": \"audit\"",
                        "$.origin: Unknown nonconformity origin: 'audit' (valid values internal_audit, external_audit, "
                                + "incident, interested_party, internal_proposal, other)"));
    }

    @ParameterizedTest
    @MethodSource("brokenDocuments")
    void brokenDocument_failsNamingThePathAndTheRule(Kind kind, String from, String to, String message) {
        String valid = kind.written();
        assertThat(valid).contains(from);
        String broken = valid.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertThatThrownBy(() -> JSON.read(kind.document, broken)).isInstanceOf(IsmsJsonException.class)
                .hasMessage(message);
    }

    @Test
    void lenientReading_skipsAFollowUpAnswerOnAStepThatHasNone() {
        String valid = Kind.CORRECTIVE_ACTION.written();
        String extra = valid.replaceFirst("\"date\": \"2024-02-26\"\n  },\n  \"correction\"",
                "\"date\": \"2024-02-26\",\n    \"followUpAuditNeeded\": true\n  },\n  \"correction\"");
        assertThat(extra).isNotEqualTo(valid);
        assertThat(JSON.ignoringUnknownProperties().read(RecordDocuments.CORRECTIVE_ACTION, extra))
                .isEqualTo(ExampleCompany.correctiveAction());
    }

    @Test
    void stepsOutOfPropertyOrder_areRecordedInTheFormsOrder() {
        String valid = Kind.CORRECTIVE_ACTION.written();
        int start = valid.indexOf("  \"correction\": {");
        int end = valid.indexOf("  \"evaluation\": {");
        String correction = valid.substring(start, end);
        String moved = valid.substring(0, start) + valid.substring(end, valid.length() - 2) + ",\n"
                + correction.substring(0, correction.length() - 2) + "\n}\n";
        assertThat(JSON.read(RecordDocuments.CORRECTIVE_ACTION, moved)).isEqualTo(ExampleCompany.correctiveAction());
    }
}
