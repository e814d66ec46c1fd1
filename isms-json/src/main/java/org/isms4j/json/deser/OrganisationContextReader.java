package org.isms4j.json.deser;

import java.io.IOException;
import java.util.List;
import org.isms4j.json.Formats;
import org.isms4j.records.context.ClimateChangeDecision;
import org.isms4j.records.context.InterestedParty;
import org.isms4j.records.context.Issue;
import org.isms4j.records.context.IssueOrigin;
import org.isms4j.records.context.OrganisationContext;
import org.isms4j.records.context.PartyRequirement;
import org.isms4j.records.context.Scope;
import org.isms4j.records.context.ScopeExclusion;
import org.isms4j.records.context.ScopeInterface;

/**
 * The reader of the organisation context document 組織の状況 (4.1 - 4.3): issues, the
 * climate-change decision, interested parties and the scope.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class OrganisationContextReader {

    private OrganisationContextReader() {}

    private enum ContextProperty { FORMAT, FORMAT_VERSION, ISSUES, CLIMATE_CHANGE, INTERESTED_PARTIES, SCOPE }

    private static final PropertyNames<ContextProperty> CONTEXT = PropertyNames.of(ContextProperty.class);

    /**
     * Reads the organisation context document.
     *
     * @param in the input
     * @return the context
     * @throws IOException if the parser fails
     */
    public static OrganisationContext organisationContext(JsonInput in) throws IOException {
        PropertyLoop<ContextProperty> p = in.properties("organisation context document", CONTEXT);
        List<Issue> issues = null;
        ClimateChangeDecision climate = null;
        List<InterestedParty> parties = null;
        Scope scope = null;
        for (ContextProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.ORGANISATION_CONTEXT);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case ISSUES -> issues = JsonArrays.values(in, "issues", OrganisationContextReader::issue);
                case CLIMATE_CHANGE -> climate = climateChange(in);
                case INTERESTED_PARTIES -> parties = JsonArrays.values(in, "interestedParties",
                        OrganisationContextReader::interestedParty);
                case SCOPE -> scope = scope(in);
            }
        }
        p.requireAll();
        List<Issue> i = issues;
        ClimateChangeDecision c = climate;
        List<InterestedParty> ip = parties;
        Scope s = scope;
        return in.core(() -> OrganisationContext.of(i, c, ip, s));
    }

    private enum IssueProperty { ORIGIN, ISSUE, RISK, OPPORTUNITY }

    private static final PropertyNames<IssueProperty> ISSUE = PropertyNames.of(IssueProperty.class);

    private static Issue issue(JsonInput in) throws IOException {
        PropertyLoop<IssueProperty> p = in.properties("issue", ISSUE);
        IssueOrigin origin = null;
        String issue = null;
        String risk = null;
        String opportunity = null;
        for (IssueProperty f; (f = p.next()) != null;) {
            switch (f) {
                case ORIGIN -> origin = in.term("issue origin", IssueOrigin::ofCode);
                case ISSUE -> issue = in.notBlank("issue", "issue");
                case RISK -> risk = in.notBlank("risk", "risk");
                case OPPORTUNITY -> opportunity = in.notBlank("opportunity", "opportunity");
            }
        }
        p.requireAll();
        IssueOrigin o = origin;
        String t = issue;
        String r = risk;
        String op = opportunity;
        return in.core(() -> Issue.of(o, t, r, op));
    }

    private enum ClimateProperty { RELEVANT, RATIONALE }

    private static final PropertyNames<ClimateProperty> CLIMATE = PropertyNames.of(ClimateProperty.class);

    private static ClimateChangeDecision climateChange(JsonInput in) throws IOException {
        PropertyLoop<ClimateProperty> p = in.properties("climateChange", CLIMATE);
        boolean relevant = false;
        String rationale = null;
        for (ClimateProperty f; (f = p.next()) != null;) {
            switch (f) {
                case RELEVANT -> relevant = in.bool("relevant");
                case RATIONALE -> rationale = in.notBlank("rationale", "climate change rationale");
            }
        }
        p.requireAll();
        String r = rationale;
        return relevant ? in.core(() -> ClimateChangeDecision.relevant(r))
                : in.core(() -> ClimateChangeDecision.notRelevant(r));
    }

    private enum PartyProperty { NAME, REQUIREMENTS }

    private static final PropertyNames<PartyProperty> PARTY = PropertyNames.of(PartyProperty.class);

    private static InterestedParty interestedParty(JsonInput in) throws IOException {
        PropertyLoop<PartyProperty> p = in.properties("interested party", PARTY);
        String name = null;
        List<PartyRequirement> requirements = null;
        for (PartyProperty f; (f = p.next()) != null;) {
            switch (f) {
                case NAME -> name = in.notBlank("name", "interested party");
                case REQUIREMENTS -> requirements = JsonArrays.values(in, "requirements",
                        OrganisationContextReader::requirement);
            }
        }
        p.requireAll();
        String n = name;
        List<PartyRequirement> r = requirements;
        return in.core(() -> InterestedParty.of(n, r));
    }

    private enum RequirementProperty { REQUIREMENT, RISK, OPPORTUNITY, ADDRESSED, CLIMATE_RELATED }

    private static final PropertyNames<RequirementProperty> REQUIREMENT = PropertyNames.of(RequirementProperty.class);

    private static PartyRequirement requirement(JsonInput in) throws IOException {
        PropertyLoop<RequirementProperty> p = in.properties("requirement", REQUIREMENT);
        String requirement = null;
        String risk = null;
        String opportunity = null;
        boolean addressed = false;
        boolean climate = false;
        for (RequirementProperty f; (f = p.next()) != null;) {
            switch (f) {
                case REQUIREMENT -> requirement = in.notBlank("requirement", "requirement");
                case RISK -> risk = in.notBlank("risk", "risk");
                case OPPORTUNITY -> opportunity = in.notBlank("opportunity", "opportunity");
                case ADDRESSED -> addressed = in.bool("addressed");
                case CLIMATE_RELATED -> climate = in.bool("climateRelated");
            }
        }
        p.requireAll();
        String q = requirement;
        String r = risk;
        String o = opportunity;
        boolean a = addressed;
        boolean c = climate;
        return in.core(() -> PartyRequirement.of(q, r, o, a, c));
    }

    private enum ScopeProperty { UNITS, LOCATIONS, ASSETS, INTERFACES, EXCLUSIONS }

    private static final PropertyNames<ScopeProperty> SCOPE = PropertyNames.of(ScopeProperty.class);

    private static Scope scope(JsonInput in) throws IOException {
        PropertyLoop<ScopeProperty> p = in.properties("scope", SCOPE);
        List<String> units = null;
        List<String> locations = null;
        List<String> assets = null;
        List<ScopeInterface> interfaces = null;
        List<ScopeExclusion> exclusions = null;
        for (ScopeProperty f; (f = p.next()) != null;) {
            switch (f) {
                case UNITS -> units = JsonArrays.texts(in, "units", "unit");
                case LOCATIONS -> locations = JsonArrays.texts(in, "locations", "location");
                case ASSETS -> assets = JsonArrays.texts(in, "assets", "asset");
                case INTERFACES -> interfaces = JsonArrays.values(in, "interfaces", OrganisationContextReader::scopeInterface);
                case EXCLUSIONS -> exclusions = JsonArrays.values(in, "exclusions", OrganisationContextReader::exclusion);
            }
        }
        p.requireAll();
        List<String> u = units;
        List<String> l = locations;
        List<String> a = assets;
        List<ScopeInterface> i = interfaces;
        List<ScopeExclusion> e = exclusions;
        return in.core(() -> Scope.of(u, l, a, i, e));
    }

    private enum InterfaceProperty { COUNTERPART, EXCHANGE }

    private static final PropertyNames<InterfaceProperty> INTERFACE = PropertyNames.of(InterfaceProperty.class);

    private static ScopeInterface scopeInterface(JsonInput in) throws IOException {
        PropertyLoop<InterfaceProperty> p = in.properties("interface", INTERFACE);
        String counterpart = null;
        String exchange = null;
        for (InterfaceProperty f; (f = p.next()) != null;) {
            switch (f) {
                case COUNTERPART -> counterpart = in.notBlank("counterpart", "counterpart");
                case EXCHANGE -> exchange = in.notBlank("exchange", "exchange");
            }
        }
        p.requireAll();
        String c = counterpart;
        String e = exchange;
        return in.core(() -> ScopeInterface.of(c, e));
    }

    private enum ExclusionProperty { SUBJECT, REASON }

    private static final PropertyNames<ExclusionProperty> EXCLUSION = PropertyNames.of(ExclusionProperty.class);

    private static ScopeExclusion exclusion(JsonInput in) throws IOException {
        PropertyLoop<ExclusionProperty> p = in.properties("exclusion", EXCLUSION);
        String subject = null;
        String reason = null;
        for (ExclusionProperty f; (f = p.next()) != null;) {
            switch (f) {
                case SUBJECT -> subject = in.notBlank("subject", "excluded subject");
                case REASON -> reason = in.notBlank("reason", "exclusion reason");
            }
        }
        p.requireAll();
        String s = subject;
        String r = reason;
        return in.core(() -> ScopeExclusion.of(s, r));
    }
}
