package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.CybersecurityConcept;
import org.isms4j.annexa.OperationalCapability;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.risk.Risk;
import org.isms4j.core.treatment.TreatmentOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class GapCheckTest {

    private static final LocalDate DAY = LocalDate.of(2023, 9, 30);

    /** Risk sources and events of registers, in both languages, with and without the table's words. */
    private static final List<String> SOURCES = List.of("モバイル機器の利用ルールが未整備", "教育不足による社員の意識の低さ",
            "電子情報の分類・取扱いが不明確", "ウイルス対策ソフトの更新が不足", "委託先の管理が不十分", "source",
            "backup of the file server not tested", "passwords shared among staff", "no review of supplier access");
    private static final List<String> EVENTS = List.of("外出時の重要情報の紛失・盗難", "誤送信", "情報の紛失・盗難", "event",
            "サーバ停止", "malware infection", "unnoticed leak of personal data", "ログの改ざん");

    static Risk risk(int number, SecurityProperty lost, SecurityProperty... more) {
        Risk risk = Risk.newBuilder().number(number).assetNumbers(List.of(1)).riskSource("source").impactArea("area")
                .event("event").lostProperties(lost).build();
        Set<SecurityProperty> properties = EnumSet.of(lost, more);
        return risk.withLostProperties(properties);
    }

    @Test
    void missedControls_matchLostProperties() {
        // 6.6 confidentiality or non-disclosure agreements preserves confidentiality only.
        List<MissedControl> missed = GapCheck.missedControls(List.of(risk(4, SecurityProperty.INTEGRITY)), Map.of());
        assertThat(missed).extracting(MissedControl::controlId).doesNotContain(ControlId.parse("6.6"));
        assertThat(missed).allMatch(m -> m.properties().equals(Set.of(SecurityProperty.INTEGRITY))
                && m.riskNumbers().equals(Set.of(4)));
        assertThat(missed).hasSize(AnnexA.query(SecurityProperty.INTEGRITY).size());
    }

    @Test
    void missedControls_skipControlsAnyTreatmentNames() {
        ControlId classification = ControlId.parse("5.12");
        List<MissedControl> missed = GapCheck.missedControls(List.of(risk(1, SecurityProperty.CONFIDENTIALITY)),
                Map.of(9, List.of(classification)));
        assertThat(missed).extracting(MissedControl::controlId).doesNotContain(classification)
                .contains(ControlId.parse("5.13"));
        MissedControl labelling = missed.stream().filter(m -> m.controlId().equals(ControlId.parse("5.13"))).findFirst()
                .orElseThrow();
        assertThat(labelling.control()).isSameAs(AnnexA.get("5.13"));
    }

    @Test
    void missedControls_noRisksNothingMissed() {
        assertThat(GapCheck.missedControls(List.of(), Map.of())).isEmpty();
    }

    @Test
    void missedControls_badInput() {
        assertThatThrownBy(() -> GapCheck.missedControls(
                List.of(risk(1, SecurityProperty.CONFIDENTIALITY), risk(1, SecurityProperty.INTEGRITY)), Map.of()))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate risk number: 1");
        assertThatThrownBy(() -> GapCheck.missedControls(null, Map.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("risks");
        assertThatThrownBy(() -> GapCheck.missedControls(List.of(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("controlsByRisk");
        List<Risk> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> GapCheck.missedControls(withNull, Map.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("risks element");
    }

    @Test
    void missedControls_property() {
        List<ControlId> ids = SoaGenerators.IDS;
        qt().withExamples(200).forAll(
                lists().of(integers().between(1, 7)).ofSizeBetween(0, 4),
                lists().of(lists().of(Generate.pick(ids)).ofSizeBetween(0, 6)).ofSizeBetween(0, 4))
                .checkAssert((lostMasks, named) -> {
                    List<Risk> risks = new ArrayList<>();
                    for (int i = 0; i < lostMasks.size(); i++) {
                        Set<SecurityProperty> lost = EnumSet.noneOf(SecurityProperty.class);
                        for (SecurityProperty property : SecurityProperty.values()) {
                            if ((lostMasks.get(i) & 1 << property.ordinal()) != 0) {
                                lost.add(property);
                            }
                        }
                        risks.add(Risk.newBuilder().number(i + 1).assetNumbers(List.of(1)).riskSource("s")
                                .impactArea("a").event("e").lostProperties(lost.iterator().next()).build()
                                .withLostProperties(lost));
                    }
                    Map<Integer, List<ControlId>> treatments = new HashMap<>();
                    Set<ControlId> namedIds = new HashSet<>();
                    for (int i = 0; i < named.size(); i++) {
                        treatments.put(i + 1, named.get(i));
                        namedIds.addAll(named.get(i));
                    }
                    List<MissedControl> missed = GapCheck.missedControls(risks, treatments);
                    List<ControlId> expected = new ArrayList<>();
                    for (Control control : AnnexA.all()) {
                        boolean matches = risks.stream().anyMatch(r -> r.lostProperties().stream()
                                .anyMatch(control.securityProperties()::contains));
                        if (matches && !namedIds.contains(control.id())) {
                            expected.add(control.id());
                        }
                    }
                    assertThat(missed).extracting(MissedControl::controlId).isEqualTo(expected);
                    for (MissedControl m : missed) {
                        for (Risk risk : risks) {
                            boolean loses = risk.lostProperties().stream()
                                    .anyMatch(m.control().securityProperties()::contains);
                            assertThat(m.riskNumbers().contains(risk.number())).isEqualTo(loses);
                        }
                        assertThat(m.properties()).isSubsetOf(m.control().securityProperties()).isNotEmpty();
                    }
                });
    }

    /** Risks numbered 1, 2, ... with any lost properties, source and event. */
    static Gen<List<Risk>> risks() {
        Gen<Risk> one = integers().between(1, 7).zip(Generate.pick(SOURCES), Generate.pick(EVENTS),
                (mask, source, event) -> risk(1, mask, source, event));
        return lists().of(one).ofSizeBetween(0, 4).map(list -> {
            List<Risk> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Risk risk = list.get(i);
                numbered.add(Risk.newBuilder().number(i + 1).assetNumbers(List.of(1)).riskSource(risk.riskSource())
                        .impactArea("外部").event(risk.event()).lostProperties(SecurityProperty.CONFIDENTIALITY)
                        .build().withLostProperties(risk.lostProperties()));
            }
            return numbered;
        });
    }

    private static Risk risk(int number, int mask, String source, String event) {
        Set<SecurityProperty> lost = EnumSet.noneOf(SecurityProperty.class);
        for (SecurityProperty property : SecurityProperty.values()) {
            if ((mask & 1 << property.ordinal()) != 0) {
                lost.add(property);
            }
        }
        return Risk.newBuilder().number(number).assetNumbers(List.of(1)).riskSource(source).impactArea("外部")
                .event(event).lostProperties(lost.iterator().next()).build().withLostProperties(lost);
    }

    /** Treatments of risks 1 - 4: up to four controls each. */
    static Gen<Map<Integer, List<ControlId>>> treatments() {
        return lists().of(lists().of(Generate.pick(SoaGenerators.IDS)).ofSizeBetween(0, 4)).ofSize(4).map(lists -> {
            Map<Integer, List<ControlId>> treatments = new HashMap<>();
            for (int i = 0; i < lists.size(); i++) {
                treatments.put(i + 1, lists.get(i));
            }
            return treatments;
        });
    }

    @Test
    void suggestions_property() {
        qt().withExamples(150).forAll(risks(), treatments(), integers().between(1, 93)).checkAssert((risks, treatments,
                limit) -> {
            GapCheck check = GapCheck.of(risks, treatments).withLimit(limit);
            Set<ControlId> named = new HashSet<>();
            treatments.values().forEach(named::addAll);
            List<Suggestion> top = new ArrayList<>();
            for (Risk risk : risks) {
                List<Suggestion> all = check.allSuggestions(risk.number());
                // Exactly the candidates: a lost property preserved, and no treatment names it.
                List<ControlId> candidates = AnnexA.filter(c -> !named.contains(c.id())
                        && risk.lostProperties().stream().anyMatch(c.securityProperties()::contains)).stream()
                        .map(Control::id).toList();
                assertThat(all.stream().map(Suggestion::controlId).sorted().toList()).isEqualTo(candidates);
                List<String> broken = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    Suggestion suggestion = all.get(i);
                    if (suggestion.riskNumber() != risk.number() || named.contains(suggestion.controlId())
                            || risk.lostProperties().stream().noneMatch(suggestion.control().securityProperties()::contains)
                            || suggestion.score() != suggestion.reasons().stream().mapToInt(SuggestionReason::points).sum()
                            || suggestion.reasons().get(0).basis() != SuggestionBasis.LOST_PROPERTY) {
                        broken.add(suggestion.toString());
                    }
                    // A total order: strictly descending score, ties in document order.
                    Suggestion before = i == 0 ? null : all.get(i - 1);
                    if (before != null && !(before.score() > suggestion.score() || before.score() == suggestion.score()
                            && before.controlId().compareTo(suggestion.controlId()) < 0)) {
                        broken.add(before.controlId() + " before " + suggestion.controlId());
                    }
                }
                assertThat(broken).isEmpty();
                assertThat(check.suggestions(risk.number())).isEqualTo(all.subList(0, Math.min(limit, all.size())));
                top.addAll(check.suggestions(risk.number()));
            }
            assertThat(check.suggestions()).isEqualTo(top);
        });
    }

    @Test
    void suggestions_independentOfInputOrder() {
        qt().withExamples(100).forAll(risks(), treatments(), integers().all()).checkAssert((risks, treatments, seed) -> {
            Random random = new Random(seed);
            // One consideration per risk, of a control other than 5.1, and 5.1 for all risks.
            List<Consideration> considered = new ArrayList<>();
            for (Risk risk : risks) {
                considered.add(Consideration.of(SoaGenerators.IDS.get(1 + random.nextInt(92)), risk.number(), "検討済み",
                        "ISMS事務局", DAY));
            }
            considered.add(Consideration.ofAllRisks(ControlId.parse("5.1"), "方針は策定済み", "ISMS事務局", DAY));
            List<Risk> shuffledRisks = new ArrayList<>(risks);
            Collections.shuffle(shuffledRisks, random);
            List<Map.Entry<Integer, List<ControlId>>> entries = new ArrayList<>(treatments.entrySet());
            Collections.shuffle(entries, random);
            Map<Integer, List<ControlId>> shuffledTreatments = new LinkedHashMap<>();
            for (Map.Entry<Integer, List<ControlId>> entry : entries) {
                List<ControlId> ids = new ArrayList<>(entry.getValue());
                Collections.shuffle(ids, random);
                shuffledTreatments.put(entry.getKey(), ids);
            }
            List<Consideration> shuffledConsidered = new ArrayList<>(considered);
            Collections.shuffle(shuffledConsidered, random);
            GapCheck check = GapCheck.of(risks, treatments).withConsidered(considered);
            GapCheck shuffled = GapCheck.of(shuffledRisks, shuffledTreatments).withConsidered(shuffledConsidered);
            assertThat(shuffled).isEqualTo(check);
            assertThat(shuffled.suggestions()).isEqualTo(check.suggestions());
            assertThat(shuffled.missedControls()).isEqualTo(check.missedControls());
            for (Risk risk : risks) {
                assertThat(shuffled.allSuggestions(risk.number())).isEqualTo(check.allSuggestions(risk.number()));
            }
        });
    }

    @Test
    void withConsidered_removesExactlyTheSuggestion() {
        qt().withExamples(150).forAll(risks(), treatments(), integers().all()).assuming((risks, treatments, seed) ->
                !risks.isEmpty()).checkAssert((risks, treatments, seed) -> {
            Random random = new Random(seed);
            GapCheck check = GapCheck.of(risks, treatments);
            Risk risk = risks.get(random.nextInt(risks.size()));
            List<Suggestion> all = check.allSuggestions(risk.number());
            if (all.isEmpty()) {
                return;
            }
            Suggestion considered = all.get(random.nextInt(all.size()));
            GapCheck after = check.withConsidered(List.of(Consideration.of(considered, "検討済み", "ISMS事務局", DAY)));
            List<Suggestion> expected = new ArrayList<>(all);
            expected.remove(considered);
            assertThat(after.allSuggestions(risk.number())).isEqualTo(expected);
            for (Risk other : risks) {
                if (other.number() != risk.number()) {
                    assertThat(after.allSuggestions(other.number())).isEqualTo(check.allSuggestions(other.number()));
                }
            }
            // For all risks: gone from every risk, nothing else changed.
            GapCheck everywhere = check.withConsidered(List.of(Consideration.ofAllRisks(considered.controlId(),
                    "検討済み", "ISMS事務局", DAY)));
            for (Risk other : risks) {
                List<Suggestion> before = new ArrayList<>(check.allSuggestions(other.number()));
                before.removeIf(s -> s.controlId().equals(considered.controlId()));
                assertThat(everywhere.allSuggestions(other.number())).isEqualTo(before);
            }
            assertThat(everywhere.missedControls()).extracting(MissedControl::controlId)
                    .doesNotContain(considered.controlId());
        });
    }

    @Test
    void withConsidered_missedControlsLoseTheRisk() {
        GapCheck check = GapCheck.of(List.of(risk(1, SecurityProperty.CONFIDENTIALITY), risk(2,
                SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY)), Map.of());
        ControlId agreements = ControlId.parse("6.6");
        ControlId backup = ControlId.parse("8.13");
        GapCheck considered = check.withConsidered(List.of(Consideration.of(agreements, 1, "就業規則に守秘義務を定めている",
                "ISMS事務局", DAY), Consideration.of(ControlId.parse("5.1"), 2, "方針は策定済み", "ISMS事務局", DAY)));
        MissedControl missed = considered.missedControls().stream().filter(m -> m.controlId().equals(agreements))
                .findFirst().orElseThrow();
        assertThat(missed.riskNumbers()).containsExactly(2);
        MissedControl policies = considered.missedControls().get(0);
        assertThat(policies.controlId()).isEqualTo(ControlId.parse("5.1"));
        assertThat(policies.riskNumbers()).containsExactly(1);
        assertThat(policies.properties()).containsExactly(SecurityProperty.CONFIDENTIALITY);
        // 8.13 preserves integrity and availability: risk 2 only, as before.
        assertThat(considered.missedControls()).filteredOn(m -> m.controlId().equals(backup)).singleElement()
                .satisfies(m -> assertThat(m.riskNumbers()).containsExactly(2));
        assertThat(considered.considerations()).extracting(Consideration::controlId)
                .containsExactly(ControlId.parse("5.1"), agreements);
    }

    @Test
    void withConsidered_badInput() {
        GapCheck check = GapCheck.of(List.of(risk(1, SecurityProperty.CONFIDENTIALITY), risk(2,
                SecurityProperty.CONFIDENTIALITY)), Map.of());
        ControlId agreements = ControlId.parse("6.6");
        Consideration forRisk1 = Consideration.of(agreements, 1, "守秘義務あり", "ISMS事務局", DAY);
        Consideration forAll = Consideration.ofAllRisks(agreements, "守秘義務あり", "ISMS事務局", DAY);
        assertThatThrownBy(() -> check.withConsidered(List.of(forRisk1,
                Consideration.of(agreements, 1, "別の理由", "委員長", DAY.plusDays(1)))))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate consideration of control 6.6 for risk 1");
        assertThatThrownBy(() -> check.withConsidered(List.of(forRisk1, forAll))).isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate consideration of control 6.6 for risk 1 and for all risks");
        assertThatThrownBy(() -> check.withConsidered(List.of(forAll, forAll))).isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate consideration of control 6.6 for all risks");
        assertThatThrownBy(() -> check.withConsidered(List.of(Consideration.of(agreements, 7, "守秘義務あり", "ISMS事務局",
                DAY)))).isInstanceOf(IsmsException.class).hasMessage("Invalid value for risk number of the "
                + "consideration of control 6.6 (must be one of the check's risks): 7");
        assertThatThrownBy(() -> check.withConsidered(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("considerations");
        List<Consideration> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> check.withConsidered(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("considerations element");
        // A record for a control the check would not suggest is kept and changes nothing.
        GapCheck integrityOnly = check.withConsidered(List.of(Consideration.of(ControlId.parse("8.17"), 1,
                "時刻同期は完全性のための管理策", "ISMS事務局", DAY)));
        assertThat(integrityOnly.allSuggestions(1)).isEqualTo(check.allSuggestions(1));
        assertThat(integrityOnly.considerations()).hasSize(1);
    }

    @Test
    void limit_defaultAndRange() {
        GapCheck check = GapCheck.of(List.of(risk(1, SecurityProperty.CONFIDENTIALITY)), Map.of());
        assertThat(check.limit()).isEqualTo(GapCheck.DEFAULT_LIMIT).isEqualTo(5);
        assertThat(check.suggestions(1)).hasSize(5).isEqualTo(check.allSuggestions(1).subList(0, 5));
        assertThat(check.allSuggestions(1)).hasSize(87);
        assertThat(check.withLimit(93).suggestions(1)).hasSize(87);
        assertThat(check.withLimit(5)).isSameAs(check);
        assertThatThrownBy(() -> check.withLimit(0)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for limit (valid values 1 - 93): 0");
        assertThatThrownBy(() -> check.withLimit(94)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for limit (valid values 1 - 93): 94");
        assertThatThrownBy(() -> check.suggestions(2)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for risk number (must be one of the check's risks): 2");
        assertThatThrownBy(() -> check.allSuggestions(0)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for risk number (must be one of the check's risks): 0");
    }

    static Stream<VocabularyTerm> suggestingTerms() {
        return Stream.concat(Stream.of(OperationalCapability.values()), Stream.of(CybersecurityConcept.values()));
    }

    /** Every word of every capability and concept, as the whole risk source, suggests it to every control that has it. */
    @ParameterizedTest
    @MethodSource("suggestingTerms")
    void wordsSuggesting_eachWordSuggestsItsTerm(VocabularyTerm term) {
        List<String> words = GapCheck.wordsSuggesting(term);
        assertThat(words).startsWith(term.getDisplayName(Locale.JAPANESE), term.getDisplayName(Locale.ENGLISH))
                .doesNotHaveDuplicates().allMatch(w -> !w.isBlank());
        boolean capability = term instanceof OperationalCapability;
        for (String word : words) {
            Risk inSource = Risk.newBuilder().number(1).assetNumbers(List.of(1)).riskSource(word).impactArea("外部")
                    .event("-").lostProperties(SecurityProperty.CONFIDENTIALITY).build()
                    .withLostProperties(EnumSet.allOf(SecurityProperty.class));
            Risk inEvent = Risk.newBuilder().number(1).assetNumbers(List.of(1)).riskSource("-").impactArea("外部")
                    .event(word.toUpperCase(Locale.ROOT)).lostProperties(SecurityProperty.CONFIDENTIALITY).build().withLostProperties(EnumSet.allOf(SecurityProperty.class));
            List<Suggestion> fromSource = GapCheck.of(List.of(inSource), Map.of()).allSuggestions(1);
            List<Suggestion> fromEvent = GapCheck.of(List.of(inEvent), Map.of()).allSuggestions(1);
            assertThat(fromSource).hasSize(93);
            for (int i = 0; i < 93; i++) {
                Control control = AnnexA.all().get(i);
                SuggestionBasis expected = capability ? SuggestionBasis.CAPABILITY_IN_RISK_SOURCE : SuggestionBasis.CONCEPT;
                assertThat(reasonFor(fromSource, control, term)).as("%s in the risk source, %s", word, control)
                        .isEqualTo(control.has(term) ? expected : null);
                expected = capability ? SuggestionBasis.CAPABILITY_IN_EVENT : SuggestionBasis.CONCEPT;
                assertThat(reasonFor(fromEvent, control, term)).as("%s in the event, %s", word, control)
                        .isEqualTo(control.has(term) ? expected : null);
            }
        }
    }

    private static SuggestionBasis reasonFor(List<Suggestion> suggestions, Control control, VocabularyTerm term) {
        Suggestion suggestion = suggestions.stream().filter(s -> s.controlId().equals(control.id())).findFirst()
                .orElseThrow();
        return suggestion.reasons().stream().filter(r -> r.term().equals(java.util.Optional.of(term)))
                .map(SuggestionReason::basis).findFirst().orElse(null);
    }

    @Test
    void wordsSuggesting_otherTerms() {
        assertThatThrownBy(() -> GapCheck.wordsSuggesting(TreatmentOption.REDUCE)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for a suggesting term (valid values an operational capability or a "
                        + "cybersecurity concept): 'reduce' (TreatmentOption)");
        assertThatThrownBy(() -> GapCheck.wordsSuggesting(SecurityProperty.INTEGRITY)).isInstanceOf(IsmsException.class);
        assertThatThrownBy(() -> GapCheck.wordsSuggesting(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("term");
    }

    @Test
    void suggestions_scoreOfEachBasis() {
        // 6.3 (human resource security; protect) for a staff-awareness risk losing confidentiality and integrity:
        // 1 + 1 for the properties, 3 for the capability in the risk source, 1 for protect ("不足"), 2 for the title.
        Risk risk = Risk.newBuilder().number(2).assetNumbers(List.of(40)).riskSource("教育不足による社員の意識の低さ")
                .impactArea("全社").event("誤送信").lostProperties(SecurityProperty.CONFIDENTIALITY).build()
                .withLostProperties(EnumSet.of(SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY));
        GapCheck check = GapCheck.of(List.of(risk), Map.of());
        Suggestion awareness = suggestion(check, 2, "6.3");
        assertThat(awareness.reasons()).extracting(SuggestionReason::basis).containsExactly(
                SuggestionBasis.LOST_PROPERTY, SuggestionBasis.LOST_PROPERTY, SuggestionBasis.CAPABILITY_IN_RISK_SOURCE,
                SuggestionBasis.CONCEPT, SuggestionBasis.TITLE);
        assertThat(awareness.score()).isEqualTo(8);
        assertThat(awareness.reasons().get(2).words()).containsExactly("教育", "意識", "社員");
        assertThat(awareness.reasons().get(4).words()).containsExactly("教育", "意識");
        // 6.6 preserves confidentiality only, within what the risk loses: 1 + 1; its capabilities in their
        // order, information protection (誤送信 in the event: 1) and human resource security (3); protect: 1.
        Suggestion agreements = suggestion(check, 2, "6.6");
        assertThat(agreements.reasons()).extracting(SuggestionReason::basis).containsExactly(
                SuggestionBasis.LOST_PROPERTY, SuggestionBasis.ONLY_LOST_PROPERTIES, SuggestionBasis.CAPABILITY_IN_EVENT,
                SuggestionBasis.CAPABILITY_IN_RISK_SOURCE, SuggestionBasis.CONCEPT);
        assertThat(agreements.score()).isEqualTo(7);
    }

    @Test
    void suggestions_wordsInsideALongerWordFoundAreLeftOut() {
        // 不明 (unknown) and 不明確 (unclear) both suggest identify; beside 不明確, 不明 says nothing more.
        Risk risk = Risk.newBuilder().number(3).assetNumbers(List.of(10)).riskSource("電子情報の分類・取扱いが不明確")
                .impactArea("外部").event("情報の紛失・盗難").lostProperties(SecurityProperty.CONFIDENTIALITY).build();
        Suggestion records = suggestion(GapCheck.of(List.of(risk), Map.of()), 3, "5.33");
        assertThat(records.reasons()).filteredOn(r -> r.basis() == SuggestionBasis.CONCEPT).singleElement()
                .satisfies(r -> assertThat(r.words()).containsExactly("不明確"));
        assertThat(GapCheck.wordsSuggesting(CybersecurityConcept.IDENTIFY)).contains("不明", "不明確");
        Risk unknown = Risk.newBuilder().number(3).assetNumbers(List.of(10)).riskSource("保管場所が不明、持ち出し基準も不明確")
                .impactArea("外部").event("情報の紛失・盗難").lostProperties(SecurityProperty.CONFIDENTIALITY).build();
        Suggestion both = suggestion(GapCheck.of(List.of(unknown), Map.of()), 3, "5.33");
        assertThat(both.reasons()).filteredOn(r -> r.basis() == SuggestionBasis.CONCEPT).singleElement()
                .satisfies(r -> assertThat(r.words()).containsExactly("不明確"));
    }

    /** The suggestion of a control for a risk. */
    static Suggestion suggestion(GapCheck check, int risk, String controlId) {
        return check.allSuggestions(risk).stream().filter(s -> s.controlId().equals(ControlId.parse(controlId)))
                .findFirst().orElseThrow();
    }

    @Test
    void suggestionBasis_pointsAsDocumented() {
        assertThat(Stream.of(SuggestionBasis.values()).map(b -> b.code() + " " + b.points())).containsExactly(
                "lost_property 1", "only_lost_properties 1", "capability_in_risk_source 3", "capability_in_event 1",
                "concept 1", "title 2");
    }
}
