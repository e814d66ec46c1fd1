package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;
import org.isms4j.core.RiskModel;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanStatus;
import org.isms4j.core.plan.TreatmentPlan;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.AssessedRisk;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskEvaluation;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.junit.jupiter.api.Test;

/**
 * What the core builds at its limits ({@link Limits}) is written as CSV and read back equal, in
 * both languages and both cell escapings: every text of {@value Limits#MAX_TEXT_LENGTH} characters,
 * each beginning with a character a spreadsheet takes for a formula, so that the default escaping
 * writes a cell of one more character; a risk citing {@value Limits#MAX_LIST_SIZE} assets of ten
 * digits in one cell; a plan row's tasks and a treatment's controls of
 * {@value Limits#MAX_TEXT_LENGTH} characters together in one cell; the dates 0000-01-01 and
 * 9999-12-31. One more is refused when built, never written; the issue's risk citing 16,000
 * assets, whose cell was over the read limit, among them.
 */
class LimitsRoundTripTest {

    private static final int MAX = Limits.MAX_TEXT_LENGTH;
    /** What a text is made of: the characters a cell quotes, Japanese, a pair of surrogates. */
    private static final String[] PIECES = {"a", "Z", "0", " ", "社", "員", "😀", "\"", ",", "\\", "/", "\u0001",
        "\t", "'", "=", "é", "\u2028", "\u007f"};
    private static final String[] LINE_BREAKS = {"\n", "\r\n"};

    /**
     * Text of exactly a length, not blank, from {@link #PIECES} (and line breaks unless it is one
     * of several texts of a cell), beginning with a character a spreadsheet would take for a
     * formula.
     */
    static String text(SplittableRandom random, int length, boolean lineBreaks) {
        StringBuilder text = new StringBuilder(length).append("=+-@x'".charAt(random.nextInt(6)));
        while (text.length() < length - 1) {
            text.append(lineBreaks && random.nextInt(50) == 0 ? LINE_BREAKS[random.nextInt(2)]
                    : PIECES[random.nextInt(PIECES.length)]);
        }
        while (text.length() < length) {
            text.append('x');
        }
        return text.toString();
    }

    /** The register and plan at the limits, their texts drawn from a seed. */
    record AtTheLimits(RiskModel model, RiskRegister register, TreatmentPlan plan) {

