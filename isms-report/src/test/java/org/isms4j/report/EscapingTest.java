package org.isms4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.soa.Decision;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.CiaRating;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A register whose every user text is hostile markup renders those texts as text: no script, no
 * event handler, no element the texts would make, and each text intact in the page's text.
 */
class EscapingTest {

    private static final List<String> HOSTILE = List.of(
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(2)>",
            "' onmouseover='alert(3)",
            "Tom & Jerry's \"R&D\" <b>bold</b>",
            "</textarea></title></style><iframe src=javascript:alert(4)>");

    private static String text(int i) {
        return HOSTILE.get(i % HOSTILE.size());
    }

    private static RiskReport hostileReport() {
        RiskModel model = RiskModel.standard();
        Asset asset = Asset.of(1, text(0), CiaRating.of(3, 2, 1)).withBusinessCategory(text(1)).withRemarks(text(2))
                .withUserScope(text(3)).withRiskOwner(text(4)).withManagingDepartment(text(5)).withMedium(text(0));
        TreatmentControl control = TreatmentControl.of(text(1), "5.12");
        Risk risk = Risk.newBuilder().number(1).assetNumbers(List.of(1)).riskSource(text(2)).impactArea(text(3))
                .event(text(4)).lostProperties(SecurityProperty.CONFIDENTIALITY).build()
                .withCause(text(5)).withConsequence(text(0));
        AssessedRisk row = AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, 3, 3))
                .withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE), List.of(control),
                        TreatmentStatus.PLANNED))
                .withSecond(RiskEvaluation.ofLikelihood(model, 3, 2))
                .withAcceptance(ResidualAcceptance.of(text(5), ResidualDecision.ACCEPTED, LocalDate.of(2024, 1, 3),
                        text(0), Optional.of(LocalDate.of(2024, 6, 1))));
        RiskRegister register = RiskRegister.of(model, AssetInventory.of(asset), List.of(row))
                .withApproval(Approval.drafted(text(1), LocalDate.of(2024, 1, 1)).approvedBy(text(2),
                        LocalDate.of(2024, 1, 2)));
        TreatmentPlan plan = TreatmentPlan.of(List.of(PlanItem.newBuilder().number(1).control(control)
                .tasks(List.of(text(3), text(4))).owner(text(5)).plannedStart(LocalDate.of(2024, 1, 1))
                .plannedEnd(LocalDate.of(2024, 2, 1)).riskNumbers(List.of(1)).build()));
        StatementOfApplicability soa = SoaReport.draft(register).with(ControlId.parse("5.1"),
                Decision.applicable(text(0)).withDocuments(text(1), text(2)).withEvidence(text(3)));
        return RiskReport.of(text(4), register, plan, soa, LocalDate.of(2024, 3, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void toHtml_hostileTextsStayText(String language) {
        String html = hostileReport().toHtml(Locale.forLanguageTag(language));
        Document page = Jsoup.parse(html);
        assertThat(page.select("script, img, iframe, b, textarea")).isEmpty();
        assertThat(page.select("svg")).allMatch(svg -> svg.hasClass("heat-map") || svg.hasClass("timeline")
                || svg.parent().hasClass("completeness"));
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().startsWith("on")));
        assertThat(page.select("title").first().text()).contains(text(4));
        String body = page.body().text();
        for (String hostile : HOSTILE) {
            assertThat(body).as("the page's text").contains(hostile);
        }
        assertThat(html).doesNotContain("<script", "<img", "<iframe", "\"><svg onload");
    }

    @Test
    void heatMapSvgOf_anyPrintableTitleIsText() {
        RiskRegister register = org.isms4j.testkit.CanonicalFixture.treated();
        int elements = Jsoup.parse(HeatMapSvg.of(register.heatMapBefore(), register.model(), "t", Locale.ENGLISH), "",
                Parser.xmlParser()).getAllElements().size();
        // Printable ASCII from '!' to '~': every markup character, no space to fold.
        qt().withExamples(300).forAll(strings().betweenCodePoints('!', '~').ofLengthBetween(1, 40)).checkAssert(title -> {
            Document svg = Jsoup.parse(HeatMapSvg.of(register.heatMapBefore(), register.model(), title,
                    Locale.ENGLISH), "", Parser.xmlParser());
            assertThat(svg.selectFirst("svg > title").text()).isEqualTo(title);
            assertThat(svg.getAllElements()).hasSize(elements);
        });
    }

    @Test
    void toHtml_anyPrintableCompanyIsText() {
        RiskRegister register = org.isms4j.testkit.CanonicalFixture.treated();
        TreatmentPlan plan = org.isms4j.testkit.CanonicalFixture.plan();
        StatementOfApplicability soa = SoaReport.draft(register);
        int elements = Jsoup.parse(RiskReport.of("c", register, plan, soa, LocalDate.of(2024, 1, 15))
                .toHtml(Locale.ENGLISH)).getAllElements().size();
        qt().withExamples(50).forAll(strings().betweenCodePoints('!', '~').ofLengthBetween(1, 40)).checkAssert(company -> {
            Document page = Jsoup.parse(RiskReport.of(company, register, plan, soa, LocalDate.of(2024, 1, 15))
                    .toHtml(Locale.ENGLISH));
            assertThat(page.selectFirst("dl.cover dd").text()).isEqualTo(company);
            assertThat(page.getAllElements()).hasSize(elements);
        });
    }
}
