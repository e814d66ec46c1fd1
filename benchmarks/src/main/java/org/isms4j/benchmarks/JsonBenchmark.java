package org.isms4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.json.IsmsJson;
import org.isms4j.json.RiskRegisterReader;
import org.isms4j.json.RiskRegisterWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A risk register document of 100 K risks read, scored and written again: through isms-json,
 * and through plain Jackson databind of an equivalent plain POJO over the same bytes, the limit
 * of what Jackson gives. One operation is the whole register; the target is
 * {@code isms4jReadScoreWrite ≤ 1.1 × jacksonLimit}.
 *
 * <ul>
 *   <li>{@code isms4jReadScoreWrite}: {@link IsmsJson#riskRegisterReader} (strict reading, every
 *       evaluation checked against the model) row by row, each risk scored again with
 *       {@link RiskEvaluation#of(RiskModel, int, int, int)}, each row written with
 *       {@link IsmsJson#riskRegisterWriter};
 *   <li>{@code jacksonLimit}: {@link ObjectMapper#readValue(byte[], Class)} of public-field POJOs
 *       of the same shape, each risk scored with {@link RiskModel#score(int, int, int)} into the
 *       POJO, {@link ObjectMapper#writeValue(java.io.OutputStream, Object)}: no checks beyond
 *       Jackson's defaults.
 * </ul>
 *
 * <p>The document is the compact form isms-json writes for a seeded random register (standard
 * model; risk texts of 20 - 40 characters; one to three assets per risk); both variants read
 * the same bytes and write into a reused in-memory buffer.
 *
 * <p>Run:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar JsonBenchmark -prof gc
 * }</pre>
 *
 * <p>On a shared machine, whose speed drifts between one benchmark's forks and the next's, the
 * ratio is measured in turns, a fresh fork of each side by side ({@link Pairs}):
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.isms4j.benchmarks.Pairs \
 *     JsonBenchmark.isms4jReadScoreWrite JsonBenchmark.jacksonLimit 6
 * }</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class JsonBenchmark {

    /** Risks in the register. */
    @Param({"100000"})
    public int size;

    private RiskModel model;
    private IsmsJson json;
    private ObjectMapper mapper;
    private AssetInventory inventory;
    private byte[] document;
    private ByteArrayOutputStream out;
    /** The rows read once, for the writing halves. */
    private List<AssessedRisk> rows;
    /** The POJO read once, for the writing halves. */
    private PlainRegister plain;

    /** Writes the document both variants read. */
    @Setup(Level.Trial)
    public void setUp() {
        model = RiskModel.standard();
        json = IsmsJson.strict().compact();
        mapper = new ObjectMapper();
        inventory = Fixtures.inventory();
        List<AssessedRisk> rows = Fixtures.registerRows(model, size);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size * 256);
        json.writeRiskRegister(RiskRegister.of(model, inventory, rows), bytes);
        document = bytes.toByteArray();
        out = new ByteArrayOutputStream(document.length + 1024);
        this.rows = rows;
        try {
            plain = mapper.readValue(document, PlainRegister.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The reading half of {@link #isms4jReadScoreWrite}: strict streaming read only.
     *
     * @return the sum of the risk numbers read
     */
    @Benchmark
    public long isms4jRead() {
        long sum = 0;
        try (RiskRegisterReader reader = json.riskRegisterReader(new ByteArrayInputStream(document), model)) {
            while (reader.hasNext()) {
                sum += reader.next().risk().number();
            }
        }
        return sum;
    }

    /**
     * The reading half of {@link #jacksonLimit}.
     *
     * @return the risks read
     * @throws IOException never, the stream being in memory
     */
    @Benchmark
    public int jacksonRead() throws IOException {
        return mapper.readValue(document, PlainRegister.class).risks.size();
    }

    /**
     * The writing half of {@link #isms4jReadScoreWrite}: the rows, read once, streamed out.
     *
     * @return the bytes written
     */
    @Benchmark
    public int isms4jWrite() {
        out.reset();
        try (RiskRegisterWriter writer = json.riskRegisterWriter(out, model, inventory)) {
            for (AssessedRisk row : rows) {
                writer.write(row);
            }
        }
        return out.size();
    }

    /**
     * The writing half of {@link #jacksonLimit}.
     *
     * @return the bytes written
     * @throws IOException never, the stream being in memory
     */
    @Benchmark
    public int jacksonWrite() throws IOException {
        out.reset();
        mapper.writeValue(out, plain);
        return out.size();
    }

    /**
     * isms-json: strict streaming read, scoring again, streaming write.
     *
     * @return the bytes written
     */
    @Benchmark
    public int isms4jReadScoreWrite() {
        out.reset();
        try (RiskRegisterReader reader = json.riskRegisterReader(new ByteArrayInputStream(document), model);
                RiskRegisterWriter writer = json.riskRegisterWriter(out, model, reader.inventory())) {
            while (reader.hasNext()) {
                AssessedRisk row = reader.next();
                RiskEvaluation first = row.first();
                writer.write(AssessedRisk.of(row.risk(), RiskEvaluation.of(model, first.assetImportance(),
                        first.threat().getAsInt(), first.vulnerability().getAsInt())));
            }
        }
        return out.size();
    }

    /**
     * Plain Jackson databind of equivalent POJOs over the same bytes: the limit.
     *
     * @return the bytes written
     * @throws IOException never, the streams being in memory
     */
    @Benchmark
    public int jacksonLimit() throws IOException {
        out.reset();
        PlainRegister register = mapper.readValue(document, PlainRegister.class);
        for (PlainRisk risk : register.risks) {
            PlainEvaluation first = risk.firstEvaluation;
            Score score = model.score(first.assetImportance, first.threat, first.vulnerability);
            first.likelihood = score.likelihood();
            first.level = score.level();
            first.priority = score.priority().isAcceptable() ? "acceptable" : Integer.toString(score.priority().rank());
        }
        mapper.writeValue(out, register);
        return out.size();
    }

    /** The register document as a plain POJO. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class PlainRegister {
        /** The format name. */
        public String format;
        /** The format version. */
        public int formatVersion;
        /** The model's id and version. */
        public PlainModelRef model;
        /** The asset inventory. */
        public List<PlainAsset> inventory;
        /** The rows. */
        public List<PlainRisk> risks;
    }

    /** An asset of the inventory. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class PlainAsset {
        /** The number. */
        public int number;
        /** The name. */
        public String name;
        /** The rating. */
        public PlainRating rating;
        /** The business category. */
        public String businessCategory;
        /** The remarks. */
        public String remarks;
        /** The user scope. */
        public String userScope;
        /** The risk owner. */
        public String riskOwner;
        /** The managing department. */
        public String managingDepartment;
        /** The medium. */
        public String medium;
    }

    /** A C/I/A rating. */
    public static class PlainRating {
        /** Confidentiality. */
        public int confidentiality;
        /** Integrity. */
        public int integrity;
        /** Availability. */
        public int availability;
    }

    /** The id and version of a model. */
    public static class PlainModelRef {
        /** The id. */
        public String id;
        /** The version. */
        public String version;
    }

    /** A row of the register as a plain POJO. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class PlainRisk {
        /** The risk number. */
        public int number;
        /** The assets' numbers. */
        public List<Integer> assetNumbers;
        /** The risk source. */
        public String riskSource;
        /** The impact area. */
        public String impactArea;
        /** The event. */
        public String event;
        /** The lost properties. */
        public List<String> lostProperties;
        /** The cause, if any. */
        public String cause;
        /** The consequence, if any. */
        public String consequence;
        /** The first evaluation. */
        public PlainEvaluation firstEvaluation;
    }

    /** A first evaluation as a plain POJO. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class PlainEvaluation {
        /** The asset importance. */
        public int assetImportance;
        /** The importance override, if any. */
        public Integer importanceOverride;
        /** The threat. */
        public int threat;
        /** The vulnerability. */
        public int vulnerability;
        /** The likelihood. */
        public int likelihood;
        /** The risk level. */
        public int level;
        /** The priority code. */
        public String priority;
    }
}
