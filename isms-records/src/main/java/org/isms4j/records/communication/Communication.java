package org.isms4j.records.communication;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.isms4j.core.IsmsException;
import org.isms4j.records.internal.Texts;

/**
 * One communication of the ISMS (clause 7.4): what 内容, when 実施時期, to whom 対象者, by whom
 * 実施者 and how 方法; such as the source's 各見直し結果の伝達, 見直後、1週間以内, to 従業者, by
 * ISMS事務局, 承認後、ISMS事務局より通達.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Communication {

    Communication() {}

    /**
     * Returns what is communicated 内容.
     *
     * @return the text, not blank
     */
    public abstract String content();

    /**
     * Returns when 実施時期, such as 随時 or 発見時.
     *
     * @return the text, not blank
     */
    public abstract String timing();

    /**
     * Returns to whom 対象者, such as 利害関係者.
     *
     * @return the text, not blank
     */
    public abstract String audience();

    /**
     * Returns by whom 実施者, such as ISMS事務局.
     *
     * @return the text, not blank
     */
    public abstract String communicator();

    /**
     * Returns how 方法, such as 当社HPに公表 and ISMS定期教育にて.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<String> methods();

    /**
     * Obtains a communication.
     *
     * @param content what, not blank
     * @param timing when, not blank
     * @param audience to whom, not blank
     * @param communicator by whom, not blank
     * @param methods how, not empty, none blank; copied
     * @return the communication, not null
     * @throws IsmsException if a text is blank or there is no method
     */
    public static Communication of(String content, String timing, String audience, String communicator,
            Collection<String> methods) {
        Objects.requireNonNull(methods, "methods");
        return ImmutableCommunication.builder().content(content).timing(timing).audience(audience)
                .communicator(communicator).methods(methods).build();
    }

    @Value.Check
    final void check() {
        Texts.notBlank("communication content", content());
        Texts.notBlank("timing", timing());
        Texts.notBlank("audience", audience());
        Texts.notBlank("communicator", communicator());
        Texts.notEmpty("communication", "method", methods());
        Texts.eachNotBlank("method", methods());
    }
}
