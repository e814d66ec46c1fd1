package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.spec.CanonicalFixture;
import org.junit.jupiter.api.Test;

/** Every kind of bad input, with the exact message and JSON path. */
class StrictReadingTest {

    private static final IsmsJson JSON = IsmsJson.strict();
    private static final String MODEL = JSON.writeRiskModel(RiskModel.standard());
    private static final String REGISTER = JSON.writeRiskRegister(Fixtures.canonicalRegister());
    private static final String INVENTORY = JSON.writeAssetInventory(Fixtures.quickApproachInventory());

    private static IsmsJsonException modelError(String json) {
        return catchError(() -> JSON.readRiskModel(json));
    }

    private static IsmsJsonException registerError(String json) {
        return catchError(() -> JSON.readRiskRegister(json, RiskModel.standard()));
    }

    private static IsmsJsonException inventoryError(String json) {
        return catchError(() -> JSON.readAssetInventory(json));
    }

    private static IsmsJsonException catchError(Runnable read) {
        try {
            read.run();
        } catch (IsmsJsonException e) {
            return e;
        }
        throw new AssertionError("no IsmsJsonException");
    }

    /** Replaces the one occurrence of a text, failing if it is not there exactly once. */
    private static String replace(String json, String text, String replacement) {
        int at = json.indexOf(text);
        assertThat(at).as("'%s' in the document", text).isNotNegative();
        assertThat(json.indexOf(text, at + 1)).as("a second '%s'", text).isNegative();
        return json.substring(0, at) + replacement + json.substring(at + text.length());
    }

    @Test
    void readRiskRegister_threatOffScale() {
        String json = replace(REGISTER, "\"threat\": 3", "\"threat\": 7");
        IsmsJsonException e = registerError(json);
        assertThat(e).hasMessage("$.risks[2].firstEvaluation.threat: Invalid value for threat (valid values 1 - 3): 7");
        assertThat(e.path()).isEqualTo("$.risks[2].firstEvaluation.threat");
        assertThat(e.reason()).isEqualTo("Invalid value for threat (valid values 1 - 3): 7");
        assertThat(e).isInstanceOf(IsmsException.class);
    }

    @Test
    void readRiskModel_unknownProperty() {
        String json = replace(MODEL, "\"id\":", "\"colour\": \"red\",\n  \"id\":");
        assertThat(modelError(json)).hasMessage("$.colour: Unknown property: 'colour' (valid values format, "
                + "formatVersion, id, version, ciaScales, importanceScale, likelihoodTable, levelRule, "
                + "acceptanceCriteria, importantAssetCriterion)");
    }

    @Test
    void readRiskRegister_unknownPropertyInRow() {
        String json = replace(REGISTER, "\"event\": \"誤送信\",", "\"event\": \"誤送信\", \"owner\": 1,");
        assertThat(registerError(json)).hasMessageStartingWith("$.risks[1].owner: Unknown property: 'owner' (valid "
                + "values number, assetNumbers, riskSource, impactArea, event, lostProperties, cause, consequence, "
                + "firstEvaluation, treatment, secondEvaluation, acceptance)");
    }

    @Test
    void ignoringUnknownProperties_skipsThemAndKeepsEveryOtherCheck() {
        IsmsJson lenient = JSON.ignoringUnknownProperties();
        String json = replace(REGISTER, "\"event\": \"誤送信\",",
                "\"event\": \"誤送信\", \"owner\": {\"name\": [1, {\"x\": null}]},");
        assertThat(lenient.readRiskRegister(json, RiskModel.standard())).isEqualTo(Fixtures.canonicalRegister());
        assertThat(lenient.failsOnUnknownProperties()).isFalse();
        assertThat(JSON.failsOnUnknownProperties()).isTrue();
        String duplicate = replace(json, "\"number\": 2,", "\"number\": 2, \"number\": 2,");
        assertThatThrownBy(() -> lenient.readRiskRegister(duplicate, RiskModel.standard()))
                .isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.risks[1].number: Duplicate property: 'number'");
    }

    @Test
    void readRiskModel_duplicateProperty() {
        String json = replace(MODEL, "\"version\": \"1\",", "\"version\": \"1\", \"version\": \"2\",");
        assertThat(modelError(json)).hasMessage("$.version: Duplicate property: 'version'");
    }

