package org.isms4j.records.leadership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.internal.Column;
import org.isms4j.records.internal.Texts;

/**
 * The ISMS organisation chart ISMS運用組織図 (clause 5.3): every role assigned to a named person,
 * with the lines of reporting, such as top management over the committee chair and the
 * internal-audit lead, and the chair over the other leads and the department heads.
 *
 * <p>The chart has exactly one top management; a role other than department head and
 * secretariat is held once; a department has one head; every role reported to is on the chart
 * and held once, and every line of reporting ends at top management.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoleChart {

    private static final List<Column<RoleAssignment>> COLUMNS = List.of(
            Column.of("role", "名称", "role", (a, l) -> a.role().getDisplayName(l)
                    + a.department().map(d -> " (" + d + ")").orElse("")),
            Column.of("person", "氏名", "person", (a, l) -> a.person()),
            Column.of("responsibilities", "役割", "responsibilities", (a, l) -> String.join("; ", a.responsibilities())),
            Column.of("authorities", "権限", "authorities", (a, l) -> String.join("; ", a.authorities())),
            Column.of("reports_to", "報告先", "reports to",
                    (a, l) -> a.reportsTo().map(r -> r.getDisplayName(l)).orElse("")));

    RoleChart() {}

    /**
     * Returns the assignments in the order given.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    @Value.Parameter
    public abstract List<RoleAssignment> assignments();

    /**
     * Obtains a chart.
     *
     * @param assignments the assignments; copied
     * @return the chart, not null
     * @throws IsmsException if a rule of the chart is broken
     */
    public static RoleChart of(Collection<RoleAssignment> assignments) {
        Objects.requireNonNull(assignments, "assignments");
        return ImmutableRoleChart.of(List.copyOf(assignments));
    }

    @Value.Check
    final void check() {
        Checks.entries("role assignments", assignments());
        Set<IsmsRole> held = EnumSet.noneOf(IsmsRole.class);
        for (RoleAssignment a : assignments()) {
            if (!held.add(a.role()) && a.role().isSingleHolder()) {
                throw new IsmsException(Checks.format("Invalid role chart: %s is assigned twice, to '%s' and '%s'",
                        a.role().code(), Texts.echo(holders(a.role()).get(0).person()), Texts.echo(a.person())));
            }
        }
        if (!held.contains(IsmsRole.TOP_MANAGEMENT)) {
            throw new IsmsException("Invalid role chart: it assigns top_management");
        }
        Texts.unique("role chart", "department head of", holders(IsmsRole.DEPARTMENT_HEAD),
                a -> a.department().get());
        for (RoleAssignment a : assignments()) {
            a.reportsTo().filter(r -> !held.contains(r) || !r.isSingleHolder()).ifPresent(r -> {
                throw new IsmsException(Checks.format(
                        "Invalid role chart: %s '%s' reports to %s, which is %s", a.role().code(),
                        Texts.echo(a.person()), r.code(), held.contains(r) ? "held by several people" : "not assigned"));
            });
            List<IsmsRole> line = reportingLine(a);
            if (line.get(line.size() - 1) != IsmsRole.TOP_MANAGEMENT) {
                throw new IsmsException(Checks.format(
                        "Invalid role chart: the reporting line of %s runs in a circle: %s", a.role().code(),
                        line.stream().map(IsmsRole::code).collect(Collectors.joining(" -> "))));
            }
        }
    }

    /**
     * Returns the people holding a role.
     *
     * @param role the role, not null
     * @return an unmodifiable list, empty if no one holds it, not null
     */
    public final List<RoleAssignment> holders(IsmsRole role) {
        Objects.requireNonNull(role, "role");
        return assignments().stream().filter(a -> a.role() == role).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the one holder of a role held once, such as the internal-audit lead.
     *
     * @param role the role, not null
     * @return the assignment, or empty if no one holds the role
     * @throws IsmsException if the role may have several holders
     */
    public final Optional<RoleAssignment> holder(IsmsRole role) {
        java.util.Objects.requireNonNull(role, "role");
        if (!role.isSingleHolder()) {
            throw new IsmsException(Checks.format("Invalid role for a single holder: %s may be held by several people",
                    role.code()));
        }
        return holders(role).stream().findFirst();
    }

    /**
     * Returns the line of reporting from an assignment up to top management, such as
     * education_lead, committee_chair, top_management.
     *
     * @param assignment an assignment, not null
     * @return the roles from its role upward, ending at top management (or, while the chart is
     *     being checked, where a circle closes)
     */
    public final List<IsmsRole> reportingLine(RoleAssignment assignment) {
        Objects.requireNonNull(assignment, "assignment");
        List<IsmsRole> line = new ArrayList<>();
        line.add(assignment.role());
        Optional<IsmsRole> next = assignment.reportsTo();
        while (next.isPresent() && !line.contains(next.get())) {
            IsmsRole current = next.get();
            line.add(current);
            next = holders(current).stream().findFirst().flatMap(RoleAssignment::reportsTo);
        }
        next.ifPresent(line::add);
        return List.copyOf(line);
    }

    /**
     * Returns the table of roles (責任者または部門の名称と役割を明記した文書): the source's 名称 (the role,
     * with a department head's department), the person 氏名, the source's 役割 (the
     * responsibilities), the authorities 権限 and the role reported to 報告先.
     *
     * @param locale Japanese or English headings and role names, not null
     * @return the table, not null
     */
    public final ReportTable toTable(Locale locale) {
        return Column.table(COLUMNS, assignments(), locale);
    }
}
