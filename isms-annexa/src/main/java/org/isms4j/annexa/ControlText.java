package org.isms4j.annexa;

import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * A licensee's text for a control: the control statement and, optionally, guidance, such as the
 * statement of 5.12 as printed in the organisation's licensed copy of ISO/IEC 27001.
 *
 * <p>isms4j ships no such text (ISO's control statements are copyrighted); a licensee supplies it
 * through a {@link ControlTextProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ControlText {

    ControlText() {}

    /**
     * Returns the control statement.
     *
     * @return the statement, not blank
     */
    @Value.Parameter
    public abstract String statement();

    /**
     * Returns the guidance, such as the organisation's own implementation notes.
     *
     * @return the guidance, empty unless given, not null
     */
    @Value.Parameter
    public abstract String guidance();

    /**
     * Obtains a text with a statement and guidance.
     *
     * @param statement the control statement, not blank
     * @param guidance the guidance, not null, may be empty
     * @return the text, not null
     * @throws IsmsException if the statement is blank
     */
    public static ControlText of(String statement, String guidance) {
        return ImmutableControlText.of(Checks.notBlank("statement", statement), java.util.Objects.requireNonNull(guidance, "guidance"));
    }

    /**
     * Obtains a text with a statement and no guidance.
     *
     * @param statement the control statement, not blank
     * @return the text, not null
     * @throws IsmsException if the statement is blank
     */
    public static ControlText of(String statement) {
        return of(statement, "");
    }

    @Value.Check
    final void check() {
        Checks.notBlank("statement", statement());
    }

    /**
     * Tells whether this text has guidance.
     *
     * @return true if the guidance is not blank
     */
    public final boolean hasGuidance() {
        return !guidance().isBlank();
    }
}
