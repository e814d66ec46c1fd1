package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas of the record documents of clauses 4 - 8.1 in {@code docs/schema/}: each is a
 * valid draft 2020-12 schema, the committed example is exactly what the library writes for the
 * example company, every generated record's document is valid, and documents broken one way are
 * rejected by the schema and the reader alike.
 */
class PlanRecordsSchemaTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final IsmsJson JSON = IsmsJson.strict();

    private static JsonSchema schema(String name) {
        try {
            return FACTORY.getSchema(Files.readString(SchemaTest.SCHEMAS.resolve(name + ".schema.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> validate(JsonSchema schema, String json) {
        try {
            return schema.validate(PLAIN.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<PlanRecordExamples.Example<?>> kinds() {
        return PlanRecordExamples.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void schema_isValidAgainstTheMetaSchema(PlanRecordExamples.Example<?> example) throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(PLAIN.readTree(SchemaTest.SCHEMAS.resolve(example.name() + ".schema.json").toFile())))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    <T> void example_isExactlyWhatTheLibraryWrites(PlanRecordExamples.Example<T> example) throws IOException {
        String written = JSON.write(example.kind(), example.value());
        Path path = SchemaTest.SCHEMAS.resolve("examples").resolve(example.exampleFile());
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo(written);
        assertThat(validate(schema(example.name()), written)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    <T> void generatedDocuments_areValid(PlanRecordExamples.Example<T> example) {
        JsonSchema schema = schema(example.name());
        qt().withExamples(100).forAll(example.generated())
                .checkAssert(value -> assertThat(validate(schema, JSON.write(example.kind(), value))).isEmpty());
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of("organisation-context", "\"origin\": \"external\"", "\"origin\": \"outside\""),
                Arguments.of("organisation-context", "\"relevant\": false", "\"relevant\": \"no\""),
                Arguments.of("organisation-context", "\"units\": [ \"全社・全従業員\" ]", "\"units\": [ ]"),
                Arguments.of("organisation-context", "\"addressed\": true,", ""),
                Arguments.of("policy", "\"edition\": 1", "\"edition\": 0"),
                Arguments.of("policy", "\"date\": \"2023-04-03\"", "\"date\": \"2023/04/03\""),
                Arguments.of("role-chart", "\"role\": \"secretariat\"", "\"role\": \"clerk\""),
                Arguments.of("role-chart", "\"鈴木 一郎\",\n    \"reportsTo\": \"top_management\"",
                        "\"鈴木 一郎\",\n    \"reportsTo\": \"committee_chair\""),
                Arguments.of("role-chart", "\"department\": \"営業\",", ""),
                Arguments.of("effectiveness-sheet", "\"result\": \"effective\"", "\"result\": \"○\""),
                Arguments.of("effectiveness-sheet", "\"indicator\": \"ISMS教育受講／合格\",", ""),
                Arguments.of("competence-record", "\"rating\": 5", "\"rating\": 6"),
                Arguments.of("competence-record", "\"appointment\": \"b\"", "\"appointment\": \"B\""),
                Arguments.of("education-plan", "\"methods\": [ \"e_learning\" ]", "\"methods\": [ ]"),
                Arguments.of("training-record", "\"method\": \"e_learning\"", "\"method\": \"web\""),
                Arguments.of("training-record", "\"remarks\": \"特になし\"", "\"remarks\": null"),
                Arguments.of("communication-plan", "\"timing\": \"随時\",", ""),
                Arguments.of("document-register", "\"number\": \"B-01\"", "\"number\": \"B-02\""),
                Arguments.of("document-register", "\"approver\": \"山田 太郎\",", ""),
                Arguments.of("document-register", "\"edition\": 1", "\"edition\": 2"),
                Arguments.of("annual-plan", "\"clause\": \"6.2\"", "\"clause\": \"11.1\""),
                Arguments.of("annual-plan", "\"weeks\": [ \"2023-05-08\" ]", "\"weeks\": [ ]"));
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void invalidDocuments_areRejectedByTheSchemaAndTheReader(String name, String from, String to) {
        rejectedByBoth(PlanRecordExamples.named(name), from, to);
    }

    private static <T> void rejectedByBoth(PlanRecordExamples.Example<T> example, String from, String to) {
        String valid = JSON.write(example.kind(), example.value());
        assertThat(valid).contains(from);
        String broken = valid.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        JsonSchema schema = schema(example.name());
        assertThat(validate(schema, valid)).isEmpty();
        assertThat(validate(schema, broken)).as("schema errors of %s", broken).isNotEmpty();
        assertThatThrownBy(() -> JSON.read(example.kind(), broken)).isInstanceOf(IsmsJsonException.class);
    }
}
