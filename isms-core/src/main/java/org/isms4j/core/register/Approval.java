package org.isms4j.core.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * The approval record of a risk assessment report 承認: author or updater 作成者／更新者 with the
 * creation or update date 作成日／更新日, and the approver 承認者 with the approval date 承認日 once
 * approved.
 *
 * <p>Names hold at most {@value org.isms4j.core.Limits#MAX_TEXT_LENGTH} characters and dates lie in
 * {@code 0000-01-01 - 9999-12-31} ({@link org.isms4j.core.Limits}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Approval {

    Approval() {}

    /**
     * Returns the author or updater, such as ISMS事務局.
     *
     * @return the name, not blank
     */
    @Value.Parameter
    public abstract String author();

    /**
     * Returns the creation or update date.
     *
     * @return the date, not null
     */
    @Value.Parameter
    public abstract LocalDate updated();

    /**
     * Returns the approver, such as the risk owner.
     *
     * @return the name, or empty while not approved
     */
    @Value.Parameter
    public abstract Optional<String> approver();

    /**
     * Returns the approval date.
     *
     * @return the date, present exactly when the approver is
     */
    @Value.Parameter
    public abstract Optional<LocalDate> approved();

    /**
     * Obtains the record of a report written but not yet approved.
     *
     * @param author the author or updater, not blank
     * @param updated the creation or update date, not null
     * @return the record, not null
     * @throws IsmsException if the author is blank or too long, or the date lies outside
     *     {@code 0000-01-01 - 9999-12-31}
     */
    public static Approval drafted(String author, LocalDate updated) {
        return ImmutableApproval.of(Checks.notBlank("author", author), updated, Optional.empty(), Optional.empty());
    }

    /**
     * Obtains a record as it was written, such as one read back from a file, approved or not.
     *
     * @param author the author or updater, not blank
     * @param updated the creation or update date, not null
     * @param approver the approver, not blank; or empty while not approved
     * @param approved the approval date, on or after the update date; present exactly when the
     *     approver is
     * @return the record, not null
     * @throws IsmsException if a name is blank or too long, a date lies outside
     *     {@code 0000-01-01 - 9999-12-31}, only one of the approver and the approval date is
     *     given, or the approval precedes the update
     */
    public static Approval ofRecord(String author, LocalDate updated, Optional<String> approver,
            Optional<LocalDate> approved) {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(approved, "approved");
        return ImmutableApproval.of(author, updated, approver, approved);
    }

    /**
     * Returns a copy approved by an approver on a date.
     *
     * @param approver the approver, not blank
     * @param approved the approval date, on or after the update date; not null
     * @return the approved record, not null
     * @throws IsmsException if the approver is blank or too long, the date lies outside
     *     {@code 0000-01-01 - 9999-12-31}, or the approval precedes the update
     */
    public final Approval approvedBy(String approver, LocalDate approved) {
        Objects.requireNonNull(approved, "approved");
        return ImmutableApproval.of(author(), updated(), Optional.of(Objects.requireNonNull(approver, "approver")),
                Optional.of(approved));
    }

    @Value.Check
    final void check() {
        Checks.notBlank("author", author());
        Checks.date("update date", updated());
        approver().ifPresent(name -> Checks.notBlank("approver", name));
        approved().ifPresent(date -> Checks.date("approval date", date));
        if (approver().isPresent() != approved().isPresent()) {
            throw new IsmsException("Invalid approval: the approver and the approval date are given together");
        }
        approved().ifPresent(date -> {
            if (date.isBefore(updated())) {
                throw new IsmsException(Checks.format(
                        "Invalid approval: the approval date %s is before the update date %s", date, updated()));
            }
        });
    }

    /**
     * Tells whether the report is approved.
     *
     * @return true if an approver and date are recorded
     */
    public final boolean isApproved() {
        return approver().isPresent();
    }
}
