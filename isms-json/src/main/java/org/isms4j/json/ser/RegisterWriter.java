package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Optional;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.json.Formats;

/**
 * The writer of the risk register document (the risk assessment report リスクアセスメント結果報告書),
 * whole or row by row, and the check that a row can be written.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class RegisterWriter {

    // The names written for every row of a register, quoted and encoded once.
    private static final SerializableString FIRST_EVALUATION = new SerializedString("firstEvaluation");
    private static final SerializableString TREATMENT = new SerializedString("treatment");
    private static final SerializableString SECOND_EVALUATION = new SerializedString("secondEvaluation");
    private static final SerializableString ACCEPTANCE = new SerializedString("acceptance");
    private static final SerializableString PRIORITY = new SerializedString("priority");

    private RegisterWriter() {}

    /**
     * Writes the header of a register document and opens its {@code risks} array.
     *
     * @param out the generator
     * @param model the register's model
     * @param inventory the register's inventory
     * @param approval the approval record, or empty
     * @throws IOException if the generator fails
     */
    public static void registerStart(JsonGenerator out, RiskModel model, AssetInventory inventory,
            Optional<Approval> approval) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.RISK_REGISTER);
        RiskWriter.modelRef(out, model.id(), model.version());
        if (approval.isPresent()) {
            out.writeFieldName("approval");
            TreatmentWriter.approval(out, approval.get());
        }
        out.writeArrayFieldStart("inventory");
        for (Asset asset : inventory.assets()) {
            AssetInventoryWriter.asset(out, asset);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("risks");
    }

    /**
     * Writes one row of a register: the risk's properties, its first evaluation (whose priority
     * is given by its code), and its treatment, second evaluation and acceptance where present.
     *
     * @param out the generator
     * @param row the row
     * @throws IOException if the generator fails
     */
    public static void registerRow(JsonGenerator out, AssessedRisk row) throws IOException {
        out.writeStartObject();
        RiskWriter.riskProperties(out, row.risk());
        out.writeFieldName(FIRST_EVALUATION);
        recordedEvaluation(out, row.first());
        Optional<TreatmentDecision> treatment = row.treatment();
        if (treatment.isPresent()) {
            out.writeFieldName(TREATMENT);
            TreatmentWriter.treatmentDecision(out, treatment.get());
        }
        Optional<RiskEvaluation> second = row.second();
        if (second.isPresent()) {
            out.writeFieldName(SECOND_EVALUATION);
            recordedEvaluation(out, second.get());
        }
        Optional<ResidualAcceptance> acceptance = row.acceptance();
        if (acceptance.isPresent()) {
            out.writeFieldName(ACCEPTANCE);
            TreatmentWriter.residualAcceptance(out, acceptance.get());
        }
        out.writeEndObject();
    }

    private static void recordedEvaluation(JsonGenerator out, RiskEvaluation evaluation) throws IOException {
        out.writeStartObject();
        RiskWriter.evaluationProperties(out, evaluation);
        out.writeFieldName(PRIORITY);
        out.writeString(evaluation.priority().code());
        out.writeEndObject();
    }

    /**
     * Closes the {@code risks} array and the register document.
     *
     * @param out the generator
     * @throws IOException if the generator fails
     */
    public static void registerEnd(JsonGenerator out) throws IOException {
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Writes a whole register document; the register checked every evaluation against its model
     * when it was built.
     *
     * @param out the generator
     * @param register the register
     * @throws IOException if the generator fails
     */
    public static void riskRegister(JsonGenerator out, RiskRegister register) throws IOException {
        registerStart(out, register.model(), register.inventory(), register.approval());
        for (AssessedRisk row : register.risks()) {
            registerRow(out, row);
        }
        registerEnd(out);
    }
}
