package org.isms4j.core.register;

import java.util.Objects;
import org.isms4j.core.Checks;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.risk.EvaluationField;
import org.isms4j.core.risk.EvaluationStage;
import org.isms4j.core.risk.InvalidEvaluationException;
import org.isms4j.core.risk.InvalidRiskException;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.risk.RiskField;

/**
 * The rows of one risk register checked one by one, as {@link RiskRegister#of} checks them: for a
 * reader or a writer that streams a register of a million rows without holding it, such as
 * isms-json's, and for the register itself, so that the rules are the same. Each row must have a
 * risk number no earlier row has, cite assets of the inventory with its first evaluation's asset
 * importance the highest of theirs, and be scored by the register's model.
 * <pre>{@code
 * import org.isms4j.core.asset.*;
 * import org.isms4j.core.register.*;
 * import org.isms4j.core.risk.*;
 *
 * RiskModel model = RiskModel.standard();
 * AssetInventory inventory = AssetInventory.of(Asset.of(40, "電子メール", CiaRating.of(2, 2, 2)));
 * Risk risk = Risk.newBuilder().number(2).assetNumbers(40).riskSource("教育不足による社員の意識の低さ")
 *         .impactArea("全社").event("誤送信").lostProperties(SecurityProperty.CONFIDENTIALITY).build();
 * RegisterRows rows = RegisterRows.of(model, inventory);
 * rows.add(AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, 2, 2)));
 * try {
 *     rows.add(AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, 2, 3)));
 * } catch (InvalidRiskException e) {
 *     System.out.println(e.getMessage() + " (" + e.field().code() + ")");
 * }
 * // prints: Duplicate risk number: 2 (number)
 * }</pre>
 * The risk numbers are kept in a few bytes each, in time that grows as n log² n for any numbers.
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class RegisterRows {

    private final RiskModel model;
    private final AssetInventory inventory;
    private final NumberSet numbers = new NumberSet();
    private int size;

    private RegisterRows(RiskModel model, AssetInventory inventory) {
        this.model = model;
        this.inventory = inventory;
    }

    /**
     * Starts the rows of a register.
     *
     * @param model the register's model, not null
     * @param inventory the register's inventory, not null
     * @return the rows, none yet
     * @throws org.isms4j.core.InvalidRatingException if an asset's rating is off the model's scales
     */
    public static RegisterRows of(RiskModel model, AssetInventory inventory) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inventory, "inventory");
        inventory.checkRatings(model);
        return new RegisterRows(model, inventory);
    }

    /**
     * Checks a row and counts it as the register's next.
     *
     * @param row the row, not null
     * @return the row
     * @throws InvalidRiskException if an earlier row has its number, field {@link RiskField#NUMBER},
     *     or it cites an asset not in the inventory, field {@link RiskField#ASSET_NUMBERS}
     * @throws InvalidEvaluationException if the first evaluation's asset importance is not the
     *     highest of its assets', or an evaluation was not scored by the model, naming the field,
     *     the stage and the risk
     */
    public AssessedRisk add(AssessedRisk row) {
        Objects.requireNonNull(row, "row");
        row.checkAssets(inventory);
        RiskEvaluation first = row.first();
        if (!first.modelId().equals(model.id()) || !first.modelVersion().equals(model.version())) {
            throw new InvalidEvaluationException(Checks.format(
                    "Invalid risk %d: its first evaluation was scored by %s@%s, not by the register's model %s@%s",
                    row.number(), first.modelId(), first.modelVersion(), model.id(), model.version()),
                    EvaluationField.MODEL, EvaluationStage.FIRST, row.number());
        }
        row.checkScoredBy(model);
        if (!numbers.add(row.number())) {
            throw new InvalidRiskException(Checks.format("Duplicate risk number: %d", row.number()), RiskField.NUMBER);
        }
        size++;
        return row;
    }

    /**
     * Returns how many rows were added.
     *
     * @return the count
     */
    public int size() {
        return size;
    }
}
