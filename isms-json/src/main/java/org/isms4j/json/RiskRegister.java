package org.isms4j.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.internal.Checks;
import org.isms4j.json.deser.RegisterCursor;

/**
 * A risk register, the risk assessment report リスクアセスメント結果報告書 as a document: the risks
 * with their first evaluation 一次評価, all scored by one named, versioned risk model, such as the
 * source's three risks scored 6, 4 and 9 under {@code isms4j-standard@1}.
 *
 * <p>The rows are kept by risk number, ascending, and numbers are unique. Every evaluation was
 * scored by the register's model: its model id and version are the model's, its ratings lie on
 * the model's scales, and its likelihood, level and priority are what the model gives. This
 * makes every register written readable again with the same model.
 *
 * <p>For a register too large for memory, read and write row by row with
 * {@link RiskRegisterReader} and {@link RiskRegisterWriter}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiskRegister {

    private final RiskModel model;
    private final List<RiskRegisterEntry> entries;

    private RiskRegister(RiskModel model, List<RiskRegisterEntry> entries) {
        this.model = model;
        this.entries = entries;
    }

    /**
     * Obtains a register.
     *
     * @param model the model that scored every evaluation, not null
     * @param entries the rows, in any order; not null; copied and sorted by risk number
     * @return the register, not null
     * @throws IsmsException if two rows share a risk number, or an evaluation was not scored by
     *     the model (naming the risk and the value)
     */
    public static RiskRegister of(RiskModel model, Collection<RiskRegisterEntry> entries) {
        Objects.requireNonNull(model, "model");
        List<RiskRegisterEntry> sorted = new ArrayList<>(Objects.requireNonNull(entries, "entries"));
        for (RiskRegisterEntry entry : sorted) {
            Objects.requireNonNull(entry, "entries element");
        }
        sorted.sort(Comparator.comparingInt(entry -> entry.risk().number()));
        for (int i = 0; i < sorted.size(); i++) {
            RiskRegisterEntry entry = sorted.get(i);
            if (i > 0 && sorted.get(i - 1).risk().number() == entry.risk().number()) {
                throw new IsmsException(Checks.format("Duplicate risk number: %d", entry.risk().number()));
            }
            checkEntry(model, entry);
        }
        return new RiskRegister(model, List.copyOf(sorted));
    }

    /**
     * Checks that a row's evaluation was scored by a model.
     *
     * @param model the model
     * @param entry the row
     * @throws IsmsException naming the risk if it was not
     */
    static void checkEntry(RiskModel model, RiskRegisterEntry entry) {
        try {
            RegisterCursor.checkEvaluation(model, entry.firstEvaluation());
        } catch (IsmsException e) {
            throw new IsmsException(Checks.format("Invalid first evaluation of risk %d: %s",
                    entry.risk().number(), e.getMessage()), e);
        }
    }

    /**
     * Returns the model that scored every evaluation.
     *
     * @return the model, not null
     */
    public RiskModel model() {
        return model;
    }

    /**
     * Returns the rows, by risk number ascending.
     *
     * @return an unmodifiable list, not null
     */
    public List<RiskRegisterEntry> entries() {
        return entries;
    }

    /**
     * Returns the number of rows.
     *
     * @return the number of rows
     */
    public int size() {
        return entries.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RiskRegister && model.equals(((RiskRegister) other).model)
                && entries.equals(((RiskRegister) other).entries);
    }

    @Override
    public int hashCode() {
        return 31 * model.hashCode() + entries.hashCode();
    }

    /**
     * Returns the register as text, such as {@code RiskRegister of 3 risks scored by
     * isms4j-standard@1}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "RiskRegister of " + entries.size() + " risks scored by " + model.id() + "@" + model.version();
    }
}
