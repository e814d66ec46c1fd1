package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.isms4j.core.VocabularyTerm;

/**
 * A Jackson serializer of a vocabulary term as its stable lowercase code, such as
 * {@code "confidentiality"}: {@link #VALUE} for values, {@link #KEY} for map keys.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
public final class VocabularySerializer extends StdSerializer<VocabularyTerm> {

    private static final long serialVersionUID = 1L;

    /** The serializer of terms as values. */
    public static final VocabularySerializer VALUE = new VocabularySerializer(false);

    /** The serializer of terms as map keys. */
    public static final VocabularySerializer KEY = new VocabularySerializer(true);

    private final boolean key;

    private VocabularySerializer(boolean key) {
        super(VocabularyTerm.class);
        this.key = key;
    }

    @Override
    public void serialize(VocabularyTerm value, JsonGenerator out, SerializerProvider provider) throws IOException {
        if (key) {
            out.writeFieldName(value.code());
        } else {
            out.writeString(value.code());
        }
    }
}
