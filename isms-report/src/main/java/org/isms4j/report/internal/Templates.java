package org.isms4j.report.internal;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import org.isms4j.report.internal.template.JteheatmapGenerated;
import org.isms4j.report.internal.template.JtereportGenerated;

/**
 * The precompiled templates, rendered through jte's HTML output, which escapes every value by its
 * context (element text, attribute) as it writes it.
 */
public final class Templates {

    private Templates() {}

    /**
     * Renders a report page.
     *
     * @param view the page's content
     * @return the HTML document
     */
    public static String report(ReportView view) {
        StringOutput out = new StringOutput(256 * 1024);
        JtereportGenerated.render(new OwaspHtmlTemplateOutput(out), null, view);
        return out.toString();
    }

    /**
     * Renders a heat map as an SVG document.
     *
     * @param view the map's layout
     * @return the SVG element, with its namespace
     */
    public static String heatMap(HeatMapView view) {
        StringOutput out = new StringOutput();
        JteheatmapGenerated.render(new OwaspHtmlTemplateOutput(out), null, view);
        return out.toString();
    }
}
