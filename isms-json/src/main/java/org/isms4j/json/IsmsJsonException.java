package org.isms4j.json;

import java.util.Objects;
import org.isms4j.core.IsmsException;

/**
 * The one exception isms4j's JSON readers throw for a document they cannot accept, such as
 * {@code $.risks[2].firstEvaluation.threat: Invalid value for threat (valid values 1 - 3): 7}.
 *
 * <p>The message is the JSON path of the bad value, a colon and the reason in the core's message
 * shape (field, rule, value last). The path starts at {@code $} for the whole document, names
 * properties with {@code .name} (or {@code ['name']} when the name is not a plain identifier) and
 * array elements with {@code [index]}, counting from 0. A missing property is reported at the
 * object that lacks it, such as {@code $.risks[0]: Missing property: 'event'}.
 *
 * <p>Every reason a reader rejects bytes is one of these: bytes that are not UTF-8 (with their
 * byte offset, such as {@code Invalid UTF-8 at byte offset 66: 0xc0 begins an overlong encoding;
 * a JSON document is read as UTF-8 only (RFC 8259)}), malformed JSON, a read limit exceeded,
 * an unknown, duplicate or missing property, a value of the wrong JSON type, a value off its
 * range or scale, a broken cross-field rule of the core, a wrong {@code format} or
 * {@code formatVersion}, and content after the document. The cause, when present, is the
 * {@link IsmsException} of the core or the Jackson exception behind the failure.
 *
 * <p>This class is immutable and thread-safe.
 */
public class IsmsJsonException extends IsmsException {

    private static final long serialVersionUID = 1L;

    /** The path of the bad value, such as {@code $.risks[2].threat}. */
    private final String path;

    /** The reason, without the path. */
    private final String reason;

    /**
     * Creates an exception for a bad value at a path.
     *
     * @param path the JSON path of the bad value, such as {@code $.risks[2].threat}; not null
     * @param reason the reason in the core's message shape, not null
     * @param cause the exception behind it, may be null
     */
    public IsmsJsonException(String path, String reason, Throwable cause) {
        super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.path = path;
        this.reason = reason;
    }

    /**
     * Returns the JSON path of the bad value, such as {@code $.risks[2].threat}, or {@code $} for
     * the document as a whole.
     *
     * @return the path, not null
     */
    public String path() {
        return path;
    }

    /**
     * Returns the reason without the path, such as
     * {@code Invalid value for threat (valid values 1 - 3): 7}.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }
}
