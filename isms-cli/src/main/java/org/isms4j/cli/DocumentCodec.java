package org.isms4j.cli;

import java.io.InputStream;
import java.util.function.Supplier;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;

/**
 * The reading and writing of the method's four documents in one {@link FileFormat}: the asset
 * inventory, the risk register, the treatment plan and the Statement of Applicability. Reading is
 * the library's strict reading, its failures the library's exceptions with their locations
 * ({@code $.risks[2].level}, {@code row 3, column 重要度}, {@code 資産目録!L3}), which
 * {@link InputOptions#read} puts after the file's name. Writing gives the file's bytes, the
 * headings and terms of a table in the codec's language.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface DocumentCodec {

    /**
     * Reads an asset inventory.
     *
     * @param in the file's content, not null; not closed
     * @return the inventory, not null
     * @throws org.isms4j.core.IsmsException if the file does not hold a valid inventory
     */
    AssetInventory readInventory(InputStream in);

    /**
     * Reads a risk register scored by a model.
     *
     * @param in the file's content, not null; not closed
     * @param model the model, not null
     * @param inventory the inventory the register's rows refer to, asked for only by a format
     *     whose register does not hold it ({@link FileFormat#isTable()}), before the register is read
     * @return the register, not null
     * @throws org.isms4j.core.IsmsException if the file does not hold a valid register
     */
    RiskRegister readRegister(InputStream in, RiskModel model, Supplier<AssetInventory> inventory);

    /**
     * Reads a treatment plan.
     *
     * @param in the file's content, not null; not closed
     * @return the plan, not null
     * @throws org.isms4j.core.IsmsException if the file does not hold a valid plan
     */
    TreatmentPlan readPlan(InputStream in);

    /**
     * Reads a Statement of Applicability.
     *
     * @param in the file's content, not null; not closed
     * @return the statement, not null
     * @throws org.isms4j.core.IsmsException if the file does not hold a valid statement
     */
    StatementOfApplicability readSoa(InputStream in);

    /**
     * Writes an asset inventory.
     *
     * @param inventory the inventory, not null
     * @return the file's bytes, not null
     */
    byte[] writeInventory(AssetInventory inventory);

    /**
     * Writes a risk register: in a table format its rows only, the inventory to be written apart.
     *
     * @param register the register, not null
     * @return the file's bytes, not null
     * @throws org.isms4j.core.IsmsException if a value could not be read back from its cell
     */
    byte[] writeRegister(RiskRegister register);

    /**
     * Writes a treatment plan.
     *
     * @param plan the plan, not null
     * @return the file's bytes, not null
     * @throws org.isms4j.core.IsmsException if a task could not be read back from its cell
     */
    byte[] writePlan(TreatmentPlan plan);

    /**
     * Writes a Statement of Applicability.
     *
     * @param soa the statement, not null
     * @return the file's bytes, not null
     * @throws org.isms4j.core.IsmsException if a document or evidence could not be read back from its cell
     */
    byte[] writeSoa(StatementOfApplicability soa);
}
