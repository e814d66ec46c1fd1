package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.ControlCatalogue;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.ControlTextProvider;
import org.isms4j.annexa.ControlType;
import org.isms4j.annexa.Iso2013ControlId;
import org.isms4j.annexa.Theme;
import org.isms4j.annexa.soa.Applicability;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.ImplementationStatus;
import org.isms4j.annexa.soa.ReasonCode;
import org.isms4j.annexa.soa.SoaColumn;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.ImportantAssetCriteria;
import org.isms4j.core.ImportantAssetCriterion;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.LikelihoodTables;
import org.isms4j.core.Priority;
import org.isms4j.core.ProductRule;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskLevelRule;
import org.isms4j.core.RiskLevelRules;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.TermNames;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.AssessmentColumn;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.isms4j.testkit.BadInput;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Jackson module on a plain {@link ObjectMapper}: every public value type reads and writes. */
class IsmsModuleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new IsmsModule());

    static Stream<Arguments> values() {
        RiskModel model = RiskModel.standard();
        RiskRegister register = Fixtures.canonicalRegister();
        return Stream.of(
                Arguments.of(RatingScale.class, RatingScale.of(1, 5)),
                Arguments.of(CiaScales.class, Fixtures.customModel().ciaScales()),
                Arguments.of(CiaRating.class, CiaRating.of(3, 3, 2)),
                Arguments.of(LikelihoodTable.class, LikelihoodTables.standard()),
                Arguments.of(RiskLevelRule.class, RiskLevelRules.product()),
                Arguments.of(RiskLevelRule.class, RiskLevelRules.fiveByFive()),
                Arguments.of(ProductRule.class, RiskLevelRules.product()),
                Arguments.of(LevelGrid.class, RiskLevelRules.fiveByFive()),
                Arguments.of(AcceptanceThreshold.class, AcceptanceThreshold.of(6, "今期中に対応", "treat within this term")),
                Arguments.of(AcceptanceCriteria.class, AcceptanceCriteria.standard()),
                Arguments.of(ImportantAssetCriterion.class, ImportantAssetCriteria.anyRatingAtTop()),
                Arguments.of(ImportantAssetCriterion.class, ImportantAssetCriteria.importanceAtLeast(2)),
                Arguments.of(Priority.class, model.priorityOf(6)),
                Arguments.of(Priority.class, model.priorityOf(1)),
                Arguments.of(TermNames.class, TreatmentOption.REDUCE.names()),
                Arguments.of(Score.class, model.score(3, 3, 2)),
                Arguments.of(RiskModel.class, model),
                Arguments.of(RiskModel.class, Fixtures.customModel()),
                Arguments.of(Asset.class, Fixtures.quickApproachInventory().get(3)),
                Arguments.of(AssetInventory.class, Fixtures.quickApproachInventory()),
                Arguments.of(Risk.class, register.risks().get(2).risk()),
                Arguments.of(RiskEvaluation.class, register.risks().get(0).first()),
                Arguments.of(RiskEvaluation.class, register.risks().get(2).first().withImportanceOverride(model, 2)),
                Arguments.of(TreatmentControl.class, CanonicalFixture.CLASSIFICATION),
                Arguments.of(TreatmentControl.class, CanonicalFixture.TRAINING),
                Arguments.of(TreatmentDecision.class, register.risks().get(2).treatment().get()),
                Arguments.of(TreatmentDecision.class, TreatmentDecision.retain("発生可能性が低い")),
                Arguments.of(ResidualAcceptance.class, register.risks().get(2).acceptance().get()),
                Arguments.of(Approval.class, register.approval().get()),
                Arguments.of(Approval.class, Approval.drafted("ISMS事務局", java.time.LocalDate.of(2023, 9, 30))),
                Arguments.of(PlanItem.class, CanonicalFixture.plan().items().get(0)),
                Arguments.of(TreatmentPlan.class, CanonicalFixture.plan()),
                Arguments.of(ControlId.class, ControlId.parse("5.12")),
                Arguments.of(Iso2013ControlId.class, Iso2013ControlId.parse("A.8.2.1")),
                Arguments.of(Decision.class, Fixtures.canonicalSoa().find(ControlId.parse("5.1")).get()),
                Arguments.of(StatementOfApplicability.class, Fixtures.canonicalSoa()),
                Arguments.of(SecurityProperty.class, SecurityProperty.AVAILABILITY),
                Arguments.of(TreatmentOption.class, TreatmentOption.TRANSFER),
                Arguments.of(TreatmentStatus.class, TreatmentStatus.PLANNED),
                Arguments.of(PlanStatus.class, PlanStatus.IN_PROGRESS),
                Arguments.of(ResidualDecision.class, ResidualDecision.REJECTED),
                Arguments.of(Applicability.class, Applicability.EXCLUDED),
                Arguments.of(ImplementationStatus.class, ImplementationStatus.PARTIALLY_IMPLEMENTED),
                Arguments.of(ReasonCode.class, ReasonCode.CONTRACTUAL),
                Arguments.of(Theme.class, Theme.PEOPLE),
                Arguments.of(ControlType.class, ControlType.DETECTIVE),
                Arguments.of(AssessmentColumn.class, AssessmentColumn.RESIDUAL_LEVEL),
                Arguments.of(SoaColumn.class, SoaColumn.EVIDENCE));
    }

    @ParameterizedTest
    @MethodSource("values")
    void readValue_givesBackWhatWriteValueWrote(Class<?> type, Object value) throws Exception {
        String json = MAPPER.writeValueAsString(value);
        assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
        assertThat(MAPPER.writeValueAsString(MAPPER.readValue(json, type))).isEqualTo(json);
    }

    @Test
    void writeValue_sameBytesAsIsmsJson() throws Exception {
        IsmsJson compact = IsmsJson.strict().compact();
        assertThat(MAPPER.writeValueAsString(RiskModel.standard())).isEqualTo(compact.writeRiskModel(RiskModel.standard()));
        assertThat(MAPPER.writeValueAsString(Fixtures.canonicalRegister()))
                .isEqualTo(compact.writeRiskRegister(Fixtures.canonicalRegister()));
    }

    @Test
    void writeValue_enumsAsTheirCodes() throws Exception {
        assertThat(MAPPER.writeValueAsString(List.of(SecurityProperty.CONFIDENTIALITY, TreatmentOption.REDUCE,
                TreatmentStatus.UNDECIDED))).isEqualTo("[\"confidentiality\",\"reduce\",\"undecided\"]");
        assertThat(MAPPER.writeValueAsString(Map.of(TreatmentStatus.DONE, 1))).isEqualTo("{\"done\":1}");
        Map<SecurityProperty, Integer> map = new EnumMap<>(SecurityProperty.class);
        map.put(SecurityProperty.INTEGRITY, 2);
        String json = MAPPER.writeValueAsString(map);
        assertThat(json).isEqualTo("{\"integrity\":2}");
        assertThat(MAPPER.readValue(json, new TypeReference<Map<SecurityProperty, Integer>>() {})).isEqualTo(map);
    }

    @Test
    void readValue_unknownCodeFailsWithTheCoresMessage() {
        assertThatThrownBy(() -> MAPPER.readValue("\"cure\"", TreatmentOption.class))
                .isInstanceOf(JsonMappingException.class).cause().isInstanceOf(IsmsJsonException.class)
                .hasMessage("$: Unknown treatment option: 'cure' (valid values avoid, reduce, transfer, retain)");
        assertThatThrownBy(() -> MAPPER.readValue("{\"secrecy\": 1}", new TypeReference<Map<SecurityProperty, Integer>>() {}))
                .hasRootCauseInstanceOf(org.isms4j.core.IsmsException.class)
                .hasMessageContaining("Unknown security property: 'secrecy'");
    }

    @Test
    void readValue_ratingIsCheckedAgainstTheScalesAttribute() throws Exception {
        String json = "{\"confidentiality\": 4, \"integrity\": 1, \"availability\": 1}";
        assertThat(MAPPER.readValue(json, CiaRating.class).confidentiality()).isEqualTo(4);
        assertThatThrownBy(() -> MAPPER.readerFor(CiaRating.class).withAttribute(CiaScales.class, CiaScales.standard())
                .readValue(json))
                .isInstanceOf(JsonMappingException.class).cause().isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.confidentiality: Invalid value for confidentiality (valid values 1 - 3): 4");
    }

    @Test
    void readValue_assessedRiskNeedsItsModel() throws Exception {
        AssessedRisk row = Fixtures.canonicalRegister().risks().get(2);
        String json = MAPPER.writeValueAsString(row);
        assertThat(MAPPER.readerFor(AssessedRisk.class).withAttribute(RiskModel.class, RiskModel.standard())
                .readValue(json, AssessedRisk.class)).isEqualTo(row);
        assertThatThrownBy(() -> MAPPER.readValue(json, AssessedRisk.class))
                .isInstanceOf(JsonMappingException.class).cause().isInstanceOf(IsmsJsonException.class)
                .hasMessage("$: Invalid use: reading an assessed risk needs the risk model that scored it");
    }

    @Test
    void readValue_assessedRiskIsScoredByItsModel_theFailureAtTheEvaluationsProperty() throws Exception {
        AssessedRisk row = Fixtures.canonicalRegister().risks().get(2);
        assertThat(row.second()).isPresent();
        String json = MAPPER.writeValueAsString(row);
        int first = json.indexOf("\"level\":");
        int second = json.lastIndexOf("\"level\":");
        assertThat(first).isLessThan(second);
        int firstLevel = row.first().level();
        int secondLevel = row.second().get().level();
        String badFirst = json.substring(0, first) + "\"level\":" + (firstLevel == 1 ? 2 : 1)
                + json.substring(first + ("\"level\":" + firstLevel).length());
        String badSecond = json.substring(0, second) + "\"level\":" + (secondLevel == 1 ? 2 : 1)
                + json.substring(second + ("\"level\":" + secondLevel).length());
        var reader = MAPPER.readerFor(AssessedRisk.class).withAttribute(RiskModel.class, RiskModel.standard());
        assertThatThrownBy(() -> reader.readValue(badFirst))
                .isInstanceOf(JsonMappingException.class).cause().isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.firstEvaluation.level: Invalid value for risk level (model isms4j-standard@1 gives "
                        + firstLevel + "): " + (firstLevel == 1 ? 2 : 1));
        assertThatThrownBy(() -> reader.readValue(badSecond))
                .isInstanceOf(JsonMappingException.class).cause().isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.secondEvaluation.level: Invalid value for risk level (model isms4j-standard@1 gives "
                        + secondLevel + "): " + (secondLevel == 1 ? 2 : 1));
    }

    @Test
    void writeValue_annexACatalogueAsItsDocumentWithoutStatements() throws Exception {
        assertThat(MAPPER.writeValueAsString(AnnexA.catalogue()))
                .isEqualTo(IsmsJson.strict().compact().writeAnnexACatalogue());
        assertThat(MAPPER.writeValueAsString(AnnexA.get("5.12"))).startsWith("{\"id\":\"5.12\",\"theme\":"
                + "\"organizational\",\"englishTitle\":\"Classification of information\",\"japaneseTitle\":\"情報の分類\"");
        assertThat(MAPPER.writeValueAsString(AnnexA.get2013("A.18.2.3")))
                .endsWith("\"iso2022\":[\"5.36\",\"8.8\"]}");
        ControlCatalogue licensed;
        try (java.io.Reader reader = new java.io.StringReader("5.12.statement=Our statement for 5.12\n")) {
            licensed = AnnexA.withText(ControlTextProvider.load(reader));
        }
        assertThat(licensed.get("5.12").text()).isPresent();
        assertThat(MAPPER.writeValueAsString(licensed)).isEqualTo(MAPPER.writeValueAsString(AnnexA.catalogue()))
                .doesNotContain("Our statement");
    }

    @Test
    void readValue_registerNeedsItsModel() throws Exception {
        String json = MAPPER.writeValueAsString(Fixtures.canonicalRegister());
        RiskRegister read = MAPPER.readerFor(RiskRegister.class).withAttribute(RiskModel.class, RiskModel.standard())
                .readValue(json);
        assertThat(read).isEqualTo(Fixtures.canonicalRegister());
        assertThatThrownBy(() -> MAPPER.readValue(json, RiskRegister.class))
                .isInstanceOf(JsonMappingException.class).cause().isInstanceOf(IsmsJsonException.class)
                .hasMessage("$: Invalid use: reading a risk register needs the risk model that scored it");
    }

    @Test
    void readValue_strictOnAPlainMapperToo() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"min\": 1, \"max\": 3, \"max\": 3}", RatingScale.class))
                .isInstanceOf(JsonMappingException.class).cause().isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.max: Duplicate property: 'max'");
        assertThatThrownBy(() -> MAPPER.readValue("{\"min\": 1, \"max\": \"3\"}", RatingScale.class))
                .isInstanceOf(JsonMappingException.class).cause().isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.max: Invalid type for max (expected integer): '3'");
        assertThatThrownBy(() -> MAPPER.readValue("{\"min\": 1, \"max\": 3, \"step\": 1}", RatingScale.class))
                .isInstanceOf(JsonMappingException.class).cause().isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.step: Unknown property: 'step' (valid values min, max)");
    }

    @Test
    void readValue_unknownPropertiesSkippedWhenTheMapperSaysSo() throws Exception {
        ObjectMapper lenient = new ObjectMapper().registerModule(new IsmsModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(lenient.readValue("{\"min\": 1, \"step\": [1], \"max\": 3}", RatingScale.class))
                .isEqualTo(RatingScale.standard());
    }

    /** A bean of the user's, holding isms4j values. */
    static final class Holder {
        public RiskModel model;
        public List<CiaRating> ratings;
    }

    @Test
    void readValue_nestedInAUsersBeanReportsTheFullPath() throws Exception {
        Holder holder = new Holder();
        holder.model = RiskModel.standard();
        holder.ratings = List.of(CiaRating.of(1, 2, 3));
        String json = MAPPER.writeValueAsString(holder);
        Holder read = MAPPER.readValue(json, Holder.class);
        assertThat(read.model).isEqualTo(holder.model);
        assertThat(read.ratings).isEqualTo(holder.ratings);
        assertThatThrownBy(() -> MAPPER.readValue(json.replace("\"integrity\":2", "\"integrity\":12"), Holder.class))
                .isInstanceOf(JsonMappingException.class)
                .hasCauseInstanceOf(IsmsJsonException.class)
                .cause().hasMessage("$.ratings[0].integrity: Invalid value for integrity (valid values 0 - 10): 12");
    }

    @Test
    void findAndRegisterModules_findsTheModuleThroughServiceLoader() {
        assertThat(ServiceLoader.load(Module.class)).anyMatch(module -> module instanceof IsmsModule);
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains(IsmsModule.class.getName());
        assertThat(mapper.valueToTree(RiskModel.standard()).get("format").asText()).isEqualTo(Formats.RISK_MODEL);
    }

    @Test
    void objectMapper_isConfiguredLikeTheFacade() throws Exception {
        ObjectMapper mapper = IsmsJson.strict().objectMapper();
        assertThat(mapper.getRegisteredModuleIds()).contains(IsmsModule.class.getName());
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(IsmsJson.strict().ignoringUnknownProperties().objectMapper()
                .isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        assertThat(mapper.getFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(32);
        assertThat(mapper.writeValueAsString(RiskModel.standard()) + "\n")
                .isEqualTo(IsmsJson.strict().writeRiskModel(RiskModel.standard()));
        assertThat(mapper.readValue(IsmsJson.strict().writeRiskModel(RiskModel.standard()), RiskModel.class))
                .isEqualTo(RiskModel.standard());
    }

    @Test
    void readValue_failureIsJacksonsOwn_withJacksonsPath_andTheCoresExceptionAsItsCause() {
        JsonMappingException e = BadInput.thrown(JsonMappingException.class,
                () -> MAPPER.readValue("{\"min\": 1, \"max\": 11}", RatingScale.class));
        assertThat(e.getCause()).isInstanceOf(IsmsJsonException.class)
                .hasMessage("$.max: Invalid value for scale maximum (valid values 0 - 10): 11");
        assertThat(e.getOriginalMessage()).isEqualTo(e.getCause().getMessage());
        assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName).containsExactly("max");
        assertThat(e.getPathReference()).isEqualTo("org.isms4j.core.RatingScale[\"max\"]");
    }

    @Test
    void readValue_nestedInAUsersBean_thePathRunsFromTheBeanToTheProperty() throws Exception {
        Holder holder = new Holder();
        holder.model = RiskModel.standard();
        holder.ratings = List.of(CiaRating.of(1, 2, 3));
        String json = MAPPER.writeValueAsString(holder).replaceFirst("\"max\":3", "\"max\":11");
        JsonMappingException e = BadInput.thrown(JsonMappingException.class, () -> MAPPER.readValue(json, Holder.class));
        assertThat(e.getPath()).extracting(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                .containsExactly("model", "ciaScales", "confidentiality", "max");
        assertThat(e.getCause()).hasMessage(
                "$.model.ciaScales.confidentiality.max: Invalid value for scale maximum (valid values 0 - 10): 11");
    }

    @Test
    void readValue_codeCatchingJsonProcessingExceptionHandlesEveryFailure() {
        for (String json : List.of("{\"min\": 1}", "{\"min\": 1, \"max\": \"3\"}", "{\"min\": 1, \"max\": 3, \"x\": 1}",
                "{\"min\": 1, \"max\": [")) {
            assertThatThrownBy(() -> MAPPER.readValue(json, RatingScale.class))
                    .as(json).isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class)
                    .hasCauseInstanceOf(IsmsJsonException.class);
        }
        assertThatThrownBy(() -> MAPPER.readValue("{\"secrecy\": 1}", new TypeReference<Map<SecurityProperty, Integer>>() {}))
                .isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(IsmsJsonException.class);
    }

    @Test
    void version_isTheBuildsVersionOfIsmsJson() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        java.util.regex.Matcher parent = java.util.regex.Pattern.compile("<parent>.*?<version>([^<]+)</version>",
                java.util.regex.Pattern.DOTALL).matcher(pom);
        assertThat(parent.find()).isTrue();
        com.fasterxml.jackson.core.Version version = new IsmsModule().version();
        assertThat(version.toString()).isEqualTo(parent.group(1));
        assertThat(version.getGroupId()).isEqualTo("org.isms4j");
        assertThat(version.getArtifactId()).isEqualTo("isms-json");
        assertThat(version.isUnknownVersion()).isFalse();
        assertThat(java.lang.reflect.Modifier.isFinal(IsmsModule.class.getModifiers())).isTrue();
        assertThat(MAPPER.getRegisteredModuleIds()).contains(IsmsModule.class.getName());
    }
}
