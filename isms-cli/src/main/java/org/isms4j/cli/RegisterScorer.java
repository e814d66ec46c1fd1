package org.isms4j.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.json.Formats;
import org.isms4j.json.IsmsJson;

/**
 * Fills in what the model computes in a JSON risk register, row by row in bounded memory: each
 * evaluation's asset importance from the inventory's ratings (the highest importance of the
 * risk's assets), its likelihood from threat and vulnerability by the model's table, its level
 * and its priority. What is given is kept as given; the strict reader checks it afterwards
 * against the same model, so a given value that disagrees is reported, never overwritten.
 *
 * <p>The filling itself is lenient: a row it cannot make sense of (a missing asset, a value off
 * its scale) is written as it came, for the strict reader to name the problem with its JSON path.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RegisterScorer {

    private static final String[] EVALUATIONS = {"firstEvaluation", "secondEvaluation"};

    private final RiskModel model;
    private final ObjectMapper mapper = new ObjectMapper();

    RegisterScorer(RiskModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Copies a register document, filling in every evaluation's derived values.
     *
     * @param in the register, not null
     * @param out where the filled register goes, not null
     * @param progress told the bytes read after each row, not null
     * @return the number of rows
     * @throws IOException if the input is not JSON or a stream fails
     */
    long fill(InputStream in, OutputStream out, LongConsumer progress) throws IOException {
        long rows = 0;
        AssetInventory inventory = null;
        try (JsonParser parser = mapper.getFactory().createParser(in);
                JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
            generator.useDefaultPrettyPrinter();
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object");
            }
            generator.writeStartObject();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                generator.writeFieldName(name);
                if (name.equals("risks") && value == JsonToken.START_ARRAY) {
                    generator.writeStartArray();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode row = mapper.readTree(parser);
                        if (row instanceof ObjectNode risk) {
                            fillRow(risk, inventory);
                        }
                        mapper.writeTree(generator, row);
                        rows++;
                        progress.accept(parser.currentLocation().getByteOffset());
                    }
                    generator.writeEndArray();
                } else {
                    JsonNode node = mapper.readTree(parser);
                    if (name.equals("inventory")) {
                        inventory = inventory(node);
                    }
                    mapper.writeTree(generator, node);
                }
            }
            generator.writeEndObject();
        }
        return rows;
    }

    private AssetInventory inventory(JsonNode assets) {
        ObjectNode document = mapper.createObjectNode();
        document.put("format", Formats.ASSET_INVENTORY);
        document.put("formatVersion", Formats.VERSION);
        document.set("assets", assets);
        try {
            return IsmsJson.strict().readAssetInventory(mapper.writeValueAsString(document), model.ciaScales());
        } catch (IsmsException | IOException e) {
            return null; // the strict reader names the problem at $.inventory
        }
    }

    private void fillRow(ObjectNode risk, AssetInventory inventory) {
        List<Integer> assets = new ArrayList<>();
        if (risk.get("assetNumbers") instanceof ArrayNode numbers) {
            numbers.forEach(number -> assets.add(number.asInt()));
        }
        for (String name : EVALUATIONS) {
            if (risk.get(name) instanceof ObjectNode evaluation) {
                risk.set(name, fillEvaluation(evaluation, inventory, assets));
            }
        }
    }

    private ObjectNode fillEvaluation(ObjectNode given, AssetInventory inventory, List<Integer> assets) {
        ObjectNode filled = given.deepCopy();
        try {
            if (!filled.has("assetImportance") && inventory != null && !assets.isEmpty()) {
                filled.put("assetImportance", inventory.highestImportance(assets));
            }
            if (!filled.has("likelihood") && filled.path("threat").isInt() && filled.path("vulnerability").isInt()) {
                filled.put("likelihood", model.likelihood(filled.get("threat").asInt(),
                        filled.get("vulnerability").asInt()));
            }
            JsonNode importance = filled.has("importanceOverride") ? filled.get("importanceOverride")
                    : filled.path("assetImportance");
            if (importance.isInt() && filled.path("likelihood").isInt()) {
                Score score = model.scoreOfLikelihood(importance.asInt(), filled.get("likelihood").asInt());
                if (!filled.has("level")) {
                    filled.put("level", score.level());
                }
                if (!filled.has("priority")) {
                    filled.put("priority", score.priority().code());
                }
            }
        } catch (IsmsException e) {
            return given; // the strict reader names the problem with its path
        }
        return ordered(filled);
    }

    /** The evaluation's properties in the order the library writes them. */
    private ObjectNode ordered(ObjectNode evaluation) {
        ObjectNode ordered = mapper.createObjectNode();
        for (String name : List.of("assetImportance", "importanceOverride", "threat", "vulnerability",
                "likelihood", "level", "priority")) {
            if (evaluation.has(name)) {
                ordered.set(name, evaluation.get(name));
            }
        }
        ordered.setAll(evaluation);
        return ordered;
    }
}
