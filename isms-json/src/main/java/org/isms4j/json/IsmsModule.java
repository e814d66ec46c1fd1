package org.isms4j.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Map;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.json.deser.Deserializers;
import org.isms4j.json.ser.Serializers;
import org.isms4j.json.ser.VocabularySerializer;

/**
 * The Jackson module of isms4j: it reads and writes the value types of isms-core and isms-annexa
 * that make up the documented JSON formats, such as {@code RiskModel}, {@code CiaRating},
 * {@code RiskRegister}, {@code AssessedRisk}, {@code TreatmentPlan},
 * {@code StatementOfApplicability}, {@code ControlId} and every vocabulary enum; the Annex A
 * catalogue types ({@code ControlCatalogue}, {@code Control}, {@code Iso2013Control}) are written
 * only. Derived views (heat maps, SoA summaries and problems, report tables) have no format.
 *
 * <p>Register it by hand, {@code new ObjectMapper().registerModule(new IsmsModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@link java.util.ServiceLoader}.
 * The readers are strict whatever the mapper's settings: duplicate and missing properties, wrong
 * JSON types and values off their range fail. A failure is Jackson's own, a
 * {@link com.fasterxml.jackson.databind.JsonMappingException} whose path is Jackson's (such as
 * {@code RatingScale["max"]}) and whose cause is an {@link IsmsJsonException} naming the JSON path
 * and the core's rule, so that code catching {@code JsonProcessingException}, such as a web
 * framework's answer of 400, handles it as any other. Unknown properties fail unless the mapper disables
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}. For read limits and trailing-content
 * checks as well, use {@link IsmsJson}, which configures all of them.
 *
 * <p>Formats: enums (vocabulary terms such as {@code SecurityProperty} or {@code PlanStatus}) are
 * their lowercase code, {@code "confidentiality"}, as values and as map keys; control ids their
 * canonical text, {@code "5.12"} and {@code "A.8.2.1"}; dates {@code "2023-10-02"}; a rating scale
 * is {@code {"min": 1, "max": 3}}; a rating {@code {"confidentiality": 3, "integrity": 3,
 * "availability": 2}}; a priority {@code {"rank": 2, "japanese": "今期中に対応", "english": "treat
 * within this term"}}; a {@code RiskModel}, an {@code AssetInventory}, a {@code RiskRegister}, a
 * {@code TreatmentPlan}, a {@code StatementOfApplicability} and a {@code ControlCatalogue} are
 * their whole documents, with {@code format} and {@code formatVersion}. A rating read on its own
 * lies in 0 - 10; set the context attribute {@code CiaScales.class} to check it against scales. A
 * register, and an {@code AssessedRisk} on its own, need the model that scored them as the context
 * attribute {@code RiskModel.class}:
 * <pre>{@code
 * import com.fasterxml.jackson.databind.ObjectMapper;
 * import java.util.List;
 * import org.isms4j.core.asset.*;
 * import org.isms4j.core.register.RiskRegister;
 *
 * ObjectMapper mapper = new ObjectMapper().registerModule(new IsmsModule());
 * AssetInventory inventory = AssetInventory.of(Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)));
 * String json = mapper.writeValueAsString(RiskRegister.of(RiskModel.standard(), inventory, List.of()));
 * RiskRegister register = mapper.readerFor(RiskRegister.class)
 *         .withAttribute(RiskModel.class, RiskModel.standard())
 *         .readValue(json);
 * System.out.println(register.inventory().get(1).name() + ", " + register.risks().size() + " risks");
 * // prints: 社員名簿, 0 risks
 * }</pre>
 *
 * <p>The module is final and versioned, as Jackson's own modules are: {@link #version()} is the
 * version of isms-json, such as {@code 0.1.0}.
 *
 * <p>This class is thread-safe once registered.
 */
public final class IsmsModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The name of the module, {@value}. */
    public static final String NAME = "isms4j";

    /**
     * Creates the module with every serializer and deserializer of isms-json.
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // The maps pair each type with its own (de)serializer.
    public IsmsModule() {
        super(NAME, PackageVersion.VERSION);
        for (Map.Entry<Class<?>, JsonSerializer<?>> entry : Serializers.all().entrySet()) {
            addSerializer((Class) entry.getKey(), (JsonSerializer) entry.getValue());
        }
        addSerializer(VocabularyTerm.class, VocabularySerializer.VALUE);
        for (Class<?> term : Deserializers.keys().keySet()) {
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
     * Returns the version of isms-json, generated from the build's version.
     *
     * @return the version, with group id {@code org.isms4j} and artifact id {@code isms-json}
     */
    @Override
    public Version version() {
        return PackageVersion.VERSION;
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
