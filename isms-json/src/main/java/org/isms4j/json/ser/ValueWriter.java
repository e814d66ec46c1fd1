package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one value to a {@link JsonGenerator}.
 *
 * <p>Not part of the API.
 *
 * @param <T> the value written
 */
@FunctionalInterface
public interface ValueWriter<T> {

    /**
     * Writes the value.
     *
     * @param out the generator, not null
     * @param value the value, not null
     * @throws IOException if the generator fails
     */
    void write(JsonGenerator out, T value) throws IOException;
}
