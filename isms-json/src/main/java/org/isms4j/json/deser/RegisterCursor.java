package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.isms4j.core.IsmsException;
import org.isms4j.core.LevelGrid;
import org.isms4j.core.LikelihoodTable;
import org.isms4j.core.Priority;
import org.isms4j.core.RatingScale;
import org.isms4j.core.RiskModel;
import org.isms4j.core.Score;
import org.isms4j.core.internal.Checks;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.json.Formats;
import org.isms4j.json.RiskRegister;
import org.isms4j.json.RiskRegisterEntry;

/**
 * Reads a risk register document row by row, checking every evaluation against the register's
 * model, so that a register of any length is read in bounded memory.
 *
 * <p>Not part of the API. The header ({@code format}, {@code formatVersion}, {@code model})
 * comes before {@code risks}; rows ascend by risk number.
 */
public final class RegisterCursor {

    private static final PropertyNames REGISTER = PropertyNames.of("format", "formatVersion", "model", "risks");
    private static final int RISKS = 3;

    private static final PropertyNames ENTRY = PropertyNames.of("number", "assetNumbers", "riskSource",
            "impactArea", "event", "lostProperties", "cause?", "consequence?", "firstEvaluation");
    private static final int FIRST_EVALUATION = 8;

    private static final PropertyNames EVALUATION = PropertyNames.of("assetImportance", "importanceOverride?",
            "threat?", "vulnerability?", "likelihood", "level", "priority");

    private final JsonInput in;
    private final RiskModel model;
    private final boolean root;
    private JsonInput.Properties document;
    private int lastNumber;
    private boolean done;

    /**
     * Creates a cursor over a register whose first token is the current token or the next one.
     *
     * @param in the input, with the register's model
     * @param root whether the register is the whole input, so that nothing may follow it
     */
    public RegisterCursor(JsonInput in, boolean root) {
        this.in = in;
        this.model = in.model();
        this.root = root;
    }

    /**
     * Reads the header, up to the start of the {@code risks} array.
     *
     * @throws IOException if the parser fails
     */
    public void readHeader() throws IOException {
        if (in.parser().currentToken() == null) {
            in.next();
        }
        document = in.properties("risk register document", REGISTER);
        if (model == null) {
            throw in.error("Invalid use: reading a risk register needs the risk model that scored it");
        }
        for (int f; (f = document.next()) >= 0;) {
            switch (f) {
                case 0:
                    Readers.format(in, Formats.RISK_REGISTER);
                    break;
                case 1:
                    Readers.formatVersion(in);
                    break;
                case 2:
                    String[] ref = Readers.modelRef(in);
                    if (!ref[0].equals(model.id()) || !ref[1].equals(model.version())) {
                        throw in.error(Checks.format(
                                "Model mismatch: this register was scored by %s@%s, not by %s@%s",
                                JsonInput.escape(ref[0], 64), JsonInput.escape(ref[1], 64), model.id(),
                                model.version()));
                    }
                    break;
                default:
                    long missing = REGISTER.required() & ~(1L << RISKS) & ~seen();
                    if (missing != 0) {
                        throw in.error(Checks.format("Missing property: '%s' (it comes before 'risks')",
                                REGISTER.name(Long.numberOfTrailingZeros(missing))));
                    }
                    in.expectArray("risks");
                    return;
            }
        }
        document.requireAll();
    }

    private long seen() {
        long seen = 0;
        for (int i = 0; i < RISKS; i++) {
            if (document.has(i)) {
                seen |= 1L << i;
            }
        }
        return seen;
    }

    /**
     * Reads the next row.
     *
     * @return the row, or null after the last one, when the rest of the document has been read
     * @throws IOException if the parser fails
     */
    public RiskRegisterEntry next() throws IOException {
        if (done) {
            return null;
        }
        if (in.next() == JsonToken.END_ARRAY) {
            // Every property was read before 'risks': one after it is a duplicate or unknown, and fails there.
            document.next();
            document.requireAll();
            if (root) {
                in.expectEnd();
            }
            done = true;
            return null;
        }
        RiskRegisterEntry entry = entry();
        int number = entry.risk().number();
        if (number <= lastNumber) {
            throw in.errorAtProperty("number", Checks.format(
                    "Invalid order of risks: risk %d follows risk %d (risks ascend by number)", number, lastNumber));
        }
        lastNumber = number;
        return entry;
    }

    private RiskRegisterEntry entry() throws IOException {
        JsonInput.Properties p = in.properties("risk", ENTRY);
        Readers.RiskFields risk = new Readers.RiskFields();
        RiskEvaluation evaluation = null;
        for (int f; (f = p.next()) >= 0;) {
            if (f == FIRST_EVALUATION) {
                evaluation = evaluation();
            } else {
                risk.read(in, f);
            }
        }
        p.requireAll();
        Risk built = risk.build(in);
        return RiskRegisterEntry.of(built, evaluation);
    }

