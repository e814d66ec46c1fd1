package org.isms4j.report.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.isms4j.annexa.soa.SoaReport;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.testkit.CanonicalFixture;
import org.isms4j.report.HeatMapSvg;
import org.isms4j.report.RiskReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The numbers of the method ({@code docs/method.md}) as the report shows them: the canonical risks'
 * levels 6, 4, 9 before and 2, 1, 6 after treatment on the heat maps, the priorities of levels 9,
 * 6 and 4, the acceptance range of levels 3 and below, and the 93 Annex A controls in four themes
 * of 37, 8, 14 and 34.
 */
class ReportSpecTest {

    private static final RiskRegister REGISTER = CanonicalFixture.treated();

    /** The occupied cells as "importance×likelihood=level:label". */
    private static List<String> occupied(String svg) {
        Document map = Jsoup.parse(svg, "", Parser.xmlParser());
        return map.select("g.cell").stream().filter(cell -> !cell.attr("data-count").equals("0"))
                .map(cell -> cell.attr("data-importance") + "×" + cell.attr("data-likelihood") + "="
                        + cell.attr("data-level") + ":" + cell.select("text").last().text())
                .sorted().collect(Collectors.toList());
    }

    @Test
    void heatMapBefore_levels6And4And9WithPriorities2And3And1() {
        assertThat(occupied(HeatMapSvg.before(REGISTER, Locale.ENGLISH)))
                .containsExactly("2×2=4:P3", "3×2=6:P2", "3×3=9:P1");
    }

    @Test
    void heatMapAfter_residualLevels2And1And6() {
        assertThat(occupied(HeatMapSvg.after(REGISTER, Locale.JAPANESE)))
                .containsExactly("1×1=1:受容範囲", "2×1=2:受容範囲", "2×3=6:優先2");
    }

    @Test
    void heatMap_levelsOfTheStandardGridAndTheAcceptanceRange() {
        Document map = Jsoup.parse(HeatMapSvg.before(REGISTER, Locale.ENGLISH), "", Parser.xmlParser());
        java.util.SortedSet<Integer> levels = map.select("g.cell").eachAttr("data-level").stream()
                .map(Integer::valueOf).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(levels).containsExactly(1, 2, 3, 4, 6, 9);
        for (Element cell : map.select("g.cell")) {
            boolean acceptable = Integer.parseInt(cell.attr("data-level")) <= 3;
            assertThat(cell.select("text").last().text()).isEqualTo(acceptable ? "acceptable"
                    : "P" + (cell.attr("data-level").equals("9") ? 1 : cell.attr("data-level").equals("6") ? 2 : 3));
        }
    }

    @Test
    void soa_93ControlsIn37And8And14And34() {
        RiskReport report = RiskReport.of("株式会社サンプル", REGISTER, CanonicalFixture.plan(), SoaReport.draft(REGISTER),
                LocalDate.of(2024, 1, 15));
        Document page = Jsoup.parse(report.toHtml(Locale.JAPANESE));
        assertThat(page.select("table.soa tr.control")).hasSize(93);
        assertThat(page.select("table.soa tbody.theme").stream().map(theme -> theme.select("tr.control").size())
                .collect(Collectors.toList())).containsExactly(37, 8, 14, 34);
        assertThat(page.select("table.soa tbody.theme th[scope=rowgroup]").eachText()).containsExactly("組織的管理策 (37)",
                "人的管理策 (8)", "物理的管理策 (14)", "技術的管理策 (34)");
    }
}
