package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.isms4j.core.RiskModel;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.QuestionSets;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.isms4j.testkit.Generators;
import org.isms4j.testkit.QuestionnaireGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas of {@code docs/schema/}: every document the library writes is valid, the
 * committed examples are exactly what the library writes, and invalid documents are rejected by
 * the schema and by the reader alike.
 */
class SchemaTest {

    static final Path SCHEMAS = Path.of("../docs/schema");
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema MODEL = schema("risk-model");
    private static final JsonSchema INVENTORY = schema("asset-inventory");
    private static final JsonSchema REGISTER = schema("risk-register");
    private static final JsonSchema PLAN = schema("treatment-plan");
    private static final JsonSchema SOA = schema("statement-of-applicability");
    private static final JsonSchema SOA_2013 = schema("statement-of-applicability-2013");
    private static final JsonSchema CATALOGUE = schema("annex-a-catalogue");
    private static final JsonSchema CONSIDERATIONS = schema("gap-considerations");
    private static final JsonSchema QUESTION_SET = schema("question-set");
    private static final JsonSchema SHEET = schema("answer-sheet");
    private static final JsonSchema RESULT = schema("self-assessment-result");
    // The 2013-based statement before the 2022 one: an example's name is matched by prefix.
    private static final List<String> NAMES = List.of("risk-model", "asset-inventory", "risk-register",
            "treatment-plan", "statement-of-applicability-2013", "statement-of-applicability", "annex-a-catalogue", "gap-considerations", "question-set", "answer-sheet",
            "self-assessment-result");
    private static final QuestionSet PART1 = QuestionSets.selfAssessmentPart1();
    private static final IsmsJson JSON = IsmsJson.strict();

