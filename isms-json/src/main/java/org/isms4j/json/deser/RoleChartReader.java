package org.isms4j.json.deser;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.isms4j.json.Formats;
import org.isms4j.records.leadership.IsmsRole;
import org.isms4j.records.leadership.RoleAssignment;
import org.isms4j.records.leadership.RoleChart;

/**
 * The reader of the role chart document ISMS運用組織図 (5.3): roles assigned to named people, with
 * responsibilities, authorities and the line of reporting.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class RoleChartReader {

    private RoleChartReader() {}

    private enum ChartProperty { FORMAT, FORMAT_VERSION, ASSIGNMENTS }

    private static final PropertyNames<ChartProperty> CHART = PropertyNames.of(ChartProperty.class);

    /**
     * Reads the role chart document.
     *
     * @param in the input
     * @return the chart
     * @throws IOException if the parser fails
     */
    public static RoleChart roleChart(JsonInput in) throws IOException {
        PropertyLoop<ChartProperty> p = in.properties("role chart document", CHART);
        List<RoleAssignment> assignments = null;
        for (ChartProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.ROLE_CHART);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case ASSIGNMENTS -> assignments = JsonArrays.values(in, "assignments", RoleChartReader::assignment);
            }
        }
        p.requireAll();
        List<RoleAssignment> a = assignments;
        return in.core(() -> RoleChart.of(a));
    }

    private enum AssignmentProperty { ROLE, PERSON, DEPARTMENT, REPORTS_TO, RESPONSIBILITIES, AUTHORITIES }

    private static final PropertyNames<AssignmentProperty> ASSIGNMENT = PropertyNames.of(AssignmentProperty.class,
            EnumSet.of(AssignmentProperty.DEPARTMENT, AssignmentProperty.REPORTS_TO));

    private static RoleAssignment assignment(JsonInput in) throws IOException {
        PropertyLoop<AssignmentProperty> p = in.properties("assignment", ASSIGNMENT);
        IsmsRole role = null;
        String person = null;
        Optional<String> department = Optional.empty();
        Optional<IsmsRole> reportsTo = Optional.empty();
        List<String> responsibilities = null;
        List<String> authorities = null;
        for (AssignmentProperty f; (f = p.next()) != null;) {
            switch (f) {
                case ROLE -> role = in.term("ISMS role", IsmsRole::ofCode);
                case PERSON -> person = in.notBlank("person", "person");
                case DEPARTMENT -> department = Optional.of(in.notBlank("department", "department"));
                case REPORTS_TO -> reportsTo = Optional.of(in.term("ISMS role", IsmsRole::ofCode));
                case RESPONSIBILITIES -> responsibilities = JsonArrays.texts(in, "responsibilities", "responsibility");
                case AUTHORITIES -> authorities = JsonArrays.texts(in, "authorities", "authority");
            }
        }
        p.requireAll();
        IsmsRole r = role;
        String n = person;
        Optional<String> d = department;
        Optional<IsmsRole> t = reportsTo;
        List<String> rs = responsibilities;
        List<String> as = authorities;
        return in.core(() -> RoleAssignment.ofRecord(r, n, d, t, rs, as));
    }
}
