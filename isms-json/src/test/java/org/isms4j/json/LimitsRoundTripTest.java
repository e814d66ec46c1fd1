package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
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
 * What the core builds at its limits ({@link Limits}) is written and read back equal: every text
 * of {@value Limits#MAX_TEXT_LENGTH} characters (with characters JSON escapes, which the read limit
 * does not count, and characters outside the Basic Multilingual Plane), a risk citing
 * {@value Limits#MAX_LIST_SIZE} assets of ten digits, a plan row's tasks and a treatment's
 * controls of {@value Limits#MAX_TEXT_LENGTH} characters together, the dates 0000-01-01 and
 * 9999-12-31; and one more is refused when built, never written.
 */
class LimitsRoundTripTest {

    private static final int MAX = Limits.MAX_TEXT_LENGTH;
    private static final IsmsJson[] JSONS = {IsmsJson.strict(), IsmsJson.strict().compact()};
    /** What a text is made of: characters JSON escapes, quotes, Japanese, a pair of surrogates. */
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

    private static void roundTrips(AtTheLimits limits) {
        for (IsmsJson json : JSONS) {
            String model = json.writeRiskModel(limits.model());
            assertThat(json.readRiskModel(model)).isEqualTo(limits.model());
            String inventory = json.writeAssetInventory(limits.register().inventory());
            assertThat(json.readAssetInventory(inventory)).isEqualTo(limits.register().inventory());
            String register = json.writeRiskRegister(limits.register());
            assertThat(json.readRiskRegister(register, limits.model())).isEqualTo(limits.register());
            assertThat(json.writeRiskRegister(json.readRiskRegister(register, limits.model()))).isEqualTo(register);
            String plan = json.writeTreatmentPlan(limits.plan());
            assertThat(json.readTreatmentPlan(plan)).isEqualTo(limits.plan());
        }
    }

    @Test
    void atTheLimits_everyDocumentIsWrittenAndReadBackEqual() {
        AtTheLimits limits = AtTheLimits.of(0);
        // The fixture is at the limits indeed.
        assertThat(limits.register().inventory().assets().get(0).name()).hasSize(MAX);
        assertThat(limits.model().id()).hasSize(MAX);
        assertThat(limits.register().risks().get(0).risk().assetNumbers()).hasSize(Limits.MAX_LIST_SIZE)
                .allSatisfy(number -> assertThat(number).isGreaterThan(999_999_999));
        assertThat(String.join("\n", limits.plan().items().get(0).tasks())).hasSize(MAX);
        assertThat(limits.plan().items().get(0).plannedStart()).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(limits.plan().items().get(0).plannedEnd()).isEqualTo(LocalDate.of(9999, 12, 31));
        roundTrips(limits);
    }

    @Test
    void atTheLimits_anyTexts_roundTrip() {
        qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> roundTrips(AtTheLimits.of(seed)));
    }

    @Test
    void oneMore_isRefusedWhenBuilt_withTheCoresMessage() {
        String tooLong = text(new SplittableRandom(1), MAX + 1, true);
        assertThatThrownBy(() -> Asset.of(1, tooLong, CiaRating.of(3, 3, 3))).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for asset name (at most 100000 characters, not 100001): '");
        assertThatThrownBy(() -> RiskModel.standard().withIdAndVersion(tooLong, "1")).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for model id (at most 100000 characters, not 100001): '");
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i <= Limits.MAX_LIST_SIZE; i++) {
            numbers.add(Integer.MAX_VALUE - i);
        }
        assertThatThrownBy(() -> Risk.newBuilder().number(1).assetNumbers(numbers).riskSource("r").impactArea("外部")
                .event("e").lostProperties(SecurityProperty.CONFIDENTIALITY).build()).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for asset numbers (at most 8000 values, not 8001): [2147475647, "
                        + "2147475648");
        assertThatThrownBy(() -> Approval.drafted("ISMS事務局", Limits.MAX_DATE.plusDays(1)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for update date (valid values 0000-01-01 - 9999-12-31): +10000-01-01");
        assertThatThrownBy(() -> PlanItem.newBuilder().number(1).control(TreatmentControl.of("教育訓練"))
                .tasks(List.of("x".repeat(MAX / 2), "y".repeat(MAX - MAX / 2))).owner("委員長")
                .plannedStart(Limits.MIN_DATE).plannedEnd(Limits.MAX_DATE).riskNumbers(List.of(1)).build())
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for tasks (at most 100000 characters, not 100001): '" + "x".repeat(64) + "…'");
    }

    /** The readers' limits are the core's: a string as long as the longest text, lists longer. */
    @Test
    void theReadLimits_areAtLeastTheCoresLimits() {
        assertThat(IsmsJson.MAX_STRING_LENGTH).isEqualTo(Limits.MAX_TEXT_LENGTH);
        assertThat(IsmsJson.strict().readConstraints().getMaxStringLength()).isEqualTo(Limits.MAX_TEXT_LENGTH);
        assertThat(org.isms4j.json.deser.RiskReader.MAX_ASSETS_PER_RISK).isGreaterThanOrEqualTo(Limits.MAX_LIST_SIZE);
    }
}
