package org.isms4j.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.CiaScales;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.RiskRegister;

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
 * No other exception leaves a reader for any input bytes; only an {@link java.io.IOException} of the
 * caller's stream itself is rethrown, as {@link UncheckedIOException}. Skipping unknown
 * properties is an explicit opt-in: {@link #ignoringUnknownProperties()}.
 *
 * <p>Bytes (a stream, a file) are read as UTF-8 only, as RFC 8259 requires of exchanged JSON, and
 * strictly: a byte sequence that is not well-formed UTF-8 (an overlong form such as
 * {@code C0 AF}, an encoded surrogate such as {@code ED A0 80}, a code point above U+10FFFF such
 * as {@code F4 90 80 80}, a stray or missing continuation byte), in a name, in a string or
 * anywhere else, fails with its byte offset, counted from 0 at the first byte, such as
 * {@code $.id: Invalid UTF-8 at byte offset 66: 0xc0 begins an overlong encoding; a JSON document
 * is read as UTF-8 only (RFC 8259)}; so does UTF-16 or UTF-32 text, by its byte order mark or the
 * zero bytes among its first four. A UTF-8 byte order mark at the start is skipped (RFC 8259
 * allows a reader to ignore it; this class never writes one). A {@code String} is read as the
 * characters it holds.
 *
 * <p>Read limits are set explicitly, so that hostile input fails fast in bounded memory:
 * {@link #DEFAULT_READ_CONSTRAINTS} allows nesting depth {@value #MAX_NESTING_DEPTH}, strings of
 * {@value #MAX_STRING_LENGTH} characters, numbers of {@value #MAX_NUMBER_LENGTH} digits,
 * property names of {@value #MAX_NAME_LENGTH} characters and documents of
 * {@value #MAX_DOCUMENT_LENGTH} bytes; {@link #withReadConstraints} sets others. The string limit
 * is the core's longest text, {@link Limits#MAX_TEXT_LENGTH}, counted after unescaping as the core
 * counts it, so that every text a factory accepts is written and read back; the core's lists
 * ({@link Limits#MAX_LIST_SIZE} values) and dates ({@code 0000-01-01 - 9999-12-31}) are within
 * what the readers read too. Only the document limit is the reader's alone: no factory can
 * check the length of a whole document.
 *
 * <p>Writing is deterministic: properties in one fixed order, optional properties left out when
 * empty, sets in their natural order, so that write → read → write gives identical bytes.
 * Output is UTF-8, pretty-printed with two spaces and {@code \n} line ends and a final line end,
 * or compact with {@link #compact()}.
 *
 * <p>Each document is read from an {@link InputStream}, a {@code String} or a file ({@link Path},
 * UTF-8, closed after reading) and written to an {@link OutputStream}, a {@code String} or a file
 * (created or replaced). Streams given to this class are not closed: the caller owns them. The inventory, the
 * register, the plan and the Statement of Applicability are also tables: {@code IsmsCsv} of
 * isms-csv writes and reads them as CSV.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IsmsJson extends JsonWriting {

    /** The deepest nesting of arrays and objects read by default: {@value}. */
    public static final int MAX_NESTING_DEPTH = 32;
    /**
     * The longest string read by default, in characters after unescaping: {@value}, the core's
     * {@link Limits#MAX_TEXT_LENGTH}.
     */
    public static final int MAX_STRING_LENGTH = Limits.MAX_TEXT_LENGTH;
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

    private static final IsmsJson STRICT = new IsmsJson(new JsonDocuments(DEFAULT_READ_CONSTRAINTS, true, true));

    private IsmsJson(JsonDocuments documents) {
        super(documents);
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
        return new IsmsJson(new JsonDocuments(documents.constraints(), false, documents.pretty()));
    }

    /**
     * Returns a copy that writes compact JSON, with no whitespace, such as for large registers.
     *
     * @return the compact copy, not null
     */
    public IsmsJson compact() {
        return new IsmsJson(new JsonDocuments(documents.constraints(), documents.failOnUnknownProperties(), false));
    }

    /**
     * Returns a copy with other read limits.
     *
     * @param readConstraints the limits, not null
     * @return the copy, not null
     */
    public IsmsJson withReadConstraints(StreamReadConstraints readConstraints) {
        return new IsmsJson(new JsonDocuments(Objects.requireNonNull(readConstraints, "readConstraints"),
                documents.failOnUnknownProperties(), documents.pretty()));
    }

    /**
     * Returns the read limits.
     *
     * @return the limits, not null
     */
    public StreamReadConstraints readConstraints() {
        return documents.constraints();
    }

    /**
     * Tells whether unknown properties fail.
     *
     * @return true unless {@link #ignoringUnknownProperties()} made this copy
     */
    public boolean failsOnUnknownProperties() {
        return documents.failOnUnknownProperties();
    }

    /**
     * Returns a new {@link ObjectMapper} configured like this instance, with {@link IsmsModule}
     * registered, for documents that embed isms4j values: the same read limits, the same strict
     * UTF-8 for bytes (a stream, a byte array, a file, a URL, a {@code DataInput}), duplicate
     * detection, unknown properties, trailing tokens and nulls for primitives failing, and no
     * coercion of scalars. A value it cannot read fails with a Jackson exception whose cause is
     * the {@link IsmsException}, as {@link IsmsModule} says; bytes that are not UTF-8 fail with a
     * {@link com.fasterxml.jackson.core.JsonParseException} saying where.
     *
     * @return a new mapper, not null
     */
    public ObjectMapper objectMapper() {
        return documents.objectMapper();
    }

    // ---------------------------------------------------------------- any document by its kind

    /**
     * Reads a document of the given kind, such as {@code read(JsonDocument.RISK_MODEL, in)}.
     *
     * @param <T> the document's value
     * @param document the kind, not null
     * @param in the document, not null; not closed
     * @return the value, not null
     * @throws IsmsJsonException if the document is not valid
     * @throws UncheckedIOException if the stream fails
     */
    public <T> T read(JsonDocument<T> document, InputStream in) {
        Objects.requireNonNull(document, "document");
        return documents.read(in, document.codec(), null, null);
    }

    /**
     * Reads a document of the given kind.
     *
     * @param <T> the document's value
     * @param document the kind, not null
     * @param json the document, not null
     * @return the value, not null
     * @throws IsmsJsonException if the document is not valid
     */
    public <T> T read(JsonDocument<T> document, String json) {
        Objects.requireNonNull(document, "document");
        return documents.read(json, document.codec(), null, null);
    }

    /**
     * Reads a document of the given kind.
     *
     * @param <T> the document's value
     * @param document the kind, not null
     * @param file the UTF-8 file, not null
     * @return the value, not null
     * @throws IsmsJsonException if the document is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public <T> T read(JsonDocument<T> document, Path file) {
        Objects.requireNonNull(document, "document");
        return documents.read(file, document.codec(), null, null);
    }

    // ---------------------------------------------------------------- risk model

    /**
     * Reads a risk model document.
     *
     * @param in the document, not null; not closed
     * @return the model, not null
     * @throws IsmsJsonException if the document is not valid
     * @throws UncheckedIOException if the stream fails
     */
    public RiskModel readRiskModel(InputStream in) {
        return documents.read(in, DocumentCodec.RISK_MODEL, null, null);
    }

    /**
     * Reads a risk model document.
     *
     * @param json the document, not null
     * @return the model, not null
     * @throws IsmsJsonException if the document is not valid
     */
    public RiskModel readRiskModel(String json) {
        return documents.read(json, DocumentCodec.RISK_MODEL, null, null);
    }

    /**
     * Reads a risk model document.
     *
     * @param file the UTF-8 file, not null
     * @return the model, not null
     * @throws IsmsJsonException if the document is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public RiskModel readRiskModel(Path file) {
        return documents.read(file, DocumentCodec.RISK_MODEL, null, null);
    }

    // ---------------------------------------------------------------- asset inventory

    /**
     * Reads an asset inventory document; each rating lies in 0 - 10.
     *
     * @param in the document, not null; not closed
     * @return the inventory, not null
     * @throws IsmsJsonException if the document is not valid
     * @throws UncheckedIOException if the stream fails
     */
    public AssetInventory readAssetInventory(InputStream in) {
        return documents.read(in, DocumentCodec.ASSET_INVENTORY, null, null);
    }

    /**
     * Reads an asset inventory document; each rating lies in 0 - 10.
     *
     * @param json the document, not null
     * @return the inventory, not null
     * @throws IsmsJsonException if the document is not valid
     */
    public AssetInventory readAssetInventory(String json) {
        return documents.read(json, DocumentCodec.ASSET_INVENTORY, null, null);
    }

    /**
     * Reads an asset inventory document; each rating lies in 0 - 10.
     *
     * @param file the UTF-8 file, not null
     * @return the inventory, not null
     * @throws IsmsJsonException if the document is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public AssetInventory readAssetInventory(Path file) {
        return documents.read(file, DocumentCodec.ASSET_INVENTORY, null, null);
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
        return documents.read(in, DocumentCodec.ASSET_INVENTORY, Objects.requireNonNull(scales, "scales"), null);
    }

    /**
     * Reads an asset inventory document whose ratings must lie on a model's scales.
     *
     * @param json the document, not null
     * @param scales the scales, such as {@code model.ciaScales()}; not null
     * @return the inventory, not null
     * @throws IsmsJsonException if the document is not valid or a rating is off its scale
     */
    public AssetInventory readAssetInventory(String json, CiaScales scales) {
        return documents.read(json, DocumentCodec.ASSET_INVENTORY, Objects.requireNonNull(scales, "scales"), null);
    }

    /**
     * Reads an asset inventory document whose ratings must lie on a model's scales.
     *
     * @param file the UTF-8 file, not null
     * @param scales the scales, such as {@code model.ciaScales()}; not null
     * @return the inventory, not null
     * @throws IsmsJsonException if the document is not valid or a rating is off its scale
     * @throws UncheckedIOException if the file cannot be read
     */
    public AssetInventory readAssetInventory(Path file, CiaScales scales) {
        return documents.read(file, DocumentCodec.ASSET_INVENTORY, Objects.requireNonNull(scales, "scales"), null);
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
        return documents.read(in, DocumentCodec.RISK_REGISTER, null, Objects.requireNonNull(model, "model"));
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
        return documents.read(json, DocumentCodec.RISK_REGISTER, null, Objects.requireNonNull(model, "model"));
    }

    /**
     * Reads a whole risk register document scored by a model.
     *
     * @param file the UTF-8 file, not null
     * @param model the model that scored the register, not null
     * @return the register, not null
     * @throws IsmsJsonException if the document is not valid, names another model, or an
     *     evaluation disagrees with the model
     * @throws UncheckedIOException if the file cannot be read
     */
    public RiskRegister readRiskRegister(Path file, RiskModel model) {
        return documents.read(file, DocumentCodec.RISK_REGISTER, null, Objects.requireNonNull(model, "model"));
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
        return documents.riskRegisterReader(in, model);
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
        return documents.riskRegisterWriter(out, model, inventory, Optional.empty());
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
        return documents.riskRegisterWriter(out, model, inventory,
                Optional.of(Objects.requireNonNull(approval, "approval")));
    }

    // ---------------------------------------------------------------- treatment plan

    /**
     * Reads a treatment plan document.
     *
     * @param in the document, not null; not closed
     * @return the plan, not null
     * @throws IsmsJsonException if the document is not valid
     * @throws UncheckedIOException if the stream fails
     */
    public TreatmentPlan readTreatmentPlan(InputStream in) {
        return documents.read(in, DocumentCodec.TREATMENT_PLAN, null, null);
    }

    /**
     * Reads a treatment plan document.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws IsmsJsonException if the document is not valid
     */
    public TreatmentPlan readTreatmentPlan(String json) {
        return documents.read(json, DocumentCodec.TREATMENT_PLAN, null, null);
    }

    /**
     * Reads a treatment plan document.
     *
     * @param file the UTF-8 file, not null
     * @return the plan, not null
     * @throws IsmsJsonException if the document is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public TreatmentPlan readTreatmentPlan(Path file) {
        return documents.read(file, DocumentCodec.TREATMENT_PLAN, null, null);
    }

    // ---------------------------------------------------------------- Statement of Applicability

    /**
     * Reads a Statement of Applicability document.
     *
     * @param in the document, not null; not closed
     * @return the statement, not null
     * @throws IsmsJsonException if the document is not valid
     * @throws UncheckedIOException if the stream fails
     */
    public StatementOfApplicability readStatementOfApplicability(InputStream in) {
        return documents.read(in, DocumentCodec.STATEMENT_OF_APPLICABILITY, null, null);
    }

    /**
     * Reads a Statement of Applicability document.
     *
     * @param json the document, not null
     * @return the statement, not null
     * @throws IsmsJsonException if the document is not valid
     */
    public StatementOfApplicability readStatementOfApplicability(String json) {
        return documents.read(json, DocumentCodec.STATEMENT_OF_APPLICABILITY, null, null);
    }

    /**
     * Reads a Statement of Applicability document.
     *
     * @param file the UTF-8 file, not null
     * @return the statement, not null
     * @throws IsmsJsonException if the document is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public StatementOfApplicability readStatementOfApplicability(Path file) {
        return documents.read(file, DocumentCodec.STATEMENT_OF_APPLICABILITY, null, null);
    }
}
