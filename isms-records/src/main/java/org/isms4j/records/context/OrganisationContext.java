package org.isms4j.records.context;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.internal.Column;
import org.isms4j.records.internal.Texts;

/**
 * The context of the organisation 組織の状況 (clauses 4.1 - 4.3): its external and internal issues,
 * the climate-change decision, the interested parties with their needs and expectations, and the
 * scope of the ISMS.
 *
 * <p>No issue is listed twice and no party is named twice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrganisationContext {

    private static final List<Column<Issue>> ISSUE_COLUMNS = List.of(
            Column.of("origin", "区分", "origin", (i, l) -> i.origin().getDisplayName(l)),
            Column.of("issue", "課題", "issue", (i, l) -> i.issue()),
            Column.of("risk", "リスク", "risk", (i, l) -> i.risk()),
            Column.of("opportunity", "機会", "opportunity", (i, l) -> i.opportunity()));

    private static final List<Column<PartyRow>> PARTY_COLUMNS = List.of(
            Column.of("party", "利害関係者", "interested party", (r, l) -> r.party),
            Column.of("requirement", "情報セキュリティに関する要求事項", "information security requirement",
                    (r, l) -> r.requirement.requirement()),
            Column.of("risk", "リスク", "risk", (r, l) -> r.requirement.risk()),
            Column.of("opportunity", "機会", "opportunity", (r, l) -> r.requirement.opportunity()),
            Column.of("addressed", "ISMSで対応", "addressed by the ISMS",
                    (r, l) -> r.requirement.isAddressed() ? "○" : "×"),
            Column.of("climate", "気候変動", "climate", (r, l) -> r.requirement.isClimateRelated() ? "○" : ""));

    OrganisationContext() {}

    /**
     * Returns the external and internal issues (clause 4.1).
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<Issue> issues();

    /**
     * Returns the decision whether climate change is a relevant issue (clause 4.1, Amd 1:2024).
     *
     * @return the decision, not null
     */
    public abstract ClimateChangeDecision climateChange();

    /**
     * Returns the interested parties (clause 4.2).
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<InterestedParty> interestedParties();

    /**
     * Returns the scope (clause 4.3).
     *
     * @return the scope, not null
     */
    public abstract Scope scope();

    /**
     * Obtains a context.
     *
     * @param issues the issues, not empty, none twice; copied
     * @param climateChange the climate-change decision, not null
     * @param interestedParties the parties, not empty, no name twice; copied
     * @param scope the scope, not null
     * @return the context, not null
     * @throws IsmsException if a list is empty or has a duplicate
     */
    public static OrganisationContext of(Collection<Issue> issues, ClimateChangeDecision climateChange,
            Collection<InterestedParty> interestedParties, Scope scope) {
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(interestedParties, "interestedParties");
        return ImmutableOrganisationContext.builder().issues(issues).climateChange(climateChange)
                .interestedParties(interestedParties).scope(scope).build();
    }

    @Value.Check
    final void check() {
        Checks.entries("issues", issues());
        Checks.entries("interested parties", interestedParties());
        Texts.notEmpty("context", "issue", issues());
        Texts.notEmpty("context", "interested party", interestedParties());
        Texts.unique("context", "issue", issues(), Issue::issue);
        Texts.unique("context", "interested party", interestedParties(), InterestedParty::name);
    }

    /**
     * Returns the issues of one origin.
     *
     * @param origin external or internal, not null
     * @return an unmodifiable list, not null
     */
    public final List<Issue> issues(IssueOrigin origin) {
        Objects.requireNonNull(origin, "origin");
        return issues().stream().filter(i -> i.origin() == origin).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the climate requirements of the interested parties (the note to clause 4.2), to be
     * weighed against the {@linkplain #climateChange() climate-change decision}.
     *
     * @return an unmodifiable list, not null
     */
    public final List<PartyRequirement> climateRequirements() {
        return interestedParties().stream().flatMap(p -> p.requirements().stream())
                .filter(PartyRequirement::isClimateRelated).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the table of issues (外部および内部の課題) with the source's columns: origin, 課題,
     * リスク, 機会.
     *
     * @param locale Japanese or English headings and terms, not null
     * @return the table, not null
     */
    public final ReportTable issueTable(Locale locale) {
        return Column.table(ISSUE_COLUMNS, issues(), locale);
    }

    /**
     * Returns the table of interested parties (利害関係者のニーズ及び期待), one row per requirement,
     * with the source's columns 利害関係者, 情報セキュリティに関する要求事項, リスク, 機会, then
     * whether the ISMS addresses it and whether it is a climate requirement.
     *
     * @param locale Japanese or English headings, not null
     * @return the table, not null
     */
    public final ReportTable interestedPartyTable(Locale locale) {
        List<PartyRow> rows = interestedParties().stream()
                .flatMap(p -> p.requirements().stream().map(r -> new PartyRow(p.name(), r)))
                .collect(Collectors.toList());
        return Column.table(PARTY_COLUMNS, rows, locale);
    }

    /** One row of the interested-party table. */
    private static final class PartyRow {
        final String party;
        final PartyRequirement requirement;

        PartyRow(String party, PartyRequirement requirement) {
            this.party = party;
            this.requirement = requirement;
        }
    }
}