    private static JsonSchema schema(String name) {
        try {
            return FACTORY.getSchema(Files.readString(SCHEMAS.resolve(name + ".schema.json")));
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

    @Test
    void schemas_areValidAgainstTheMetaSchema() throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : NAMES) {
            JsonNode schema = PLAIN.readTree(SCHEMAS.resolve(name + ".schema.json").toFile());
            assertThat(meta.validate(schema)).as(name).isEmpty();
        }
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("risk-model.standard.json", JSON.writeRiskModel(RiskModel.standard())),
                Arguments.of("risk-model.custom.json", JSON.writeRiskModel(Fixtures.customModel())),
                Arguments.of("asset-inventory.quick-approach.json",
                        JSON.writeAssetInventory(Fixtures.quickApproachInventory())),
                Arguments.of("risk-register.canonical.json", JSON.writeRiskRegister(Fixtures.canonicalRegister())),
                Arguments.of("treatment-plan.canonical.json", JSON.writeTreatmentPlan(CanonicalFixture.plan())),
                Arguments.of("statement-of-applicability.canonical.json",
                        JSON.writeStatementOfApplicability(Fixtures.canonicalSoa())),
                Arguments.of("statement-of-applicability-2013.example.json",
                        JSON.write(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, Fixtures.iso2013Soa())),
                Arguments.of("annex-a-catalogue.json", JSON.writeAnnexACatalogue()),
                Arguments.of("gap-considerations.canonical.json",
                        JSON.write(JsonDocument.GAP_CONSIDERATIONS, Fixtures.gapConsiderations())),
                Arguments.of("question-set.self-assessment-part1.json",
                        JSON.write(SelfAssessmentDocuments.QUESTION_SET, PART1)),
                Arguments.of("question-set.cloud-operation.json",
                        JSON.write(SelfAssessmentDocuments.QUESTION_SET, QuestionSets.cloudOperation())),
                Arguments.of("answer-sheet.self-assessment-part1.json",
                        JSON.write(SelfAssessmentDocuments.answerSheet(PART1), SelfAssessmentDocumentsTest.part1Sheet())),
                Arguments.of("self-assessment-result.self-assessment-part1.json",
                        JSON.write(SelfAssessmentDocuments.result(PART1), SelfAssessmentDocumentsTest.part1Sheet().result())));
    }

    private static JsonSchema schemaOf(String file) {
        for (String name : NAMES) {
            if (file.startsWith(name)) {
                return schema(name);
            }
        }
        throw new AssertionError(file);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examples_areExactlyWhatTheLibraryWrites(String file, String written) throws IOException {
        Path path = SCHEMAS.resolve("examples").resolve(file);
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo(written);
        assertThat(validate(schemaOf(file), written)).isEmpty();
    }

    @Test
    void generatedDocuments_areValid() {
        qt().withExamples(100).forAll(Generators.models())
                .checkAssert(model -> assertThat(validate(MODEL, JSON.writeRiskModel(model))).isEmpty());
        qt().withExamples(100).forAll(Generators.inventories())
                .checkAssert(inventory -> assertThat(validate(INVENTORY, JSON.writeAssetInventory(inventory))).isEmpty());
        qt().withExamples(100).forAll(Generators.registers())
                .checkAssert(register -> assertThat(validate(REGISTER, JSON.writeRiskRegister(register))).isEmpty());
        qt().withExamples(100).forAll(Generators.plans())
                .checkAssert(plan -> assertThat(validate(PLAN, JSON.writeTreatmentPlan(plan))).isEmpty());
        qt().withExamples(100).forAll(Generators.soas())
                .checkAssert(soa -> assertThat(validate(SOA, JSON.writeStatementOfApplicability(soa))).isEmpty());
        qt().withExamples(100).forAll(QuestionnaireGenerators.questionSets()).checkAssert(set -> assertThat(
                validate(QUESTION_SET, JSON.write(SelfAssessmentDocuments.QUESTION_SET, set))).isEmpty());
        qt().withExamples(100).forAll(QuestionnaireGenerators.sheets()).checkAssert(sheet -> assertThat(validate(SHEET,
                JSON.write(SelfAssessmentDocuments.answerSheet(sheet.questionSet()), sheet))).isEmpty());
        qt().withExamples(100).forAll(QuestionnaireGenerators.results()).checkAssert(result -> assertThat(
                validate(RESULT, JSON.write(SelfAssessmentDocuments.result(result.questionSet()), result))).isEmpty());
        qt().withExamples(100).forAll(Generators.iso2013Soas()).checkAssert(soa -> assertThat(
                validate(SOA_2013, JSON.write(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, soa))).isEmpty());
        qt().withExamples(100).forAll(Generators.considerations()).checkAssert(considerations -> assertThat(
                validate(CONSIDERATIONS, JSON.write(JsonDocument.GAP_CONSIDERATIONS, considerations))).isEmpty());
    }

    @Test
    void annexACatalogue_holdsEveryControlAndNoStatement() throws IOException {
        String written = JSON.writeAnnexACatalogue();
        assertThat(validate(CATALOGUE, written)).isEmpty();
        JsonNode document = PLAIN.readTree(written);
        assertThat(document.get("controls")).hasSize(93);
        assertThat(document.get("iso2013Controls")).hasSize(114);
        assertThat(document.get("controls").get(11).get("id").asText()).isEqualTo("5.12");
        assertThat(document.get("controls").get(11).get("iso2013").get(0).asText()).isEqualTo("A.8.2.1");
        for (JsonNode control : document.get("controls")) {
            assertThat(control.has("statement") || control.has("guidance") || control.has("text")).isFalse();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeAnnexACatalogue(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(written);
    }

    /** A document broken one way, that the schema and the reader must both reject. */
    private static Arguments invalid(String kind, String from, String to) {
        return Arguments.of(kind, from, to);
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                invalid("model", "\"id\": \"isms4j-standard\",", "\"id\": \"isms4j-standard\", \"colour\": 1,"),
                invalid("model", "\"id\": \"isms4j-standard\",", ""),
                invalid("model", "\"id\": \"isms4j-standard\"", "\"id\": 7"),
                invalid("model", "\"id\": \"isms4j-standard\"", "\"id\": \"  \""),
                invalid("model", "\"formatVersion\": 1", "\"formatVersion\": 2"),
                invalid("model", "\"isms4j.risk-model\"", "\"isms4j.risk-register\""),
                invalid("model", "\"minLevel\": 9", "\"minLevel\": 0"),
                invalid("model", "\"kind\": \"product\"", "\"kind\": \"sum\""),
                invalid("model", "\"kind\": \"product\"", "\"kind\": \"product\", \"rowAxis\": \"x\""),
                invalid("model", "\"kind\": \"any_rating_at_top\"", "\"kind\": \"importance_at_least\""),
                invalid("model", "\"max\": 3", "\"max\": 11"),
                invalid("model", "[ [ 1, 1, 1 ], [ 1, 1, 2 ], [ 1, 2, 3 ] ]", "[ [ 1, 1, 1 ] ]"),
                invalid("inventory", "\"name\": \"社員名簿\",", ""),
                invalid("inventory", "\"name\": \"社員名簿\",", "\"name\": \"社員名簿\", \"owner\": \"x\","),
                invalid("inventory", "\"number\": 1,", "\"number\": 0,"),
                invalid("inventory", "\"number\": 1,", "\"number\": \"1\","),
                invalid("inventory", "\"remarks\": \"社員基本情報\"", "\"remarks\": null"),
                invalid("register", "\"assetNumbers\": [ 9 ]", "\"assetNumbers\": [ ]"),
                invalid("register", "\"assetNumbers\": [ 9 ]", "\"assetNumbers\": [ 9, 9 ]"),
                invalid("register", "\"priority\": \"1\"", "\"priority\": 1"),
                invalid("register", "\"priority\": \"1\"", "\"priority\": \"urgent\""),
                invalid("register", "\"level\": 9", "\"level\": 101"),
                invalid("register", "\"vulnerability\": 3,", ""),
                invalid("register", "\"lostProperties\": [ \"confidentiality\" ],\n    \"cause\"",
                        "\"lostProperties\": [ \"secrecy\" ],\n    \"cause\""),
                invalid("register", "\"event\": \"誤送信\",", ""),
                invalid("register", "\"inventory\": [ {", "\"assets\": [ {"),
                invalid("register", "\"options\": [ \"reduce\" ]", "\"options\": [ ]"),
                invalid("register", "\"options\": [ \"reduce\" ]", "\"options\": [ \"cure\" ]"),
                invalid("register", "\"annexA\": \"5.12\"", "\"annexA\": \"A.5.12\""),
                invalid("register", "\"status\": \"undecided\"", "\"status\": \"someday\""),
                invalid("register", "\"decided\": \"2023-10-02\"", "\"decided\": \"2 October 2023\""),
                invalid("register", "\"decision\": \"accepted\",", ""),
                invalid("register", "\"approved\": \"2023-10-02\"", "\"approvedOn\": \"2023-10-02\""),
                invalid("plan", "\"status\": \"in_progress\"", "\"status\": \"started\""),
                invalid("plan", "\"tasks\": [ \"教材作成\", \"研修実施\" ]", "\"tasks\": [ ]"),
                invalid("plan", "\"plannedEnd\": \"2023-11-30\"", "\"plannedEnd\": \"2023/11/30\""),
                invalid("plan", "\"riskNumbers\": [ 2 ]", "\"riskNumbers\": [ 0 ]"),
                invalid("plan", "\"owner\": \"ISMS事務局\",", ""),
                invalid("plan", "\"actualStart\": \"2023-09-04\",", "\"actualEnd\": \"2023-09-04\","),
                invalid("soa", "\"8.25\": {", "\"8.35\": {"),
                invalid("soa", "\"8.25\": {", "\"A.8.25\": {"),
                invalid("soa", "\"applicability\": \"excluded\"", "\"applicability\": \"no\""),
                invalid("soa", "\"status\": \"implemented\"", "\"status\": \"done\""),
                invalid("soa", "[ \"business_requirement\" ]", "[ \"business_requirement\", \"business_requirement\" ]"),
                invalid("soa", "\"riskNumbers\": [ 3 ]", "\"riskNumbers\": [ 0 ]"),
                invalid("soa", "\"evidence\": [ \"D-01 方針承認記録 2023\" ]", "\"evidence\": [ \" \" ]"),
                invalid("questionSet", "\"points\": 4", "\"points\": 101"),
                invalid("questionSet", "\"code\": \"implemented\"", "\"code\": \"Implemented\""),
                invalid("questionSet", "\"english\": \"basic measures\"", "\"english\": \"\""),
                invalid("questionSet", "\"annexA\": [ \"8.8\" ]", "\"annexA\": [ \"A.8.8\" ]"),
                invalid("questionSet", "\"number\": 1,\n    \"title\"", "\"title\""),
                invalid("questionSet", "\"unknown\": \"unknown\"", "\"unknown\": 3"),
                invalid("sheet", "\"answered\": \"2024-04-01\"", "\"answered\": \"1 April 2024\""),
                invalid("sheet", "\"respondent\": \"山田\",", ""),
                invalid("sheet", "\"question\": 1,", "\"question\": \"1\","),
                invalid("sheet", "\"respondent\": \"山田\"", "\"respondent\": \"\""),
                invalid("result", "\"total\": 9,\n  \"maximum\"", "\"total\": 9.5,\n  \"maximum\""),
                invalid("result", "\"unknown\": [ 5 ]", "\"unknown\": [ \"5\" ]"),
                invalid("result", "\"belowTarget\": [ 2, 4, 5 ],", ""),
                invalid("soa2013", "\"A.14.2.1\": {", "\"A.14.2.14\": {"),
                invalid("soa2013", "\"A.14.2.1\": {", "\"8.25\": {"),
                invalid("soa2013", "\"A.14.2.1\": {", "\"14.2.1\": {"),
                invalid("soa2013", "\"isms4j.statement-of-applicability-2013\"", "\"isms4j.statement-of-applicability\""),
                invalid("soa2013", "\"applicability\": \"excluded\"", "\"applicability\": \"no\""),
                invalid("soa2013", "\"riskNumbers\": [ 3 ]", "\"riskNumbers\": [ 0 ]"),
                invalid("considerations", "\"control\": \"6.6\"", "\"control\": \"A.6.6\""),
                invalid("considerations", "\"control\": \"6.6\"", "\"control\": \"6.9\""),
                invalid("considerations", "\"risk\": 2", "\"risk\": 0"),
                invalid("considerations", "\"risk\": 2", "\"risk\": \"2\""),
                invalid("considerations", "\"risk\": \"all\"", "\"risk\": \"every\""),
                invalid("considerations", "\"risk\": \"all\",", ""),
                invalid("considerations", "\"author\": \"ISMS事務局\"", "\"author\": \" \""),
                invalid("considerations", "\"decided\": \"2023-09-30\"", "\"decided\": \"2023/09/30\""),
                invalid("considerations", "\"reason\": \"就業規則に守秘義務を定めている\",",
                        "\"reason\": \"就業規則に守秘義務を定めている\", \"note\": \"x\","));
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void invalidDocuments_areRejectedByTheSchemaAndTheReader(String kind, String from, String to) {
        String valid;
        JsonSchema schema;
        Consumer<String> read;
        switch (kind) {
            case "model":
                valid = JSON.writeRiskModel(RiskModel.standard());
                schema = MODEL;
                read = JSON::readRiskModel;
                break;
            case "inventory":
                valid = JSON.writeAssetInventory(Fixtures.quickApproachInventory());
                schema = INVENTORY;
                read = JSON::readAssetInventory;
                break;
            case "plan":
                valid = JSON.writeTreatmentPlan(CanonicalFixture.plan());
                schema = PLAN;
                read = JSON::readTreatmentPlan;
                break;
            case "soa":
                valid = JSON.writeStatementOfApplicability(Fixtures.canonicalSoa());
                schema = SOA;
                read = JSON::readStatementOfApplicability;
                break;
            case "questionSet":
                valid = JSON.write(SelfAssessmentDocuments.QUESTION_SET, PART1);
                schema = QUESTION_SET;
                read = json -> JSON.read(SelfAssessmentDocuments.QUESTION_SET, json);
                break;
            case "sheet":
                valid = JSON.write(SelfAssessmentDocuments.answerSheet(PART1), SelfAssessmentDocumentsTest.part1Sheet());
                schema = SHEET;
                read = json -> JSON.read(SelfAssessmentDocuments.answerSheet(PART1), json);
                break;
            case "result":
                valid = JSON.write(SelfAssessmentDocuments.result(PART1), SelfAssessmentDocumentsTest.part1Sheet().result());
                schema = RESULT;
                read = json -> JSON.read(SelfAssessmentDocuments.result(PART1), json);
                break;
            case "considerations":
                valid = JSON.write(JsonDocument.GAP_CONSIDERATIONS, Fixtures.gapConsiderations());
                schema = CONSIDERATIONS;
                read = json -> JSON.read(JsonDocument.GAP_CONSIDERATIONS, json);
                break;
            case "soa2013":
                valid = JSON.write(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, Fixtures.iso2013Soa());
                schema = SOA_2013;
                read = json -> JSON.read(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, json);
                break;
            default:
                valid = JSON.writeRiskRegister(Fixtures.canonicalRegister());
                schema = REGISTER;
                read = json -> JSON.readRiskRegister(json, RiskModel.standard());
                break;
        }
        assertThat(valid).contains(from);
        String broken = valid.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        assertThat(validate(schema, valid)).isEmpty();
        assertThat(validate(schema, broken)).as("schema errors of %s", broken).isNotEmpty();
        assertThatThrownBy(() -> read.accept(broken)).isInstanceOf(IsmsJsonException.class);
    }
}
