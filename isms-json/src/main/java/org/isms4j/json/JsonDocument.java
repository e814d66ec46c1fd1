package org.isms4j.json;

import java.util.Objects;
import org.isms4j.annexa.soa.Considerations;
import org.isms4j.annexa.soa.GapCheck;
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;

/**
 * A kind of isms4j JSON document that reads without context: its {@code format} name, the type
 * of its value, and how {@link IsmsJson#read(JsonDocument, String)} and
 * {@link IsmsJson#write(JsonDocument, Object)} read and write it. Such as the risk model written
 * and read back through its kind:
 * <pre>{@code
 * IsmsJson json = IsmsJson.strict();
 * String text = json.write(JsonDocument.RISK_MODEL, RiskModel.standard());
 * System.out.println(json.read(JsonDocument.RISK_MODEL, text).equals(RiskModel.standard()));
 * // prints: true
 * }</pre>
 *
 * <p>The kinds are the constants of this class and of the other document holders of this
 * package; a document that needs context to be read has its own methods on {@link IsmsJson}
 * instead (the risk register needs its model, an inventory on a model's scales needs the
 * scales). Instances are only made by isms4j.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the document's value
 */
public final class JsonDocument<T> {

    /** The risk model document, {@value Formats#RISK_MODEL}. */
    public static final JsonDocument<RiskModel> RISK_MODEL =
            new JsonDocument<>(Formats.RISK_MODEL, RiskModel.class, DocumentCodec.RISK_MODEL);

    /** The asset inventory document, {@value Formats#ASSET_INVENTORY}, each rating in 0 - 10. */
    public static final JsonDocument<AssetInventory> ASSET_INVENTORY =
            new JsonDocument<>(Formats.ASSET_INVENTORY, AssetInventory.class, DocumentCodec.ASSET_INVENTORY);

    /** The treatment plan document, {@value Formats#TREATMENT_PLAN}. */
    public static final JsonDocument<TreatmentPlan> TREATMENT_PLAN =
            new JsonDocument<>(Formats.TREATMENT_PLAN, TreatmentPlan.class, DocumentCodec.TREATMENT_PLAN);

    /** The Statement of Applicability document, {@value Formats#STATEMENT_OF_APPLICABILITY}. */
    public static final JsonDocument<StatementOfApplicability> STATEMENT_OF_APPLICABILITY =
            new JsonDocument<>(Formats.STATEMENT_OF_APPLICABILITY, StatementOfApplicability.class,
                    DocumentCodec.STATEMENT_OF_APPLICABILITY);

    /**
     * The Statement of Applicability written against ISO/IEC 27001:2013,
     * {@value Formats#ISO2013_STATEMENT_OF_APPLICABILITY}: its decisions keyed by 2013 control id
     * (such as {@code A.8.2.1}), read as the {@link SoaMigration} that carries them to the 2022
     * catalogue.
     */
    public static final JsonDocument<SoaMigration> ISO2013_STATEMENT_OF_APPLICABILITY =
            new JsonDocument<>(Formats.ISO2013_STATEMENT_OF_APPLICABILITY, SoaMigration.class,
                    DocumentCodec.ISO2013_STATEMENT_OF_APPLICABILITY);

    /**
     * The gap check's considerations 検討済みの記録, {@value Formats#GAP_CONSIDERATIONS}: the controls
     * an assessor looked at and found need no treatment of their own, for one risk or for all
     * risks, so that a later {@link GapCheck#withConsidered(Iterable)} no longer suggests them.
     * Which risks exist is the check's to say: the document holds the considerations alone.
     */
    public static final JsonDocument<Considerations> GAP_CONSIDERATIONS =
            new JsonDocument<>(Formats.GAP_CONSIDERATIONS, Considerations.class, DocumentCodec.GAP_CONSIDERATIONS);

    private final String format;
    private final Class<T> type;
    private final DocumentCodec<T> codec;

    /**
     * Makes a kind; for this package's document holders only.
     *
     * @param format the {@code format} property's value, not null
     * @param type the value's type, not null
     * @param codec the reader (not null) and the writer, not null
     */
    JsonDocument(String format, Class<T> type, DocumentCodec<T> codec) {
        this.format = Objects.requireNonNull(format, "format");
        this.type = Objects.requireNonNull(type, "type");
        this.codec = Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(codec.reader(), "codec.reader");
    }

    /**
     * Returns the value of the document's {@code format} property, such as
     * {@code "isms4j.risk-model"}; its {@code formatVersion} is {@link Formats#VERSION}.
     *
     * @return the format name, not null
     */
    public String format() {
        return format;
    }

    /**
     * Returns the type of the document's value.
     *
     * @return the type, not null
     */
    public Class<T> type() {
        return type;
    }

    /** The reader and the writer. */
    DocumentCodec<T> codec() {
        return codec;
    }

    /**
     * Returns the format name and the value's type, such as
     * {@code isms4j.risk-model (RiskModel)}.
     */
    @Override
    public String toString() {
        return format + " (" + type.getSimpleName() + ")";
    }
}
