package org.isms4j.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.json.deser.JsonFailures;
import org.isms4j.json.deser.JsonInput;
import org.isms4j.json.deser.RegisterCursor;

/**
 * A reader of a risk register document row by row, such as a register of a million risks read
 * and scored again in a few megabytes of heap. Obtain one from
 * {@link IsmsJson#riskRegisterReader}; the header, with the asset inventory and the approval
 * record, is read when it opens, and each {@link #next()} reads one {@link AssessedRisk}.
 * <pre>{@code
 * import java.util.List;
 * import org.isms4j.core.asset.*;
 * import org.isms4j.core.register.*;
 *
 * RiskModel model = RiskModel.standard();
 * AssetInventory inventory = AssetInventory.of(Asset.of(9, "営業用ノートPC", CiaRating.of(3, 2, 2)));
 * String json = IsmsJson.strict().writeRiskRegister(RiskRegister.of(model, inventory, List.of()));
 * java.io.InputStream in = new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
 * int rows = 0;
 * try (RiskRegisterReader reader = IsmsJson.strict().riskRegisterReader(in, model)) {
 *     System.out.println(reader.inventory().size() + " asset");
 *     while (reader.hasNext()) {
 *         AssessedRisk row = reader.next();
 *         rows++;
 *     }
 * }
 * System.out.println(rows + " rows");
 * // prints: 1 asset
 * // prints: 0 rows
 * }</pre>
 *
 * <p>Each row is checked as {@link IsmsJson#readRiskRegister} checks it: its evaluations against
 * the model, its assets against the inventory, its number against the numbers before it (the
 * reader keeps a few bytes per risk number for this). The end of the document, and that nothing
 * follows it, is checked when {@link #hasNext()} first returns false. A failure throws
 * {@link IsmsJsonException} with the JSON path; after one, every further call throws the same
 * exception.
 *
 * <p>This class is not thread-safe: one thread reads it.
 */
public final class RiskRegisterReader implements Iterator<AssessedRisk>, Closeable {

    private final JsonParser parser;
    private final RegisterCursor cursor;
    private AssessedRisk next;
    private boolean finished;
    private IsmsJsonException failure;

    RiskRegisterReader(JsonParser parser, JsonInput in) throws IOException {
        this.parser = parser;
        this.cursor = new RegisterCursor(in, true);
        cursor.readHeader();
    }

    /**
     * Returns the model that scored the register.
     *
     * @return the model, not null
     */
    public RiskModel model() {
        return cursor.model();
    }

    /**
     * Returns the register's asset inventory, read with the header.
     *
     * @return the inventory, not null
     */
    public AssetInventory inventory() {
        return cursor.inventory();
    }

    /**
     * Returns the register's approval record, read with the header.
     *
     * @return the record, or empty if the document has none
     */
    public Optional<Approval> approval() {
        return cursor.approval();
    }

    /**
     * Tells whether another row follows, reading it.
     *
     * @return true if {@link #next()} will return a row
     * @throws IsmsJsonException if the next row, or the end of the document, is not valid
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public boolean hasNext() {
        if (failure != null) {
            throw failure;
        }
        if (next != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        try {
            next = cursor.next();
        } catch (IOException | RuntimeException e) {
            failure = JsonFailures.translate(parser, e);
            throw failure;
        }
        finished = next == null;
        return !finished;
    }

    /**
     * Returns the next row.
     *
     * @return the row, not null
     * @throws NoSuchElementException if there is none
     * @throws IsmsJsonException if the next row is not valid
     */
    @Override
    public AssessedRisk next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more risks in the register");
        }
        AssessedRisk row = next;
        next = null;
        return row;
    }

    /**
     * Releases the parser; the stream stays open.
     */
    @Override
    public void close() {
        JsonDocuments.closeQuietly(parser);
    }
}
