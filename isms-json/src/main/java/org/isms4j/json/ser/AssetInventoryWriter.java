package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.core.CiaRating;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.json.Formats;

/**
 * The writer of the asset inventory document 情報資産台帳, of its assets and of a CIA rating.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AssetInventoryWriter {

    private AssetInventoryWriter() {}

    /**
     * Writes a rating, {@code {"confidentiality": 3, "integrity": 3, "availability": 2}}.
     *
     * @param out the generator
     * @param rating the rating
     * @throws IOException if the generator fails
     */
    public static void ciaRating(JsonGenerator out, CiaRating rating) throws IOException {
        out.writeStartObject();
        out.writeNumberField("confidentiality", rating.confidentiality());
        out.writeNumberField("integrity", rating.integrity());
        out.writeNumberField("availability", rating.availability());
        out.writeEndObject();
    }

    /**
     * Writes an asset; empty descriptive columns are left out.
     *
     * @param out the generator
     * @param asset the asset
     * @throws IOException if the generator fails
     */
    public static void asset(JsonGenerator out, Asset asset) throws IOException {
        out.writeStartObject();
        out.writeNumberField("number", asset.number());
        out.writeStringField("name", asset.name());
        out.writeFieldName("rating");
        ciaRating(out, asset.rating());
        PropertyWriter.optional(out, "businessCategory", asset.businessCategory());
        PropertyWriter.optional(out, "remarks", asset.remarks());
        PropertyWriter.optional(out, "userScope", asset.userScope());
        PropertyWriter.optional(out, "riskOwner", asset.riskOwner());
        PropertyWriter.optional(out, "managingDepartment", asset.managingDepartment());
        PropertyWriter.optional(out, "medium", asset.medium());
        out.writeEndObject();
    }

    /**
     * Writes the asset inventory document.
     *
     * @param out the generator
     * @param inventory the inventory
     * @throws IOException if the generator fails
     */
    public static void assetInventory(JsonGenerator out, AssetInventory inventory) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.ASSET_INVENTORY);
        out.writeArrayFieldStart("assets");
        for (Asset asset : inventory.assets()) {
            asset(out, asset);
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
