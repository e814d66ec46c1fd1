package org.isms4j.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.isms4j.core.CiaScales;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.Approval;
import org.isms4j.json.deser.JsonFailures;
import org.isms4j.json.deser.JsonInput;
import org.isms4j.json.deser.StrictUtf8Input;

/**
 * What {@link IsmsJson} runs a {@link DocumentCodec} with: the parser factory with its read
 * limits, whether unknown properties fail, pretty or compact output, and the translation of every
 * failure; a document is read from a stream, a string or a file, and written to a stream, a
 * string or a file.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
final class JsonDocuments {

    private final StreamReadConstraints constraints;
    private final boolean failOnUnknownProperties;
    private final boolean pretty;
    private final JsonFactory factory;

    JsonDocuments(StreamReadConstraints constraints, boolean failOnUnknownProperties, boolean pretty) {
        this.constraints = constraints;
        this.failOnUnknownProperties = failOnUnknownProperties;
        this.pretty = pretty;
        // The document readers reject a repeated property themselves, with one bit per known
        // property (and the SoA's decisions by id), so their factory leaves Jackson's duplicate
        // detection off: it costs a hash set per object. The mapper for embedding documents,
        // whose other classes isms4j does not read, turns it on.
        // Every byte input is checked to be UTF-8 before Jackson decodes it, which lets overlong
        // forms and code points above U+10FFFF through and takes UTF-16 and UTF-32 too; the
        // mapper's copy of the factory keeps the check.
        this.factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .inputDecorator(StrictUtf8Input.DECORATOR)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    StreamReadConstraints constraints() {
        return constraints;
    }

    boolean failOnUnknownProperties() {
        return failOnUnknownProperties;
    }

    boolean pretty() {
        return pretty;
    }

    /** Returns a new mapper configured as the documents are read, as {@link IsmsJson#objectMapper()} says. */
    ObjectMapper objectMapper() {
        JsonFactory mapperFactory = factory.copy();
        mapperFactory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonMapper mapper = JsonMapper.builder(mapperFactory)
                .addModule(new IsmsModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknownProperties)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        if (pretty) {
            mapper.setDefaultPrettyPrinter(prettyPrinter());
            mapper.enable(SerializationFeature.INDENT_OUTPUT);
        }
        return mapper;
    }

    // ---------------------------------------------------------------- reading

    @FunctionalInterface
    private interface ParserSource {
        JsonParser open(JsonFactory factory) throws IOException;
    }

    <T> T read(InputStream in, DocumentCodec<T> codec, CiaScales scales, RiskModel model) {
        Objects.requireNonNull(in, "in");
        return read(f -> f.createParser(in), codec, scales, model);
    }

    <T> T read(String json, DocumentCodec<T> codec, CiaScales scales, RiskModel model) {
        Objects.requireNonNull(json, "json");
        return read(f -> f.createParser(json), codec, scales, model);
    }

    <T> T read(Path file, DocumentCodec<T> codec, CiaScales scales, RiskModel model) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(f -> f.createParser(in), codec, scales, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(ParserSource source, DocumentCodec<T> codec, CiaScales scales, RiskModel model) {
        JsonParser parser = null;
        try {
            parser = source.open(factory);
            JsonInput in = new JsonInput(parser, failOnUnknownProperties, scales, model);
            in.next();
            T value = codec.reader().read(in);
            in.expectEnd();
            return value;
        } catch (IOException | RuntimeException e) {
            throw JsonFailures.translate(parser, e);
        } finally {
            closeQuietly(parser);
        }
    }

    RiskRegisterReader riskRegisterReader(InputStream in, RiskModel model) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(model, "model");
        JsonParser parser = null;
        try {
            parser = factory.createParser(in);
            return new RiskRegisterReader(parser, new JsonInput(parser, failOnUnknownProperties, null, model));
        } catch (IOException | RuntimeException e) {
            closeQuietly(parser);
            throw JsonFailures.translate(parser, e);
        }
    }

    static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException | RuntimeException e) {
                // Closing a parser that does not own its source releases buffers only.
            }
        }
    }

    // ---------------------------------------------------------------- writing

    <T> void write(T value, DocumentCodec<T> codec, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = generator(out)) {
            codec.writer().write(generator, value);
            if (pretty) {
                generator.writeRaw('\n');
            }
        } catch (IsmsException e) {
            throw e;
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    <T> String write(T value, DocumentCodec<T> codec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, codec, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    <T> void write(T value, DocumentCodec<T> codec, Path file) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(value, codec, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RiskRegisterWriter riskRegisterWriter(OutputStream out, RiskModel model, AssetInventory inventory,
            Optional<Approval> approval) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inventory, "inventory");
        try {
            return new RiskRegisterWriter(generator(out), model, inventory, approval, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator generator = factory.createGenerator(out);
        if (pretty) {
            generator.setPrettyPrinter(prettyPrinter());
        }
        return generator;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
    }

    static RuntimeException writeFailure(IOException e) {
        if (e instanceof JsonGenerationException) {
            JsonGenerationException failure = (JsonGenerationException) e;
            JsonGenerator generator = failure.getProcessor();
            String path = generator == null ? "$" : JsonFailures.path(generator.getOutputContext());
            return new IsmsJsonException(path, "Cannot write as JSON: " + failure.getOriginalMessage(), e);
        }
        return new UncheckedIOException(e);
    }
}
