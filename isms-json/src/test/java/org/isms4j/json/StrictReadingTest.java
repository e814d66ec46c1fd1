package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isms4j.testkit.BadInput.replaceOnce;
import static org.isms4j.testkit.BadInput.thrown;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.testkit.BadInput;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input, with the exact message and JSON path. Most cases change one snippet of
 * a valid document and name the message the reader gives: a table per reader, a row per case
 * (label, snippet, replacement, message).
 */
class StrictReadingTest {

    private static final IsmsJson JSON = IsmsJson.strict();
    private static final String MODEL = JSON.writeRiskModel(RiskModel.standard());
    private static final String REGISTER = JSON.writeRiskRegister(Fixtures.canonicalRegister());
    private static final String INVENTORY = JSON.writeAssetInventory(Fixtures.quickApproachInventory());
    private static final String PLAN = JSON.writeTreatmentPlan(CanonicalFixture.plan());
    private static final String SOA = JSON.writeStatementOfApplicability(Fixtures.canonicalSoa());

    private static IsmsJsonException modelError(String json) {
        return thrown(IsmsJsonException.class, () -> JSON.readRiskModel(json));
    }

    private static IsmsJsonException registerError(String json) {
        return thrown(IsmsJsonException.class, () -> JSON.readRiskRegister(json, RiskModel.standard()));
    }

    private static IsmsJsonException inventoryError(String json) {
        return thrown(IsmsJsonException.class, () -> JSON.readAssetInventory(json));
    }

    private static IsmsJsonException planError(String json) {
        return thrown(IsmsJsonException.class, () -> JSON.readTreatmentPlan(json));
    }

    private static IsmsJsonException soaError(String json) {
        return thrown(IsmsJsonException.class, () -> JSON.readStatementOfApplicability(json));
    }

    // ---------------------------------------------------------------- risk model

