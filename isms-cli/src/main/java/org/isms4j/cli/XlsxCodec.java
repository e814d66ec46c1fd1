package org.isms4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.xlsx.IsmsXlsx;

/**
 * The documents as isms4j's Excel workbooks, one table per workbook on a sheet of its name,
 * strictly read in either language and written in the language of its {@link IsmsXlsx}: a
 * register's workbook holds its approval record in the header block but not its inventory. A
 * failure of reading names the cell, such as {@code 資産目録!L3}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class XlsxCodec implements DocumentCodec {

    private final IsmsXlsx xlsx;

    /**
     * Creates the codec of a workbook reader and writer.
     *
     * @param xlsx the reader and writer, whose language and company the workbooks are written with; not null
     */
    XlsxCodec(IsmsXlsx xlsx) {
        this.xlsx = xlsx;
    }

    @Override
    public AssetInventory readInventory(InputStream in) {
        return xlsx.readAssetInventory(in);
    }

    @Override
    public RiskRegister readRegister(InputStream in, RiskModel model, Supplier<AssetInventory> inventory) {
        return xlsx.readRiskRegister(in, model, inventory.get());
    }

    @Override
    public TreatmentPlan readPlan(InputStream in) {
        return xlsx.readTreatmentPlan(in);
    }

    @Override
    public StatementOfApplicability readSoa(InputStream in) {
        return xlsx.readStatementOfApplicability(in);
    }

    @Override
    public byte[] writeInventory(AssetInventory inventory) {
        return workbook(out -> xlsx.writeAssetInventory(inventory, out));
    }

    @Override
    public byte[] writeRegister(RiskRegister register) {
        return workbook(out -> xlsx.writeRiskRegister(register, out));
    }

    @Override
    public byte[] writePlan(TreatmentPlan plan) {
        return workbook(out -> xlsx.writeTreatmentPlan(plan, out));
    }

    @Override
    public byte[] writeSoa(StatementOfApplicability soa) {
        return workbook(out -> xlsx.writeStatementOfApplicability(soa, out));
    }

    /** Returns the bytes of a workbook a writer writes. */
    private static byte[] workbook(Consumer<OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }
}
