package org.isms4j.json;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;

/**
 * The writing half of {@link IsmsJson}, whose methods these are: each document written to an
 * {@link OutputStream}, a file ({@link Path}, created or replaced) or a {@code String},
 * deterministically, as {@link IsmsJson} says. Kept apart from the reading half so that each
 * stays a size one can read; only {@code IsmsJson} extends it.
 *
 * <p>Not part of the API by name. This class is immutable and thread-safe.
 */
abstract sealed class JsonWriting permits IsmsJson {

    /** The documents' codecs and the instance's settings. */
    final JsonDocuments documents;

    JsonWriting(JsonDocuments documents) {
        this.documents = documents;
    }

    // ---------------------------------------------------------------- any document by its kind

    /**
     * Writes a document of the given kind, such as {@code write(JsonDocument.RISK_MODEL, model, out)}.
     *
     * @param <T> the document's value
     * @param document the kind, not null
     * @param value the value, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public <T> void write(JsonDocument<T> document, T value, OutputStream out) {
        documents.write(checked(document, value), document.codec(), out);
    }

    /**
     * Writes a document of the given kind to a file.
     *
     * @param <T> the document's value
     * @param document the kind, not null
     * @param value the value, not null
     * @param file the file, not null; created or replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public <T> void write(JsonDocument<T> document, T value, Path file) {
        documents.write(checked(document, value), document.codec(), file);
    }

    /**
     * Writes a document of the given kind to a string.
     *
     * @param <T> the document's value
     * @param document the kind, not null
     * @param value the value, not null
     * @return the document, not null
     */
    public <T> String write(JsonDocument<T> document, T value) {
        return documents.write(checked(document, value), document.codec());
    }

    private static <T> T checked(JsonDocument<T> document, T value) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(value, "value");
        if (!document.type().isInstance(value)) {
            // Only a raw or unchecked call reaches here.
            throw new IllegalArgumentException("Invalid value for value (a " + document.type().getSimpleName()
                    + " for the document " + document.format() + "): a " + value.getClass().getName());
        }
        return value;
    }

    // ---------------------------------------------------------------- risk model

    /**
     * Writes a risk model document.
     *
     * @param model the model, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeRiskModel(RiskModel model, OutputStream out) {
        documents.write(Objects.requireNonNull(model, "model"), DocumentCodec.RISK_MODEL, out);
    }

    /**
     * Writes a risk model document.
     *
     * @param model the model, not null
     * @param file the file, not null; created or replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeRiskModel(RiskModel model, Path file) {
        documents.write(Objects.requireNonNull(model, "model"), DocumentCodec.RISK_MODEL, file);
    }

    /**
     * Writes a risk model document.
     *
     * @param model the model, not null
     * @return the document, not null
     */
    public String writeRiskModel(RiskModel model) {
        return documents.write(Objects.requireNonNull(model, "model"), DocumentCodec.RISK_MODEL);
    }

    // ---------------------------------------------------------------- asset inventory

    /**
     * Writes an asset inventory document.
     *
     * @param inventory the inventory, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeAssetInventory(AssetInventory inventory, OutputStream out) {
        documents.write(Objects.requireNonNull(inventory, "inventory"), DocumentCodec.ASSET_INVENTORY, out);
    }

    /**
     * Writes an asset inventory document.
     *
     * @param inventory the inventory, not null
     * @param file the file, not null; created or replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeAssetInventory(AssetInventory inventory, Path file) {
        documents.write(Objects.requireNonNull(inventory, "inventory"), DocumentCodec.ASSET_INVENTORY, file);
    }

    /**
     * Writes an asset inventory document.
     *
     * @param inventory the inventory, not null
     * @return the document, not null
     */
    public String writeAssetInventory(AssetInventory inventory) {
        return documents.write(Objects.requireNonNull(inventory, "inventory"), DocumentCodec.ASSET_INVENTORY);
    }

    // ---------------------------------------------------------------- risk register

    /**
     * Writes a risk register document.
     *
     * @param register the register, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeRiskRegister(RiskRegister register, OutputStream out) {
        documents.write(Objects.requireNonNull(register, "register"), DocumentCodec.RISK_REGISTER, out);
    }

    /**
     * Writes a risk register document.
     *
     * @param register the register, not null
     * @param file the file, not null; created or replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeRiskRegister(RiskRegister register, Path file) {
        documents.write(Objects.requireNonNull(register, "register"), DocumentCodec.RISK_REGISTER, file);
    }

    /**
     * Writes a risk register document.
     *
     * @param register the register, not null
     * @return the document, not null
     */
    public String writeRiskRegister(RiskRegister register) {
        return documents.write(Objects.requireNonNull(register, "register"), DocumentCodec.RISK_REGISTER);
    }

    // ---------------------------------------------------------------- treatment plan

    /**
     * Writes a treatment plan document.
     *
     * @param plan the plan, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeTreatmentPlan(TreatmentPlan plan, OutputStream out) {
        documents.write(Objects.requireNonNull(plan, "plan"), DocumentCodec.TREATMENT_PLAN, out);
    }

    /**
     * Writes a treatment plan document.
     *
     * @param plan the plan, not null
     * @param file the file, not null; created or replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeTreatmentPlan(TreatmentPlan plan, Path file) {
        documents.write(Objects.requireNonNull(plan, "plan"), DocumentCodec.TREATMENT_PLAN, file);
    }

    /**
     * Writes a treatment plan document.
     *
     * @param plan the plan, not null
     * @return the document, not null
     */
    public String writeTreatmentPlan(TreatmentPlan plan) {
        return documents.write(Objects.requireNonNull(plan, "plan"), DocumentCodec.TREATMENT_PLAN);
    }

    // ---------------------------------------------------------------- Statement of Applicability

    /**
     * Writes a Statement of Applicability document: the decisions keyed by control id in
     * document order, undecided controls absent.
     *
     * @param soa the statement, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public void writeStatementOfApplicability(StatementOfApplicability soa, OutputStream out) {
        documents.write(Objects.requireNonNull(soa, "soa"), DocumentCodec.STATEMENT_OF_APPLICABILITY, out);
    }

    /**
     * Writes a Statement of Applicability document.
     *
     * @param soa the statement, not null
     * @param file the file, not null; created or replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeStatementOfApplicability(StatementOfApplicability soa, Path file) {
        documents.write(Objects.requireNonNull(soa, "soa"), DocumentCodec.STATEMENT_OF_APPLICABILITY, file);
    }

    /**
     * Writes a Statement of Applicability document.
     *
     * @param soa the statement, not null
     * @return the document, not null
     */
    public String writeStatementOfApplicability(StatementOfApplicability soa) {
        return documents.write(Objects.requireNonNull(soa, "soa"), DocumentCodec.STATEMENT_OF_APPLICABILITY);
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
        documents.write(AnnexA.catalogue(), DocumentCodec.ANNEX_A_CATALOGUE, out);
    }

    /**
     * Writes the Annex A catalogue document to a file, as {@link #writeAnnexACatalogue(OutputStream)} does.
     *
     * @param file the file, not null; created or replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeAnnexACatalogue(Path file) {
        documents.write(AnnexA.catalogue(), DocumentCodec.ANNEX_A_CATALOGUE, file);
    }

    /**
     * Writes the Annex A catalogue document, as {@link #writeAnnexACatalogue(OutputStream)} does.
     *
     * @return the document, not null
     */
    public String writeAnnexACatalogue() {
        return documents.write(AnnexA.catalogue(), DocumentCodec.ANNEX_A_CATALOGUE);
    }
}
