package org.isms4j.records.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;

class OrganisationContextTest {

    private static final OrganisationContext CONTEXT = ExampleCompany.context();

    @Test
    void issues_byOrigin() {
        assertThat(CONTEXT.issues(IssueOrigin.EXTERNAL)).extracting(Issue::risk)
                .containsExactly("情報セキュリティ事故の発生→信用低下");
        assertThat(CONTEXT.issues(IssueOrigin.INTERNAL)).hasSize(3);
        assertThat(IssueOrigin.ofCode("internal")).isEqualTo(IssueOrigin.INTERNAL);
    }

    @Test
    void climateChange_decisionAndClimateRequirements() {
        assertThat(CONTEXT.climateChange().isRelevant()).isFalse();
        assertThat(CONTEXT.climateRequirements()).isEmpty();
        PartyRequirement climate = PartyRequirement.of("気候変動への対応状況の開示", "開示不足による取引停止", "取引の継続",
                true, true);
        OrganisationContext withClimate = OrganisationContext.of(CONTEXT.issues(),
                ClimateChangeDecision.relevant("主要顧客が気候関連の開示を求めている"),
                List.of(InterestedParty.of("取引先", List.of(climate))), CONTEXT.scope());
        assertThat(withClimate.climateRequirements()).containsExactly(climate);
        assertThat(withClimate.climateChange().isRelevant()).isTrue();
    }

    @Test
    void climateChange_withoutRationale_isRejected() {
        assertThatThrownBy(() -> ClimateChangeDecision.notRelevant(" ")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for climate change rationale (must not be blank): ' '");
    }

    @Test
    void party_addressedRequirements() {
        PartyRequirement unaddressed = PartyRequirement.of("24時間の問い合わせ窓口", "対応の遅れ", "満足度向上", false, false);
        InterestedParty party = InterestedParty.of("取引先", List.of(PartyRequirement.addressed("法令遵守", "信頼低下",
                "信頼向上"), unaddressed));
        assertThat(party.addressed()).extracting(PartyRequirement::requirement).containsExactly("法令遵守");
    }

    @Test
    void party_requirementTwice_isRejected() {
        PartyRequirement requirement = PartyRequirement.addressed("法令遵守", "信頼低下", "信頼向上");
        assertThatThrownBy(() -> InterestedParty.of("取引先", List.of(requirement, requirement)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid interested party '取引先': duplicate requirement '法令遵守'");
        assertThatThrownBy(() -> InterestedParty.of("取引先", List.of())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid interested party '取引先': it has at least one requirement");
    }

    @Test
    void of_partyTwice_isRejected() {
        InterestedParty party = CONTEXT.interestedParties().get(0);
        assertThatThrownBy(() -> OrganisationContext.of(CONTEXT.issues(), CONTEXT.climateChange(),
                List.of(party, party), CONTEXT.scope())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid context: duplicate interested party '取引先'");
    }

    @Test
    void of_noIssue_isRejected() {
        assertThatThrownBy(() -> OrganisationContext.of(List.of(), CONTEXT.climateChange(),
                CONTEXT.interestedParties(), CONTEXT.scope())).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid context: it has at least one issue");
    }

    @Test
    void scope_excludedAndInside_isRejected() {
        assertThatThrownBy(() -> Scope.of(List.of("営業部", "開発部"), List.of("本社"), List.of(), List.of(),
                List.of(ScopeExclusion.of("開発部", "別会社として認証取得済み")))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid scope: '開発部' is both inside the scope and excluded from it");
    }

    @Test
    void scope_unitTwice_isRejectedAndExclusionNeedsReason() {
        assertThatThrownBy(() -> Scope.of(List.of("営業部", "営業部"), List.of("本社"), List.of(), List.of(), List.of()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid scope: duplicate unit, location or asset '営業部'");
        assertThatThrownBy(() -> ScopeExclusion.of("開発部", "")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for exclusion reason (must not be blank): ''");
        assertThatThrownBy(() -> Scope.of(List.of(), List.of("本社"), List.of(), List.of(), List.of()))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid scope: it has at least one unit");
    }

    @Test
    void scope_withExclusion() {
        Scope scope = Scope.of(List.of("営業部"), List.of("本社"), List.of("社内ネットワーク"),
                List.of(ScopeInterface.of("パートナー会社", "部品の発注、部品の納入")),
                List.of(ScopeExclusion.of("開発部", "別会社として認証取得済み")));
        assertThat(scope.exclusions()).extracting(ScopeExclusion::reason).containsExactly("別会社として認証取得済み");
        assertThat(scope.interfaces()).extracting(ScopeInterface::counterpart).containsExactly("パートナー会社");
    }

    @Test
    void issue_blankText_isRejectedWithTheTextEscaped() {
        assertThatThrownBy(() -> Issue.of(IssueOrigin.EXTERNAL, "\t\n", "r", "o")).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for issue (must not be blank): '\\u0009\\u000a'");
    }

    @Test
    void tables_sourceColumns() {
        assertThat(CONTEXT.issueTable(Locale.JAPANESE).toMarkdown()).startsWith("| 区分 | 課題 | リスク | 機会 |")
                .contains("| 外部の課題 | 個人情報、機密情報の保護（ウイルス感染、情報漏えい、新たな脅威への対応） | 情報セキュリティ事故の発生→信用低下 | 情報の活用 |");
        assertThat(CONTEXT.interestedPartyTable(Locale.ENGLISH).headings()).containsExactly("interested party",
                "information security requirement", "risk", "opportunity", "addressed by the ISMS", "climate");
        assertThat(CONTEXT.interestedPartyTable(Locale.JAPANESE).rows()).hasSize(7)
                .first().isEqualTo(List.of("取引先", "適切な情報の取扱い", "不適切な取扱いで信頼低下→案件減少",
                        "適切な対応で信頼向上→受注の維持/増加", "○", ""));
    }
}
