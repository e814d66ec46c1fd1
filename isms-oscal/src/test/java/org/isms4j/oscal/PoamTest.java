package org.isms4j.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.testkit.CanonicalFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The POA&M: each risk with its evaluations as facets and its plan rows as remediations. */
class PoamTest {

    private static final RiskRegister REGISTER = CanonicalFixture.treated();
    private static final TreatmentPlan PLAN = CanonicalFixture.plan();
    // The documents are written for each test (instance fields, not static ones), so that a test
    // checks the code as it is when the test runs: mutation testing changes it in a running JVM.
    private final JsonNode poam = Documents.tree(Documents.canonicalPoam())
            .path("plan-of-action-and-milestones");

    static List<AssessedRisk> rows() {
        return REGISTER.risks();
    }

    private JsonNode risk(AssessedRisk row) {
        for (JsonNode risk : poam.path("risks")) {
            if (Documents.prop(risk, "risk-number").equals(Integer.toString(row.number()))) {
                return risk;
            }
        }
        throw new AssertionError("no risk " + row.number());
    }

    private static List<String> facets(JsonNode characterization) {
        List<String> facets = new ArrayList<>();
        characterization.path("facets").forEach(f -> facets.add(f.path("name").asText() + "=" + f.path("value")
                .asText() + "@" + f.path("system").asText()));
        return facets;
    }

