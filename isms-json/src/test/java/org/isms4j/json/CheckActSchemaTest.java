package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.isms4j.records.example.ExampleCompany;
import org.isms4j.testkit.CheckActGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The JSON Schemas of the clauses 9 - 10 records in {@code docs/schema/}: valid against the
 * meta-schema, the committed examples of the example company exactly what the library writes,
 * every generated record's document valid, and documents the reader rejects rejected by the
 * schema too where a schema can say it.
 */
class CheckActSchemaTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final IsmsJson JSON = IsmsJson.strict();

    /** A kind of the clauses 9 - 10 records, with its schema, example and generator. */
    enum Kind {
        AUDIT_PLAN(RecordDocuments.AUDIT_PLAN, ExampleCompany.auditPlan(), CheckActGenerators.auditPlans()),
        AUDIT_CHECKLIST(RecordDocuments.AUDIT_CHECKLIST, ExampleCompany.auditChecklist(),
                CheckActGenerators.auditChecklists()),
        AUDIT_REPORT(RecordDocuments.AUDIT_REPORT, ExampleCompany.auditReport(), CheckActGenerators.auditReports()),
        MANAGEMENT_REVIEW(RecordDocuments.MANAGEMENT_REVIEW, ExampleCompany.managementReview(),
                CheckActGenerators.managementReviews()),
        CORRECTIVE_ACTION(RecordDocuments.CORRECTIVE_ACTION, ExampleCompany.correctiveAction(),
                CheckActGenerators.correctiveActions());

        final JsonDocument<Object> document;
        final Object example;
        final Gen<Object> records;

        @SuppressWarnings("unchecked")
        <T> Kind(JsonDocument<T> document, T example, Gen<T> records) {
            this.document = (JsonDocument<Object>) document;
            this.example = example;
            this.records = (Gen<Object>) records;
        }

        String file() {
            return document.format().substring("isms4j.".length());
        }

        JsonSchema schema() {
            try {
                return FACTORY.getSchema(Files.readString(SchemaTest.SCHEMAS.resolve(file() + ".schema.json")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String written() {
            return JSON.write(document, example);
        }
    }

    private static int errors(JsonSchema schema, String json) {
        try {
            return schema.validate(PLAIN.readTree(json)).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void schema_isValidAgainstTheMetaSchema(Kind kind) throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(PLAIN.readTree(SchemaTest.SCHEMAS.resolve(kind.file() + ".schema.json").toFile())))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void example_isExactlyWhatTheLibraryWritesAndValid(Kind kind) throws IOException {
        String file = kind.file() + ".example-company.json";
        assertThat(Files.readString(SchemaTest.SCHEMAS.resolve("examples").resolve(file), StandardCharsets.UTF_8))
                .isEqualTo(kind.written());
        assertThat(errors(kind.schema(), kind.written())).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void generatedDocuments_areValid(Kind kind) {
        JsonSchema schema = kind.schema();
        qt().withExamples(100).forAll(kind.records)
                .checkAssert(record -> assertThat(errors(schema, JSON.write(kind.document, record))).isZero());
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of(Kind.AUDIT_PLAN, "\"formatVersion\": 1", "\"formatVersion\": 2"),
                Arguments.of(Kind.AUDIT_PLAN, "\"isms4j.audit-plan\"", "\"isms4j.audit-report\""),
                Arguments.of(Kind.AUDIT_PLAN, "\"reportMeans\": \"報告会の開催\"", "\"reportMeans\": \" \""),
                Arguments.of(Kind.AUDIT_PLAN, "\"number\": 1,", "\"number\": 0,"),
                Arguments.of(Kind.AUDIT_PLAN, "\"number\": 1,", "\"number\": \"1\","),
                Arguments.of(Kind.AUDIT_PLAN, "\"start\": \"2024-02-05T10:00\"", "\"start\": \"2024-02-05 10:00\""),
                Arguments.of(Kind.AUDIT_PLAN, "\"auditee\": \"渡辺 健\",", ""),
                Arguments.of(Kind.AUDIT_PLAN, "\"auditee\": \"渡辺 健\",", "\"auditee\": \"渡辺 健\", \"room\": \"A\","),
                Arguments.of(Kind.AUDIT_PLAN, "\"plannedReportDate\": \"2024-02-20\"",
                        "\"plannedReportDate\": \"2024/02/20\""),
                Arguments.of(Kind.AUDIT_CHECKLIST, "\"clause\": \"4.3\"", "\"clause\": \"11.1\""),
                Arguments.of(Kind.AUDIT_CHECKLIST, "\"result\": \"observation\"", "\"result\": \"remark\""),
                Arguments.of(Kind.AUDIT_CHECKLIST, "\"evidence\": [ \"情報セキュリティ方針\" ]", "\"evidence\": [ \"\" ]"),
                Arguments.of(Kind.AUDIT_REPORT, "\"grade\": \"minor_nonconformity\"", "\"grade\": \"minor\""),
                Arguments.of(Kind.AUDIT_REPORT, "\"summary\": \"要求事項に対する重大な不適合は検出されなかった。\",", ""),
                Arguments.of(Kind.AUDIT_REPORT, "\"department\": \"総務部\",", "\"department\": \"総務部\", \"followUp\": \"\","),
                Arguments.of(Kind.MANAGEMENT_REVIEW, "\"d1\":", "\"d5\":"),
                Arguments.of(Kind.MANAGEMENT_REVIEW, "\"changes\":", "\"change\":"),
                Arguments.of(Kind.MANAGEMENT_REVIEW, "[ \"山田 太郎\", \"佐藤 花子\", \"鈴木 一郎\" ]", "[ ]"),
                Arguments.of(Kind.MANAGEMENT_REVIEW, "[ \"山田 太郎\", \"佐藤 花子\", \"鈴木 一郎\" ]",
                        "[ \"山田 太郎\", \"山田 太郎\" ]"),
                Arguments.of(Kind.CORRECTIVE_ACTION, "\"origin\": \"internal_audit\"", "\"origin\": \"audit\""),
                Arguments.of(Kind.CORRECTIVE_ACTION, "\"similarExist\": false", "\"similarExist\": \"no\""),
                Arguments.of(Kind.CORRECTIVE_ACTION, ",\n    \"followUpAuditNeeded\": false", ""),
                Arguments.of(Kind.CORRECTIVE_ACTION, "\"correction\": {", "\"fix\": {"),
                Arguments.of(Kind.CORRECTIVE_ACTION, "\"confirmation\": {", "\"confirmed\": {"),
                Arguments.of(Kind.CORRECTIVE_ACTION, "\"approver\": \"山田 太郎\",\n    \"date\": \"2024-02-26\"\n  },\n  \"correction\"",
                        "\"approver\": \"山田 太郎\",\n    \"date\": \"2024-02-26\",\n    \"followUpAuditNeeded\": false\n  },\n  \"correction\""));
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void invalidDocuments_areRejectedByTheSchemaAndTheReader(Kind kind, String from, String to) {
        String valid = kind.written();
        assertThat(valid).contains(from);
        String broken = valid.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertThat(errors(kind.schema(), broken)).as("schema errors of %s", broken).isPositive();
        assertThatThrownBy(() -> JSON.read(kind.document, broken)).isInstanceOf(IsmsJsonException.class);
    }

    @Test
    void correctiveActionSchema_statesWhichStepEachDependsOn() {
        String valid = Kind.CORRECTIVE_ACTION.written();
        int start = valid.indexOf("  \"correction\": {");
        int end = valid.indexOf("  \"evaluation\": {");
        String withoutCorrection = valid.substring(0, start) + valid.substring(end);
        assertThat(errors(Kind.CORRECTIVE_ACTION.schema(), withoutCorrection)).isPositive();
        assertThatThrownBy(() -> JSON.read(RecordDocuments.CORRECTIVE_ACTION, withoutCorrection))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.evaluation: Invalid corrective action 24-01: evaluated cannot be recorded before "
                        + "corrected (stage requested)");
    }
}
