package org.isms4j.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.json.IsmsJson;

/**
 * The documents as isms4j's JSON documents, read by {@link IsmsJson#strict()}: a register holds
 * its inventory and approval record, so it never asks for an inventory of its own.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JsonCodec implements DocumentCodec {

    /** The one instance: JSON has no language. */
    static final JsonCodec INSTANCE = new JsonCodec();

    private JsonCodec() {}

    @Override
    public AssetInventory readInventory(InputStream in) {
        return IsmsJson.strict().readAssetInventory(in);
    }

    @Override
    public RiskRegister readRegister(InputStream in, RiskModel model, Supplier<AssetInventory> inventory) {
        return IsmsJson.strict().readRiskRegister(in, model);
    }

    @Override
    public TreatmentPlan readPlan(InputStream in) {
        return IsmsJson.strict().readTreatmentPlan(in);
    }

    @Override
    public StatementOfApplicability readSoa(InputStream in) {
        return IsmsJson.strict().readStatementOfApplicability(in);
    }

    @Override
    public byte[] writeInventory(AssetInventory inventory) {
        return utf8(IsmsJson.strict().writeAssetInventory(inventory));
    }

    @Override
    public byte[] writeRegister(RiskRegister register) {
        return utf8(IsmsJson.strict().writeRiskRegister(register));
    }

    @Override
    public byte[] writePlan(TreatmentPlan plan) {
        return utf8(IsmsJson.strict().writeTreatmentPlan(plan));
    }

    @Override
    public byte[] writeSoa(StatementOfApplicability soa) {
        return utf8(IsmsJson.strict().writeStatementOfApplicability(soa));
    }

    /**
     * Returns a JSON document's bytes.
     *
     * @param document the document, not null
     * @return its UTF-8 bytes, not null
     */
    static byte[] utf8(String document) {
        return document.getBytes(StandardCharsets.UTF_8);
    }
}