    @Test
    void readRiskModel_missingProperty() {
        String json = replace(MODEL, "\"version\": \"1\",", "");
        assertThat(modelError(json)).hasMessage("$: Missing property: 'version'");
    }

    @Test
    void readRiskRegister_missingPropertyInRow() {
        String json = replace(REGISTER, "\"event\": \"誤送信\",", "");
        assertThat(registerError(json)).hasMessage("$.risks[1]: Missing property: 'event'");
    }

    @Test
    void readRiskModel_wrongTypes() {
        assertThat(modelError(replace(MODEL, "\"formatVersion\": 1", "\"formatVersion\": \"1\"")))
                .hasMessage("$.formatVersion: Invalid type for formatVersion (expected integer): '1'");
        assertThat(modelError(replace(MODEL, "\"formatVersion\": 1", "\"formatVersion\": 1.0")))
                .hasMessage("$.formatVersion: Invalid type for formatVersion (expected integer): 1.0");
        assertThat(modelError(replace(MODEL, "\"id\": \"isms4j-standard\"", "\"id\": null")))
                .hasMessage("$.id: Invalid type for id (expected string): null");
        assertThat(modelError(replace(MODEL, "\"id\": \"isms4j-standard\"", "\"id\": [\"a\"]")))
                .hasMessage("$.id: Invalid type for id (expected string): array");
        assertThat(modelError(replace(MODEL, "\"id\": \"isms4j-standard\"", "\"id\": true")))
                .hasMessage("$.id: Invalid type for id (expected string): true");
        assertThat(modelError("[]")).hasMessage("$: Invalid type for risk model document (expected object): array");
        assertThat(modelError("")).hasMessage("$: Invalid type for risk model document (expected object): end of input");
    }

    @Test
    void readRiskModel_outOfRangeValues() {
        assertThat(modelError(replace(MODEL, "\"minLevel\": 9", "\"minLevel\": 101")))
                .hasMessage("$.acceptanceCriteria.thresholds[0].minLevel: Invalid value for threshold level "
                        + "(valid values 1 - 100): 101");
        assertThat(modelError(replace(MODEL, "\"minLevel\": 9", "\"minLevel\": 99999999999")))
                .hasMessage("$.acceptanceCriteria.thresholds[0].minLevel: Invalid value for threshold level "
                        + "(valid values 1 - 100): 99999999999");
        assertThat(modelError(replace(MODEL, "\"importanceScale\": {\n    \"min\": 1", "\"importanceScale\": {\n    \"min\": -1")))
                .hasMessage("$.importanceScale.min: Invalid value for scale minimum (valid values 0 - 10): -1");
    }

    @Test
    void readRiskModel_crossFieldRulesOfTheCore() {
        assertThat(modelError(replace(MODEL, "[ [ 1, 1, 1 ], [ 1, 1, 2 ], [ 1, 2, 3 ] ]",
                "[ [ 1, 1, 1 ], [ 1, 1, 2 ], [ 1, 2, 1 ] ]")))
                .hasMessage("$.likelihoodTable: Likelihood table is not monotone: cell (threat 3, vulnerability 3) "
                        + "= 1 is below cell (threat 2, vulnerability 3) = 2; likelihood must not decrease as threat "
                        + "rises");
        assertThat(modelError(replace(MODEL, "\"minLevel\": 9", "\"minLevel\": 10")))
                .hasMessage("$: Acceptance threshold for priority 1 (levels 10 - 100) is reached by no risk level "
                        + "the model gives (1 - 9)");
    }

    @Test
    void readRiskModel_wrongFormatOrVersion() {
        assertThat(modelError(replace(MODEL, "isms4j.risk-model", "isms4j.risk-register")))
                .hasMessage("$.format: Unknown format: 'isms4j.risk-register' (valid values isms4j.risk-model)");
        assertThat(modelError(replace(MODEL, "\"formatVersion\": 1", "\"formatVersion\": 2")))
                .hasMessage("$.formatVersion: Invalid value for format version (valid values 1 - 1): 2");
        assertThat(modelError(replace(MODEL, "\"format\": \"isms4j.risk-model\",", "")))
                .hasMessage("$: Missing property: 'format'");
    }

