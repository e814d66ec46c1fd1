package org.isms4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Theme;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.DecisionState;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.annexa.soa.SoaSummary;
import org.isms4j.core.IsmsException;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.report.ReportTable;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.core.treatment.TreatmentControl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report's structure, read back with an HTML parser: what a reader of each section finds. */
class RiskReportTest {

    private static Document parse(Locale locale) {
        return Jsoup.parse(ReportFixture.report().toHtml(locale));
    }

    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void toHtml_everySectionInOrderWithItsHeading(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Document page = parse(locale);
        assertThat(page.select("html").attr("lang")).isEqualTo(language);
        Elements sections = page.select("body > section.report-section");
        // A report without records has every section but the ISMS records.
        assertThat(sections.eachAttr("id")).containsExactlyElementsOf(List.of(ReportSection.values()).stream()
                .filter(section -> section != ReportSection.RECORDS).map(ReportSection::code).collect(Collectors.toList()));
        assertThat(page.select("nav a").eachAttr("href")).doesNotContain("#records");
        for (Element section : sections) {
            assertThat(section.selectFirst("h2").text())
                    .isEqualTo(ReportSection.ofCode(section.id()).getDisplayName(locale));
        }
    }

    @Test
    void toHtml_coverNamesCompanyModelAuthorApproverAndDates() {
        Element cover = parse(Locale.ENGLISH).getElementById("cover");
        assertThat(texts(cover.select("dl.cover dt"))).containsExactly("Company", "Risk model", "Author", "Updated",
                "Approver", "Approved", "As of", "Risks");
        assertThat(texts(cover.select("dl.cover dd"))).containsExactly(ReportFixture.COMPANY, "isms4j-standard@1",
                "ISMS事務局", "2023-09-30", "情報セキュリティ委員長", "2023-10-02", "2024-01-15", "3");
    }