    /** The standard model with one snippet replaced, and the message. */
    static Stream<Arguments> badModels() {
        return Stream.of(
                // properties
                arguments("unknown property", "\"id\":", "\"colour\": \"red\",\n  \"id\":",
                        "$.colour: Unknown property: 'colour' (valid values format, formatVersion, id, version, "
                                + "ciaScales, importanceScale, likelihoodTable, levelRule, acceptanceCriteria, "
                                + "importantAssetCriterion)"),
                arguments("duplicate property", "\"version\": \"1\",", "\"version\": \"1\", \"version\": \"2\",",
                        "$.version: Duplicate property: 'version'"),
                arguments("missing property", "\"version\": \"1\",", "",
                        "$: Missing property: 'version'"),
                // types
                arguments("integer as a string", "\"formatVersion\": 1", "\"formatVersion\": \"1\"",
                        "$.formatVersion: Invalid type for formatVersion (expected integer): '1'"),
                arguments("integer as a decimal", "\"formatVersion\": 1", "\"formatVersion\": 1.0",
                        "$.formatVersion: Invalid type for formatVersion (expected integer): 1.0"),
                arguments("string as null", "\"id\": \"isms4j-standard\"", "\"id\": null",
                        "$.id: Invalid type for id (expected string): null"),
                arguments("string as an array", "\"id\": \"isms4j-standard\"", "\"id\": [\"a\"]",
                        "$.id: Invalid type for id (expected string): array"),
                arguments("string as a boolean", "\"id\": \"isms4j-standard\"", "\"id\": true",
                        "$.id: Invalid type for id (expected string): true"),
                // ranges
                arguments("threshold above 100", "\"minLevel\": 9", "\"minLevel\": 101",
                        "$.acceptanceCriteria.thresholds[0].minLevel: Invalid value for threshold level "
                                + "(valid values 1 - 100): 101"),
                arguments("threshold beyond an int", "\"minLevel\": 9", "\"minLevel\": 99999999999",
                        "$.acceptanceCriteria.thresholds[0].minLevel: Invalid value for threshold level "
                                + "(valid values 1 - 100): 99999999999"),
                arguments("scale minimum below 0", "\"importanceScale\": {\n    \"min\": 1",
                        "\"importanceScale\": {\n    \"min\": -1",
                        "$.importanceScale.min: Invalid value for scale minimum (valid values 0 - 10): -1"),
                // cross-field rules of the core
                arguments("likelihood table not monotone", "[ [ 1, 1, 1 ], [ 1, 1, 2 ], [ 1, 2, 3 ] ]",
                        "[ [ 1, 1, 1 ], [ 1, 1, 2 ], [ 1, 2, 1 ] ]",
                        "$.likelihoodTable: Likelihood table is not monotone: cell (threat 3, vulnerability 3) "
                                + "= 1 is below cell (threat 2, vulnerability 3) = 2; likelihood must not decrease "
                                + "as threat rises"),
                arguments("threshold no level reaches", "\"minLevel\": 9", "\"minLevel\": 10",
                        "$: Acceptance threshold for priority 1 (levels 10 - 100) is reached by no risk level "
                                + "the model gives (1 - 9)"),
                // format and version
                arguments("another format", "isms4j.risk-model", "isms4j.risk-register",
                        "$.format: Unknown format: 'isms4j.risk-register' (valid values isms4j.risk-model)"),
                arguments("another format version", "\"formatVersion\": 1", "\"formatVersion\": 2",
                        "$.formatVersion: Invalid value for format version (valid values 1 - 1): 2"),
                arguments("no format", "\"format\": \"isms4j.risk-model\",", "",
                        "$: Missing property: 'format'"),
                // level rule
                arguments("unknown rule kind", "\"kind\": \"product\"", "\"kind\": \"sum\"",
                        "$.levelRule.kind: Unknown risk level rule kind: 'sum' (valid values product, grid)"),
                arguments("grid axis after kind product", "\"kind\": \"product\"",
                        "\"kind\": \"product\", \"rowAxis\": \"x\"",
                        "$.levelRule.rowAxis: Unknown property for kind 'product': 'rowAxis' (valid values kind)"),
                arguments("grid axis before kind product", "\"kind\": \"product\"",
                        "\"rowAxis\": \"x\", \"kind\": \"product\"",
                        "$.levelRule.rowAxis: Unknown property for kind 'product': 'rowAxis' (valid values kind)"),
                arguments("grid without its axes", "\"kind\": \"product\"", "\"kind\": \"grid\"",
                        "$.levelRule: Missing property: 'rowAxis'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badModels")
    void readRiskModel_badValues(String label, String text, String replacement, String message) {
        assertThat(modelError(replaceOnce(MODEL, text, replacement))).as(label).hasMessage(message);
    }

    @Test
    void readRiskModel_notAnObject() {
        assertThat(modelError("[]")).hasMessage("$: Invalid type for risk model document (expected object): array");
        assertThat(modelError("")).hasMessage("$: Invalid type for risk model document (expected object): end of input");
    }

    @Test
    void readRiskModel_trailingContent() {
        assertThat(modelError(MODEL + "{}")).hasMessage("$: Trailing content after the document: object");
        assertThat(modelError(MODEL + " 1")).hasMessage("$: Trailing content after the document: 1");
        assertThat(JSON.readRiskModel(MODEL + " \n\t ")).isEqualTo(RiskModel.standard());
    }

    @Test
    void readRiskModel_malformedJson() {
        IsmsJsonException e = modelError(replaceOnce(MODEL, "\"version\": \"1\",", "\"version\": \"1\""));
        assertThat(e.path()).isEqualTo("$.version");
        assertThat(e.reason()).startsWith("Malformed JSON (line 6, column 3): Unexpected character ('\"' (code 34)): "
                + "was expecting comma to separate Object entries");
        assertThat(modelError("{\"format\": 'x'}").reason()).startsWith("Malformed JSON (line 1, column 12): "
                + "Unexpected character (''' (code 39))");
        assertThat(modelError("{\"format\": \"x").reason()).startsWith("Malformed JSON");
        byte[] badUtf8 = {'{', '"', (byte) 0xFF, '"', ':', '1', '}'};
        IsmsJsonException utf8 =
                thrown(IsmsJsonException.class, () -> JSON.readRiskModel(new ByteArrayInputStream(badUtf8)));
        assertThat(utf8.reason()).isEqualTo("Invalid UTF-8 at byte offset 2: 0xff is a byte UTF-8 never uses; a JSON "
                + "document is read as UTF-8 only (RFC 8259)");
    }

    @Test
    void readers_pathQuotesNamesThatAreNotIdentifiers() {
        String json = replaceOnce(MODEL, "\"id\":", "\"a b'c\": 1,\n  \"id\":");
        assertThat(modelError(json).path()).isEqualTo("$['a b\\'c']");
    }

    @Test
    void readRiskModel_fromStreamAndString() {
        byte[] bytes = MODEL.getBytes(StandardCharsets.UTF_8);
        assertThat(JSON.readRiskModel(new ByteArrayInputStream(bytes))).isEqualTo(RiskModel.standard());
        assertThat(JSON.readRiskModel(MODEL)).isEqualTo(RiskModel.standard());
    }

    // ---------------------------------------------------------------- risk register

    /** The canonical register with one snippet replaced, and the message. */
    static Stream<Arguments> badRegisters() {
        String risk2Treatment = "\"options\": [ \"reduce\" ],\n      \"controls\": [ {\n        \"text\": \"教育訓練\"\n"
                + "      } ],";
        return Stream.of(
                // rows and their values
                arguments("row without event", "\"event\": \"誤送信\",", "",
                        "$.risks[1]: Missing property: 'event'"),
                arguments("duplicate risk number", "\"number\": 3,", "\"number\": 2,",
                        "$.risks[2].number: Duplicate risk number: 2"),
                arguments("asset number twice", "[ 10, 11, 13, 26, 55 ]", "[ 10, 11, 10 ]",
                        "$.risks[2].assetNumbers: Duplicate asset number: 10"),
                arguments("asset number twice, out of order", "[ 10, 11, 13, 26, 55 ]", "[ 13, 10, 55, 13 ]",
                        "$.risks[2].assetNumbers: Duplicate asset number: 13"),
                arguments("no asset", "[ 10, 11, 13, 26, 55 ]", "[ ]",
                        "$.risks[2].assetNumbers: Invalid asset numbers of risk 3: a risk concerns at least one asset"),
                arguments("asset number 0", "[ 10, 11, 13, 26, 55 ]", "[ 0 ]",
                        "$.risks[2].assetNumbers: Invalid value for asset number (valid values 1 - "
                                + "2147483647): 0"),
                arguments("blank event", "\"event\": \"誤送信\"", "\"event\": \" \"",
                        "$.risks[1].event: Invalid value for event (must not be blank): ' '"),
                arguments("unknown security property",
                        "\"event\": \"誤送信\",\n    \"lostProperties\": [ \"confidentiality\" ]",
                        "\"event\": \"誤送信\",\n    \"lostProperties\": [ \"secrecy\" ]",
                        "$.risks[1].lostProperties[0]: Unknown security property: 'secrecy' (valid values "
                                + "confidentiality, integrity, availability)"),
                // rows against the inventory
                arguments("asset not in the inventory", "[ 10, 11, 13, 26, 55 ]", "[ 10, 11, 12 ]",
                        "$.risks[2].assetNumbers: Invalid risk 3: it cites asset 12, which is not in the asset "
                                + "inventory"),
                arguments("importance above its assets'", "[ 10, 11, 13, 26, 55 ]", "[ 11, 26 ]",
                        "$.risks[2].firstEvaluation.assetImportance: Invalid risk 3: its first evaluation has "
                                + "asset importance 3, but the highest importance of its assets is 2"),
                arguments("duplicate inventory asset number", "\"number\": 55,", "\"number\": 40,",
                        "$.inventory[6].number: Duplicate asset number: 40"),
                // evaluations against the model
                arguments("another model version", "\"version\": \"1\"", "\"version\": \"2\"",
                        "$.model: Model mismatch: this register was scored by isms4j-standard@2, not by "
                                + "isms4j-standard@1"),
                arguments("level off the model", "\"level\": 9", "\"level\": 8",
                        "$.risks[2].firstEvaluation.level: Invalid value for risk level (model isms4j-standard@1 "
                                + "gives 9): 8"),
                arguments("likelihood off the model", "\"vulnerability\": 3,\n      \"likelihood\": 3",
                        "\"vulnerability\": 3,\n      \"likelihood\": 2",
                        "$.risks[2].firstEvaluation.likelihood: Invalid value for likelihood (model "
                                + "isms4j-standard@1 gives 3): 2"),
                arguments("priority not one of the model's", "\"priority\": \"1\"", "\"priority\": \"urgent\"",
                        "$.risks[2].firstEvaluation.priority: Unknown priority of model isms4j-standard@1: "
                                + "'urgent' (valid values 1, 2, 3, acceptable)"),
                arguments("threat without vulnerability", "\"vulnerability\": 3,", "",
                        "$.risks[2].firstEvaluation: Invalid evaluation: threat (3) and vulnerability (none) "
                                + "are given together or not at all"),
                arguments("second evaluation's priority off the model",
                        "\"likelihood\": 3,\n      \"level\": 6,\n      \"priority\": \"2\"",
                        "\"likelihood\": 3,\n      \"level\": 6,\n      \"priority\": \"1\"",
                        "$.risks[2].secondEvaluation.priority: Invalid value for priority (model isms4j-standard@1 "
                                + "gives '2'): '1'"),
                // treatment
                arguments("unknown treatment status", "\"status\": \"undecided\"", "\"status\": \"someday\"",
                        "$.risks[2].treatment.status: Unknown treatment status: 'someday' (valid values done, "
                                + "planned, undecided)"),
                arguments("Annex A id with a prefix", "\"annexA\": \"5.13\"", "\"annexA\": \"A.5.13\"",
                        "$.risks[2].treatment.controls[2].annexA: Invalid value for Annex A control (canonical "
                                + "form, such as 5.13): 'A.5.13'"),
                arguments("Annex A id of theme 9", "\"annexA\": \"5.13\"", "\"annexA\": \"9.1\"",
                        "$.risks[2].treatment.controls[2].annexA: Invalid value for Annex A control (a theme 5 - 8 "
                                + "and a number, such as 5.12): '9.1'"),
                arguments("reduce without a control", risk2Treatment, "\"options\": [ \"reduce\" ],",
                        "$.risks[1].treatment: Invalid treatment: a reduce decision names at least one control"),
                arguments("no option", risk2Treatment, "\"options\": [ ],",
                        "$.risks[1].treatment: Invalid treatment: at least one option is needed"),
                arguments("option twice", risk2Treatment, "\"options\": [ \"retain\", \"retain\" ],",
                        "$.risks[1].treatment.options[1]: Duplicate treatment option: 'retain'"),
                arguments("retained above the threshold", risk2Treatment, "\"options\": [ \"retain\" ],",
                        "$.risks[1]: Invalid treatment of risk 2: it is retained at level 4, priority 3, above the "
                                + "acceptance threshold, without a justification"),
                // acceptance and approval
                arguments("decision date not a date", "\"decided\": \"2023-10-02\"", "\"decided\": \"2023-10-2\"",
                        "$.risks[2].acceptance.decided: Invalid value for decided (a date yyyy-MM-dd): '2023-10-2'"),
                arguments("expiry not a date", "\"expires\": \"2024-04-01\"", "\"expires\": \"2023-02-30\"",
                        "$.risks[2].acceptance.expires: Invalid value for expires (a date yyyy-MM-dd): "
                                + "'2023-02-30'"),
                arguments("expiry not after the decision", "\"expires\": \"2024-04-01\"",
                        "\"expires\": \"2023-10-01\"",
                        "$.risks[2].acceptance: Invalid acceptance: the expiry 2023-10-01 is not after the decision "
                                + "date 2023-10-02"),
                arguments("unknown residual decision", "\"decision\": \"accepted\"", "\"decision\": \"yes\"",
                        "$.risks[2].acceptance.decision: Unknown residual decision: 'yes' (valid values accepted, "
                                + "rejected)"),
                arguments("approver without a date", ",\n    \"approved\": \"2023-10-02\"", "",
                        "$.approval: Invalid approval: the approver and the approval date are given together"),
                arguments("approval before the update", "\"approved\": \"2023-10-02\"",
                        "\"approved\": \"2023-09-01\"",
                        "$.approval: Invalid approval: the approval date 2023-09-01 is before the update date "
                                + "2023-09-30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegisters")
    void readRiskRegister_badValues(String label, String text, String replacement, String message) {
        assertThat(registerError(replaceOnce(REGISTER, text, replacement))).as(label).hasMessage(message);
    }

    @Test
    void readRiskRegister_threatOffScale() {
        String json = replaceOnce(REGISTER, "\"threat\": 3", "\"threat\": 7");
        IsmsJsonException e = registerError(json);
        assertThat(e).hasMessage("$.risks[2].firstEvaluation.threat: Invalid value for threat (valid values 1 - 3): 7");
        assertThat(e.path()).isEqualTo("$.risks[2].firstEvaluation.threat");
        assertThat(e.reason()).isEqualTo("Invalid value for threat (valid values 1 - 3): 7");
        assertThat(e).isInstanceOf(IsmsException.class);
    }

    @Test
    void readRiskRegister_unknownPropertyInRow() {
        String json = replaceOnce(REGISTER, "\"event\": \"誤送信\",", "\"event\": \"誤送信\", \"owner\": 1,");
        assertThat(registerError(json)).hasMessageStartingWith("$.risks[1].owner: Unknown property: 'owner' (valid "
                + "values number, assetNumbers, riskSource, impactArea, event, lostProperties, cause, consequence, "
                + "firstEvaluation, treatment, secondEvaluation, acceptance)");
    }

    @Test
    void ignoringUnknownProperties_skipsThemAndKeepsEveryOtherCheck() {
        IsmsJson lenient = JSON.ignoringUnknownProperties();
        String json = replaceOnce(REGISTER, "\"event\": \"誤送信\",",
                "\"event\": \"誤送信\", \"owner\": {\"name\": [1, {\"x\": null}]},");
        assertThat(lenient.readRiskRegister(json, RiskModel.standard())).isEqualTo(Fixtures.canonicalRegister());
        assertThat(lenient.failsOnUnknownProperties()).isFalse();
        assertThat(JSON.failsOnUnknownProperties()).isTrue();
        String duplicate = replaceOnce(json, "\"number\": 2,", "\"number\": 2, \"number\": 2,");
        assertThatThrownBy(() -> lenient.readRiskRegister(duplicate, RiskModel.standard()))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.risks[1].number: Duplicate property: 'number'");
    }

    @Test
    void readRiskRegister_headerAfterRisks() {
        String json = "{\"format\": \"isms4j.risk-register\", \"formatVersion\": 1, \"risks\": [], "
                + "\"model\": {\"id\": \"isms4j-standard\", \"version\": \"1\"}}";
        assertThat(registerError(json)).hasMessage("$.risks: Missing property: 'model' (it comes before 'risks')");
    }

    @Test
    void readRiskRegister_propertyAfterRisks() {
        String json = REGISTER.substring(0, REGISTER.lastIndexOf('}')) + ", \"format\": \"x\"}";
        assertThat(registerError(json)).hasMessage("$.format: Duplicate property: 'format'");
    }

    @Test
    void readRiskRegister_assetNumbersInAnyOrder() {
        String json = replaceOnce(REGISTER, "[ 10, 11, 13, 26, 55 ]", "[ 55, 10, 26, 11, 13 ]");
        assertThat(JSON.readRiskRegister(json, RiskModel.standard())).isEqualTo(Fixtures.canonicalRegister());
    }

    @Test
    void readRiskRegister_propertiesInAnyOrder() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode document = (ObjectNode) mapper.readTree(REGISTER);
        ArrayNode risks = (ArrayNode) document.get("risks");
        for (int i = 0; i < risks.size(); i++) {
            risks.set(i, reversed(mapper, (ObjectNode) risks.get(i)));
        }
        String json = mapper.writeValueAsString(document);
        assertThat(JSON.readRiskRegister(json, RiskModel.standard())).isEqualTo(Fixtures.canonicalRegister());
    }

    /** Returns an object with its properties in reverse order, and those of the objects in it. */
    private static ObjectNode reversed(ObjectMapper mapper, ObjectNode object) {
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(object.properties());
        Collections.reverse(properties);
        ObjectNode reversed = mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> property : properties) {
            JsonNode value = property.getValue();
            reversed.set(property.getKey(), value.isObject() ? reversed(mapper, (ObjectNode) value) : value);
        }
        return reversed;
    }

    // ---------------------------------------------------------------- asset inventory

    /** The quick approach's inventory with one snippet replaced, and the message. */
    static Stream<Arguments> badInventories() {
        return Stream.of(
                arguments("rating above the scale", "\"availability\": 3", "\"availability\": 11",
                        "$.assets[2].rating.availability: Invalid value for availability (valid values 0 - 10): 11"),
                arguments("duplicate asset number", "\"number\": 3", "\"number\": 1",
                        "$.assets[2].number: Duplicate asset number: 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInventories")
    void readAssetInventory_badValues(String label, String text, String replacement, String message) {
        assertThat(inventoryError(replaceOnce(INVENTORY, text, replacement))).as(label).hasMessage(message);
    }

    @Test
    void readAssetInventory_ratingOffTheModelsScales() {
        String offScale = replaceOnce(INVENTORY, "\"availability\": 3", "\"availability\": 4");
        assertThat(thrown(IsmsJsonException.class,
                () -> JSON.readAssetInventory(offScale, RiskModel.standard().ciaScales())))
                .hasMessage("$.assets[2].rating.availability: Invalid value for availability (valid values 1 - 3): 4");
    }

    // ---------------------------------------------------------------- treatment plan

    /** The canonical plan with one snippet replaced, and the message. */
    static Stream<Arguments> badPlans() {
        return Stream.of(
                arguments("completed without an actual end", "\"status\": \"in_progress\"",
                        "\"status\": \"completed\"",
                        "$.items[1]: Invalid plan row 2: status completed does not agree with its actual dates "
                                + "(start 2023-09-04, end none): completed needs an actual end"),
                arguments("planned end before the start", "\"plannedEnd\": \"2023-11-30\"",
                        "\"plannedEnd\": \"2023-08-31\"",
                        "$.items[1]: Invalid plan row 2: the planned end 2023-08-31 is before the planned start "
                                + "2023-09-01"),
                arguments("duplicate row number", "\"number\": 2,", "\"number\": 1,",
                        "$.items[1].number: Duplicate plan row number: 1"),
                arguments("no task", "[ \"教材作成\", \"研修実施\" ]", "[ ]",
                        "$.items[1]: Invalid plan row 2: it has at least one task"),
                arguments("blank task", "[ \"教材作成\", \"研修実施\" ]", "[ \"教材作成\", \"\" ]",
                        "$.items[1].tasks[1]: Invalid value for task (must not be blank): ''"),
                arguments("date as a number", "\"plannedStart\": \"2023-09-01\"", "\"plannedStart\": 20230901",
                        "$.items[1].plannedStart: Invalid type for plannedStart (expected string): 20230901"),
                arguments("unknown status", "\"status\": \"in_progress\"", "\"status\": \"着手\"",
                        "$.items[1].status: Unknown plan status: '着手' (valid values completed, in_progress, "
                                + "not_started)"),
                arguments("risk number twice", "\"riskNumbers\": [ 2 ]", "\"riskNumbers\": [ 2, 2 ]",
                        "$.items[1].riskNumbers[1]: Duplicate risk number: 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void readTreatmentPlan_badValues(String label, String text, String replacement, String message) {
        assertThat(planError(replaceOnce(PLAN, text, replacement))).as(label).hasMessage(message);
    }

    // ---------------------------------------------------------------- statement of applicability

    /** The canonical SoA with one snippet replaced, and the message. */
    static Stream<Arguments> badSoas() {
        return Stream.of(
                arguments("unknown control", "\"8.25\": {", "\"8.35\": {",
                        "$.decisions['8.35']: Unknown Annex A control: '8.35' (valid ids 5.1 - 5.37, 6.1 - 6.8, "
                                + "7.1 - 7.14, 8.1 - 8.34)"),
                arguments("control id with a prefix", "\"8.25\": {", "\"A.8.25\": {",
                        "$.decisions['A.8.25']: Invalid value for control id (canonical form, such as 8.25): "
                                + "'A.8.25'"),
                arguments("control twice", "\"8.25\": {", "\"5.1\": {",
                        "$.decisions['5.1']: Duplicate property: '5.1'"),
                arguments("unknown implementation status", "\"status\": \"implemented\"", "\"status\": \"done\"",
                        "$.decisions['5.1'].status: Unknown implementation status: 'done' (valid values "
                                + "implemented, partially_implemented, not_implemented)"),
                arguments("no applicability", "\"applicability\": \"excluded\",", "",
                        "$.decisions['8.25']: Missing property: 'applicability'"),
                arguments("reason code twice", "[ \"business_requirement\" ]",
                        "[ \"business_requirement\", \"business_requirement\" ]",
                        "$.decisions['8.25'].reasonCodes[1]: Duplicate reason code: 'business_requirement'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSoas")
    void readStatementOfApplicability_badValues(String label, String text, String replacement, String message) {
        assertThat(soaError(replaceOnce(SOA, text, replacement))).as(label).hasMessage(message);
    }

    @Test
    void readStatementOfApplicability_decisionsNotAnObject() {
        assertThat(soaError(replaceOnce(SOA, "\"decisions\": {", "\"decisions\": [")))
                .hasMessageStartingWith("$.decisions: Invalid type for decisions (expected object): array");
    }
}
