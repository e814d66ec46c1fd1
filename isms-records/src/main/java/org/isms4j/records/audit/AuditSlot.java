package org.isms4j.records.audit;

import java.time.LocalDateTime;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * One row of the detailed audit plan 詳細監査計画: the audited department 被監査部門, the auditor 監査人
 * with their own department, the auditee 応対者 and the time slot 日時; such as 営業部 audited by
 * 鈴木 of 管理部 on 2024-02-05 10:00 - 11:30.
 *
 * <p>No auditor audits their own department, so that the audit stays objective.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditSlot {

    AuditSlot() {}

    /**
     * Returns the row's number.
     *
     * @return 1 or more
     */
    public abstract int number();

    /**
     * Returns the audited department 被監査部門.
     *
     * @return the name, not blank
     */
    public abstract String auditedDepartment();

    /**
     * Returns the auditor 監査人.
     *
     * @return the name, not blank
     */
    public abstract String auditor();

    /**
     * Returns the auditor's own department.
     *
     * @return the name, not blank, never the audited department
     */
    public abstract String auditorDepartment();

    /**
     * Returns the auditee 応対者.
     *
     * @return the name, not blank
     */
    public abstract String auditee();

    /**
     * Returns the start of the slot.
     *
     * @return the date and time, not null
     */
    public abstract LocalDateTime start();

    /**
     * Returns the end of the slot.
     *
     * @return the date and time, after the start, not null
     */
    public abstract LocalDateTime end();

    /**
     * Obtains a slot.
     *
     * @param number the row's number, 1 or more
     * @param auditedDepartment the audited department, not blank
     * @param auditor the auditor, not blank
     * @param auditorDepartment the auditor's department, not the audited one
     * @param auditee the auditee, not blank
     * @param start the start, not null
     * @param end the end, after the start, not null
     * @return the slot, not null
     * @throws IsmsException if the auditor audits their own department, a text is blank, the
     *     slot ends before it starts, or a date lies outside {@code 0000-01-01 - 9999-12-31}
     */
    public static AuditSlot of(int number, String auditedDepartment, String auditor, String auditorDepartment,
            String auditee, LocalDateTime start, LocalDateTime end) {
        return ImmutableAuditSlot.builder().number(number).auditedDepartment(auditedDepartment).auditor(auditor)
                .auditorDepartment(auditorDepartment).auditee(auditee).start(start).end(end).build();
    }

    @Value.Check
    final void check() {
        Checks.inRange("audit slot number", 1, Integer.MAX_VALUE, number());
        Texts.notBlank("audited department", auditedDepartment());
        Texts.notBlank("auditor", auditor());
        Texts.notBlank("auditor department", auditorDepartment());
        Texts.notBlank("auditee", auditee());
        Checks.date("slot start", start().toLocalDate());
        Checks.date("slot end", end().toLocalDate());
        if (auditorDepartment().equals(auditedDepartment())) {
            throw new IsmsException(Checks.format("Invalid audit slot %d: auditor '%s' audits their own department '%s'",
                    number(), Texts.echo(auditor()), Texts.echo(auditedDepartment())));
        }
        if (!end().isAfter(start())) {
            throw new IsmsException(Checks.format("Invalid audit slot %d: the end %s is not after the start %s",
                    number(), end(), start()));
        }
    }
}