    @Test
    void readRiskModel_trailingContent() {
        assertThat(modelError(MODEL + "{}")).hasMessage("$: Trailing content after the document: object");
        assertThat(modelError(MODEL + " 1")).hasMessage("$: Trailing content after the document: 1");
        assertThat(JSON.readRiskModel(MODEL + " \n\t ")).isEqualTo(RiskModel.standard());
    }

    @Test
    void readRiskModel_malformedJson() {
        IsmsJsonException e = modelError(replace(MODEL, "\"version\": \"1\",", "\"version\": \"1\""));
        assertThat(e.path()).isEqualTo("$.version");
        assertThat(e.reason()).startsWith("Malformed JSON (line 6, column 3): Unexpected character ('\"' (code 34)): "
                + "was expecting comma to separate Object entries");
        assertThat(modelError("{\"format\": 'x'}").reason()).startsWith("Malformed JSON (line 1, column 12): "
                + "Unexpected character (''' (code 39))");
        assertThat(modelError("{\"format\": \"x").reason()).startsWith("Malformed JSON");
        assertThat(catchError(() -> JSON.readRiskModel(new ByteArrayInputStream(new byte[] {'{', '"', (byte) 0xFF,
                '"', ':', '1', '}'}))).reason()).startsWith("Malformed JSON (line 1, column 5): Invalid UTF-8 start byte 0xff");
    }

    @Test
    void readRiskModel_unknownRuleKind() {
        assertThat(modelError(replace(MODEL, "\"kind\": \"product\"", "\"kind\": \"sum\"")))
                .hasMessage("$.levelRule.kind: Unknown risk level rule kind: 'sum' (valid values product, grid)");
        assertThat(modelError(replace(MODEL, "\"kind\": \"product\"", "\"kind\": \"product\", \"rowAxis\": \"x\"")))
                .hasMessage("$.levelRule.rowAxis: Unknown property for kind 'product': 'rowAxis' (valid values kind)");
        assertThat(modelError(replace(MODEL, "\"kind\": \"product\"", "\"rowAxis\": \"x\", \"kind\": \"product\"")))
                .hasMessage("$.levelRule.rowAxis: Unknown property for kind 'product': 'rowAxis' (valid values kind)");
        assertThat(modelError(replace(MODEL, "\"kind\": \"product\"", "\"kind\": \"grid\"")))
                .hasMessage("$.levelRule: Missing property: 'rowAxis'");
    }

    @Test
    void readRiskRegister_evaluationDisagreesWithTheModel() {
        assertThat(registerError(replace(REGISTER, "\"level\": 9", "\"level\": 8")))
                .hasMessage("$.risks[2].firstEvaluation.level: Invalid value for risk level (model isms4j-standard@1 "
                        + "gives 9): 8");
        assertThat(registerError(replace(REGISTER, "\"vulnerability\": 3,\n      \"likelihood\": 3",
                "\"vulnerability\": 3,\n      \"likelihood\": 2")))
                .hasMessage("$.risks[2].firstEvaluation.likelihood: Invalid value for likelihood (model "
                        + "isms4j-standard@1 gives 3): 2");
        assertThat(registerError(replace(REGISTER, "\"priority\": \"1\"", "\"priority\": \"urgent\"")))
                .hasMessage("$.risks[2].firstEvaluation.priority: Invalid value for priority (model "
                        + "isms4j-standard@1 gives '1'): 'urgent'");
        assertThat(registerError(replace(REGISTER, "\"vulnerability\": 3,", "")))
                .hasMessage("$.risks[2].firstEvaluation: Invalid evaluation: threat (3) and vulnerability (none) "
                        + "are given together or not at all");
    }

    @Test
    void readRiskRegister_anotherModel() {
        assertThat(registerError(replace(REGISTER, "\"version\": \"1\"", "\"version\": \"2\"")))
                .hasMessage("$.model: Model mismatch: this register was scored by isms4j-standard@2, not by "
                        + "isms4j-standard@1");
    }

