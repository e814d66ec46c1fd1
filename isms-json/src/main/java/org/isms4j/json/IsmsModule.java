package org.isms4j.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Map;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.isms4j.json.deser.Deserializers;
import org.isms4j.json.ser.Serializers;
import org.isms4j.json.ser.VocabularySerializer;

/**
 * The Jackson module of isms4j: it reads and writes every public value type of isms-core, such
 * as {@code RiskModel}, {@code CiaRating}, {@code Risk} and {@code RiskEvaluation}, and the
 * {@link RiskRegister} of isms-json, in the documented JSON formats.
 *
 * <p>Register it by hand, {@code new ObjectMapper().registerModule(new IsmsModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@link java.util.ServiceLoader}.
 * The readers are strict whatever the mapper's settings: duplicate and missing properties, wrong
 * JSON types and values off their range fail with an {@link IsmsJsonException} naming the JSON
 * path. Unknown properties fail unless the mapper disables
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}. For read limits and trailing-content
 * checks as well, use {@link IsmsJson}, which configures all of them.
 *
 * <p>Formats: enums (vocabulary terms such as {@code SecurityProperty}) are their lowercase code,
 * {@code "confidentiality"}, as values and as map keys; a rating scale is
 * {@code {"min": 1, "max": 3}}; a rating {@code {"confidentiality": 3, "integrity": 3,
 * "availability": 2}}; a priority {@code {"rank": 2, "japanese": "今期中に対応", "english": "treat
 * within this term"}}; a {@code RiskModel}, an {@code AssetInventory} and a {@link RiskRegister}
 * are their whole documents, with {@code format} and {@code formatVersion}. A rating read on its
 * own lies in 0 - 10; set the context attribute {@code CiaScales.class} to check it against
 * scales. A register needs the model that scored it as the context attribute
 * {@code RiskModel.class}:
 * <pre>{@code
 * import com.fasterxml.jackson.databind.ObjectMapper;
 *
 * ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsModule());
 * String json = mapper.writeValueAsString(RiskRegister.of(RiskModel.standard(), java.util.List.of()));
 * RiskRegister register = mapper.readerFor(RiskRegister.class)
 *         .withAttribute(RiskModel.class, RiskModel.standard())
 *         .readValue(json);
 * System.out.println(register);
 * // prints: RiskRegister of 0 risks scored by isms4j-standard@1
 * }</pre>
 *
 * <p>This class is thread-safe once registered.
 */
public class IsmsModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The name of the module, {@value}. */
    public static final String NAME = "isms4j";

    /**
     * Creates the module with every serializer and deserializer of isms-json.
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // The maps pair each type with its own (de)serializer.
    public IsmsModule() {
        super(NAME, Version.unknownVersion());
        for (Map.Entry<Class<?>, JsonSerializer<?>> entry : Serializers.all().entrySet()) {
            addSerializer((Class) entry.getKey(), (JsonSerializer) entry.getValue());
        }
        addSerializer(VocabularyTerm.class, VocabularySerializer.VALUE);
        for (Class<?> term : new Class<?>[] {SecurityProperty.class, TreatmentOption.class, TreatmentStatus.class}) {
            addSerializer((Class) term, VocabularySerializer.VALUE);
            addKeySerializer((Class) term, VocabularySerializer.KEY);
        }
        for (Map.Entry<Class<?>, JsonDeserializer<?>> entry : Deserializers.all().entrySet()) {
            addDeserializer((Class) entry.getKey(), (JsonDeserializer) entry.getValue());
        }
        for (Map.Entry<Class<?>, KeyDeserializer> entry : Deserializers.keys().entrySet()) {
            addKeyDeserializer(entry.getKey(), entry.getValue());
        }
    }

    /**
     * Returns the id Jackson uses to register the module once per mapper.
     *
     * @return the class name, not null
     */
    @Override
    public Object getTypeId() {
        return IsmsModule.class.getName();
    }
}
