package org.isms4j.json;

import org.isms4j.annexa.ControlCatalogue;
import org.isms4j.annexa.soa.Considerations;
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.json.deser.AssetInventoryReader;
import org.isms4j.json.deser.ConsiderationsReader;
import org.isms4j.json.deser.JsonInput;
import org.isms4j.json.deser.RegisterCursor;
import org.isms4j.json.deser.RiskModelReader;
import org.isms4j.json.deser.SoaReader;
import org.isms4j.json.deser.TreatmentPlanReader;
import org.isms4j.json.deser.ValueReader;
import org.isms4j.json.ser.AnnexACatalogueWriter;
import org.isms4j.json.ser.AssetInventoryWriter;
import org.isms4j.json.ser.ConsiderationsWriter;
import org.isms4j.json.ser.RegisterWriter;
import org.isms4j.json.ser.RiskModelWriter;
import org.isms4j.json.ser.SoaWriter;
import org.isms4j.json.ser.TreatmentPlanWriter;
import org.isms4j.json.ser.ValueWriter;

/**
 * The table of isms4j's JSON documents: for each kind, the reader and the writer of its whole
 * document, which {@link IsmsJson} runs through {@link JsonDocuments}.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 *
 * @param <T> the document's value
 * @param reader the reader of the document, or null for a document that is written only
 * @param writer the writer of the document
 */
record DocumentCodec<T>(ValueReader<T> reader, ValueWriter<T> writer) {

    /** The risk model document, {@value Formats#RISK_MODEL}. */
    static final DocumentCodec<RiskModel> RISK_MODEL =
            new DocumentCodec<>(RiskModelReader::riskModel, RiskModelWriter::riskModel);

    /** The asset inventory document, {@value Formats#ASSET_INVENTORY}. */
    static final DocumentCodec<AssetInventory> ASSET_INVENTORY =
            new DocumentCodec<>(AssetInventoryReader::assetInventory, AssetInventoryWriter::assetInventory);

    /** The risk register document, {@value Formats#RISK_REGISTER}, read whole. */
    static final DocumentCodec<RiskRegister> RISK_REGISTER =
            new DocumentCodec<>(DocumentCodec::wholeRegister, RegisterWriter::riskRegister);

    /** The treatment plan document, {@value Formats#TREATMENT_PLAN}. */
    static final DocumentCodec<TreatmentPlan> TREATMENT_PLAN =
            new DocumentCodec<>(TreatmentPlanReader::treatmentPlan, TreatmentPlanWriter::treatmentPlan);

    /** The Statement of Applicability document, {@value Formats#STATEMENT_OF_APPLICABILITY}. */
    static final DocumentCodec<StatementOfApplicability> STATEMENT_OF_APPLICABILITY =
            new DocumentCodec<>(SoaReader::statementOfApplicability, SoaWriter::statementOfApplicability);

    /** The 2013-based Statement of Applicability, {@value Formats#ISO2013_STATEMENT_OF_APPLICABILITY}. */
    static final DocumentCodec<SoaMigration> ISO2013_STATEMENT_OF_APPLICABILITY =
            new DocumentCodec<>(SoaReader::iso2013StatementOfApplicability, SoaWriter::iso2013StatementOfApplicability);

    /** The gap check's considerations, {@value Formats#GAP_CONSIDERATIONS}. */
    static final DocumentCodec<Considerations> GAP_CONSIDERATIONS =
            new DocumentCodec<>(ConsiderationsReader::considerations, ConsiderationsWriter::considerations);

    /** The Annex A catalogue document, {@value Formats#ANNEX_A_CATALOGUE}, written only. */
    static final DocumentCodec<ControlCatalogue> ANNEX_A_CATALOGUE =
            new DocumentCodec<>(null, AnnexACatalogueWriter::annexACatalogue);

    private static RiskRegister wholeRegister(JsonInput in) throws java.io.IOException {
        return RegisterCursor.readAll(in, false);
    }
}
