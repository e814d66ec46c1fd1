package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Objects;
import org.isms4j.core.CiaScales;
import org.isms4j.core.RiskModel;

/**
 * A Jackson deserializer that hands the parser to its reader, such as
 * {@link RiskModelReader#riskModel}. Each instance is a
 * stateless singleton per type, held by {@link Deserializers}.
 *
 * <p>Unknown properties fail unless the context disables
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}. The context attribute
 * {@code CiaScales.class} checks ratings against those scales; the attribute
 * {@code RiskModel.class} gives a risk register its model. Every failure is a Jackson
 * {@link com.fasterxml.jackson.databind.JsonMappingException} with Jackson's path, whose cause is
 * the {@link org.isms4j.json.IsmsJsonException} with the JSON path and the core's message.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 *
 * @param <T> the value read
 */
public final class IsmsDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** The reader; a method reference, which is stateless. */
    @SuppressWarnings("serial") // Method references are not serializable; the deserializer is never serialized.
    private final ValueReader<T> reader;

    IsmsDeserializer(Class<T> type, ValueReader<T> reader) {
        super(type);
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonInput in = new JsonInput(parser, context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
                attribute(context, CiaScales.class), attribute(context, RiskModel.class));
        JsonStreamContext start = JsonFailures.valueContext(parser);
        try {
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            throw JsonFailures.forMapper(parser, start, handledType(), JsonFailures.translate(parser, e));
        }
    }

    private static <A> A attribute(DeserializationContext context, Class<A> type) {
        Object value = context.getAttribute(type);
        return type.isInstance(value) ? type.cast(value) : null;
    }
}