    private RiskEvaluation evaluation() throws IOException {
        JsonInput.Properties p = in.properties("first evaluation", EVALUATION);
        RatingScale importanceScale = model.importanceScale();
        LikelihoodTable table = model.likelihoodTable();
        int assetImportance = 0;
        OptionalInt override = OptionalInt.empty();
        OptionalInt threat = OptionalInt.empty();
        OptionalInt vulnerability = OptionalInt.empty();
        int likelihood = 0;
        int level = 0;
        String priority = null;
        for (int f; (f = p.next()) >= 0;) {
            switch (f) {
                case 0:
                    assetImportance = in.intIn("assetImportance", "asset importance", importanceScale.min(),
                            importanceScale.max());
                    break;
                case 1:
                    override = OptionalInt.of(in.intIn("importanceOverride", "importance override",
                            importanceScale.min(), importanceScale.max()));
                    break;
                case 2:
                    threat = OptionalInt.of(in.intIn("threat", "threat", table.threatScale().min(),
                            table.threatScale().max()));
                    break;
                case 3:
                    vulnerability = OptionalInt.of(in.intIn("vulnerability", "vulnerability",
                            table.vulnerabilityScale().min(), table.vulnerabilityScale().max()));
                    break;
                case 4:
                    likelihood = in.intIn("likelihood", "likelihood", table.likelihoodScale().min(),
                            table.likelihoodScale().max());
                    break;
                case 5:
                    level = in.intIn("level", "risk level", 0, LevelGrid.MAX_LEVEL);
                    break;
                default:
                    priority = in.text("priority");
                    break;
            }
        }
        p.requireAll();
        if (threat.isPresent() != vulnerability.isPresent()) {
            throw in.error(Checks.format(
                    "Invalid evaluation: threat (%s) and vulnerability (%s) are given together or not at all",
                    text(threat), text(vulnerability)));
        }
        int importance = override.orElse(assetImportance);
        Score expected = threat.isPresent()
                ? model.score(importance, threat.getAsInt(), vulnerability.getAsInt())
                : model.scoreOfLikelihood(importance, likelihood);
        if (expected.likelihood() != likelihood) {
            throw in.errorAtProperty("likelihood", mismatch("likelihood", expected.likelihood(), likelihood));
        }
        if (expected.level() != level) {
            throw in.errorAtProperty("level", mismatch("risk level", expected.level(), level));
        }
        if (!expected.priority().code().equals(priority)) {
            throw in.errorAtProperty("priority", Checks.format("Invalid value for priority (model %s@%s gives '%s'): '%s'",
                    model.id(), model.version(), expected.priority().code(), JsonInput.escape(priority, 64)));
        }
        int ai = assetImportance;
        OptionalInt o = override;
        OptionalInt t = threat;
        OptionalInt v = vulnerability;
        return in.core(() -> RiskEvaluation.ofRecord(model.id(), model.version(), ai, o, t, v, expected));
    }

    private String mismatch(String field, int expected, int actual) {
        return Checks.format("Invalid value for %s (model %s@%s gives %d): %d", field, model.id(), model.version(),
                expected, actual);
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "none";
    }

    /**
     * Reads a whole register into memory.
     *
     * @param in the input, with the register's model
     * @param root whether the register is the whole input
     * @return the register
     * @throws IOException if the parser fails
     */
    public static RiskRegister readAll(JsonInput in, boolean root) throws IOException {
        RegisterCursor cursor = new RegisterCursor(in, root);
        cursor.readHeader();
        List<RiskRegisterEntry> entries = new ArrayList<>();
        for (RiskRegisterEntry entry; (entry = cursor.next()) != null;) {
            entries.add(entry);
        }
        return in.core(() -> RiskRegister.of(cursor.model, entries));
    }

    /**
     * Checks that an evaluation was scored by a model: the same id and version, ratings on the
     * model's scales, and the likelihood, level and priority the model gives.
     *
     * @param model the model
     * @param evaluation the evaluation
     * @throws IsmsException naming the first value that differs
     */
    public static void checkEvaluation(RiskModel model, RiskEvaluation evaluation) {
        evaluation.checkSameModel(model);
        model.importanceScale().check("asset importance", evaluation.assetImportance());
        if (evaluation.importanceOverride().isPresent()) {
            model.importanceScale().check("importance override", evaluation.importanceOverride().getAsInt());
        }
        Score expected;
        if (evaluation.threat().isPresent()) {
            model.likelihoodTable().threatScale().check("threat", evaluation.threat().getAsInt());
            model.likelihoodTable().vulnerabilityScale().check("vulnerability", evaluation.vulnerability().getAsInt());
            expected = model.score(evaluation.importance(), evaluation.threat().getAsInt(),
                    evaluation.vulnerability().getAsInt());
        } else {
            model.likelihoodTable().likelihoodScale().check("likelihood", evaluation.likelihood());
            expected = model.scoreOfLikelihood(evaluation.importance(), evaluation.likelihood());
        }
        String ref = model.id() + "@" + model.version();
        if (expected.likelihood() != evaluation.likelihood()) {
            throw new IsmsException(Checks.format("Invalid value for likelihood (model %s gives %d): %d", ref,
                    expected.likelihood(), evaluation.likelihood()));
        }
        if (expected.level() != evaluation.level()) {
            throw new IsmsException(Checks.format("Invalid value for risk level (model %s gives %d): %d", ref,
                    expected.level(), evaluation.level()));
        }
        Priority priority = evaluation.priority();
        if (!expected.priority().equals(priority)) {
            throw new IsmsException(Checks.format("Invalid value for priority (model %s gives '%s'): '%s'", ref,
                    expected.priority(), priority));
        }
    }
}