    private static List<String> expectedFacets(RiskEvaluation e) {
        String system = "@https://isms4j.org/ns/oscal/risk-model/" + e.modelId() + "/" + e.modelVersion();
        return List.of("importance=" + e.importance() + system, "likelihood=" + e.likelihood() + system,
                "risk-level=" + e.level() + system, "priority=" + e.priority().code() + system);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void characterizations_areTheFirstAndSecondEvaluations(AssessedRisk row) {
        JsonNode characterizations = risk(row).path("characterizations");
        assertThat(characterizations).hasSize(row.second().isPresent() ? 2 : 1);
        assertThat(Documents.prop(characterizations.path(0), "evaluation")).isEqualTo("initial");
        assertThat(facets(characterizations.path(0))).containsExactlyElementsOf(expectedFacets(row.first()));
        assertThat(Documents.prop(characterizations.path(1), "evaluation")).isEqualTo("adjusted");
        assertThat(facets(characterizations.path(1))).containsExactlyElementsOf(expectedFacets(row.second().get()));
        String party = poam.path("metadata").path("parties").path(0).path("uuid").asText();
        characterizations.forEach(c -> assertThat(c.path("origin").path("actors").path(0).path("actor-uuid")
                .asText()).isEqualTo(party));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void risk_carriesItsStatementStatusAndRecord(AssessedRisk row) {
        JsonNode risk = risk(row);
        assertThat(risk.path("title").asText()).isEqualTo(row.risk().riskSource());
        assertThat(risk.path("description").asText()).isEqualTo(row.risk().event());
        assertThat(risk.path("statement").asText()).isEqualTo(row.risk().cause().isEmpty()
                ? row.risk().riskSource() + " - " + row.risk().event() : row.risk().cause());
        assertThat(Documents.props(risk, "asset-number")).containsExactlyElementsOf(row.risk().assetNumbers()
                .stream().map(String::valueOf).collect(Collectors.toList()));
        assertThat(Documents.prop(risk, "treatment-status")).isEqualTo(row.treatment().get().status().code());
        assertThat(risk.path("status").asText()).isEqualTo(
                List.of("closed", "remediating", "open").get(row.number() - 1));
        assertThat(Documents.prop(risk, "residual-decision"))
                .isEqualTo(row.acceptance().map(a -> a.decision().code()).orElse(null));
        assertThat(Documents.prop(risk, "residual-expires"))
                .isEqualTo(row.acceptance().flatMap(a -> a.expires()).map(LocalDate::toString).orElse(null));
        assertThat(Documents.prop(risk, "residual-risk-owner"))
                .isEqualTo(row.acceptance().map(a -> a.riskOwner()).orElse(null));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void remediations_areThePlanRowsOfTheRiskWithTheirMilestones(AssessedRisk row) {
        List<PlanItem> items = PLAN.items().stream().filter(i -> i.riskNumbers().contains(row.number()))
                .collect(Collectors.toList());
        JsonNode remediations = risk(row).path("remediations");
        assertThat(remediations).hasSize(items.size());
        for (int k = 0; k < items.size(); k++) {
            PlanItem item = items.get(k);
            JsonNode remediation = remediations.path(k);
            assertThat(Documents.prop(remediation, "plan-row")).isEqualTo(Integer.toString(item.number()));
            assertThat(remediation.path("title").asText()).isEqualTo(item.control().text());
            assertThat(remediation.path("lifecycle").asText())
                    .isEqualTo(item.status() == PlanStatus.COMPLETED ? "completed" : "planned");
            assertThat(Documents.prop(remediation, "owner")).isEqualTo(item.owner());
            assertThat(Documents.prop(remediation, "annex-a-control")).isEqualTo(item.control().annexA()
                    .orElse(null));
            List<String> milestones = new ArrayList<>();
            List<String> actions = new ArrayList<>();
            for (JsonNode task : remediation.path("tasks")) {
                if (task.path("type").asText().equals("milestone")) {
                    milestones.add(Documents.prop(task, "milestone") + " " + timing(task.path("timing")));
                } else {
                    actions.add(task.path("title").asText());
                }
            }
            List<String> expected = new ArrayList<>();
            expected.add("planned " + item.plannedStart() + ".." + item.plannedEnd());
            item.actualStart().ifPresent(start -> expected.add("actual " + start
                    + item.actualEnd().map(end -> ".." + end).orElse("")));
            assertThat(milestones).containsExactlyElementsOf(expected);
            assertThat(actions).containsExactlyElementsOf(item.tasks());
        }
    }

    /** A task's timing as {@code start..end} or {@code date}, in dates. */
    private static String timing(JsonNode timing) {
        if (timing.has("on-date")) {
            return date(timing.path("on-date").path("date"));
        }
        JsonNode range = timing.path("within-date-range");
        return date(range.path("start")) + ".." + date(range.path("end"));
    }

    private static String date(JsonNode dateTime) {
        assertThat(dateTime.asText()).endsWith("T00:00:00Z");
        return LocalDate.parse(dateTime.asText().substring(0, 10)).toString();
    }

    @Test
    void poamItems_relateOneToEachRisk_andEveryUuidIsUnique() {
        JsonNode items = poam.path("poam-items");
        assertThat(items).hasSize(REGISTER.risks().size());
        List<String> riskUuids = new ArrayList<>();
        poam.path("risks").forEach(r -> riskUuids.add(r.path("uuid").asText()));
        List<String> related = new ArrayList<>();
        items.forEach(i -> related.add(i.path("related-risks").path(0).path("risk-uuid").asText()));
        assertThat(related).containsExactlyElementsOf(riskUuids);
        List<String> all = new ArrayList<>();
        collectUuids(Documents.tree(Documents.canonicalPoam()), all);
        assertThat(new HashSet<>(all)).hasSize(all.size());
    }

    private static void collectUuids(JsonNode node, List<String> uuids) {
        if (node.has("uuid")) {
            uuids.add(node.path("uuid").asText());
        }
        node.forEach(child -> collectUuids(child, uuids));
    }

    @Test
    void risksWithoutTreatment_areOpenWithOneCharacterization() {
        JsonNode poam = Documents.tree(Documents.OSCAL.poam("Example Corp.", CanonicalFixture.assessed(),
                TreatmentPlan.of(List.of()))).path("plan-of-action-and-milestones");
        Set<String> statuses = new HashSet<>();
        poam.path("risks").forEach(r -> {
            statuses.add(r.path("status").asText());
            assertThat(r.path("characterizations")).hasSize(1);
            assertThat(r.has("remediations")).isFalse();
        });
        assertThat(statuses).containsExactly("open");
        assertThat(Optional.ofNullable(Documents.prop(poam.path("metadata"), "risk-model")))
                .contains("isms4j-standard@1");
    }
}
