package org.isms4j.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.isms4j.core.CiaRating;
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

/**
 * A register and plan at the core's limits ({@link Limits}), for the format modules' round trips:
 * a model whose id and version are {@value Limits#MAX_TEXT_LENGTH} characters, every text of the
 * inventory, the risks, their treatment and acceptance, the approval and the plan that long
 * (beginning with a character a spreadsheet takes for a formula, and drawn from characters JSON
 * escapes, a cell quotes, Japanese and a pair of surrogates), a risk and a plan row citing
 * {@value Limits#MAX_LIST_SIZE} numbers of ten digits, a plan row's tasks and a treatment's
 * controls of {@value Limits#MAX_TEXT_LENGTH} characters together, the dates 0000-01-01 and
 * 9999-12-31; its texts drawn from a seed.
 *
 * @param model the model, its id and version at the limit
 * @param register the register
 * @param plan the plan
 */
public record AtTheLimits(RiskModel model, RiskRegister register, TreatmentPlan plan) {

    private static final int MAX = Limits.MAX_TEXT_LENGTH;

    /** What a text is made of: characters JSON escapes, quotes, Japanese, a pair of surrogates. */
    private static final String[] PIECES = {"a", "Z", "0", " ", "社", "員", "😀", "\"", ",", "\\", "/", "\u0001",
        "\t", "'", "=", "é", "\u2028", "\u007f"};

    /** What the texts are drawn from. */
    public enum Alphabet {
        /** Characters JSON escapes, quotes, Japanese, a pair of surrogates, the control character U+0001. */
        ANY(PIECES),
        /** The same but the control characters other than tab, which the XML of a workbook cannot hold. */
        WORKBOOK(Arrays.stream(PIECES).filter(piece -> piece.charAt(0) >= 0x20 || piece.equals("\t"))
                .toArray(String[]::new));

        private final String[] pieces;

        Alphabet(String[] pieces) {
            this.pieces = pieces;
        }
    }

    private static final String[] LINE_BREAKS = {"\n", "\r\n"};

    /**
     * Returns text of exactly a length, not blank, from {@link Alphabet#ANY} (and line breaks
     * unless it is one of several texts of a cell), beginning with a character a spreadsheet would
     * take for a formula.
     *
     * @param random the source of the characters
     * @param length the length, 2 or more
     * @param lineBreaks whether the text may hold line breaks
     * @return the text
     */
    public static String text(SplittableRandom random, int length, boolean lineBreaks) {
        return text(random, length, lineBreaks, Alphabet.ANY);
    }

    /**
     * Returns text of exactly a length, not blank, from an alphabet (and line breaks unless it is
     * one of several texts of a cell), beginning with a character a spreadsheet would take for a
     * formula.
     *
     * @param random the source of the characters
     * @param length the length, 2 or more
     * @param lineBreaks whether the text may hold line breaks
     * @param alphabet what the text is drawn from
     * @return the text
     */
    public static String text(SplittableRandom random, int length, boolean lineBreaks, Alphabet alphabet) {
        String[] pieces = alphabet.pieces;
        StringBuilder text = new StringBuilder(length).append("=+-@x'".charAt(random.nextInt(6)));
        while (text.length() < length - 1) {
            text.append(lineBreaks && random.nextInt(50) == 0 ? LINE_BREAKS[random.nextInt(2)]
                    : pieces[random.nextInt(pieces.length)]);
        }
        while (text.length() < length) {
            text.append('x');
        }
        return text.toString();
    }

    /**
     * Returns the {@value Limits#MAX_LIST_SIZE} largest numbers, in ascending order, ten digits each:
     * the longest list of numbers.
     *
     * @return an unmodifiable list, not null
     */
    public static List<Integer> largestNumbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = Limits.MAX_LIST_SIZE - 1; i >= 0; i--) {
            numbers.add(Integer.MAX_VALUE - i);
        }
        return List.copyOf(numbers);
    }

    /**
     * Returns two texts of one line each that, joined by {@code "; "} as a list of texts is in one
     * cell, hold {@value Limits#MAX_TEXT_LENGTH} characters: the longest such list.
     *
     * @param random the source of the characters
     * @param alphabet what the texts are drawn from
     * @return the texts, not null
     */
    public static List<String> joined(SplittableRandom random, Alphabet alphabet) {
        return List.of(text(random, MAX / 2 - 1, false, alphabet), text(random, MAX - MAX / 2 - 1, false, alphabet));
    }

    /**
     * Returns the register and plan at the limits, their texts drawn from a seed.
     *
     * @param seed the seed
     * @return the documents
     */
    public static AtTheLimits of(long seed) {
        return of(seed, Alphabet.ANY);
    }

    /**
     * Returns the register and plan at the limits, their texts drawn from a seed and an alphabet.
     *
     * @param seed the seed
     * @param alphabet what the texts are drawn from
     * @return the documents
     */
    public static AtTheLimits of(long seed, Alphabet alphabet) {
        SplittableRandom random = new SplittableRandom(seed);
        IntFunction<String> text = length -> text(random, length, true, alphabet);
        IntFunction<String> line = length -> text(random, length, false, alphabet);
        RiskModel model = RiskModel.standard().withIdAndVersion(line.apply(MAX), line.apply(MAX));
        // The assets of the largest numbers, ten digits each: the longest list of numbers.
        List<Asset> assets = new ArrayList<>();
        List<Integer> numbers = largestNumbers();
        for (int i = 0; i < numbers.size(); i++) {
            assets.add(Asset.of(numbers.get(i), "資産" + i, CiaRating.of(3, 3, 3)));
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
