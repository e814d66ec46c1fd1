package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.context.InterestedParty;
import org.isms4j.records.context.Issue;
import org.isms4j.records.context.OrganisationContext;
import org.isms4j.records.context.PartyRequirement;
import org.isms4j.records.context.Scope;
import org.isms4j.records.context.ScopeExclusion;
import org.isms4j.records.context.ScopeInterface;

/**
 * The writer of the organisation context document 組織の状況 (4.1 - 4.3).
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class OrganisationContextWriter {

    private OrganisationContextWriter() {}

    /**
     * Writes the organisation context document.
     *
     * @param out the generator
     * @param context the context
     * @throws IOException if the generator fails
     */
    public static void organisationContext(JsonGenerator out, OrganisationContext context) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.ORGANISATION_CONTEXT);
        out.writeArrayFieldStart("issues");
        for (Issue issue : context.issues()) {
            out.writeStartObject();
            out.writeStringField("origin", issue.origin().code());
            out.writeStringField("issue", issue.issue());
            out.writeStringField("risk", issue.risk());
            out.writeStringField("opportunity", issue.opportunity());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeObjectFieldStart("climateChange");
        out.writeBooleanField("relevant", context.climateChange().isRelevant());
        out.writeStringField("rationale", context.climateChange().rationale());
        out.writeEndObject();
        out.writeArrayFieldStart("interestedParties");
        for (InterestedParty party : context.interestedParties()) {
            out.writeStartObject();
            out.writeStringField("name", party.name());
            out.writeArrayFieldStart("requirements");
            for (PartyRequirement requirement : party.requirements()) {
                out.writeStartObject();
                out.writeStringField("requirement", requirement.requirement());
                out.writeStringField("risk", requirement.risk());
                out.writeStringField("opportunity", requirement.opportunity());
                out.writeBooleanField("addressed", requirement.isAddressed());
                out.writeBooleanField("climateRelated", requirement.isClimateRelated());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        scope(out, context.scope());
        out.writeEndObject();
    }

    private static void scope(JsonGenerator out, Scope scope) throws IOException {
        out.writeObjectFieldStart("scope");
        PropertyWriter.textList(out, "units", scope.units());
        PropertyWriter.textList(out, "locations", scope.locations());
        PropertyWriter.textList(out, "assets", scope.assets());
        out.writeArrayFieldStart("interfaces");
        for (ScopeInterface i : scope.interfaces()) {
            out.writeStartObject();
            out.writeStringField("counterpart", i.counterpart());
            out.writeStringField("exchange", i.exchange());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("exclusions");
        for (ScopeExclusion e : scope.exclusions()) {
            out.writeStartObject();
            out.writeStringField("subject", e.subject());
            out.writeStringField("reason", e.reason());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
