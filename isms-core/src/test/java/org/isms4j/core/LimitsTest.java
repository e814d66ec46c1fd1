package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.plan.PlanItem;
import org.isms4j.core.plan.PlanItemBuilder;
import org.isms4j.core.register.Approval;
import org.isms4j.core.register.ResidualAcceptance;
import org.isms4j.core.register.ResidualDecision;
import org.isms4j.core.risk.InvalidRiskException;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.risk.RiskBuilder;
import org.isms4j.core.risk.RiskField;
import org.isms4j.core.selfassessment.MeasureDecision;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.treatment.TreatmentControl;
import org.isms4j.core.treatment.TreatmentDecision;
import org.isms4j.core.treatment.TreatmentOption;
import org.isms4j.core.treatment.TreatmentStatus;
import org.junit.jupiter.api.Test;

/**
 * The limits of {@link Limits}, at every factory that takes a text, a date or a list: the last
 * value within a limit is built, the first beyond it is refused when built with the documented
 * message, and the cases of issue #13 (written, then refused by every reader) are refused now.
 */
class LimitsTest {

    private static final int MAX = Limits.MAX_TEXT_LENGTH;
    private static final String LONGEST = "x".repeat(MAX);
    private static final String TOO_LONG = "x".repeat(MAX + 1);
    /** The echo of {@link #TOO_LONG} in a message: 64 characters, then an ellipsis. */
    private static final String TOO_LONG_ECHO = "'" + "x".repeat(64) + "…'";

    private static String tooLong(String field, int length) {
        return "Invalid value for " + field + " (at most 100000 characters, not " + length + "): " + TOO_LONG_ECHO;
    }

    private static String badDate(String field, String date) {
        return "Invalid value for " + field + " (valid values 0000-01-01 - 9999-12-31): " + date;
    }

    private static RiskBuilder risk() {
        return Risk.newBuilder().number(1).assetNumbers(List.of(9)).riskSource("モバイル機器の利用ルールが未整備")
                .impactArea("外部").event("外出時の紛失・盗難").lostProperties(SecurityProperty.CONFIDENTIALITY);
    }

    private static PlanItemBuilder row() {
        return PlanItem.newBuilder().number(1).control(TreatmentControl.of("教育訓練")).tasks(List.of("教材作成"))
                .owner("ISMS事務局").plannedStart(LocalDate.of(2023, 10, 1)).plannedEnd(LocalDate.of(2023, 12, 28))
                .riskNumbers(List.of(2));
    }

    private static int[] numbers(int count) {
        return IntStream.rangeClosed(1, count).toArray();
    }

    // ---------------------------------------------------------------- the issue's cases

    @Test
    void issue13_aDateOfTheYear10000IsRefusedWhenBuilt() {
        LocalDate year10000 = LocalDate.of(10_000, 1, 1);
        assertThatThrownBy(() -> row().plannedEnd(year10000).build()).isInstanceOf(IsmsException.class)
                .hasMessage(badDate("planned end", "+10000-01-01"));
        assertThatThrownBy(() -> Approval.drafted("ISMS事務局", year10000)).isInstanceOf(IsmsException.class)
                .hasMessage(badDate("update date", "+10000-01-01"));
        assertThatThrownBy(() -> ResidualAcceptance.of("委員長", ResidualDecision.ACCEPTED, year10000, "暫定"))
                .isInstanceOf(IsmsException.class).hasMessage(badDate("decision date", "+10000-01-01"));
    }

