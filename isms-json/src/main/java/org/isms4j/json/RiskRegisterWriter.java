package org.isms4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RegisterRows;
import org.isms4j.json.ser.RegisterWriter;

/**
 * A writer of a risk register document row by row, such as a million risks scored again and
 * written without holding them. Obtain one from {@link IsmsJson#riskRegisterWriter}; the header,
 * with the asset inventory and the approval record, is written when it opens, and
 * {@link #close()} ends the document.
 * <pre>{@code
 * import java.util.List;
 * import org.isms4j.core.asset.*;
 * import org.isms4j.core.register.*;
 * import org.isms4j.core.risk.*;
 *
 * RiskModel model = RiskModel.standard();
 * AssetInventory inventory = AssetInventory.of(Asset.of(40, "電子メール", CiaRating.of(2, 2, 2)));
 * Risk risk = Risk.newBuilder().number(2).assetNumbers(List.of(40)).riskSource("low staff awareness")
 *         .impactArea("company-wide").event("misdelivery").lostProperties(SecurityProperty.CONFIDENTIALITY)
 *         .build();
 * java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
 * try (RiskRegisterWriter writer = IsmsJson.strict().compact().riskRegisterWriter(out, model, inventory)) {
 *     writer.write(AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, 2, 2)));
 * }
 * System.out.println(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\"level\":4"));
 * // prints: true
 * }</pre>
 *
 * <p>The bytes are those {@link IsmsJson#writeRiskRegister} writes for the same rows. Each row is
 * checked as a register checks it, so that the document can be read again: a risk number not
 * written before (the writer keeps a few bytes per number), assets in the inventory, a first
 * evaluation's asset importance the highest of its assets', and evaluations scored by the
 * writer's model.
 *
 * <p>This class is not thread-safe: one thread writes it.
 */
public final class RiskRegisterWriter implements Closeable {

    private final JsonGenerator generator;
    private final RiskModel model;
    private final AssetInventory inventory;
    private final boolean pretty;
    private final RegisterRows rows;
    private boolean closed;

    RiskRegisterWriter(JsonGenerator generator, RiskModel model, AssetInventory inventory,
            Optional<Approval> approval, boolean pretty) throws IOException {
        this.generator = generator;
        this.model = model;
        this.inventory = inventory;
        this.pretty = pretty;
        this.rows = RegisterRows.of(model, inventory);
        RegisterWriter.registerStart(generator, model, inventory, approval);
    }

    /**
     * Returns the model that scored every row.
     *
     * @return the model, not null
     */
    public RiskModel model() {
        return model;
    }

    /**
     * Returns the inventory every row's assets are in.
     *
     * @return the inventory, not null
     */
    public AssetInventory inventory() {
        return inventory;
    }

    /**
     * Writes a row.
     *
     * @param row the row, with a risk number not written before; not null
     * @throws IsmsException if the number was written before, an asset is not in the inventory,
     *     the first evaluation's asset importance is not the highest of its assets', or an
     *     evaluation was not scored by the model
     * @throws IllegalStateException if the writer is closed
     * @throws UncheckedIOException if the stream fails
     */
    public void write(AssessedRisk row) {
        Objects.requireNonNull(row, "row");
        if (closed) {
            throw new IllegalStateException("The risk register writer is closed");
        }
        rows.add(row);
        try {
            RegisterWriter.registerRow(generator, row);
        } catch (IOException e) {
            throw JsonDocuments.writeFailure(e);
        }
    }

    /**
     * Ends the document and flushes it; the stream stays open. Closing twice does nothing.
     *
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            RegisterWriter.registerEnd(generator);
            if (pretty) {
                generator.writeRaw('\n');
            }
            generator.close();
        } catch (IOException e) {
            throw JsonDocuments.writeFailure(e);
        }
    }
}
