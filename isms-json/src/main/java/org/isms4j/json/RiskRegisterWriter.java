package org.isms4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.internal.Checks;
import org.isms4j.json.ser.Writers;

/**
 * A writer of a risk register document row by row, such as a million risks scored again and
 * written without holding them. Obtain one from {@link IsmsJson#riskRegisterWriter}; the header
 * is written when it opens, and {@link #close()} ends the document.
 * <pre>{@code
 * import java.util.List;
 * import org.isms4j.core.risk.Risk;
 * import org.isms4j.core.risk.RiskEvaluation;
 *
 * RiskModel model = RiskModel.standard();
 * Risk risk = Risk.of(2, List.of(40), "low staff awareness", "company-wide", "misdelivery",
 *         SecurityProperty.CONFIDENTIALITY);
 * java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
 * try (RiskRegisterWriter writer = IsmsJson.strict().compact().riskRegisterWriter(out, model)) {
 *     writer.write(RiskRegisterEntry.of(risk, RiskEvaluation.ofLikelihood(model, 2, 2)));
 * }
 * System.out.println(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\"level\":4"));
 * // prints: true
 * }</pre>
 *
 * <p>The bytes are those {@link IsmsJson#writeRiskRegister} writes for the same rows. Rows must
 * come by risk number ascending, each scored by the writer's model, so that the document can be
 * read again.
 *
 * <p>This class is not thread-safe: one thread writes it.
 */
public final class RiskRegisterWriter implements Closeable {

    private final JsonGenerator generator;
    private final RiskModel model;
    private final boolean pretty;
    private int lastNumber;
    private boolean closed;

    RiskRegisterWriter(JsonGenerator generator, RiskModel model, boolean pretty) throws IOException {
        this.generator = generator;
        this.model = model;
        this.pretty = pretty;
        Writers.registerStart(generator, model);
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
     * Writes a row.
     *
     * @param entry the row, with a risk number above the last row's; not null
     * @throws IsmsException if the number does not ascend or the evaluation was not scored by
     *     the model
     * @throws IllegalStateException if the writer is closed
     * @throws UncheckedIOException if the stream fails
     */
    public void write(RiskRegisterEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (closed) {
            throw new IllegalStateException("The risk register writer is closed");
        }
        int number = entry.risk().number();
        if (number <= lastNumber) {
            throw new IsmsException(Checks.format(
                    "Invalid order of risks: risk %d follows risk %d (risks ascend by number)", number, lastNumber));
        }
        RiskRegister.checkEntry(model, entry);
        try {
            Writers.registerEntry(generator, entry);
        } catch (IOException e) {
            throw IsmsJson.writeFailure(e);
        }
        lastNumber = number;
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
            Writers.registerEnd(generator);
            if (pretty) {
                generator.writeRaw('\n');
            }
            generator.close();
        } catch (IOException e) {
            throw IsmsJson.writeFailure(e);
        }
    }
}
