package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.leadership.RoleAssignment;
import org.isms4j.records.leadership.RoleChart;

/**
 * The writer of the role chart document ISMS運用組織図 (5.3).
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class RoleChartWriter {

    private RoleChartWriter() {}

    /**
     * Writes the role chart document.
     *
     * @param out the generator
     * @param chart the chart
     * @throws IOException if the generator fails
     */
    public static void roleChart(JsonGenerator out, RoleChart chart) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.ROLE_CHART);
        out.writeArrayFieldStart("assignments");
        for (RoleAssignment a : chart.assignments()) {
            out.writeStartObject();
            out.writeStringField("role", a.role().code());
            out.writeStringField("person", a.person());
            if (a.department().isPresent()) {
                out.writeStringField("department", a.department().get());
            }
            if (a.reportsTo().isPresent()) {
                out.writeStringField("reportsTo", a.reportsTo().get().code());
            }
            PropertyWriter.textList(out, "responsibilities", a.responsibilities());
            PropertyWriter.textList(out, "authorities", a.authorities());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
