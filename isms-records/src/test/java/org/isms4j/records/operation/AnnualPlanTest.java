package org.isms4j.records.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.isms4j.core.IsmsException;
import org.isms4j.records.Clause;
import org.isms4j.records.document.DocumentRegister;
import org.isms4j.records.example.ExampleCompany;
import org.junit.jupiter.api.Test;

class AnnualPlanTest {

    private static final AnnualPlan PLAN = ExampleCompany.annualPlan();

    @Test
    void unregisteredDocuments_noneWhenEveryDocumentIsRegistered() {
        assertThat(PLAN.unregisteredDocuments(ExampleCompany.documents())).isEmpty();
    }

    @Test
    void unregisteredDocuments_flagsEachMissingDocumentInPlanOrder() {
        DocumentRegister register = DocumentRegister.of(ExampleCompany.documents().documents().stream()
                .filter(d -> !d.title().equals("リスク対応計画") && !d.title().equals("資産目録")).toList());
        assertThat(PLAN.unregisteredDocuments(register)).extracting(UnregisteredDocument::toString).containsExactly(
                "6.1 'リスクアセスメントの実施': '資産目録' is not in the documented-information register",
                "6.1 'リスク対応のための計画作成（アクションプランの作成）': 'リスク対応計画' is not in the "
                        + "documented-information register");
    }

    @Test
    void weeks_everyScheduledMondayInOrder() {
        assertThat(PLAN.weeks()).containsExactly(LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 15),
                LocalDate.of(2023, 5, 22), LocalDate.of(2023, 5, 29), LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 12),
                LocalDate.of(2023, 6, 19), LocalDate.of(2023, 6, 26));
    }

    @Test
    void activity_weekNotAMonday_isRejected() {
        assertThatThrownBy(() -> PlannedActivity.of(Clause.parse("6.1"), "検討", List.of(),
                List.of(LocalDate.of(2023, 5, 9)))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for scheduled week (the Monday of the week): 2023-05-09, a tuesday");
    }

    @Test
    void activity_weekTwiceOrNone_isRejected() {
        LocalDate monday = LocalDate.of(2023, 5, 8);
        assertThatThrownBy(() -> PlannedActivity.of(Clause.parse("6.1"), "検討", List.of(), List.of(monday, monday)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid activity '検討': duplicate scheduled week '2023-05-08'");
        assertThatThrownBy(() -> PlannedActivity.of(Clause.parse("6.1"), "検討", List.of(), List.of()))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid activity '検討': it has at least one scheduled week");
        assertThatThrownBy(() -> PlannedActivity.of(Clause.parse("6.1"), "検討", List.of("資産目録", "資産目録"),
                List.of(monday))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid activity '検討': duplicate document '資産目録'");
    }

    @Test
    void plan_activityTwiceUnderOneClause_isRejected() {
        PlannedActivity activity = PLAN.activities().get(0);
        assertThatThrownBy(() -> AnnualPlan.of(List.of(activity, activity))).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid annual plan: duplicate activity '6.1 外部および内部の課題に対する活動の検討'");
    }

    @Test
    void toTable_weekColumnsMarked() {
        String markdown = PLAN.toTable(Locale.JAPANESE).toMarkdown();
        assertThat(markdown).startsWith("| No | 実施事項 | 文書名 | 2023-05-08 | 2023-05-15 | 2023-05-22 | 2023-05-29 | "
                + "2023-06-05 | 2023-06-12 | 2023-06-19 | 2023-06-26 |")
                .contains("| 6.1 | リスクアセスメントの実施 | 資産目録; リスクアセスメント結果報告書 |  | ● | ● |  |  |  |  |  |");
        assertThat(PLAN.toTable(Locale.ENGLISH).headings()).startsWith("No", "activity", "documents");
    }
}
