package org.isms4j.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.CiaScales;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.json.deser.JsonFailures;
import org.isms4j.json.deser.JsonInput;
import org.isms4j.json.deser.AssetInventoryReader;
import org.isms4j.json.deser.RegisterCursor;
import org.isms4j.json.deser.RiskModelReader;
import org.isms4j.json.deser.SoaReader;
import org.isms4j.json.deser.TreatmentPlanReader;
import org.isms4j.json.deser.ValueReader;
import org.isms4j.json.ser.ValueWriter;
import org.isms4j.json.ser.AnnexACatalogueWriter;
import org.isms4j.json.ser.AssetInventoryWriter;
import org.isms4j.json.ser.RegisterWriter;
import org.isms4j.json.ser.RiskModelWriter;
import org.isms4j.json.ser.SoaWriter;
import org.isms4j.json.ser.TreatmentPlanWriter;

/**
 * The reader and writer of isms4j's JSON documents: the risk model, the asset inventory, the risk
 * register (the full risk assessment report), the treatment plan, the Statement of Applicability
 * and, write-only, the Annex A catalogue; such as the source's standard model written and read
 * back.
 * <pre>{@code
 * IsmsJson json = IsmsJson.strict();
 * String text = json.writeRiskModel(RiskModel.standard());
 * RiskModel model = json.readRiskModel(text);
 * System.out.println(model.equals(RiskModel.standard()));
 * // prints: true
 * }</pre>
 *
 * <p>Reading is strict. An unknown property, a duplicate property, a missing property, a value of
 * the wrong JSON type (no coercion: {@code "3"} is not 3, {@code 3.0} is not 3, {@code null} is
 * not absent), a value off its range or scale, a date that is not {@code yyyy-MM-dd} or does not
 * exist, a broken rule of the core, a wrong {@code format} or {@code formatVersion},
 * malformed JSON, a read limit exceeded and content after the document each fail with an
 * {@link IsmsJsonException} carrying the JSON path and the core's message, such as
 * {@code $.risks[2].firstEvaluation.threat: Invalid value for threat (valid values 1 - 3): 7}.
 * No other exception leaves a reader for any input bytes; only an {@link IOException} of the
 * caller's stream itself is rethrown, as {@link UncheckedIOException}. Skipping unknown
 * properties is an explicit opt-in: {@link #ignoringUnknownProperties()}.
 *
 * <p>Read limits are set explicitly, so that hostile input fails fast in bounded memory:
 * {@link #DEFAULT_READ_CONSTRAINTS} allows nesting depth {@value #MAX_NESTING_DEPTH}, strings of
 * {@value #MAX_STRING_LENGTH} characters, numbers of {@value #MAX_NUMBER_LENGTH} digits,
 * property names of {@value #MAX_NAME_LENGTH} characters and documents of
 * {@value #MAX_DOCUMENT_LENGTH} bytes; {@link #withReadConstraints} sets others.
 *
 * <p>Writing is deterministic: properties in one fixed order, optional properties left out when
 * empty, sets in their natural order, so that write → read → write gives identical bytes.
 * Output is UTF-8, pretty-printed with two spaces and {@code \n} line ends and a final line end,
 * or compact with {@link #compact()}.
 *
 * <p>Streams given to this class are not closed: the caller owns them. The inventory, the
 * register, the plan and the Statement of Applicability are also tables: {@code IsmsCsv} of
 * isms-csv writes and reads them as CSV.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IsmsJson {

    /** The deepest nesting of arrays and objects read by default: {@value}. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest string read by default, in characters: {@value}. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest number read by default, in characters: {@value}. */
    public static final int MAX_NUMBER_LENGTH = 32;
    /** The longest property name read by default, in characters: {@value}. */
    public static final int MAX_NAME_LENGTH = 256;
    /** The longest document read by default, in bytes: {@value} (1 GiB). */
    public static final long MAX_DOCUMENT_LENGTH = 1L << 30;

    /** The read limits of {@link #strict()}. */
    public static final StreamReadConstraints DEFAULT_READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build();

    private static final IsmsJson STRICT = new IsmsJson(DEFAULT_READ_CONSTRAINTS, true, true);

    private final StreamReadConstraints constraints;
    private final boolean failOnUnknownProperties;
    private final boolean pretty;
    private final JsonFactory factory;

    private IsmsJson(StreamReadConstraints constraints, boolean failOnUnknownProperties, boolean pretty) {
        this.constraints = constraints;
        this.failOnUnknownProperties = failOnUnknownProperties;
        this.pretty = pretty;
        // The document readers reject a repeated property themselves, with one bit per known
        // property (and the SoA's decisions by id), so their factory leaves Jackson's duplicate
        // detection off: it costs a hash set per object. The mapper for embedding documents,
        // whose other classes isms4j does not read, turns it on.
        this.factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /**
     * Returns the strict reader and writer: unknown properties fail, default read limits, pretty
     * output.
     *
     * @return the strict instance, not null
     */
    public static IsmsJson strict() {
        return STRICT;
    }

    /**
     * Returns a copy that skips unknown properties instead of failing on them, such as to read a
     * document a later release wrote with extra properties. Every other check stays.
     *
     * @return the lenient copy, not null
     */
    public IsmsJson ignoringUnknownProperties() {
        return new IsmsJson(constraints, false, pretty);
    }

    /**
     * Returns a copy that writes compact JSON, with no whitespace, such as for large registers.
     *
     * @return the compact copy, not null
     */
    public IsmsJson compact() {
        return new IsmsJson(constraints, failOnUnknownProperties, false);
    }

    /**
     * Returns a copy with other read limits.
     *
     * @param readConstraints the limits, not null
     * @return the copy, not null
     */
    public IsmsJson withReadConstraints(StreamReadConstraints readConstraints) {
        return new IsmsJson(Objects.requireNonNull(readConstraints, "readConstraints"), failOnUnknownProperties,
                pretty);
    }

    /**
     * Returns the read limits.
     *
     * @return the limits, not null
     */
    public StreamReadConstraints readConstraints() {
        return constraints;
    }

    /**
     * Tells whether unknown properties fail.
     *
     * @return true unless {@link #ignoringUnknownProperties()} made this copy
     */
    public boolean failsOnUnknownProperties() {
        return failOnUnknownProperties;
    }

    /**
     * Returns a new {@link ObjectMapper} configured like this instance, with {@link IsmsModule}
     * registered, for documents that embed isms4j values: the same read limits, duplicate
     * detection, unknown properties, trailing tokens and nulls for primitives failing, and no
     * coercion of scalars.
     *
     * @return a new mapper, not null
     */
    public ObjectMapper objectMapper() {
        JsonFactory mapperFactory = factory.copy();
        mapperFactory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonMapper mapper = JsonMapper.builder(mapperFactory)
                .addModule(new IsmsModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknownProperties)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        if (pretty) {
            mapper.setDefaultPrettyPrinter(prettyPrinter());
            mapper.enable(SerializationFeature.INDENT_OUTPUT);
        }
        return mapper;
    }

    // ---------------------------------------------------------------- risk model

    /**
     * Reads a risk model document.
     *
     * @param in the UTF-8 (or UTF-16/32) document, not null; not closed
     * @return the model, not null
     * @throws IsmsJsonException if the document is not a valid risk model document
     * @throws UncheckedIOException if the stream fails
     */
    public RiskModel readRiskModel(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(factory -> factory.createParser(in), RiskModelReader::riskModel, null, null);
    }

    /**
     * Reads a risk model document.
     *
     * @param json the document, not null
     * @return the model, not null
     * @throws IsmsJsonException if the document is not a valid risk model document
     */
    public RiskModel readRiskModel(String json) {
        Objects.requireNonNull(json, "json");
        return read(factory -> factory.createParser(json), RiskModelReader::riskModel, null, null);
    }

    /**
     * Writes a risk model document.
     *
     * @param model the model, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeRiskModel(RiskModel model, OutputStream out) {
        write(Objects.requireNonNull(model, "model"), RiskModelWriter::riskModel, out);
    }

    /**
     * Writes a risk model document.
     *
     * @param model the model, not null
     * @return the document, not null
     */
    public String writeRiskModel(RiskModel model) {
        return writeString(Objects.requireNonNull(model, "model"), RiskModelWriter::riskModel);
    }

    // ---------------------------------------------------------------- asset inventory

    /**
     * Reads an asset inventory document; each rating lies in 0 - 10.
     *
     * @param in the document, not null; not closed
     * @return the inventory, not null
     * @throws IsmsJsonException if the document is not a valid asset inventory document
     * @throws UncheckedIOException if the stream fails
     */
    public AssetInventory readAssetInventory(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(factory -> factory.createParser(in), AssetInventoryReader::assetInventory, null, null);
    }

    /**
     * Reads an asset inventory document; each rating lies in 0 - 10.
     *
     * @param json the document, not null
     * @return the inventory, not null
     * @throws IsmsJsonException if the document is not a valid asset inventory document
     */
    public AssetInventory readAssetInventory(String json) {
        Objects.requireNonNull(json, "json");
        return read(factory -> factory.createParser(json), AssetInventoryReader::assetInventory, null, null);
    }

    /**
     * Reads an asset inventory document whose ratings must lie on a model's scales, such as
     * {@code $.assets[3].rating.confidentiality: Invalid value for confidentiality (valid values 1 - 3): 4}.
     *
     * @param in the document, not null; not closed
     * @param scales the scales, such as {@code model.ciaScales()}; not null
     * @return the inventory, not null
     * @throws IsmsJsonException if the document is not valid or a rating is off its scale
     * @throws UncheckedIOException if the stream fails
     */
    public AssetInventory readAssetInventory(InputStream in, CiaScales scales) {
        Objects.requireNonNull(in, "in");
        return read(factory -> factory.createParser(in), AssetInventoryReader::assetInventory,
                Objects.requireNonNull(scales, "scales"), null);
    }

    /**
     * Reads an asset inventory document whose ratings must lie on a model's scales.
     *
     * @param json the document, not null
     * @param scales the scales, not null
     * @return the inventory, not null
     * @throws IsmsJsonException if the document is not valid or a rating is off its scale
     */
    public AssetInventory readAssetInventory(String json, CiaScales scales) {
        Objects.requireNonNull(json, "json");
        return read(factory -> factory.createParser(json), AssetInventoryReader::assetInventory,
                Objects.requireNonNull(scales, "scales"), null);
    }

    /**
     * Writes an asset inventory document.
     *
     * @param inventory the inventory, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeAssetInventory(AssetInventory inventory, OutputStream out) {
        write(Objects.requireNonNull(inventory, "inventory"), AssetInventoryWriter::assetInventory, out);
    }

    /**
     * Writes an asset inventory document.
     *
     * @param inventory the inventory, not null
     * @return the document, not null
     */
    public String writeAssetInventory(AssetInventory inventory) {
        return writeString(Objects.requireNonNull(inventory, "inventory"), AssetInventoryWriter::assetInventory);
    }

    // ---------------------------------------------------------------- risk register

    /**
     * Reads a whole risk register document scored by a model: the asset inventory, every risk
     * through its lifecycle and the approval record. Every evaluation is checked against the
     * model (ratings on its scales, and the likelihood, level and priority it gives) and every
     * rule of {@link RiskRegister} holds.
     *
     * @param in the document, not null; not closed
     * @param model the model that scored the register, not null
     * @return the register, not null
     * @throws IsmsJsonException if the document is not valid, names another model, or an
     *     evaluation disagrees with the model
     * @throws UncheckedIOException if the stream fails
     */
    public RiskRegister readRiskRegister(InputStream in, RiskModel model) {
        Objects.requireNonNull(in, "in");
        return read(factory -> factory.createParser(in), input -> RegisterCursor.readAll(input, false), null,
                Objects.requireNonNull(model, "model"));
    }

    /**
     * Reads a whole risk register document scored by a model.
     *
     * @param json the document, not null
     * @param model the model that scored the register, not null
     * @return the register, not null
     * @throws IsmsJsonException if the document is not valid, names another model, or an
     *     evaluation disagrees with the model
     */
    public RiskRegister readRiskRegister(String json, RiskModel model) {
        Objects.requireNonNull(json, "json");
        return read(factory -> factory.createParser(json), input -> RegisterCursor.readAll(input, false), null,
                Objects.requireNonNull(model, "model"));
    }

    /**
     * Writes a risk register document.
     *
     * @param register the register, not null
     * @param out the stream, not null; flushed, not closed
     * @throws IsmsException if an evaluation was not scored by the register's model (nothing is
     *     written then)
     * @throws UncheckedIOException if the stream fails
     */
    public void writeRiskRegister(RiskRegister register, OutputStream out) {
        write(Objects.requireNonNull(register, "register"), RegisterWriter::riskRegister, out);
    }

    /**
     * Writes a risk register document.
     *
     * @param register the register, not null
     * @return the document, not null
     * @throws IsmsException if an evaluation was not scored by the register's model
     */
    public String writeRiskRegister(RiskRegister register) {
        return writeString(Objects.requireNonNull(register, "register"), RegisterWriter::riskRegister);
    }

    /**
     * Opens a risk register document for reading row by row, in memory bounded by the inventory,
     * one row and a few bytes per risk number whatever the register's length. The header, with
     * the inventory and the approval record, is read and checked now.
     *
     * @param in the document, not null; not closed, not even by the reader
     * @param model the model that scored the register, not null
     * @return the reader, not null
     * @throws IsmsJsonException if the header is not valid or names another model
     * @throws UncheckedIOException if the stream fails
     */
    public RiskRegisterReader riskRegisterReader(InputStream in, RiskModel model) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(model, "model");
        JsonParser parser = null;
        try {
            parser = factory.createParser(in);
            return new RiskRegisterReader(parser, new JsonInput(parser, failOnUnknownProperties, null, model));
        } catch (IOException | RuntimeException e) {
            closeQuietly(parser);
            throw JsonFailures.translate(parser, e);
        }
    }

    /**
     * Opens a risk register document without an approval record for writing row by row; the
     * header, with the inventory, is written now.
     *
     * @param out the stream, not null; flushed by {@link RiskRegisterWriter#close()}, not closed
     * @param model the model that scored every row to be written, not null
     * @param inventory the inventory holding every row's assets, not null
     * @return the writer, not null
     * @throws UncheckedIOException if the stream fails
     */
    public RiskRegisterWriter riskRegisterWriter(OutputStream out, RiskModel model, AssetInventory inventory) {
        return riskRegisterWriter(out, model, inventory, Optional.empty());
    }

    /**
     * Opens a risk register document for writing row by row; the header, with the approval record
     * and the inventory, is written now.
     *
     * @param out the stream, not null; flushed by {@link RiskRegisterWriter#close()}, not closed
     * @param model the model that scored every row to be written, not null
     * @param inventory the inventory holding every row's assets, not null
     * @param approval the approval record, not null
     * @return the writer, not null
     * @throws UncheckedIOException if the stream fails
     */
    public RiskRegisterWriter riskRegisterWriter(OutputStream out, RiskModel model, AssetInventory inventory,
            Approval approval) {
        return riskRegisterWriter(out, model, inventory, Optional.of(Objects.requireNonNull(approval, "approval")));
    }

    private RiskRegisterWriter riskRegisterWriter(OutputStream out, RiskModel model, AssetInventory inventory,
            Optional<Approval> approval) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inventory, "inventory");
        try {
            return new RiskRegisterWriter(generator(out), model, inventory, approval, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- treatment plan

    /**
     * Reads a treatment plan document.
     *
     * @param in the document, not null; not closed
     * @return the plan, not null
     * @throws IsmsJsonException if the document is not a valid treatment plan document
     * @throws UncheckedIOException if the stream fails
     */
    public TreatmentPlan readTreatmentPlan(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(factory -> factory.createParser(in), TreatmentPlanReader::treatmentPlan, null, null);
    }

    /**
     * Reads a treatment plan document.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws IsmsJsonException if the document is not a valid treatment plan document
     */
    public TreatmentPlan readTreatmentPlan(String json) {
        Objects.requireNonNull(json, "json");
        return read(factory -> factory.createParser(json), TreatmentPlanReader::treatmentPlan, null, null);
    }

    /**
     * Writes a treatment plan document.
     *
     * @param plan the plan, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeTreatmentPlan(TreatmentPlan plan, OutputStream out) {
        write(Objects.requireNonNull(plan, "plan"), TreatmentPlanWriter::treatmentPlan, out);
    }

    /**
     * Writes a treatment plan document.
     *
     * @param plan the plan, not null
     * @return the document, not null
     */
    public String writeTreatmentPlan(TreatmentPlan plan) {
        return writeString(Objects.requireNonNull(plan, "plan"), TreatmentPlanWriter::treatmentPlan);
    }

    // ---------------------------------------------------------------- Statement of Applicability

    /**
     * Reads a Statement of Applicability document.
     *
     * @param in the document, not null; not closed
     * @return the statement, not null
     * @throws IsmsJsonException if the document is not a valid Statement of Applicability document
     * @throws UncheckedIOException if the stream fails
     */
    public StatementOfApplicability readStatementOfApplicability(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(factory -> factory.createParser(in), SoaReader::statementOfApplicability, null, null);
    }

    /**
     * Reads a Statement of Applicability document.
     *
     * @param json the document, not null
     * @return the statement, not null
     * @throws IsmsJsonException if the document is not a valid Statement of Applicability document
     */
    public StatementOfApplicability readStatementOfApplicability(String json) {
        Objects.requireNonNull(json, "json");
        return read(factory -> factory.createParser(json), SoaReader::statementOfApplicability, null, null);
    }

    /**
     * Writes a Statement of Applicability document: the decisions keyed by control id in
     * document order, undecided controls absent.
     *
     * @param soa the statement, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeStatementOfApplicability(StatementOfApplicability soa, OutputStream out) {
        write(Objects.requireNonNull(soa, "soa"), SoaWriter::statementOfApplicability, out);
    }

    /**
     * Writes a Statement of Applicability document.
     *
     * @param soa the statement, not null
     * @return the document, not null
     */
    public String writeStatementOfApplicability(StatementOfApplicability soa) {
        return writeString(Objects.requireNonNull(soa, "soa"), SoaWriter::statementOfApplicability);
    }

    // ---------------------------------------------------------------- Annex A catalogue

    /**
     * Writes the Annex A catalogue document: the 93 controls of ISO/IEC 27001:2022 with id,
     * theme, English and Japanese titles, whether new in 2022, the five ISO/IEC 27002:2022
     * attribute sets and the 2013 controls each continues, then the 114 controls of 2013 with
     * their English titles and the 2022 controls that continue them. No control statement is
     * ever written. The document is for other tools: isms4j does not read it back, since the
     * catalogue ships with isms-annexa.
     *
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeAnnexACatalogue(OutputStream out) {
        write(AnnexA.catalogue(), AnnexACatalogueWriter::annexACatalogue, out);
    }

    /**
     * Writes the Annex A catalogue document, as {@link #writeAnnexACatalogue(OutputStream)} does.
     *
     * @return the document, not null
     */
    public String writeAnnexACatalogue() {
        return writeString(AnnexA.catalogue(), AnnexACatalogueWriter::annexACatalogue);
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface ParserSource {
        JsonParser open(JsonFactory factory) throws IOException;
    }

    private <T> T read(ParserSource source, ValueReader<T> reader, CiaScales scales, RiskModel model) {
        JsonParser parser = null;
        try {
            parser = source.open(factory);
            JsonInput in = new JsonInput(parser, failOnUnknownProperties, scales, model);
            in.next();
            T value = reader.read(in);
            in.expectEnd();
            return value;
        } catch (IOException | RuntimeException e) {
            throw JsonFailures.translate(parser, e);
        } finally {
            closeQuietly(parser);
        }
    }

    static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException | RuntimeException e) {
                // Closing a parser that does not own its source releases buffers only.
            }
        }
    }

    JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator generator = factory.createGenerator(out);
        if (pretty) {
            generator.setPrettyPrinter(prettyPrinter());
        }
        return generator;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
    }

    private <T> void write(T value, ValueWriter<T> writer, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = generator(out)) {
            writer.write(generator, value);
            if (pretty) {
                generator.writeRaw('\n');
            }
        } catch (IsmsException e) {
            throw e;
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    static RuntimeException writeFailure(IOException e) {
        if (e instanceof JsonGenerationException) {
            JsonGenerationException failure = (JsonGenerationException) e;
            JsonGenerator generator = failure.getProcessor();
            String path = generator == null ? "$" : JsonFailures.path(generator.getOutputContext());
            return new IsmsJsonException(path, "Cannot write as JSON: " + failure.getOriginalMessage(), e);
        }
        return new UncheckedIOException(e);
    }

    private <T> String writeString(T value, ValueWriter<T> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, writer, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
