package org.isms4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.isms4j.annexa.soa.SoaMigration;
import org.isms4j.annexa.soa.StatementOfApplicability;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.json.IsmsJson;
import org.isms4j.json.JsonDocument;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The reading of the user's files, shared by the commands that read a register or any of the
 * documents: the format ({@code --format} where the command's {@code --format} is the input's,
 * else the extension), the kind of a table ({@code --kind}, where the command reads any
 * document), the risk model ({@code --model}) and the inventory a register table refers to
 * ({@code --inventory}). Every read is strict; a bad file fails as one line,
 * {@code file: location: message}.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
public final class InputOptions {

    /** Creates the options of one run, their values unset. */
    public InputOptions() {}

    /** The input format {@code --format} gives, where that is the input's ({@link FormatOption}). */
    String format;

    /** What a table holds, where the command reads any document ({@link KindOption}). */
    String kind;

    private final ModelOption model = new ModelOption();

    private final OptionSpec inventory = OptionSpec.builder("--inventory").paramLabel("INVENTORY").type(Path.class)
            .descriptionKey("option.inventory").build();

    /**
     * Adds the options of reading a register, {@code --model} and {@code --inventory}, to a command.
     *
     * @param spec the command, not null
     */
    void addTo(CommandSpec spec) {
        model.addTo(spec);
        spec.addOption(inventory);
    }

    /**
     * Returns the format of an input file.
     *
     * @param file the file, not null
     * @return the format, not null
     * @throws CliFailure with exit code 2 if the format is unknown
     */
    public FileFormat formatOf(InputPath file) {
        return FileFormat.of(file.path(), Optional.ofNullable(format));
    }

    /**
     * Returns the risk model: the one {@code --model} names, else the standard model.
     *
     * @return the model, not null
     */
    public RiskModel model() {
        return model.model();
    }

    /**
     * Returns the kind of document a file holds: {@code --kind}, else a JSON document's
     * {@code format}, else (a CSV table, an XLSX workbook) a register.
     *
     * @param file the file, not null
     * @return the kind, not null
     */
    public DocumentKind kindOf(InputPath file) {
        if (kind != null) {
            return DocumentKind.ofCode(kind);
        }
        if (formatOf(file).isTable()) {
            return DocumentKind.REGISTER;
        }
        String jsonFormat = read(file, InputOptions::jsonFormat);
        DocumentKind found = DocumentKind.ofJsonFormat(jsonFormat);
        if (found == null) {
            throw CliFailure.invalidInput(file + ": $.format: Unknown document format: '" + jsonFormat
                    + "' (valid values isms4j.asset-inventory, isms4j.risk-register, isms4j.treatment-plan, "
                    + "isms4j.statement-of-applicability, isms4j.statement-of-applicability-2013)");
        }
        return found;
    }

    private static String jsonFormat(InputStream in) {
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IsmsException("$: Invalid document: expected an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("format") && value == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            throw new IsmsException("$: Invalid document: no \"format\" property");
        } catch (JsonProcessingException e) {
            throw new IsmsException("$: Invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a risk register: a JSON document, or a table (CSV, XLSX) with the inventory
     * {@code --inventory} names.
     *
     * @param file the file, not null
     * @return the register, not null
     * @throws CliFailure with exit code 2 if a table is given without {@code --inventory}, 1 if a
     *     file is not valid
     */
    public RiskRegister register(InputPath file) {
        RiskModel m = model();
        FileFormat registerFormat = formatOf(file);
        return read(file, in -> codec(registerFormat).readRegister(in, m,
                () -> registerInventory(file, registerFormat)));
    }

    /** The inventory {@code --inventory} names, in the format of its own extension. */
    private AssetInventory registerInventory(InputPath register, FileFormat registerFormat) {
        Path named = inventory.getValue();
        if (named == null) {
            throw CliFailure.usage(register + ": " + registerFormat.withArticle()
                    + " register needs its inventory: give --inventory INVENTORY");
        }
        InputPath file = InputPath.check(named);
        FileFormat inventoryFormat = FileFormat.of(file.path(), Optional.empty());
        return read(file, in -> codec(inventoryFormat).readInventory(in));
    }

    /**
     * Reads an asset inventory: JSON, CSV or XLSX.
     *
     * @param file the file, not null
     * @return the inventory, not null
     */
    public AssetInventory inventory(InputPath file) {
        FileFormat inventoryFormat = formatOf(file);
        return read(file, in -> codec(inventoryFormat).readInventory(in));
    }

    /**
     * Reads a treatment plan: JSON, CSV or XLSX.
     *
     * @param file the file, not null
     * @return the plan, not null
     */
    public TreatmentPlan plan(InputPath file) {
        FileFormat planFormat = formatOf(file);
        return read(file, in -> codec(planFormat).readPlan(in));
    }

    /**
     * Reads a Statement of Applicability: JSON, CSV or XLSX.
     *
     * @param file the file, not null
     * @return the statement, not null
     */
    public StatementOfApplicability soa(InputPath file) {
        FileFormat soaFormat = formatOf(file);
        return read(file, in -> codec(soaFormat).readSoa(in));
    }

    /** The reader of a format: the language is only that of what is written; tables are read in either. */
    private static DocumentCodec codec(FileFormat fileFormat) {
        return fileFormat.codec(Locale.ENGLISH);
    }

    /**
     * Reads a Statement of Applicability written against ISO/IEC 27001:2013, a JSON document only.
     *
     * @param file the file, not null
     * @return the migration of its decisions to the 2022 catalogue, not null
     * @throws CliFailure with exit code 2 if the file is not JSON
     */
    public SoaMigration soa2013(InputPath file) {
        if (formatOf(file) != FileFormat.JSON) {
            throw CliFailure.usage(file + ": a 2013-based Statement of Applicability is a JSON document only ("
                    + JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY.format() + ")");
        }
        return read(file, in -> IsmsJson.strict().read(JsonDocument.ISO2013_STATEMENT_OF_APPLICABILITY, in));
    }

    /**
     * Reads a file, turning every failure into one line that names it.
     *
     * @param <T> what is read
     * @param file the file, not null
     * @param reader the reader, not null
     * @return what the reader returns
     * @throws CliFailure with exit code 1 if the file is not valid or cannot be read
     */
    public static <T> T read(InputPath file, Function<InputStream, T> reader) {
        try (InputStream in = file.open()) {
            return naming(file, () -> reader.apply(in));
        } catch (UncheckedIOException e) {
            throw file.failure(e);
        } catch (IOException e) {
            throw file.failure(new UncheckedIOException(e));
        }
    }

    /**
     * Runs a step on a file's content, turning the library's failure into one line that names the
     * file, such as a plan that traces to a risk the register lacks.
     *
     * @param <T> what the step returns
     * @param file the file the step concerns, not null
     * @param step the step, not null
     * @return what the step returns
     * @throws CliFailure with exit code 1 if the step throws {@link IsmsException}
     */
    public static <T> T naming(InputPath file, Supplier<T> step) {
        try {
            return step.get();
        } catch (IsmsException e) {
            throw CliFailure.invalidInput(file + ": " + e.getMessage());
        }
    }
}
