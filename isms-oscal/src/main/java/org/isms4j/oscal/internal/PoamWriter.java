package org.isms4j.oscal.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;

/**
 * Writes a risk register and its treatment plan as an OSCAL plan of action and milestones: one
 * risk per register row with its first and second evaluation as characterizations, each plan row
 * that traces to the risk as a remediation with its planned and actual milestones, and one POA&amp;M
 * item per risk.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
public final class PoamWriter {

    private PoamWriter() {}

    /**
     * Returns the UUID of the POA&amp;M of an organisation: the key of every UUID in it.
     *
     * @param organization the organisation
     * @return the UUID, not null
     */
    public static UUID documentUuid(String organization) {
        return NameBasedUuid.of(NameBasedUuid.ISMS4J, "poam:" + organization);
    }

    /**
     * Returns the naming system of a model's facets, such as
     * {@code https://isms4j.org/ns/oscal/risk-model/isms4j-standard/1}.
     *
     * @param model the model
     * @return the absolute URI, not null
     */
    public static String facetSystem(RiskModel model) {
        return OscalJson.NAMESPACE + "/risk-model/" + URLEncoder.encode(model.id(), StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(model.version(), StandardCharsets.UTF_8);
    }

    /**
     * Returns the OSCAL status of a risk: {@code closed} when its treatment is done, {@code
     * remediating} when planned, {@code open} when undecided or not yet decided.
     *
     * @param row the risk
     * @return the status token, not null
     */
    public static String status(AssessedRisk row) {
        if (row.treatment().isEmpty()) {
            return "open";
        }
        switch (row.treatment().get().status()) {
            case DONE:
                return "closed";
            case PLANNED:
                return "remediating";
            default:
                return "open";
        }
    }

    /**
     * Writes the POA&amp;M.
     *
     * @param organization the organisation, the party of every characterization
     * @param register the register
     * @param plan the plan, traced to the register
     * @param clock the clock of last-modified
     * @param version the document's version
     * @param oscalVersion the OSCAL version
     * @param out the stream, left open
     * @throws IOException if the stream fails
     */
    public static void write(String organization, RiskRegister register, TreatmentPlan plan, Clock clock,
            String version, String oscalVersion, OutputStream out) throws IOException {
        UUID document = documentUuid(organization);
        UUID party = NameBasedUuid.of(document, "party");
        try (JsonGenerator g = OscalJson.open(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("plan-of-action-and-milestones");
            g.writeStringField("uuid", document.toString());
            OscalJson.startMetadata(g, OscalJson.line(organization) + " リスク対応計画 risk treatment plan (isms4j)", clock, version,
                    oscalVersion);
            g.writeArrayFieldStart("props");
            OscalJson.ownProp(g, "risk-model", register.model().id() + "@" + register.model().version());
            g.writeEndArray();
            g.writeArrayFieldStart("parties");
            g.writeStartObject();
            g.writeStringField("uuid", party.toString());
            g.writeStringField("type", "organization");
            g.writeStringField("name", OscalJson.line(organization));
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("system-id");
            g.writeStringField("identifier-type", OscalJson.NAMESPACE + "/organization");
            g.writeStringField("id", OscalJson.line(organization));
            g.writeEndObject();
            g.writeArrayFieldStart("risks");
            for (AssessedRisk row : register.risks()) {
                writeRisk(g, document, party, register.model(), row, plan);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("poam-items");
            for (AssessedRisk row : register.risks()) {
                g.writeStartObject();
                g.writeStringField("uuid", NameBasedUuid.of(document, "poam-item:" + row.number()).toString());
                g.writeStringField("title", OscalJson.line(row.risk().riskSource()));
                g.writeStringField("description", row.risk().event());
                g.writeArrayFieldStart("related-risks");
                g.writeStartObject();
                g.writeStringField("risk-uuid", riskUuid(document, row).toString());
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static UUID riskUuid(UUID document, AssessedRisk row) {
        return NameBasedUuid.of(document, "risk:" + row.number());
    }

    private static void writeRisk(JsonGenerator g, UUID document, UUID party, RiskModel model, AssessedRisk row,
            TreatmentPlan plan) throws IOException {
        Risk risk = row.risk();
        g.writeStartObject();
        g.writeStringField("uuid", riskUuid(document, row).toString());
        g.writeStringField("title", OscalJson.line(risk.riskSource()));
        g.writeStringField("description", risk.event());
        g.writeStringField("statement", statement(risk));
        g.writeArrayFieldStart("props");
        OscalJson.ownProp(g, "risk-number", Integer.toString(risk.number()));
        for (int asset : risk.assetNumbers()) {
            OscalJson.ownProp(g, "asset-number", Integer.toString(asset));
        }
        OscalJson.ownProp(g, "impact-area", risk.impactArea());
        for (SecurityProperty property : risk.lostProperties()) {
            OscalJson.ownProp(g, "lost-property", property.code());
        }
        if (!risk.consequence().isBlank()) {
            OscalJson.ownProp(g, "consequence", risk.consequence());
        }
        if (row.treatment().isPresent()) {
            TreatmentDecision treatment = row.treatment().get();
            for (TreatmentOption option : treatment.options()) {
                OscalJson.ownProp(g, "treatment-option", option.code());
            }
            OscalJson.ownProp(g, "treatment-status", treatment.status().code());
        }
        if (row.acceptance().isPresent()) {
            ResidualAcceptance acceptance = row.acceptance().get();
            OscalJson.ownProp(g, "residual-decision", acceptance.decision().code());
            OscalJson.ownProp(g, "residual-decided", acceptance.decided().toString());
            OscalJson.ownProp(g, "residual-risk-owner", acceptance.riskOwner());
            if (acceptance.expires().isPresent()) {
                OscalJson.ownProp(g, "residual-expires", acceptance.expires().get().toString());
            }
        }
        g.writeEndArray();
        g.writeStringField("status", status(row));
        g.writeArrayFieldStart("characterizations");
        writeCharacterization(g, party, model, "initial", row.first());
        if (row.second().isPresent()) {
            writeCharacterization(g, party, model, "adjusted", row.second().get());
        }
        g.writeEndArray();
        List<PlanItem> items = plan.items().stream().filter(item -> item.riskNumbers().contains(risk.number()))
                .collect(Collectors.toList());
        if (!items.isEmpty()) {
            g.writeArrayFieldStart("remediations");
            for (PlanItem item : items) {
                writeRemediation(g, NameBasedUuid.of(document, "remediation:" + risk.number() + ":" + item.number()),
                        item);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The risk's statement: its cause 原因 when recorded, else its risk source and event. */
    private static String statement(Risk risk) {
        return risk.cause().isBlank() ? risk.riskSource().strip() + " - " + risk.event().strip()
                : risk.cause().strip();
    }

    private static void writeCharacterization(JsonGenerator g, UUID party, RiskModel model, String evaluation,
            RiskEvaluation e) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("props");
        OscalJson.ownProp(g, "evaluation", evaluation);
        g.writeEndArray();
        g.writeObjectFieldStart("origin");
        g.writeArrayFieldStart("actors");
        g.writeStartObject();
        g.writeStringField("type", "party");
        g.writeStringField("actor-uuid", party.toString());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("facets");
        String system = facetSystem(model);
        writeFacet(g, system, "importance", Integer.toString(e.importance()), "重要度");
        writeFacet(g, system, "likelihood", Integer.toString(e.likelihood()), "被害発生可能性");
        writeFacet(g, system, "risk-level", Integer.toString(e.level()), "リスクレベル");
        writeFacet(g, system, "priority", e.priority().code(), "優先順位");
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFacet(JsonGenerator g, String system, String name, String value, String japanese)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("system", system);
        g.writeStringField("value", value);
        g.writeStringField("remarks", japanese + " " + name.replace('-', ' '));
        g.writeEndObject();
    }

    private static void writeRemediation(JsonGenerator g, UUID uuid, PlanItem item) throws IOException {
        g.writeStartObject();
        g.writeStringField("uuid", uuid.toString());
        g.writeStringField("lifecycle", item.status() == PlanStatus.COMPLETED ? "completed" : "planned");
        g.writeStringField("title", OscalJson.line(item.control().text()));
        g.writeStringField("description", String.join(", ", item.tasks()));
        g.writeArrayFieldStart("props");
        OscalJson.ownProp(g, "plan-row", Integer.toString(item.number()));
        OscalJson.ownProp(g, "owner", item.owner());
        OscalJson.ownProp(g, "plan-status", item.status().code());
        if (item.control().annexA().isPresent()) {
            OscalJson.ownProp(g, "annex-a-control", item.control().annexA().get());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tasks");
        writeMilestone(g, NameBasedUuid.of(uuid, "planned"), "planned", item.plannedStart(), item.plannedEnd());
        if (item.actualStart().isPresent()) {
            writeMilestone(g, NameBasedUuid.of(uuid, "actual"), "actual", item.actualStart().get(),
                    item.actualEnd().orElse(null));
        }
        for (int i = 0; i < item.tasks().size(); i++) {
            g.writeStartObject();
            g.writeStringField("uuid", NameBasedUuid.of(uuid, "task:" + (i + 1)).toString());
            g.writeStringField("type", "action");
            g.writeStringField("title", OscalJson.line(item.tasks().get(i)));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A milestone from a start to an end; without an end (in progress), on its start date. */
    private static void writeMilestone(JsonGenerator g, UUID uuid, String kind, LocalDate start, LocalDate end)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("uuid", uuid.toString());
        g.writeStringField("type", "milestone");
        g.writeStringField("title", kind.equals("planned") ? "Planned 予定" : "Actual 実績");
        g.writeArrayFieldStart("props");
        OscalJson.ownProp(g, "milestone", kind);
        g.writeEndArray();
        g.writeObjectFieldStart("timing");
        if (end == null) {
            g.writeObjectFieldStart("on-date");
            g.writeStringField("date", start + "T00:00:00Z");
        } else {
            g.writeObjectFieldStart("within-date-range");
            g.writeStringField("start", start + "T00:00:00Z");
            g.writeStringField("end", end + "T00:00:00Z");
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }
}
