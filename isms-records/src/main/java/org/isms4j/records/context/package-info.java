/**
 * The context of the organisation 組織の状況, ISO/IEC 27001:2022 clauses 4.1 - 4.3 (see
 * {@code docs/method.md}): external and internal issues 課題 with their risk and opportunity, the
 * climate-change decision that Amd 1:2024 adds to 4.1, the interested parties 利害関係者 with their
 * needs and expectations (and which the ISMS addresses), and the scope 適用範囲.
 *
 * <p>Start at {@link org.isms4j.records.context.OrganisationContext}, made of
 * {@link org.isms4j.records.context.Issue}, {@link org.isms4j.records.context.ClimateChangeDecision},
 * {@link org.isms4j.records.context.InterestedParty} with its
 * {@link org.isms4j.records.context.PartyRequirement}s, and the
 * {@link org.isms4j.records.context.Scope} with its
 * {@link org.isms4j.records.context.ScopeInterface}s and
 * {@link org.isms4j.records.context.ScopeExclusion}s.
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Blank text, an empty list
 * that must not be empty, or a duplicate throws {@link org.isms4j.core.IsmsException}, such as
 * {@code Invalid context: duplicate interested party '取引先'}.
 *
 * <p>Worked example: the source's external issue and its table.
 * <pre>{@code
 * import java.util.List;
 * import java.util.Locale;
 * import org.isms4j.records.context.*;
 *
 * Issue issue = Issue.of(IssueOrigin.EXTERNAL, "個人情報、機密情報の保護", "情報セキュリティ事故の発生→信用低下",
 *         "情報の活用");
 * InterestedParty customers = InterestedParty.of("取引先", List.of(PartyRequirement.addressed(
 *         "適切な情報の取扱い", "不適切な取扱いで信頼低下→案件減少", "適切な対応で信頼向上→受注の維持/増加")));
 * OrganisationContext context = OrganisationContext.of(List.of(issue),
 *         ClimateChangeDecision.notRelevant("事務所内の業務のみで気候の影響を受ける拠点がない"),
 *         List.of(customers), Scope.of(List.of("全社"), List.of("本社"), List.of(), List.of(), List.of()));
 * System.out.println(context.issueTable(Locale.ENGLISH).headings());
 * // prints: [origin, issue, risk, opportunity]
 * }</pre>
 */
@RecordsStyle
package org.isms4j.records.context;

import org.isms4j.records.internal.RecordsStyle;
