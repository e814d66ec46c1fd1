package org.isms4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.HeatMap;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.report.internal.Palette;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** A heat map drawn alone: its cells count the register's risks and are coloured by priority. */
class HeatMapSvgTest {

    private static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    /** A register of the model with one risk per point, each point an index into the grid. */
    private static RiskRegister register(RiskModel model, List<Integer> points) {
        CiaScales scales = model.ciaScales();
        CiaRating rating = CiaRating.of(scales.confidentiality().min(), scales.integrity().min(),
                scales.availability().min(), scales);
        RatingScale importance = model.importanceScale();
        RatingScale likelihood = model.likelihoodTable().likelihoodScale();
        List<AssessedRisk> rows = new ArrayList<>();
        for (int n = 0; n < points.size(); n++) {
            int point = points.get(n);
            int i = importance.min() + (point / 10) % importance.size();
            int l = likelihood.min() + (point % 10) % likelihood.size();
            Risk risk = Risk.newBuilder().number(n + 1).assetNumbers(List.of(1)).riskSource("source")
                    .impactArea("area").event("event").lostProperties(SecurityProperty.CONFIDENTIALITY).build();
            rows.add(AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, rating.importance(), l)
                    .withImportanceOverride(model, i)));
        }
        return RiskRegister.of(model, AssetInventory.of(Asset.of(1, "asset", rating)), rows);
    }

    @Test
    void before_cellsCountTheRisksAndAreColouredByTheirPriority() {
        qt().withExamples(150).forAll(ModelGenerators.models(), lists().of(integers().between(0, 99))
                .ofSizeBetween(0, 30)).checkAssert((model, points) -> {
                    RiskRegister register = register(model, points);
                    HeatMap map = register.heatMapBefore();
                    Elements cells = parse(HeatMapSvg.before(register, Locale.ENGLISH)).select("g.cell");
                    assertThat(cells).hasSize(map.counts().size());
                    int total = 0;
                    for (Element cell : cells) {
                        int i = Integer.parseInt(cell.attr("data-importance"));
                        int l = Integer.parseInt(cell.attr("data-likelihood"));
                        int count = Integer.parseInt(cell.attr("data-count"));
                        Priority priority = model.scoreOfLikelihood(i, l).priority();
                        assertThat(count).isEqualTo(map.count(i, l));
                        assertThat(cell.select("text").first().text()).isEqualTo(Integer.toString(count));
                        assertThat(cell.select("text").last().text()).isEqualTo(priority.isAcceptable()
                                ? priority.getDisplayName(Locale.ENGLISH) : "P" + priority.rank());
                        assertThat(cell.selectFirst("rect").attr("fill"))
                                .isEqualTo(Palette.fill(priority, model.acceptanceCriteria()));
                        assertThat(cell.attr("data-level")).isEqualTo(
                                Integer.toString(model.scoreOfLikelihood(i, l).level()));
                        total += count;
                    }
                    assertThat(total).isEqualTo(points.size());
                });
    }

    private static int attr(Element element, String name) {
        return Integer.parseInt(element.attr(name));
    }

    /**
     * The layout a reader relies on: the cells tile one grid, highest importance at the top and
     * likelihood rising to the right, square and side by side; each axis tick is centred on its
     * row or column, left of or under the grid; the axis names and the legend lie below the grid
     * and inside the picture, the legend's rows one under the other.
     */
    @Test
    void before_cellsTileTheGrid_andEveryTextLiesInsideThePicture() {
        qt().withExamples(100).forAll(ModelGenerators.models()).checkAssert(model -> {
            Document svg = parse(HeatMapSvg.before(register(model, List.of()), Locale.ENGLISH));
            Element root = svg.selectFirst("svg");
            int width = attr(root, "width");
            int height = attr(root, "height");
            assertThat(root.attr("viewBox")).isEqualTo("0 0 " + width + " " + height);
            RatingScale importance = model.importanceScale();
            RatingScale likelihood = model.likelihoodTable().likelihoodScale();
            Elements cells = svg.select("g.cell");
            assertThat(cells).hasSize(importance.size() * likelihood.size());
            Element first = cells.first().selectFirst("rect");
            int left = attr(first, "x");
            int top = attr(first, "y");
            int size = attr(first, "width");
            assertThat(size).isPositive();
            for (Element cell : cells) {
                Element rect = cell.selectFirst("rect");
                int row = importance.max() - attr(cell, "data-importance");
                int column = attr(cell, "data-likelihood") - likelihood.min();
                assertThat(attr(rect, "x")).isEqualTo(left + column * size);
                assertThat(attr(rect, "y")).isEqualTo(top + row * size);
                assertThat(attr(rect, "height")).isEqualTo(size);
                for (Element text : cell.select("text")) {
                    assertThat(attr(text, "x")).isEqualTo(left + column * size + size / 2);
                    assertThat(attr(text, "y")).isBetween(top + row * size, top + (row + 1) * size);
                }
            }
            int right = left + likelihood.size() * size;
            int bottom = top + importance.size() * size;
            Elements ticks = svg.select("svg > text.tick");
            assertThat(ticks).hasSize(importance.size() + likelihood.size());
            for (int row = 0; row < importance.size(); row++) {
                Element tick = ticks.get(row);
                assertThat(tick.text()).isEqualTo(Integer.toString(importance.max() - row));
                assertThat(attr(tick, "x")).isLessThan(left);
                assertThat(attr(tick, "y")).isBetween(top + row * size + size / 2, top + row * size + size * 3 / 4);
            }
            for (int column = 0; column < likelihood.size(); column++) {
                Element tick = ticks.get(importance.size() + column);
                assertThat(tick.text()).isEqualTo(Integer.toString(likelihood.min() + column));
                assertThat(attr(tick, "x")).isEqualTo(left + column * size + size / 2);
                assertThat(attr(tick, "y")).isGreaterThan(bottom).isLessThan(bottom + size / 2);
            }
            for (Element text : svg.select("svg > text")) {
                assertThat(attr(text, "x")).isBetween(0, width);
                assertThat(attr(text, "y")).isBetween(0, height);
            }
            Elements axes = svg.select("svg > text.axis");
            assertThat(attr(axes.get(0), "x")).isLessThan(left);
            assertThat(attr(axes.get(0), "y")).isBetween(top, bottom);
            assertThat(attr(axes.get(1), "x")).isEqualTo(left + likelihood.size() * size / 2);
            assertThat(attr(axes.get(1), "y")).isGreaterThan(bottom);
            Elements swatches = svg.select("g.legend > rect");
            assertThat(swatches).hasSize(model.acceptanceCriteria().priorities().size() + 2);
            int y = attr(swatches.first(), "y");
            assertThat(y).isGreaterThan(attr(axes.get(1), "y"));
            for (Element swatch : swatches) {
                assertThat(attr(swatch, "x")).isEqualTo(left);
                assertThat(attr(swatch, "y")).isEqualTo(y);
                y += 22;
            }
            assertThat(height).isGreaterThanOrEqualTo(y).isLessThanOrEqualTo(y + 8);
            assertThat(width).isGreaterThanOrEqualTo(right);
            for (Element line : svg.select("g.acceptance-range > line")) {
                for (String name : new String[] {"x1", "x2"}) {
                    assertThat(attr(line, name)).isBetween(left, right);
                    assertThat((attr(line, name) - left) % size).isZero();
                }
                for (String name : new String[] {"y1", "y2"}) {
                    assertThat(attr(line, name)).isBetween(top, bottom);
                    assertThat((attr(line, name) - top) % size).isZero();
                }
                // One edge of one cell: a side's length, along one axis.
                assertThat(Math.abs(attr(line, "x2") - attr(line, "x1")) + Math.abs(attr(line, "y2") - attr(line, "y1")))
                        .isEqualTo(size);
            }
        });
    }

    @Test
    void before_acceptanceRangeOutlineSeparatesAcceptableCellsFromTheRest() {
        qt().withExamples(150).forAll(ModelGenerators.models()).checkAssert(model -> {
            Document svg = parse(HeatMapSvg.before(register(model, List.of()), Locale.JAPANESE));
            Map<String, Boolean> acceptable = new HashMap<>();
            int size = 0;
            for (Element cell : svg.select("g.cell")) {
                Element rect = cell.selectFirst("rect");
                size = Integer.parseInt(rect.attr("width"));
                int i = Integer.parseInt(cell.attr("data-importance"));
                int l = Integer.parseInt(cell.attr("data-likelihood"));
                acceptable.put(rect.attr("x") + "," + rect.attr("y"),
                        model.scoreOfLikelihood(i, l).priority().isAcceptable());
            }
            int edges = 0;
            for (Map.Entry<String, Boolean> cell : acceptable.entrySet()) {
                if (cell.getValue()) {
                    String[] xy = cell.getKey().split(",");
                    int x = Integer.parseInt(xy[0]);
                    int y = Integer.parseInt(xy[1]);
                    int[][] neighbours = {{x, y - size}, {x, y + size}, {x - size, y}, {x + size, y}};
                    for (int[] n : neighbours) {
                        edges += acceptable.getOrDefault(n[0] + "," + n[1], false) ? 0 : 1;
                    }
                }
            }
            Elements lines = svg.select("g.acceptance-range line");
            assertThat(lines).as("one line per edge between acceptable and not").hasSize(edges);
            for (Element line : lines) {
                int x1 = Integer.parseInt(line.attr("x1"));
                int y1 = Integer.parseInt(line.attr("y1"));
                int x2 = Integer.parseInt(line.attr("x2"));
                int y2 = Integer.parseInt(line.attr("y2"));
                // The two cells either side of the edge.
                String a = y1 == y2 ? x1 + "," + (y1 - size) : (x1 - size) + "," + y1;
                String b = x1 + "," + y1;
                assertThat(Math.abs(x2 - x1) + Math.abs(y2 - y1)).isEqualTo(size);
                assertThat(acceptable.getOrDefault(a, false)).isNotEqualTo(acceptable.getOrDefault(b, false));
            }
        });
    }

    @Test
    void before_standardModelPutsHighRiskTopRightAndNamesEveryColour() {
        Document svg = parse(HeatMapSvg.before(ReportFixture.register(), Locale.JAPANESE));
        Element root = svg.selectFirst("svg");
        assertThat(root.attr("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("svg > title").text()).isEqualTo("リスクマップ（対応前）");
        Elements cells = svg.select("g.cell");
        assertThat(cells.first().attr("data-importance") + cells.first().attr("data-likelihood")).isEqualTo("31");
        assertThat(cells.get(2).attr("data-importance") + cells.get(2).attr("data-likelihood")).isEqualTo("33");
        assertThat(cells.last().attr("data-importance") + cells.last().attr("data-likelihood")).isEqualTo("13");
        assertThat(svg.select("text.corner").eachText()).containsExactly("▲ リスク大", "▼ リスク小");
        assertThat(svg.select("g.legend text").eachText()).containsExactly("優先1 早急に対応", "優先2 今期中に対応",
                "優先3 今期対応が望ましい", "受容範囲", "受容範囲 (≤ 3)");
        assertThat(svg.select("g.acceptance-range line")).hasSize(12);
    }

    @Test
    void after_countsTheResidualRisks() {
        RiskRegister register = ReportFixture.register();
        Elements cells = parse(HeatMapSvg.after(register, Locale.ENGLISH)).select("g.cell");
        for (Element cell : cells) {
            assertThat(Integer.parseInt(cell.attr("data-count"))).isEqualTo(register.heatMapAfter().count(
                    Integer.parseInt(cell.attr("data-importance")), Integer.parseInt(cell.attr("data-likelihood"))));
        }
        assertThat(parse(HeatMapSvg.after(register, Locale.ENGLISH)).selectFirst("svg > title").text())
                .isEqualTo("Risk heat map after treatment");
    }

    @Test
    void of_escapesTheTitle() {
        RiskRegister register = ReportFixture.register();
        String svg = HeatMapSvg.of(register.heatMapBefore(), register.model(), "<script>x</script> & \"q\"",
                Locale.ENGLISH);
        Document document = parse(svg);
        assertThat(document.select("script")).isEmpty();
        assertThat(document.selectFirst("svg > title").text()).isEqualTo("<script>x</script> & \"q\"");
    }

    @Test
    void of_rejectsAMapOfOtherScales() {
        RiskRegister register = ReportFixture.register();
        RiskModel wider = RiskModel.newBuilder().id("wider").version("1").ciaScales(CiaScales.standard())
                .importanceScale(RatingScale.of(1, 4)).likelihoodTable(org.isms4j.core.LikelihoodTables.standard())
                .levelRule(org.isms4j.core.RiskLevelRules.product())
                .acceptanceCriteria(org.isms4j.core.AcceptanceCriteria.standard())
                .importantAssetCriterion(org.isms4j.core.ImportantAssetCriteria.anyRatingAtTop()).build();
        assertThatThrownBy(() -> HeatMapSvg.of(register.heatMapBefore(), wider, "t", Locale.ENGLISH))
                .isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Scales do not fit: the heat map's scales ")
                .hasMessageContaining("are not the model wider@1's importance and likelihood scales");
    }

    @Test
    void of_rejectsBlankTitleAndOtherLanguages() {
        RiskRegister register = ReportFixture.register();
        assertThatThrownBy(() -> HeatMapSvg.of(register.heatMapBefore(), register.model(), " ", Locale.ENGLISH))
                .isInstanceOf(IsmsException.class).hasMessage("Invalid value for title (must not be blank): ' '");
        assertThatThrownBy(() -> HeatMapSvg.before(register, Locale.GERMAN)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for locale (valid values ja, en): 'de'");
        assertThatNullPointerException().isThrownBy(() -> HeatMapSvg.before(null, Locale.ENGLISH))
                .withMessage("register");
        assertThatNullPointerException().isThrownBy(() -> HeatMapSvg.after(register, null)).withMessage("locale");
        assertThatNullPointerException().isThrownBy(() -> HeatMapSvg.of(null, register.model(), "t", Locale.ENGLISH))
                .withMessage("map");
        assertThatNullPointerException().isThrownBy(() -> HeatMapSvg.of(register.heatMapBefore(), null, "t",
                Locale.ENGLISH)).withMessage("model");
        assertThatNullPointerException().isThrownBy(() -> HeatMapSvg.of(register.heatMapBefore(), register.model(),
                null, Locale.ENGLISH)).withMessage("title");
    }
}
