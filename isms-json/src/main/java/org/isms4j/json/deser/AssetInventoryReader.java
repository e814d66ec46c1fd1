package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isms4j.core.Checks;
import org.isms4j.core.CiaRating;
import org.isms4j.core.CiaScales;
import org.isms4j.core.RatingScale;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.json.Formats;

/**
 * The reader of the asset inventory document, of its assets and of a CIA rating.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AssetInventoryReader {

    private AssetInventoryReader() {}

    private enum InventoryProperty { FORMAT, FORMAT_VERSION, ASSETS }

    private static final PropertyNames<InventoryProperty> INVENTORY = PropertyNames.of(InventoryProperty.class);

    /**
     * Reads the asset inventory document.
     *
     * @param in the input
     * @return the inventory
     * @throws IOException if the parser fails
     */
    public static AssetInventory assetInventory(JsonInput in) throws IOException {
        PropertyLoop<InventoryProperty> p = in.properties("asset inventory document", INVENTORY);
        AssetInventory inventory = null;
        for (InventoryProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.ASSET_INVENTORY);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case ASSETS -> inventory = assets(in, "assets");
            }
        }
        p.requireAll();
        return inventory;
    }

    /**
     * Reads an array of assets with unique numbers, as an inventory.
     *
     * @param in the input
     * @param what the property, for a type error
     * @return the inventory
     * @throws IOException if the parser fails
     */
    static AssetInventory assets(JsonInput in, String what) throws IOException {
        in.expectArray(what);
        List<Asset> assets = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        while (in.next() != JsonToken.END_ARRAY) {
            Asset asset = asset(in);
            if (!numbers.add(asset.number())) {
                throw in.errorAtProperty(Checks.format("Duplicate asset number: %d", asset.number()), "number");
            }
            assets.add(asset);
        }
        return in.core(() -> AssetInventory.of(assets));
    }

    private enum AssetProperty {
        NUMBER, NAME, RATING, BUSINESS_CATEGORY, REMARKS, USER_SCOPE, RISK_OWNER, MANAGING_DEPARTMENT, MEDIUM
    }

    private static final PropertyNames<AssetProperty> ASSET = PropertyNames.of(AssetProperty.class,
            EnumSet.range(AssetProperty.BUSINESS_CATEGORY, AssetProperty.MEDIUM));

    /**
     * Reads an asset.
     *
     * @param in the input
     * @return the asset
     * @throws IOException if the parser fails
     */
    public static Asset asset(JsonInput in) throws IOException {
        PropertyLoop<AssetProperty> p = in.properties("asset", ASSET);
        int number = 0;
        String name = null;
        CiaRating rating = null;
        String businessCategory = "";
        String remarks = "";
        String userScope = "";
        String riskOwner = "";
        String managingDepartment = "";
        String medium = "";
        for (AssetProperty f; (f = p.next()) != null;) {
            switch (f) {
                case NUMBER -> number = in.intIn("number", "asset number", 1, Integer.MAX_VALUE);
                case NAME -> name = in.notBlank("name", "asset name");
                case RATING -> rating = ciaRating(in);
                case BUSINESS_CATEGORY -> businessCategory = in.text("businessCategory");
                case REMARKS -> remarks = in.text("remarks");
                case USER_SCOPE -> userScope = in.text("userScope");
                case RISK_OWNER -> riskOwner = in.text("riskOwner");
                case MANAGING_DEPARTMENT -> managingDepartment = in.text("managingDepartment");
                case MEDIUM -> medium = in.text("medium");
            }
        }
        p.requireAll();
        int n = number;
        String nm = name;
        CiaRating r = rating;
        String[] texts = {businessCategory, remarks, userScope, riskOwner, managingDepartment, medium};
        return in.core(() -> Asset.of(n, nm, r).withBusinessCategory(texts[0]).withRemarks(texts[1])
                .withUserScope(texts[2]).withRiskOwner(texts[3]).withManagingDepartment(texts[4])
                .withMedium(texts[5]));
    }

    /** The properties of a rating and of CIA scales, one per security property. */
    enum CiaProperty { CONFIDENTIALITY, INTEGRITY, AVAILABILITY }

    /** The names of a rating's and of CIA scales' properties. */
    static final PropertyNames<CiaProperty> CIA = PropertyNames.of(CiaProperty.class);

    /**
     * Reads a rating, {@code {"confidentiality": 3, "integrity": 3, "availability": 2}}, checked
     * against the input's scales or else against 0 - 10.
     *
     * @param in the input
     * @return the rating
     * @throws IOException if the parser fails
     */
    public static CiaRating ciaRating(JsonInput in) throws IOException {
        PropertyLoop<CiaProperty> p = in.properties("rating", CIA);
        CiaScales scales = in.ratingScales();
        int c = 0;
        int i = 0;
        int a = 0;
        for (CiaProperty f; (f = p.next()) != null;) {
            switch (f) {
                case CONFIDENTIALITY -> c = rated(in, scales, SecurityProperty.CONFIDENTIALITY);
                case INTEGRITY -> i = rated(in, scales, SecurityProperty.INTEGRITY);
                case AVAILABILITY -> a = rated(in, scales, SecurityProperty.AVAILABILITY);
            }
        }
        p.requireAll();
        int cv = c;
        int iv = i;
        int av = a;
        return in.core(() -> scales == null ? CiaRating.ofRecord(cv, iv, av) : CiaRating.of(cv, iv, av, scales));
    }

    private static int rated(JsonInput in, CiaScales scales, SecurityProperty property) throws IOException {
        String name = property.code();
        RatingScale scale = scales == null ? null : scales.scaleOf(property);
        return scale == null ? in.intIn(name, name, RatingScale.LOWEST, RatingScale.HIGHEST)
                : in.intIn(name, name, scale.min(), scale.max());
    }
}
