package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;

/**
 * A Jackson serializer that hands a value to its writer, such as
 * {@link RiskModelWriter#riskModel}. Each instance is a
 * stateless singleton per type, held by {@link Serializers}.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 *
 * @param <T> the value written
 */
public final class IsmsSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    /** The writer; a method reference, which is stateless. */
    @SuppressWarnings("serial") // Method references are not serializable; the serializer is never serialized.
    private final ValueWriter<T> writer;

    IsmsSerializer(Class<T> type, ValueWriter<T> writer) {
        super(type);
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
        writer.write(out, value);
    }
}