    @Test
    void readRiskRegister_duplicateRiskNumber() {
        String json = replace(REGISTER, "\"number\": 3,", "\"number\": 2,");
        assertThat(registerError(json)).hasMessage("$.risks[2].number: Duplicate risk number: 2");
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
        String json = replace(REGISTER, "[ 10, 11, 13, 26, 55 ]", "[ 55, 10, 26, 11, 13 ]");
        assertThat(JSON.readRiskRegister(json, RiskModel.standard())).isEqualTo(Fixtures.canonicalRegister());
        assertThat(registerError(replace(REGISTER, "[ 10, 11, 13, 26, 55 ]", "[ 13, 10, 55, 13 ]")))
                .hasMessage("$.risks[2].assetNumbers[3]: Duplicate asset number: 13");
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

    @Test
    void readRiskRegister_badRiskValues() {
        assertThat(registerError(replace(REGISTER, "[ 10, 11, 13, 26, 55 ]", "[ 10, 11, 10 ]")))
                .hasMessage("$.risks[2].assetNumbers[2]: Duplicate asset number: 10");
        assertThat(registerError(replace(REGISTER, "[ 10, 11, 13, 26, 55 ]", "[ ]")))
                .hasMessage("$.risks[2].assetNumbers: Invalid asset numbers: a risk concerns at least one asset");
        assertThat(registerError(replace(REGISTER, "[ 10, 11, 13, 26, 55 ]", "[ 0 ]")))
                .hasMessage("$.risks[2].assetNumbers[0]: Invalid value for asset number (valid values 1 - "
                        + "2147483647): 0");
        assertThat(registerError(replace(REGISTER, "\"event\": \"誤送信\"", "\"event\": \" \"")))
                .hasMessage("$.risks[1].event: Invalid value for event (must not be blank): ' '");
        assertThat(registerError(replace(REGISTER, "\"event\": \"誤送信\",\n    \"lostProperties\": [ \"confidentiality\" ]",
                "\"event\": \"誤送信\",\n    \"lostProperties\": [ \"secrecy\" ]")))
                .hasMessage("$.risks[1].lostProperties[0]: Unknown security property: 'secrecy' (valid values "
                        + "confidentiality, integrity, availability)");
    }

    @Test
    void readAssetInventory_badValues() {
        assertThat(inventoryError(replace(INVENTORY, "\"availability\": 3", "\"availability\": 11")))
                .hasMessage("$.assets[2].rating.availability: Invalid value for availability (valid values 0 - 10): 11");
        assertThat(inventoryError(replace(INVENTORY, "\"number\": 3", "\"number\": 1")))
                .hasMessage("$.assets[2].number: Duplicate asset number: 1");
        assertThat(catchError(() -> JSON.readAssetInventory(replace(INVENTORY, "\"availability\": 3",
                "\"availability\": 4"), RiskModel.standard().ciaScales())))
                .hasMessage("$.assets[2].rating.availability: Invalid value for availability (valid values 1 - 3): 4");
    }

    @Test
    void readers_pathQuotesNamesThatAreNotIdentifiers() {
        String json = replace(MODEL, "\"id\":", "\"a b'c\": 1,\n  \"id\":");
        assertThat(modelError(json).path()).isEqualTo("$['a b\\'c']");
    }

    @Test
    void readRiskModel_fromStreamAndString() {
        byte[] bytes = MODEL.getBytes(StandardCharsets.UTF_8);
        assertThat(JSON.readRiskModel(new ByteArrayInputStream(bytes))).isEqualTo(RiskModel.standard());
        assertThat(JSON.readRiskModel(MODEL)).isEqualTo(RiskModel.standard());
    }

    private static final String PLAN = JSON.writeTreatmentPlan(CanonicalFixture.plan());
    private static final String SOA = JSON.writeStatementOfApplicability(Fixtures.canonicalSoa());

    private static IsmsJsonException planError(String json) {
        return catchError(() -> JSON.readTreatmentPlan(json));
    }

    private static IsmsJsonException soaError(String json) {
        return catchError(() -> JSON.readStatementOfApplicability(json));
    }

    @Test
    void readRiskRegister_rowAgainstTheInventory() {
        assertThat(registerError(replace(REGISTER, "[ 10, 11, 13, 26, 55 ]", "[ 10, 11, 12 ]")))
                .hasMessage("$.risks[2].assetNumbers: Invalid risk 3: it cites asset 12, which is not in the asset "
                        + "inventory");
        assertThat(registerError(replace(REGISTER, "[ 10, 11, 13, 26, 55 ]", "[ 11, 26 ]")))
                .hasMessage("$.risks[2].firstEvaluation.assetImportance: Invalid risk 3: its first evaluation has "
                        + "asset importance 3, but the highest importance of its assets is 2");
        assertThat(registerError(replace(REGISTER, "\"number\": 55,", "\"number\": 40,")))
                .hasMessage("$.inventory[6].number: Duplicate asset number: 40");
    }

    @Test
    void readRiskRegister_badTreatment() {
        assertThat(registerError(replace(REGISTER, "\"status\": \"undecided\"", "\"status\": \"someday\"")))
                .hasMessage("$.risks[2].treatment.status: Unknown treatment status: 'someday' (valid values done, "
                        + "planned, undecided)");
        assertThat(registerError(replace(REGISTER, "\"annexA\": \"5.13\"", "\"annexA\": \"A.5.13\"")))
                .hasMessage("$.risks[2].treatment.controls[2].annexA: Invalid value for Annex A control (canonical "
                        + "form, such as 5.13): 'A.5.13'");
        assertThat(registerError(replace(REGISTER, "\"annexA\": \"5.13\"", "\"annexA\": \"9.1\"")))
                .hasMessage("$.risks[2].treatment.controls[2].annexA: Invalid value for Annex A control (a theme 5 - 8 "
                        + "and a number, such as 5.12): '9.1'");
        String risk2 = "\"options\": [ \"reduce\" ],\n      \"controls\": [ {\n        \"text\": \"教育訓練\"\n      } ],";
        assertThat(registerError(replace(REGISTER, risk2, "\"options\": [ \"reduce\" ],")))
                .hasMessage("$.risks[1].treatment: Invalid treatment: a reduce decision names at least one control");
        assertThat(registerError(replace(REGISTER, risk2, "\"options\": [ ],")))
                .hasMessage("$.risks[1].treatment: Invalid treatment: at least one option is needed");
        assertThat(registerError(replace(REGISTER, risk2, "\"options\": [ \"retain\", \"retain\" ],")))
                .hasMessage("$.risks[1].treatment.options[1]: Duplicate treatment option: 'retain'");
        assertThat(registerError(replace(REGISTER, risk2, "\"options\": [ \"retain\" ],")))
                .hasMessage("$.risks[1]: Invalid treatment of risk 2: it is retained at level 4, priority 3, above the "
                        + "acceptance threshold, without a justification");
    }

    @Test
    void readRiskRegister_badAcceptanceAndApproval() {
        assertThat(registerError(replace(REGISTER, "\"decided\": \"2023-10-02\"", "\"decided\": \"2023-10-2\"")))
                .hasMessage("$.risks[2].acceptance.decided: Invalid value for decided (a date yyyy-MM-dd): '2023-10-2'");
        assertThat(registerError(replace(REGISTER, "\"expires\": \"2024-04-01\"", "\"expires\": \"2023-02-30\"")))
                .hasMessage("$.risks[2].acceptance.expires: Invalid value for expires (a date yyyy-MM-dd): '2023-02-30'");
        assertThat(registerError(replace(REGISTER, "\"expires\": \"2024-04-01\"", "\"expires\": \"2023-10-01\"")))
                .hasMessage("$.risks[2].acceptance: Invalid acceptance: the expiry 2023-10-01 is not after the decision "
                        + "date 2023-10-02");
        assertThat(registerError(replace(REGISTER, "\"decision\": \"accepted\"", "\"decision\": \"yes\"")))
                .hasMessage("$.risks[2].acceptance.decision: Unknown residual decision: 'yes' (valid values accepted, "
                        + "rejected)");
        assertThat(registerError(replace(REGISTER, ",\n    \"approved\": \"2023-10-02\"", "")))
                .hasMessage("$.approval: Invalid approval: the approver and the approval date are given together");
        assertThat(registerError(replace(REGISTER, "\"approved\": \"2023-10-02\"", "\"approved\": \"2023-09-01\"")))
                .hasMessage("$.approval: Invalid approval: the approval date 2023-09-01 is before the update date "
                        + "2023-09-30");
    }

    @Test
    void readRiskRegister_secondEvaluationAgainstTheModel() {
        assertThat(registerError(replace(REGISTER, "\"likelihood\": 3,\n      \"level\": 6,\n      \"priority\": \"2\"",
                "\"likelihood\": 3,\n      \"level\": 6,\n      \"priority\": \"1\"")))
                .hasMessage("$.risks[2].secondEvaluation.priority: Invalid value for priority (model isms4j-standard@1 "
                        + "gives '2'): '1'");
    }

    @Test
    void readTreatmentPlan_badValues() {
        assertThat(planError(replace(PLAN, "\"status\": \"in_progress\"", "\"status\": \"completed\"")))
                .hasMessage("$.items[1]: Invalid plan row 2: status completed does not agree with its actual dates "
                        + "(start 2023-09-04, end none): completed needs an actual end");
        assertThat(planError(replace(PLAN, "\"plannedEnd\": \"2023-11-30\"", "\"plannedEnd\": \"2023-08-31\"")))
                .hasMessage("$.items[1]: Invalid plan row 2: the planned end 2023-08-31 is before the planned start "
                        + "2023-09-01");
        assertThat(planError(replace(PLAN, "\"number\": 2,", "\"number\": 1,")))
                .hasMessage("$.items[1].number: Duplicate plan row number: 1");
        assertThat(planError(replace(PLAN, "[ \"教材作成\", \"研修実施\" ]", "[ ]")))
                .hasMessage("$.items[1]: Invalid plan row 2: it has at least one task");
        assertThat(planError(replace(PLAN, "[ \"教材作成\", \"研修実施\" ]", "[ \"教材作成\", \"\" ]")))
                .hasMessage("$.items[1].tasks[1]: Invalid value for task (must not be blank): ''");
        assertThat(planError(replace(PLAN, "\"plannedStart\": \"2023-09-01\"", "\"plannedStart\": 20230901")))
                .hasMessage("$.items[1].plannedStart: Invalid type for plannedStart (expected string): 20230901");
        assertThat(planError(replace(PLAN, "\"status\": \"in_progress\"", "\"status\": \"着手\"")))
                .hasMessage("$.items[1].status: Unknown plan status: '着手' (valid values completed, in_progress, "
                        + "not_started)");
        assertThat(planError(replace(PLAN, "\"riskNumbers\": [ 2 ]", "\"riskNumbers\": [ 2, 2 ]")))
                .hasMessage("$.items[1].riskNumbers[1]: Duplicate risk number: 2");
    }

    @Test
    void readStatementOfApplicability_badValues() {
        assertThat(soaError(replace(SOA, "\"8.25\": {", "\"8.35\": {")))
                .hasMessage("$.decisions['8.35']: Unknown Annex A control: '8.35' (valid ids 5.1 - 5.37, 6.1 - 6.8, "
                        + "7.1 - 7.14, 8.1 - 8.34)");
        assertThat(soaError(replace(SOA, "\"8.25\": {", "\"A.8.25\": {")))
                .hasMessage("$.decisions['A.8.25']: Invalid value for control id (canonical form, such as 8.25): "
                        + "'A.8.25'");
        assertThat(soaError(replace(SOA, "\"8.25\": {", "\"5.1\": {")))
                .hasMessage("$.decisions['5.1']: Duplicate property: '5.1'");
        assertThat(soaError(replace(SOA, "\"status\": \"implemented\"", "\"status\": \"done\"")))
                .hasMessage("$.decisions['5.1'].status: Unknown implementation status: 'done' (valid values "
                        + "implemented, partially_implemented, not_implemented)");
        assertThat(soaError(replace(SOA, "\"applicability\": \"excluded\",", "")))
                .hasMessage("$.decisions['8.25']: Missing property: 'applicability'");
        assertThat(soaError(replace(SOA, "[ \"business_requirement\" ]", "[ \"business_requirement\", "
                + "\"business_requirement\" ]")))
                .hasMessage("$.decisions['8.25'].reasonCodes[1]: Duplicate reason code: 'business_requirement'");
        assertThat(soaError(replace(SOA, "\"decisions\": {", "\"decisions\": [")))
                .hasMessageStartingWith("$.decisions: Invalid type for decisions (expected object): array");
    }
}
