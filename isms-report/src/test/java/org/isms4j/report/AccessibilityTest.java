package org.isms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isms4j.report.internal.Palette;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an assistive technology and a reader with low vision rely on: table headers marked up as
 * such, drawings named, colours named in text, and text contrast of at least 4.5:1.
 */
class AccessibilityTest {

    private static final Pattern CSS_COLOUR = Pattern.compile("(?<![-\\w])color: (#[0-9a-f]{6})");
    private static final Pattern CSS_BACKGROUND = Pattern.compile("background: (#[0-9a-f]{6})");

    private static Document page(String language) {
        return Jsoup.parse(ReportFixture.report().toHtml(Locale.forLanguageTag(language)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void tables_haveColumnHeadersAndCaptions(String language) {
        Document page = page(language);
        assertThat(page.select("table")).isNotEmpty().allSatisfy(table -> {
            assertThat(table.select("caption").text()).isNotBlank();
            assertThat(table.select("thead th")).isNotEmpty().allMatch(th -> th.attr("scope").equals("col"));
            assertThat(table.select("thead td")).isEmpty();
            assertThat(table.select("tbody tr:not(.theme-heading)")).allMatch(row -> row.child(0).is("th[scope=row]"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void drawings_areImagesWithATitleAndDescription(String language) {
        Document page = page(language);
        assertThat(page.select("svg")).hasSize(4).allSatisfy(svg -> {
            assertThat(svg.attr("role")).isEqualTo("img");
            if (svg.hasAttr("aria-label")) {
                assertThat(svg.attr("aria-label")).isNotBlank();
            } else {
                for (String id : svg.attr("aria-labelledby").split(" ")) {
                    Element named = page.getElementById(id);
                    assertThat(named).as(id).isNotNull();
                    assertThat(named.text()).isNotBlank();
                }
            }
        });
        assertThat(page.select("svg.heat-map g.cell")).allSatisfy(cell -> {
            assertThat(cell.select("title").text()).isNotBlank();
            assertThat(cell.select("text")).hasSize(2);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void text_contrastAtLeastFourAndAHalf(String language) {
        Document page = page(language);
        for (Element text : page.select("svg text")) {
            Element cell = text.closest("g.cell");
            String background = cell == null ? "#ffffff" : cell.selectFirst("rect").attr("fill");
            String colour = text.hasAttr("fill") ? text.attr("fill") : text.parent().attr("fill");
            assertThat(Palette.contrast(colour, background)).as("%s on %s: %s", colour, background, text.text())
                    .isGreaterThanOrEqualTo(4.5);
        }
        String css = page.select("style").html();
        Matcher backgrounds = CSS_BACKGROUND.matcher(css);
        java.util.List<String> grounds = new java.util.ArrayList<>(java.util.List.of("#ffffff"));
        while (backgrounds.find()) {
            grounds.add(backgrounds.group(1));
        }
        Matcher colours = CSS_COLOUR.matcher(css);
        int found = 0;
        while (colours.find()) {
            found++;
            for (String ground : grounds) {
                assertThat(Palette.contrast(colours.group(1), ground)).as("%s on %s", colours.group(1), ground)
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(found).as("colours the style sheet sets").isPositive();
    }
}