    @Test
    void issue13_aNameAndAModelIdOf100001CharactersAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> Asset.of(1, TOO_LONG, CiaRating.of(3, 3, 2))).isInstanceOf(IsmsException.class)
                .hasMessage(tooLong("asset name", MAX + 1));
        assertThatThrownBy(() -> RiskModel.standard().withIdAndVersion(TOO_LONG, "1"))
                .isInstanceOf(IsmsException.class).hasMessage(tooLong("model id", MAX + 1));
        RiskModel standard = RiskModel.standard();
        assertThatThrownBy(() -> RiskModel.newBuilder().id(TOO_LONG).version("1").ciaScales(standard.ciaScales())
                .importanceScale(standard.importanceScale()).likelihoodTable(standard.likelihoodTable())
                .levelRule(standard.levelRule()).acceptanceCriteria(standard.acceptanceCriteria())
                .importantAssetCriterion(standard.importantAssetCriterion()).build())
                .isInstanceOf(IsmsException.class).hasMessage(tooLong("model id", MAX + 1));
        assertThat(standard.withIdAndVersion(LONGEST, LONGEST).id()).hasSize(MAX);
    }

    @Test
    void issue13_aRiskCiting100001Or16000AssetsIsRefusedWhenBuilt() {
        for (int count : new int[] {100_001, 16_000}) {
            assertThatThrownBy(() -> risk().assetNumbers(numbers(count)).build())
                    .isInstanceOf(InvalidRiskException.class)
                    .hasMessage("Invalid value for asset numbers (at most 8000 values, not " + count + "): [1, 2, 3, 4, "
                            + "5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, …")
                    .extracting(e -> ((InvalidRiskException) e).field()).isEqualTo(RiskField.ASSET_NUMBERS);
        }
    }

    // ---------------------------------------------------------------- texts

    @Test
    void everyTextOfAnAsset_holdsTheLongestTextAndNoMore() {
        Asset asset = Asset.of(1, LONGEST, CiaRating.of(3, 3, 2));
        assertThat(asset.name()).hasSize(MAX);
        List<Consumer<String>> setters = List.of(asset::withBusinessCategory, asset::withRemarks,
                asset::withUserScope, asset::withRiskOwner, asset::withManagingDepartment, asset::withMedium);
        List<String> fields = List.of("business category", "remarks", "user scope", "risk owner",
                "managing department", "medium");
        for (int i = 0; i < setters.size(); i++) {
            Consumer<String> setter = setters.get(i);
            assertThatCode(() -> setter.accept(LONGEST)).doesNotThrowAnyException();
            assertThatThrownBy(() -> setter.accept(TOO_LONG)).isInstanceOf(IsmsException.class)
                    .hasMessage(tooLong(fields.get(i), MAX + 1));
        }
    }

    @Test
    void everyTextOfARisk_holdsTheLongestTextAndNoMore_namingItsField() {
        Risk longest = risk().riskSource(LONGEST).impactArea(LONGEST).event(LONGEST).cause(LONGEST)
                .consequence(LONGEST).build();
        assertThat(longest.consequence()).hasSize(MAX);
        record Case(RiskField field, Runnable build) {}
        List<Case> cases = List.of(new Case(RiskField.RISK_SOURCE, () -> risk().riskSource(TOO_LONG).build()),
                new Case(RiskField.IMPACT_AREA, () -> risk().impactArea(TOO_LONG).build()),
                new Case(RiskField.EVENT, () -> risk().event(TOO_LONG).build()),
                new Case(RiskField.CAUSE, () -> risk().cause(TOO_LONG).build()),
                new Case(RiskField.CONSEQUENCE, () -> risk().consequence(TOO_LONG).build()),
                new Case(RiskField.CAUSE, () -> risk().build().withCause(TOO_LONG)),
                new Case(RiskField.CONSEQUENCE, () -> risk().build().withConsequence(TOO_LONG)));
        for (Case c : cases) {
            assertThatThrownBy(c.build()::run).isInstanceOf(InvalidRiskException.class)
                    .hasMessage(tooLong(c.field().names().english(), MAX + 1))
                    .extracting(e -> ((InvalidRiskException) e).field()).isEqualTo(c.field());
        }
    }

    @Test
    void theTextsOfTheOtherFactories_holdTheLongestTextAndNoMore() {
        record Case(String field, Consumer<String> build) {}
        List<Case> cases = List.of(
                new Case("control", text -> TreatmentControl.of(text, "5.12")),
                new Case("justification", TreatmentDecision::retain),
                new Case("owner", text -> row().owner(text).build()),
                new Case("task", text -> row().tasks(List.of(text)).build()),
                new Case("author", text -> Approval.drafted(text, LocalDate.of(2023, 9, 30))),
                new Case("approver", text -> Approval.drafted("ISMS事務局", LocalDate.of(2023, 9, 30))
                        .approvedBy(text, LocalDate.of(2023, 10, 2))),
                new Case("risk owner", text -> ResidualAcceptance.of(text, ResidualDecision.ACCEPTED,
                        LocalDate.of(2023, 10, 2), "暫定")),
                new Case("justification", text -> ResidualAcceptance.of("委員長", ResidualDecision.ACCEPTED,
                        LocalDate.of(2023, 10, 2), text)),
                new Case("model version", text -> RiskModel.standard().withIdAndVersion("isms4j-standard", text)),
                new Case("japanese", text -> Priority.of(1, text, "treat immediately")),
                new Case("measure", text -> MeasureDecision.of(1, text, "ISMS事務局", LocalDate.of(2024, 4, 1))));
        for (Case c : cases) {
            assertThatCode(() -> c.build().accept(LONGEST)).as(c.field()).doesNotThrowAnyException();
            assertThatThrownBy(() -> c.build().accept(TOO_LONG)).as(c.field()).isInstanceOf(IsmsException.class)
                    .hasMessage(tooLong(c.field(), MAX + 1));
        }
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsTwo_asStringLengthCountsIt() {
        String emoji = "😀".repeat(MAX / 2);
        assertThat(Asset.of(1, emoji, CiaRating.of(1, 1, 1)).name()).hasSize(MAX);
        assertThatThrownBy(() -> Asset.of(1, emoji + "x", CiaRating.of(1, 1, 1))).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for asset name (at most 100000 characters, not 100001): '😀");
    }

    // ---------------------------------------------------------------- texts written in one cell

    @Test
    void aPlanRowsTasks_holdTheLongestTextTogether_countingALineBreakBetweenEach() {
        // 1,000 tasks of 99 characters and 999 line breaks: 99,999 characters, then 100,000.
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            tasks.add(String.format("%03d", i) + "y".repeat(96));
        }
        assertThat(row().tasks(tasks).build().tasks()).hasSize(1000);
        tasks.set(0, tasks.get(0) + "z");
        assertThat(String.join("\n", row().tasks(tasks).build().tasks())).hasSize(MAX);
        tasks.set(0, tasks.get(0) + "z");
        assertThatThrownBy(() -> row().tasks(tasks).build()).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for tasks (at most 100000 characters, not 100001): '000" + "y".repeat(61)
                        + "…'");
    }

    @Test
    void aTreatmentsControls_holdTheLongestTextTogether_asTheReportWritesThemOnePerLine() {
        // "text (5.12)" per line: 99,993 characters of text, " (5.12)" and no line break.
        TreatmentControl longest = TreatmentControl.of("c".repeat(MAX - 7), "5.12");
        assertThat(TreatmentDecision.of(List.of(TreatmentOption.REDUCE), List.of(longest), TreatmentStatus.PLANNED)
                .controls().get(0).toString()).hasSize(MAX);
        List<TreatmentControl> two = List.of(TreatmentControl.of("c".repeat(MAX - 9), "5.12"),
                TreatmentControl.of("d"));
        assertThat(TreatmentDecision.of(List.of(TreatmentOption.REDUCE), two, TreatmentStatus.PLANNED).controls())
                .hasSize(2);
        List<TreatmentControl> over = List.of(TreatmentControl.of("c".repeat(MAX - 8), "5.12"),
                TreatmentControl.of("d"));
        assertThatThrownBy(() -> TreatmentDecision.of(List.of(TreatmentOption.REDUCE), over, TreatmentStatus.PLANNED))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for controls (at most 100000 characters, not 100001): '" + "c".repeat(64)
                        + "…'");
    }

    // ---------------------------------------------------------------- lists

    @Test
    void aRiskCitesTheMostAssetsAndNoMore_evenOfTenDigits() {
        int[] largest = IntStream.range(0, Limits.MAX_LIST_SIZE).map(i -> Integer.MAX_VALUE - i).toArray();
        Risk risk = risk().assetNumbers(largest).build();
        assertThat(risk.assetNumbers()).hasSize(Limits.MAX_LIST_SIZE);
        // As the report's cell writes them: within the longest text.
        assertThat(String.join(", ", risk.assetNumbers().stream().map(String::valueOf).toList()))
                .hasSize(95_998);
        assertThat(risk().assetNumbers(numbers(Limits.MAX_LIST_SIZE)).build().assetNumbers())
                .hasSize(Limits.MAX_LIST_SIZE);
        assertThatThrownBy(() -> risk().assetNumbers(numbers(Limits.MAX_LIST_SIZE + 1)).build())
                .isInstanceOf(InvalidRiskException.class)
                .hasMessageStartingWith("Invalid value for asset numbers (at most 8000 values, not 8001): [1, 2, 3");
    }

    @Test
    void theOtherListsHoldTheMostValuesAndNoMore() {
        List<Integer> most = IntStream.rangeClosed(1, Limits.MAX_LIST_SIZE).boxed().toList();
        List<Integer> more = IntStream.rangeClosed(1, Limits.MAX_LIST_SIZE + 1).boxed().toList();
        assertThat(row().riskNumbers(most).build().riskNumbers()).hasSize(Limits.MAX_LIST_SIZE);
        assertThatThrownBy(() -> row().riskNumbers(more).build()).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for risk numbers (at most 8000 values, not 8001): [1, 2, 3");
        assertThatThrownBy(() -> row().tasks(more.stream().map(i -> "t" + i).toList()).build())
                .isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for tasks (at most 8000 values, not 8001): [t1, t2, t3");
        List<TreatmentControl> controls = more.stream().map(i -> TreatmentControl.of("c" + i)).toList();
        assertThatThrownBy(() -> TreatmentDecision.of(List.of(TreatmentOption.REDUCE), controls,
                TreatmentStatus.PLANNED)).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for controls (at most 8000 values, not 8001): [c1, c2, c3");
        Question question = Question.of(1, "パスワードを定期的に変更している", "Passwords are changed");
        assertThat(question.withMeasures(most.stream().map(i -> "m" + i).toArray(String[]::new)).measures())
                .hasSize(Limits.MAX_LIST_SIZE);
        assertThatThrownBy(() -> question.withMeasures(more.stream().map(i -> "m" + i).toArray(String[]::new)))
                .isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for measures (at most 8000 values, not 8001): [m1, m2, m3");
    }

    // ---------------------------------------------------------------- dates

    @Test
    void everyDateOfThePlan_liesInTheYears0000To9999() {
        LocalDate first = Limits.MIN_DATE;
        LocalDate last = Limits.MAX_DATE;
        assertThat(first).hasToString("0000-01-01");
        assertThat(last).hasToString("9999-12-31");
        PlanItem whole = row().plannedStart(first).plannedEnd(last).actualStart(Optional.of(first))
                .actualEnd(Optional.of(last)).status(org.isms4j.core.plan.PlanStatus.COMPLETED).build();
        assertThat(whole.plannedStart()).isEqualTo(first);
        assertThat(whole.actualEnd()).contains(last);
        LocalDate before = first.minusDays(1);
        LocalDate after = last.plusDays(1);
        assertThatThrownBy(() -> row().plannedStart(before).build()).isInstanceOf(IsmsException.class)
                .hasMessage(badDate("planned start", "-0001-12-31"));
        assertThatThrownBy(() -> row().plannedEnd(after).build()).isInstanceOf(IsmsException.class)
                .hasMessage(badDate("planned end", "+10000-01-01"));
        assertThatThrownBy(() -> row().plannedStart(before).actualStart(Optional.of(before))
                .status(org.isms4j.core.plan.PlanStatus.IN_PROGRESS).build()).isInstanceOf(IsmsException.class)
                .hasMessage(badDate("planned start", "-0001-12-31"));
        PlanItem started = row().plannedEnd(last).build().startedOn(last);
        assertThatThrownBy(() -> row().build().startedOn(before)).isInstanceOf(IsmsException.class)
                .hasMessage(badDate("actual start", "-0001-12-31"));
        assertThatThrownBy(() -> started.completedOn(after)).isInstanceOf(IsmsException.class)
                .hasMessage(badDate("actual end", "+10000-01-01"));
    }

    @Test
    void theDatesOfTheRegisterAndTheSelfAssessment_lieInTheYears0000To9999() {
        LocalDate first = Limits.MIN_DATE;
        LocalDate last = Limits.MAX_DATE;
        LocalDate after = last.plusDays(1);
        assertThat(Approval.drafted("ISMS事務局", first).approvedBy("委員長", last).approved()).contains(last);
        assertThatThrownBy(() -> Approval.drafted("ISMS事務局", first).approvedBy("委員長", after))
                .isInstanceOf(IsmsException.class).hasMessage(badDate("approval date", "+10000-01-01"));
        assertThat(ResidualAcceptance.of("委員長", ResidualDecision.ACCEPTED, first, "暫定").withExpires(last)
                .expires()).contains(last);
        assertThatThrownBy(() -> ResidualAcceptance.of("委員長", ResidualDecision.ACCEPTED, first, "暫定")
                .withExpires(after)).isInstanceOf(IsmsException.class).hasMessage(badDate("expiry", "+10000-01-01"));
        MeasureDecision measure = MeasureDecision.of(1, "パスワード管理", "ISMS事務局", last);
        assertThat(measure.completedOn(first).completed()).contains(first);
        assertThatThrownBy(() -> MeasureDecision.of(1, "パスワード管理", "ISMS事務局", after))
                .isInstanceOf(IsmsException.class).hasMessage(badDate("due date", "+10000-01-01"));
        assertThatThrownBy(() -> measure.completedOn(first.minusDays(1))).isInstanceOf(IsmsException.class)
                .hasMessage(badDate("completion date", "-0001-12-31"));
    }

    @Test
    void checks_refuseBeyondTheLimits_andReturnTheValueWithin() {
        assertThat(Checks.text("remarks", "")).isEmpty();
        assertThat(Checks.text("remarks", LONGEST)).isSameAs(LONGEST);
        assertThat(Checks.date("day", Limits.MAX_DATE)).isEqualTo(Limits.MAX_DATE);
        List<Integer> most = IntStream.rangeClosed(1, Limits.MAX_LIST_SIZE).boxed().toList();
        assertThat(Checks.listSize("numbers", most)).isSameAs(most);
        assertThat(Checks.lines("lines", List.of())).isEmpty();
        List<Integer> entries = IntStream.rangeClosed(1, Limits.MAX_ENTRIES).boxed().toList();
        assertThat(Checks.entries("documents", entries)).isSameAs(entries);
        List<Integer> more = IntStream.rangeClosed(1, Limits.MAX_ENTRIES + 1).boxed().toList();
        assertThatThrownBy(() -> Checks.entries("documents", more)).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("Invalid value for documents (at most 100000 entries, not 100001): [1, 2, 3,");
        assertThatThrownBy(() -> Checks.entries("documents", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("documents");
        assertThatThrownBy(() -> Checks.text("remarks", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("remarks");
        assertThatThrownBy(() -> Checks.date("day", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("day");
        assertThatThrownBy(() -> Checks.lines("lines", List.of("a\r\n".repeat(33_333), "b")))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for lines (at most 100000 characters, not 100001): '"
                        + "a\\u000d\\u000a".repeat(21) + "a…'");
    }
}
