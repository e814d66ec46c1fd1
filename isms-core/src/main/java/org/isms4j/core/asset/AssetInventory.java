package org.isms4j.core.asset;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.isms4j.core.Checks;
import org.isms4j.core.InvalidRatingException;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;

/**
 * The asset inventory 資産目録: the organisation's information assets, each with a unique number,
 * such as the source's staff register, invoices received and customer list on the staff PC.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssetInventory {

    AssetInventory() {}

    /**
     * Returns the assets in the order given.
     *
     * @return an unmodifiable list, not null
     */
    @Value.Parameter
    public abstract List<Asset> assets();

    /**
     * Obtains an inventory.
     *
     * @param assets the assets, with unique numbers; not null; copied
     * @return the inventory, not null
     * @throws IsmsException if two assets share a number
     */
    public static AssetInventory of(Collection<Asset> assets) {
        Objects.requireNonNull(assets, "assets");
        for (Asset asset : assets) {
            Objects.requireNonNull(asset, "assets element");
        }
        return ImmutableAssetInventory.builder().addAllAssets(assets).build();
    }

    /**
     * Obtains an inventory.
     *
     * @param assets the assets, with unique numbers; not null
     * @return the inventory, not null
     * @throws IsmsException if two assets share a number
     */
    public static AssetInventory of(Asset... assets) {
        Objects.requireNonNull(assets, "assets");
        return of(java.util.Arrays.asList(assets));
    }

    @Value.Check
    final void check() {
        numberIndex();
    }

    /**
     * The assets sorted by number with their numbers beside them, for a lookup by an int that
     * neither boxes nor hashes: a register's reader looks up every asset of every row.
     *
     * @throws IsmsException if two assets share a number, naming the lowest such number
     */
    @Value.Lazy
    NumberIndex numberIndex() {
        return NumberIndex.of(assets());
    }

    /**
     * Finds the asset with a number.
     *
     * @param number the number
     * @return the asset, or empty if there is none
     */
    public final Optional<Asset> find(int number) {
        return Optional.ofNullable(numberIndex().get(number));
    }

    /**
     * Returns the asset with a number.
     *
     * @param number the number
     * @return the asset, not null
     * @throws IsmsException if the inventory has no asset with that number
     */
    public final Asset get(int number) {
        Asset asset = numberIndex().get(number);
        if (asset == null) {
            throw new IsmsException(Checks.format("Unknown asset number: %d", number));
        }
        return asset;
    }

    /**
     * Returns the highest importance of some assets, the default importance of a risk over them,
     * such as 3 for assets 10, 11, 13, 26 and 55 when one of them has importance 3.
     *
     * @param numbers the asset numbers, not empty
     * @return the highest importance
     * @throws IsmsException if the numbers are empty or one names no asset of the inventory
     */
    public final int highestImportance(Collection<Integer> numbers) {
        Objects.requireNonNull(numbers, "numbers");
        if (numbers.isEmpty()) {
            throw new IsmsException("Invalid asset numbers: a risk concerns at least one asset");
        }
        int highest = Integer.MIN_VALUE;
        for (Integer number : numbers) {
            highest = Math.max(highest, get(Objects.requireNonNull(number, "number")).importance());
        }
        return highest;
    }

    /**
     * Returns the assets that match a filter, in inventory order, such as those on the medium
     * 社員PC for the quick approach.
     *
     * @param filter the filter, not null
     * @return an unmodifiable list, not null
     */
    public final List<Asset> filter(Predicate<? super Asset> filter) {
        Objects.requireNonNull(filter, "filter");
        return assets().stream().filter(filter).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the important assets 重要資産 under a model's criterion, in inventory order.
     *
     * @param model the model, not null
     * @return an unmodifiable list, not null
     * @throws IsmsException if an asset's rating is off the model's scales
     */
    public final List<Asset> importantAssets(RiskModel model) {
        Objects.requireNonNull(model, "model");
        return filter(asset -> model.isImportant(asset.rating()));
    }

    /**
     * Checks every asset's rating against a model's scales, as a risk register does for its
     * inventory.
     *
     * @param model the model, not null
     * @return this inventory
     * @throws InvalidRatingException naming the first asset in inventory order whose rating is off
     *     the model's scales and the property, such as
     *     {@code Invalid rating of asset 9: Invalid value for integrity (valid values 1 - 3): 0}
     */
    public final AssetInventory checkRatings(RiskModel model) {
        Objects.requireNonNull(model, "model");
        for (Asset asset : assets()) {
            try {
                model.checkRating(asset.rating());
            } catch (InvalidRatingException e) {
                throw e.ofAsset(asset.number());
            }
        }
        return this;
    }

    /**
     * Returns the number of assets.
     *
     * @return the number of assets
     */
    public final int size() {
        return assets().size();
    }
}
