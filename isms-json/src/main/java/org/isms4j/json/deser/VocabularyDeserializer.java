package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import org.isms4j.core.IsmsException;
import org.isms4j.json.IsmsJsonException;

/**
 * A Jackson deserializer of a vocabulary term from its stable lowercase code, such as
 * {@code "reduce"}; an unknown code fails with the core's message listing the valid codes.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 *
 * @param <T> the vocabulary
 */
public final class VocabularyDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final String vocabulary;

    /** The lookup of a code; a method reference, which is stateless. */
    @SuppressWarnings("serial") // Method references are not serializable; the deserializer is never serialized.
    private final Function<String, T> ofCode;

    VocabularyDeserializer(Class<T> type, String vocabulary, Function<String, T> ofCode) {
        super(type);
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.ofCode = Objects.requireNonNull(ofCode, "ofCode");
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonInput in = new JsonInput(parser, true, null, null);
        try {
            return in.term(vocabulary, ofCode);
        } catch (IOException | RuntimeException e) {
            throw JsonFailures.forMapper(parser, null, handledType(), JsonFailures.translate(parser, e));
        }
    }

    /**
     * Returns the key deserializer of the same vocabulary, for maps keyed by term.
     *
     * @return the key deserializer
     */
    KeyDeserializer keyDeserializer() {
        Function<String, T> lookup = ofCode;
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                try {
                    return lookup.apply(key);
                } catch (IsmsException e) {
                    IsmsJsonException failure = new IsmsJsonException(
                            JsonFailures.path(context.getParser().getParsingContext()), e.getMessage(), e);
                    throw JsonMappingException.from(context, failure.getMessage(), failure);
                }
            }
        };
    }
}
