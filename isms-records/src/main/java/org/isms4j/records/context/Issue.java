package org.isms4j.records.context;

import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * An external or internal issue 課題 of clause 4.1 with its effect on the ISMS: the risk it
 * carries and the opportunity it opens, such as the source's external issue
 * 個人情報、機密情報の保護 with the risk 情報セキュリティ事故の発生→信用低下 and the opportunity
 * 情報の活用.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Issue {

    Issue() {}

    /**
     * Returns where the issue has its cause.
     *
     * @return the origin, not null
     */
    @Value.Parameter
    public abstract IssueOrigin origin();

    /**
     * Returns the issue 課題.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String issue();

    /**
     * Returns the risk リスク the issue carries for the ISMS.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String risk();

    /**
     * Returns the opportunity 機会 the issue opens.
     *
     * @return the text, not blank
     */
    @Value.Parameter
    public abstract String opportunity();

    /**
     * Obtains an issue.
     *
     * @param origin external or internal, not null
     * @param issue the issue, not blank
     * @param risk its risk, not blank
     * @param opportunity its opportunity, not blank
     * @return the issue, not null
     * @throws IsmsException if a text is blank
     */
    public static Issue of(IssueOrigin origin, String issue, String risk, String opportunity) {
        return ImmutableIssue.of(origin, issue, risk, opportunity);
    }

    @Value.Check
    final void check() {
        Texts.notBlank("issue", issue());
        Texts.notBlank("risk", risk());
        Texts.notBlank("opportunity", opportunity());
    }
}