    @Test
    void toHtml_coverOfAnUnrecordedRegisterSaysSo() {
        RiskRegister register = CanonicalFixture.assessed();
        RiskReport report = RiskReport.of("ACME", register, TreatmentPlan.of(List.of()), SoaReport.draft(register),
                ReportFixture.AS_OF);
        Element cover = Jsoup.parse(report.toHtml(Locale.JAPANESE)).getElementById("cover");
        assertThat(texts(cover.select("dl.cover dd"))).containsExactly("ACME", "isms4j-standard@1", "未記録", "未記録",
                "未記録", "未記録", "2024-01-15", "3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void toHtml_tablesAreThoseOfTheCoreReports(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Document page = parse(locale);
        RiskRegister register = ReportFixture.register();
        assertTable(page.selectFirst("table.inventory"), ReportTable.ofInventory(register.inventory(), locale));
        assertTable(page.selectFirst("table.plan"), ReportTable.ofPlan(CanonicalFixture.plan(), locale));
        Element assessment = page.selectFirst("table.assessment");
        assertThat(assessment.select("tbody tr")).hasSize(3);
        assertThat(texts(assessment.select("tbody tr td:eq(10)"))).as("levels").containsExactly("6", "4", "9");
        assertThat(texts(assessment.select("tbody tr td:eq(11)"))).as("priorities").containsExactly("2", "3", "1");
    }

    private static void assertTable(Element table, ReportTable expected) {
        assertThat(texts(table.select("thead th[scope=col]"))).containsExactlyElementsOf(expected.headings());
        Elements rows = table.select("tbody tr");
        assertThat(rows).hasSize(expected.rows().size());
        for (int r = 0; r < rows.size(); r++) {
            // Line breaks in a cell stay in the text (CSS shows them); jsoup's text() folds them.
            assertThat(texts(rows.get(r).children())).containsExactlyElementsOf(expected.rows().get(r).stream()
                    .map(cell -> cell.replace('\n', ' ').strip()).collect(Collectors.toList()));
        }
    }

    @Test
    void toHtml_heatMapsCountTheRegistersRisksBeforeAndAfterTreatment() {
        RiskRegister register = ReportFixture.register();
        Element section = parse(Locale.JAPANESE).getElementById("heat_maps");
        Elements maps = section.select("svg.heat-map");
        assertThat(maps.eachAttr("id")).containsExactly("heat-map-before", "heat-map-after");
        List<org.isms4j.core.register.HeatMap> expected = List.of(register.heatMapBefore(), register.heatMapAfter());
        for (int m = 0; m < maps.size(); m++) {
            Elements cells = maps.get(m).select("g.cell");
            assertThat(cells).hasSize(9);
            for (Element cell : cells) {
                assertThat(Integer.parseInt(cell.attr("data-count"))).isEqualTo(expected.get(m).count(
                        Integer.parseInt(cell.attr("data-importance")),
                        Integer.parseInt(cell.attr("data-likelihood"))));
            }
        }
        assertThat(texts(section.select("figcaption"))).containsExactly("リスクマップ（対応前）", "リスクマップ（対応後）");
    }

    @Test
    void toHtml_soaHasEveryControlByThemeInDocumentOrder() {
        Element soa = parse(Locale.ENGLISH).getElementById("soa");
        Elements rows = soa.select("table.soa tr.control");
        assertThat(rows).hasSize(93);
        assertThat(texts(rows.select("th[scope=row]"))).containsExactlyElementsOf(
                AnnexA.all().stream().map(c -> c.id().toString()).collect(Collectors.toList()));
        Elements groups = soa.select("table.soa tbody.theme");
        assertThat(groups).hasSize(Theme.values().length);
        for (int t = 0; t < groups.size(); t++) {
            Theme theme = Theme.values()[t];
            assertThat(groups.get(t).select("th[scope=rowgroup]").text()).startsWith(theme.getDisplayName(Locale.ENGLISH));
            assertThat(groups.get(t).select("tr.control")).hasSize(theme.size());
        }
    }

    @Test
    void toHtml_soaSummaryAndBarCountTheStatement() {
        StatementOfApplicability soa = ReportFixture.report().soa();
        SoaSummary summary = soa.summary();
        Element section = parse(Locale.ENGLISH).getElementById("soa");
        Elements rows = section.select("table.soa-summary tbody tr");
        assertThat(rows).hasSize(Theme.values().length + 1);
        for (int t = 0; t < Theme.values().length; t++) {
            List<String> cells = texts(rows.get(t).children());
            for (int s = 0; s < DecisionState.values().length; s++) {
                assertThat(cells.get(s + 1)).isEqualTo(Integer.toString(summary.count(Theme.values()[t],
                        DecisionState.values()[s])));
            }
        }
        assertThat(rows.last().select("td").last().text()).isEqualTo("93");
        assertThat(section.select(".completeness .bar-text").text()).isEqualTo("decided 2 / 93 (2 %)");
        assertThat(section.select(".completeness rect.decided").attr("width")).isEqualTo(Integer.toString(
                Math.round(600f * 2 / 93)));
    }

    @Test
    void toHtml_timelineMarksTheRowsOverdueOnTheDate() {
        TreatmentPlan plan = CanonicalFixture.plan();
        Element timeline = parse(Locale.ENGLISH).selectFirst("svg.timeline");
        Elements rows = timeline.select("g.row");
        assertThat(rows).hasSize(plan.items().size());
        List<Integer> overdue = plan.overdue(ReportFixture.AS_OF).stream().map(PlanItem::number)
                .collect(Collectors.toList());
        assertThat(overdue).containsExactly(2, 3, 4);
        for (int r = 0; r < rows.size(); r++) {
            boolean late = overdue.contains(plan.items().get(r).number());
            assertThat(rows.get(r).hasClass("overdue")).as("row %d", r + 1).isEqualTo(late);
            assertThat(rows.get(r).select("text.overdue-mark").text()).isEqualTo(late ? "✕ Overdue" : "");
            // An actual bar where work has started: rows 1 and 2.
            assertThat(rows.get(r).select("rect.actual")).hasSize(plan.items().get(r).actualStart().isPresent() ? 1 : 0);
        }
        assertThat(timeline.select("text.today").text()).isEqualTo("As of 2024-01-15");
    }

    @Test
    void toHtml_secondEvaluationShowsResidualLevelsAndTheAcceptance() {
        Element section = parse(Locale.ENGLISH).getElementById("second_evaluation");
        Elements rows = section.select("table.second-evaluation tbody tr");
        assertThat(texts(rows.select("td:eq(6)"))).as("residual levels").containsExactly("2", "1", "6");
        assertThat(texts(rows.select("td:eq(7)"))).as("residual priorities").containsExactly("acceptable",
                "acceptable", "2");
        assertThat(texts(rows.get(2).select("td"))).contains("情報セキュリティ委員長", "2024-04-01");
        assertThat(texts(section.select("dl dd"))).containsExactly("3", "none");
    }

    @Test
    void toHtml_selfContained() {
        String html = ReportFixture.report().toHtml(Locale.JAPANESE);
        Document page = Jsoup.parse(html);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(page.select("style").html()).doesNotContain("url(", "@import");
        assertThat(page.select("style").html()).contains("@page", "break-before: page",
                "display: table-header-group");
    }

    @Test
    void of_rejectsABlankCompany() {
        RiskRegister register = ReportFixture.register();
        assertThatThrownBy(() -> RiskReport.of(" ", register, CanonicalFixture.plan(), SoaReport.draft(register),
                ReportFixture.AS_OF)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for company (must not be blank): ' '");
    }

    @Test
    void of_rejectsAPlanRowTracedToNoRisk() {
        RiskRegister register = ReportFixture.register();
        TreatmentPlan plan = TreatmentPlan.of(List.of(PlanItem.newBuilder().number(1)
                .control(TreatmentControl.of("x")).tasks(List.of("t")).owner("o").plannedStart(ReportFixture.AS_OF)
                .plannedEnd(ReportFixture.AS_OF).riskNumbers(List.of(7)).build()));
        assertThatThrownBy(() -> RiskReport.of("ACME", register, plan, SoaReport.draft(register), ReportFixture.AS_OF))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid plan row 1: it traces to risk 7, which is not in the register");
    }

    @Test
    void of_rejectsAnSoaNamingARiskTheRegisterLacks() {
        RiskRegister register = ReportFixture.register();
        StatementOfApplicability soa = SoaReport.draft(register).with(ControlId.parse("8.1"),
                Decision.applicable("risk assessment").withRiskNumbers(4));
        assertThatThrownBy(() -> RiskReport.of("ACME", register, CanonicalFixture.plan(), soa, ReportFixture.AS_OF))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid report: the Statement of Applicability's "
                        + "control 8.1 names risk 4, which is not in the register");
    }

    @Test
    void toHtml_rejectsALanguageOtherThanJapaneseOrEnglish() {
        RiskReport report = ReportFixture.report();
        assertThatThrownBy(() -> report.toHtml(Locale.FRENCH)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for locale (valid values ja, en): 'fr'");
        assertThat(report.toHtml(Locale.JAPAN)).contains("<html lang=\"ja\">");
        assertThat(report.toHtml(Locale.UK)).contains("<html lang=\"en\">");
    }

    @Test
    void nulls_areRejectedByName() {
        RiskRegister register = ReportFixture.register();
        TreatmentPlan plan = CanonicalFixture.plan();
        StatementOfApplicability soa = SoaReport.draft(register);
        assertThatNullPointerException().isThrownBy(() -> RiskReport.of(null, register, plan, soa, ReportFixture.AS_OF))
                .withMessage("company");
        assertThatNullPointerException().isThrownBy(() -> RiskReport.of("a", null, plan, soa, ReportFixture.AS_OF))
                .withMessage("register");
        assertThatNullPointerException().isThrownBy(() -> RiskReport.of("a", register, null, soa, ReportFixture.AS_OF))
                .withMessage("plan");
        assertThatNullPointerException().isThrownBy(() -> RiskReport.of("a", register, plan, null, ReportFixture.AS_OF))
                .withMessage("soa");
        assertThatNullPointerException().isThrownBy(() -> RiskReport.of("a", register, plan, soa, null))
                .withMessage("asOf");
        assertThatNullPointerException().isThrownBy(() -> ReportFixture.report().toHtml(null)).withMessage("locale");
    }

    @Test
    void accessors_returnWhatWasGiven() {
        RiskReport report = ReportFixture.report();
        assertThat(report.company()).isEqualTo(ReportFixture.COMPANY);
        assertThat(report.register()).isEqualTo(ReportFixture.register());
        assertThat(report.plan()).isEqualTo(CanonicalFixture.plan());
        assertThat(report.soa()).isEqualTo(SoaReport.draft(ReportFixture.register()));
        assertThat(report.asOf()).isEqualTo(ReportFixture.AS_OF);
    }

    @Test
    void withRecords_aSectionLast_aTablePerRecord_escaped() {
        org.isms4j.core.report.ReportTable documents = org.isms4j.core.report.ReportTable.of(List.of("番号", "表題"),
                List.of(List.of("A-01", "ISMS適用範囲"), List.of("A-02", "<script>alert(1)</script> & 方針")));
        org.isms4j.core.report.ReportTable findings = org.isms4j.core.report.ReportTable.of(List.of("区分", "No"),
                List.of(List.of("軽微な不適合", "1")));
        RiskReport report = ReportFixture.report().withRecords(List.of(RecordTable.of("文書化した情報の一覧 <7.5>", documents),
                RecordTable.of("内部監査結果報告書 (9.2)", findings)));
        assertThat(report.records()).extracting(RecordTable::title).containsExactly("文書化した情報の一覧 <7.5>",
                "内部監査結果報告書 (9.2)");
        String html = report.toHtml(Locale.JAPANESE);
        assertThat(html).doesNotContain("<script>alert(1)</script>", "<7.5>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 方針", "文書化した情報の一覧 &lt;7.5&gt;");
        Document page = Jsoup.parse(html);
        Elements sections = page.select("body > section.report-section");
        assertThat(sections.last().id()).isEqualTo("records");
        assertThat(sections.last().selectFirst("h2").text()).isEqualTo("ISMSの記録");
        assertThat(texts(sections.last().select("h3"))).containsExactly("文書化した情報の一覧 <7.5>", "内部監査結果報告書 (9.2)");
        assertThat(sections.last().select("table.record")).hasSize(2);
        assertThat(texts(sections.last().select("table.record").get(0).select("tbody td")))
                .containsExactly("ISMS適用範囲", "<script>alert(1)</script> & 方針");
        assertThat(page.select("nav a").eachAttr("href")).endsWith("#records");
        assertThat(Jsoup.parse(report.withRecords(List.of()).toHtml(Locale.ENGLISH)).select("section#records")).isEmpty();
    }

    @Test
    void recordTable_rejectsABlankTitleAndNulls() {
        org.isms4j.core.report.ReportTable table = org.isms4j.core.report.ReportTable.of(List.of("a"), List.of());
        assertThatThrownBy(() -> RecordTable.of(" ", table)).isInstanceOf(org.isms4j.core.IsmsException.class)
                .hasMessage("Invalid value for record table title (must not be blank): ' '");
        assertThatThrownBy(() -> RecordTable.of(null, table)).hasMessage("title");
        assertThatThrownBy(() -> RecordTable.of("t", null)).hasMessage("table");
        assertThatThrownBy(() -> ReportFixture.report().withRecords(null)).hasMessage("records");
    }
}
