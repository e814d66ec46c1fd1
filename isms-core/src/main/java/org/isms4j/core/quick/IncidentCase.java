package org.isms4j.core.quick;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;

/**
 * A real incident case that drives the quick approach クイックアプローチ (LV.1, docs/method.md#quick-approach), with the
 * filter that picks the assets it threatens; such as an insider leak by a leaving employee
 * (退職者による情報漏えい), which threatens the assets stored on the staff PC 社員PC.
 *
 * <p>{@link #assess} scores the assets the filter picks with the likelihood the assessor gives
 * each: the source's staff register, invoices and customer list (importance 3) with likelihood
 * 3, 2 and 2 score levels 9, 6 and 6.
 *
 * <p>This class is immutable and thread-safe if its filter is.
 */
@Value.Immutable
public abstract class IncidentCase {

    IncidentCase() {}

    /**
     * Returns the case's name, such as 退職者による情報漏えい.
     *
     * @return the name, not blank
     */
    @Value.Parameter
    public abstract String name();

    /**
     * Returns the filter that picks the assets the case threatens.
     *
     * @return the filter, not null
     */
    @Value.Parameter
    @Value.Auxiliary
    public abstract Predicate<Asset> filter();

    /**
     * Obtains a case with any filter.
     *
     * @param name the case's name, not blank
     * @param filter the filter, not null
     * @return the case, not null
     * @throws IsmsException if the name is blank
     */
    public static IncidentCase of(String name, Predicate<Asset> filter) {
        Objects.requireNonNull(name, "name");
        return ImmutableIncidentCase.of(Checks.notBlank("incident case", name), filter);
    }

    /**
     * Obtains a case that threatens the assets on one medium or storage location.
     *
     * @param name the case's name, not blank
     * @param medium the medium, such as 社員PC; not blank
     * @return the case, not null
     * @throws IsmsException if a text is blank
     */
    public static IncidentCase onMedium(String name, String medium) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(medium, "medium");
        Checks.notBlank("medium", medium);
        return of(name, asset -> asset.medium().equals(medium));
    }

    /**
     * Scores the assets the case threatens, in inventory order.
     *
     * @param model the model, not null
     * @param inventory the inventory, not null
     * @param likelihoodByAsset the likelihood the assessor gives each picked asset, by asset
     *     number; not null, no key or value null
     * @return an unmodifiable list of scored assets, not null
     * @throws IsmsException if a picked asset has no likelihood, or a likelihood or importance is
     *     off the model's scale
     */
    public final List<ScoredAsset> assess(RiskModel model, AssetInventory inventory,
            Map<Integer, Integer> likelihoodByAsset) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(likelihoodByAsset, "likelihoodByAsset");
        for (Map.Entry<Integer, Integer> entry : likelihoodByAsset.entrySet()) {
            Objects.requireNonNull(entry.getKey(), "likelihoodByAsset key");
            Objects.requireNonNull(entry.getValue(), "likelihoodByAsset value");
        }
        List<ScoredAsset> rows = new ArrayList<>();
        for (Asset asset : Objects.requireNonNull(inventory, "inventory").filter(filter())) {
            Integer likelihood = likelihoodByAsset.get(asset.number());
            if (likelihood == null) {
                throw new IsmsException(Checks.format(
                        "Missing likelihood for asset %d (%s), which incident case '%s' picks", asset.number(),
                        Checks.echo(asset.name()), Checks.echo(name())));
            }
            rows.add(ScoredAsset.of(asset, model.scoreOfLikelihood(asset.importance(), likelihood)));
        }
        return List.copyOf(rows);
    }
}