        static AtTheLimits of(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            IntFunction<String> text = length -> text(random, length, true);
            IntFunction<String> line = length -> text(random, length, false);
            RiskModel model = RiskModel.standard().withIdAndVersion(line.apply(MAX), line.apply(MAX));
            // The assets of the largest numbers, ten digits each: the longest list of numbers.
            List<Asset> assets = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int i = Limits.MAX_LIST_SIZE - 1; i >= 0; i--) {
                int number = Integer.MAX_VALUE - i;
                numbers.add(number);
                assets.add(Asset.of(number, "資産" + i, CiaRating.of(3, 3, 3)));
            }
            // A text of each table begins with "=", which a spreadsheet's escaping writes after an
            // apostrophe: the longest cell, of MAX + 1 characters.
            assets.set(0, Asset.of(numbers.get(0), "=" + text.apply(MAX - 1), CiaRating.of(3, 3, 3))
                    .withBusinessCategory(text.apply(MAX)).withRemarks(text.apply(MAX)).withUserScope(text.apply(MAX))
                    .withRiskOwner(text.apply(MAX)).withManagingDepartment(text.apply(MAX)).withMedium(text.apply(MAX)));
            AssetInventory inventory = AssetInventory.of(assets);
            Risk risk = Risk.newBuilder().number(Integer.MAX_VALUE).assetNumbers(numbers)
                    .riskSource("=" + text.apply(MAX - 1)).impactArea(text.apply(MAX)).event(text.apply(MAX)).lostProperties(SecurityProperty.CONFIDENTIALITY)
                    .cause(text.apply(MAX)).consequence(text.apply(MAX)).build();
            // The controls one per line, "text (5.12)" and "d": MAX characters together.
            List<TreatmentControl> controls = List.of(TreatmentControl.of(line.apply(MAX - 9), "5.12"),
                    TreatmentControl.of("d"));
            AssessedRisk row = AssessedRisk.of(risk, RiskEvaluation.ofLikelihood(model, 3, 3))
                    .withTreatment(TreatmentDecision.of(List.of(TreatmentOption.REDUCE), controls,
                            TreatmentStatus.DONE).withJustification(text.apply(MAX)))
                    .withSecond(RiskEvaluation.ofLikelihood(model, 3, 1))
                    .withAcceptance(ResidualAcceptance.of(text.apply(MAX), ResidualDecision.ACCEPTED, Limits.MIN_DATE,
                            text.apply(MAX), Optional.of(Limits.MAX_DATE)));
            Risk retained = Risk.newBuilder().number(1).assetNumbers(List.of(numbers.get(0)))
                    .riskSource(text.apply(MAX)).impactArea("外部").event(text.apply(MAX))
                    .lostProperties(SecurityProperty.AVAILABILITY).build();
            AssessedRisk other = AssessedRisk.of(retained, RiskEvaluation.ofLikelihood(model, 3, 1))
                    .withTreatment(TreatmentDecision.retain(text.apply(MAX)));
            RiskRegister register = RiskRegister.of(model, inventory, List.of(row, other)).withApproval(
                    Approval.ofRecord(text.apply(MAX), Limits.MIN_DATE, Optional.of(text.apply(MAX)),
                            Optional.of(Limits.MAX_DATE)));
            // The tasks one per line: MAX characters together.
            PlanItem item = PlanItem.newBuilder().number(Integer.MAX_VALUE)
                    .control(TreatmentControl.of(line.apply(MAX), "A.5.12"))
                    .tasks(List.of(line.apply(MAX / 2), line.apply(MAX - MAX / 2 - 1))).owner("=" + text.apply(MAX - 1))
                    .plannedStart(Limits.MIN_DATE).plannedEnd(Limits.MAX_DATE).actualStart(Optional.of(Limits.MIN_DATE))
                    .actualEnd(Optional.of(Limits.MAX_DATE)).status(PlanStatus.COMPLETED).riskNumbers(numbers).build();
            PlanItem started = PlanItem.newBuilder().number(1).control(TreatmentControl.of(line.apply(MAX)))
                    .tasks(List.of(line.apply(MAX))).owner("委員長").plannedStart(Limits.MAX_DATE)
                    .plannedEnd(Limits.MAX_DATE).riskNumbers(List.of(1)).build().startedOn(Limits.MAX_DATE);
            return new AtTheLimits(model, register, TreatmentPlan.of(List.of(item, started)));
        }
    }

    private static final IsmsCsv[] CSVS = {IsmsCsv.japanese(), IsmsCsv.english().withByteOrderMark(),
        IsmsCsv.japanese().withCellEscaping(CellEscaping.EXACT)};

    /** The longest cell of a table, read without limits: what the reader's limit must allow. */
    private static int longestCell(String csv) {
        CsvFactory factory = CsvFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).build()).enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        int longest = 0;
        try (CsvParser parser = factory.createParser(csv)) {
            parser.setSchema(CsvSchema.emptySchema());
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    longest = Math.max(longest, parser.getTextLength());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return longest;
    }

    private static void roundTrips(AtTheLimits limits) {
        AssetInventory inventory = limits.register().inventory();
        for (IsmsCsv csv : CSVS) {
            int longest = csv.cellEscaping() == CellEscaping.SPREADSHEET ? MAX + 1 : MAX;
            String inventoryTable = csv.writeAssetInventory(inventory);
            assertThat(longestCell(inventoryTable)).isEqualTo(longest);
            assertThat(csv.readAssetInventory(inventoryTable)).isEqualTo(inventory);
            String registerTable = csv.writeRiskRegister(limits.register());
            assertThat(longestCell(registerTable)).isEqualTo(longest);
            // The table has no approval record.
            assertThat(csv.readRiskRegister(registerTable, limits.model(), inventory))
                    .isEqualTo(RiskRegister.of(limits.model(), inventory, limits.register().risks()));
            String planTable = csv.writeTreatmentPlan(limits.plan());
            assertThat(longestCell(planTable)).isEqualTo(longest);
            assertThat(csv.readTreatmentPlan(planTable)).isEqualTo(limits.plan());
        }
    }

    @Test
    void atTheLimits_everyTableIsWrittenAndReadBackEqual() {
        AtTheLimits limits = AtTheLimits.of(0);
        assertThat(limits.register().risks().get(0).risk().assetNumbers()).hasSize(Limits.MAX_LIST_SIZE)
                .allSatisfy(number -> assertThat(number).isGreaterThan(999_999_999));
        assertThat(String.join("\n", limits.plan().items().get(0).tasks())).hasSize(MAX);
        assertThat(limits.register().risks().get(0).treatment().orElseThrow().controls().stream()
                .map(TreatmentControl::toString).reduce((a, b) -> a + "\n" + b).orElseThrow()).hasSize(MAX);
        roundTrips(limits);
    }

    @Test
    void atTheLimits_anyTexts_roundTrip() {
        qt().withExamples(8).forAll(longs().all()).checkAssert(seed -> roundTrips(AtTheLimits.of(seed)));
    }

    @Test
    void theCellLimit_isTheLongestTextAndTheEscapingApostrophe() {
        assertThat(IsmsCsv.MAX_CELL_LENGTH).isEqualTo(Limits.MAX_TEXT_LENGTH + 1);
        assertThat(IsmsCsv.japanese().readConstraints().getMaxStringLength()).isEqualTo(IsmsCsv.MAX_CELL_LENGTH);
        // The longest list of numbers in one cell, as the report writes it, is shorter.
        String assets = String.join(", ", IntStream.range(0, Limits.MAX_LIST_SIZE)
                .mapToObj(i -> Integer.toString(Integer.MAX_VALUE - i)).toList());
        assertThat(assets.length()).isEqualTo(95_998).isLessThan(IsmsCsv.MAX_CELL_LENGTH);
    }

    @Test
    void issue13_aRiskCiting16000Assets_isRefusedWhenBuilt_notWrittenAndThenRefused() {
        int[] numbers = IntStream.rangeClosed(1, 16_000).toArray();
        // Written, its assets cell would be 100,892 characters: more than any reader reads.
        assertThat(String.join(", ", IntStream.of(numbers).mapToObj(Integer::toString).toList())).hasSize(100_892);
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(numbers).riskSource("r").impactArea("外部")
                .event("e").lostProperties(SecurityProperty.CONFIDENTIALITY).build()).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for asset numbers (at most 8000 values, not 16000): [1, 2, 3, ");
    }

    @Test
    void oneMore_isRefusedWhenBuilt_withTheCoresMessage() {
        String tooLong = "=" + "x".repeat(MAX);
        assertThatThrownBy(() -> Asset.of(1, "社員名簿", CiaRating.of(3, 3, 2)).withRemarks(tooLong))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for remarks (at most 100000 characters, not 100001): '=" + "x".repeat(63)
                        + "…'");
        assertThatThrownBy(() -> TreatmentDecision.of(List.of(TreatmentOption.REDUCE), List.of(
                TreatmentControl.of("c".repeat(MAX - 8), "5.12"), TreatmentControl.of("d")), TreatmentStatus.DONE))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for controls (at most 100000 characters, not 100001): '" + "c".repeat(64)
                        + "…'");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(TreatmentControl.of("教育訓練"))
                .tasks(List.of("教材作成")).owner("委員長").plannedStart(Limits.MIN_DATE.minusDays(1))
                .plannedEnd(Limits.MAX_DATE).riskNumbers(List.of(1)).build()).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for planned start (valid values 0000-01-01 - 9999-12-31): -0001-12-31");
    }
}
