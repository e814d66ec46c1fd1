package org.isms4j.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.csv.IsmsCsv;

/**
 * The documents as isms4j's CSV tables, strictly read with headings in either language and
 * written in the language of its {@link IsmsCsv}: a register's table holds neither its inventory
 * nor its approval record.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CsvCodec implements DocumentCodec {

    private final IsmsCsv csv;

    /**
     * Creates the codec of a CSV reader and writer.
     *
     * @param csv the reader and writer, whose language the tables are written in; not null
     */
    CsvCodec(IsmsCsv csv) {
        this.csv = csv;
    }

    @Override
    public AssetInventory readInventory(InputStream in) {
        return csv.readAssetInventory(in);
    }

    @Override
    public RiskRegister readRegister(InputStream in, RiskModel model, Supplier<AssetInventory> inventory) {
        return csv.readRiskRegister(in, model, inventory.get());
    }

    @Override
    public TreatmentPlan readPlan(InputStream in) {
        return csv.readTreatmentPlan(in);
    }

    @Override
    public StatementOfApplicability readSoa(InputStream in) {
        return csv.readStatementOfApplicability(in);
    }

    @Override
    public byte[] writeInventory(AssetInventory inventory) {
        return utf8(csv.writeAssetInventory(inventory));
    }

    @Override
    public byte[] writeRegister(RiskRegister register) {
        return utf8(csv.writeRiskRegister(register));
    }

    @Override
    public byte[] writePlan(TreatmentPlan plan) {
        return utf8(csv.writeTreatmentPlan(plan));
    }

    @Override
    public byte[] writeSoa(StatementOfApplicability soa) {
        return utf8(csv.writeStatementOfApplicability(soa));
    }

    private static byte[] utf8(String table) {
        return table.getBytes(StandardCharsets.UTF_8);
    }
}
