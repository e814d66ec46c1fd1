package org.isms4j.records.operation;

import org.immutables.value.Value;

/**
 * A document an activity of the annual plan uses or produces that the documented-information
 * register does not hold, such as 情報セキュリティ手順書 before the procedure is registered.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnregisteredDocument {

    UnregisteredDocument() {}

    /**
     * Returns the activity that names the document.
     *
     * @return the activity, not null
     */
    @Value.Parameter
    public abstract PlannedActivity activity();

    /**
     * Returns the title of the document.
     *
     * @return the title, not null
     */
    @Value.Parameter
    public abstract String title();

    static UnregisteredDocument of(PlannedActivity activity, String title) {
        return ImmutableUnregisteredDocument.of(activity, title);
    }

    /**
     * Returns the finding as a sentence, such as
     * {@code 6.1 'リスク対応のための計画作成': 'リスク対応計画' is not in the documented-information register}.
     *
     * @return the text, not null
     */
    @Override
    public final String toString() {
        return activity().clause() + " '" + activity().activity() + "': '" + title()
                + "' is not in the documented-information register";
    }
}
