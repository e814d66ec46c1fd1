package org.isms4j.records.communication;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.report.ReportTable;
import org.isms4j.records.internal.Column;
import org.isms4j.records.internal.Texts;

/**
 * The communication procedure of the ISMS (clause 7.4): the internal and external communications
 * with what, when, to whom, by whom and how; such as the source's table, from
 * 情報セキュリティ方針の伝達 to セキュリティインシデントの伝達 to 関係当局.
 *
 * <p>No content goes to the same audience twice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommunicationPlan {

    private static final List<Column<Communication>> COLUMNS = List.of(
            Column.of("content", "内容", "content", (c, l) -> c.content()),
            Column.of("timing", "実施時期", "timing", (c, l) -> c.timing()),
            Column.of("audience", "対象者", "audience", (c, l) -> c.audience()),
            Column.of("communicator", "実施者", "communicator", (c, l) -> c.communicator()),
            Column.of("methods", "方法", "method", (c, l) -> String.join("; ", c.methods())));

    CommunicationPlan() {}

    /**
     * Returns the communications in the order given.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    @Value.Parameter
    public abstract List<Communication> communications();

    /**
     * Obtains a plan.
     *
     * @param communications the communications, not empty, no content to one audience twice; copied
     * @return the plan, not null
     * @throws IsmsException if there is no communication or one is there twice
     */
    public static CommunicationPlan of(Collection<Communication> communications) {
        Objects.requireNonNull(communications, "communications");
        return ImmutableCommunicationPlan.of(List.copyOf(communications));
    }

    @Value.Check
    final void check() {
        Checks.entries("communications", communications());
        Texts.notEmpty("communication plan", "communication", communications());
        Texts.unique("communication plan", "content and audience", communications(),
                c -> c.content() + " -> " + c.audience());
    }

    /**
     * Returns the communications to an audience.
     *
     * @param audience the audience, such as お客様, not null
     * @return an unmodifiable list, not null
     */
    public final List<Communication> to(String audience) {
        Objects.requireNonNull(audience, "audience");
        return communications().stream().filter(c -> c.audience().equals(audience))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the plan as a table with the source's columns 内容, 実施時期, 対象者, 実施者, 方法.
     *
     * @param locale Japanese or English headings, not null
     * @return the table, not null
     */
    public final ReportTable toTable(Locale locale) {
        return Column.table(COLUMNS, communications(), locale);
    }
}
