package org.isms4j.records.leadership;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * A role assigned to a named person with its responsibilities and authorities (clause 5.3,
 * 責任者または部門の名称と役割を明記した文書), such as 情報セキュリティ委員長 assigned to 山田 with
 * ISMSの実施、運用について統括する.
 *
 * <p>A department head names the department; no other role does. The role reports where the
 * source's chart puts it ({@link IsmsRole#reportsTo()}) unless the organisation places it
 * elsewhere with {@link #reportingTo(IsmsRole)}; top management reports to no one, and the
 * internal-audit lead always reports to top management.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoleAssignment {

    RoleAssignment() {}

    /**
     * Returns the role.
     *
     * @return the role, not null
     */
    public abstract IsmsRole role();

    /**
     * Returns the person who holds the role.
     *
     * @return the name, not blank
     */
    public abstract String person();

    /**
     * Returns the department a department head manages.
     *
     * @return the department for a department head, empty for every other role
     */
    public abstract Optional<String> department();

    /**
     * Returns the role this one reports to.
     *
     * @return the role, empty for top management only
     */
    public abstract Optional<IsmsRole> reportsTo();

    /**
     * Returns the responsibilities 責任, such as ISMSの実施、運用について統括する.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<String> responsibilities();

    /**
     * Returns the authorities 権限, such as 各責任者の任命.
     *
     * @return an unmodifiable list, not null
     */
    public abstract List<String> authorities();

    /**
     * Obtains the assignment of a role other than department head.
     *
     * @param role the role, not {@link IsmsRole#DEPARTMENT_HEAD}, not null
     * @param person the person, not blank
     * @param responsibilities the responsibilities, not empty, none blank; copied
     * @param authorities the authorities, none blank; copied
     * @return the assignment, not null
     * @throws IsmsException if the role is department head, a text is blank or there is no
     *     responsibility
     */
    public static RoleAssignment of(IsmsRole role, String person, Collection<String> responsibilities,
            Collection<String> authorities) {
        return of(role, person, Optional.empty(), responsibilities, authorities);
    }

    /**
     * Obtains the assignment of a department head.
     *
     * @param department the department, not blank
     * @param person the person, not blank
     * @param responsibilities the responsibilities, not empty, none blank; copied
     * @param authorities the authorities, none blank; copied
     * @return the assignment, not null
     * @throws IsmsException if a text is blank or there is no responsibility
     */
    public static RoleAssignment ofDepartmentHead(String department, String person,
            Collection<String> responsibilities, Collection<String> authorities) {
        Objects.requireNonNull(department, "department");
        return of(IsmsRole.DEPARTMENT_HEAD, person, Optional.of(department), responsibilities, authorities);
    }

    /**
     * Obtains an assignment as a record holds it, such as a document read back: the department
     * given for a department head alone, and the role reported to given, not taken from the role.
     *
     * @param role the role, not null
     * @param person the person, not blank
     * @param department the department of a department head, not blank; empty for another role
     * @param reportsTo the role reported to, another role, top management for the internal audit
     *     lead; empty for top management alone
     * @param responsibilities the responsibilities, not empty, none blank; copied
     * @param authorities the authorities, none blank; copied
     * @return the assignment, not null
     * @throws IsmsException if a text is blank, there is no responsibility, a department is given
     *     or missing against the role, or the line of reporting breaks a rule of {@link IsmsRole}
     */
    public static RoleAssignment ofRecord(IsmsRole role, String person, Optional<String> department,
            Optional<IsmsRole> reportsTo, Collection<String> responsibilities, Collection<String> authorities) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(reportsTo, "reportsTo");
        Objects.requireNonNull(responsibilities, "responsibilities");
        Objects.requireNonNull(authorities, "authorities");
        return ImmutableRoleAssignment.builder().role(role).person(person).department(department)
                .reportsTo(reportsTo).responsibilities(responsibilities).authorities(authorities).build();
    }

    private static RoleAssignment of(IsmsRole role, String person, Optional<String> department,
            Collection<String> responsibilities, Collection<String> authorities) {
        Objects.requireNonNull(responsibilities, "responsibilities");
        Objects.requireNonNull(authorities, "authorities");
        return ImmutableRoleAssignment.builder().role(role).person(person).department(department)
                .reportsTo(role.reportsTo()).responsibilities(responsibilities).authorities(authorities).build();
    }

    /**
     * Returns a copy reporting to another role.
     *
     * @param manager the role reported to, not null
     * @return the copy, {@code this} when unchanged
     * @throws IsmsException if this is top management, the manager is this role, or this is the
     *     internal-audit lead and the manager is not top management
     */
    public final RoleAssignment reportingTo(IsmsRole manager) {
        Objects.requireNonNull(manager, "manager");
        if (reportsTo().equals(Optional.of(manager))) {
            return this;
        }
        return ImmutableRoleAssignment.builder().from(this).reportsTo(manager).build();
    }

    @Value.Check
    final void check() {
        Texts.notBlank("person", person());
        String record = Checks.format("assignment of %s to '%s'", role().code(), Texts.echo(person()));
        if (role() == IsmsRole.DEPARTMENT_HEAD) {
            Texts.notBlank("department", department().orElseThrow(() -> new IsmsException(
                    Checks.format("Invalid %s: a department head names the department", record))));
        } else if (department().isPresent()) {
            throw new IsmsException(Checks.format("Invalid %s: only a department head names a department", record));
        }
        if (role() == IsmsRole.TOP_MANAGEMENT) {
            if (reportsTo().isPresent()) {
                throw new IsmsException(Checks.format("Invalid %s: top management reports to no one, not to %s",
                        record, reportsTo().get().code()));
            }
        } else if (reportsTo().isEmpty() || reportsTo().get() == role()) {
            throw new IsmsException(Checks.format("Invalid %s: it reports to another role, not to %s", record,
                    reportsTo().map(IsmsRole::code).orElse("no one")));
        } else if (role() == IsmsRole.INTERNAL_AUDIT_LEAD && reportsTo().get() != IsmsRole.TOP_MANAGEMENT) {
            throw new IsmsException(Checks.format(
                    "Invalid %s: the internal audit lead reports to top_management, not to %s", record,
                    reportsTo().get().code()));
        }
        Texts.notEmpty(record, "responsibility", responsibilities());
        Texts.eachNotBlank("responsibility", responsibilities());
        Texts.eachNotBlank("authority", authorities());
    }
}
