package org.isms4j.json.deser;

import java.io.IOException;

/**
 * Reads one value from a {@link JsonInput} positioned on its first token, leaving the parser on
 * its last token.
 *
 * <p>Not part of the API.
 *
 * @param <T> the value read
 */
@FunctionalInterface
public interface ValueReader<T> {

    /**
     * Reads the value.
     *
     * @param in the input, not null
     * @return the value, not null
     * @throws IOException if the parser fails
     */
    T read(JsonInput in) throws IOException;
}
