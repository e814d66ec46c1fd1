package org.isms4j.report;

import java.util.Locale;
import java.util.Objects;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.register.HeatMap;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.report.internal.HeatMapView;
import org.isms4j.report.internal.Label;
import org.isms4j.report.internal.Templates;

/**
 * A risk heat map as a standalone SVG image, for embedding in other applications, such as the
 * source's three risks before treatment: one each in the cells (3, 2), (2, 2) and (3, 3).
 *
 * <p>Rows are importance 重要度 (the highest at the top), columns likelihood 被害発生可能性 (rising
 * to the right), so that リスク大 (high risk) is the top right corner and リスク小 (low risk) the
 * bottom left. Each cell is coloured by the priority its level earns under the model's acceptance
 * criteria and shows its count and priority as text; the acceptance range 受容範囲 is outlined;
 * a legend names every colour. The SVG carries a title and a description for screen readers, and
 * every cell its importance, likelihood, level and count as {@code data-} attributes.
 *
 * <p>This class is thread-safe.
 */
public final class HeatMapSvg {

    private HeatMapSvg() {}

    /**
     * Draws the heat map of a register's first evaluations, before treatment.
     *
     * @param register the register, not null
     * @param locale Japanese or English labels, not null
     * @return the SVG document, an {@code <svg>} element with its namespace, not null
     * @throws IsmsException if the locale's language is neither Japanese nor English
     */
    public static String before(RiskRegister register, Locale locale) {
        Objects.requireNonNull(register, "register");
        return of(register.heatMapBefore(), register.model(), Label.HEAT_MAP_BEFORE.getDisplayName(Languages.check(locale)),
                locale);
    }

    /**
     * Draws the heat map of a register's residual risks, after treatment: the second evaluation
     * where there is one, else the first.
     *
     * @param register the register, not null
     * @param locale Japanese or English labels, not null
     * @return the SVG document, not null
     * @throws IsmsException if the locale's language is neither Japanese nor English
     */
    public static String after(RiskRegister register, Locale locale) {
        Objects.requireNonNull(register, "register");
        return of(register.heatMapAfter(), register.model(), Label.HEAT_MAP_AFTER.getDisplayName(Languages.check(locale)),
                locale);
    }

    /**
     * Draws a heat map.
     *
     * @param map the counts, not null
     * @param model the model whose scales the map has and whose acceptance criteria colour it, not
     *     null
     * @param title the title, not blank; escaped
     * @param locale Japanese or English labels, not null
     * @return the SVG document, not null
     * @throws IsmsException if the title is blank, the locale's language is neither Japanese nor
     *     English, or the map's scales are not the model's
     */
    public static String of(HeatMap map, RiskModel model, String title, Locale locale) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(title, "title");
        Languages.check(locale);
        Checks.notBlank("title", title);
        return Templates.heatMap(HeatMapView.of(map, model, "heat-map", title, locale));
    }
}
