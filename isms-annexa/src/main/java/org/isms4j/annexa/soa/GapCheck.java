package org.isms4j.annexa.soa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.CybersecurityConcept;
import org.isms4j.annexa.OperationalCapability;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.core.risk.Risk;

/**
 * The comparison with Annex A of step (3) of risk treatment (see {@code docs/method.md}), "did we
 * miss anything?": for each risk, the Annex A controls that might treat it but that no treatment
 * names, ranked by how well their ISO/IEC 27002 attributes match the risk, such as 8.1 user
 * endpoint devices first for the canonical risk 1 (mobile-device usage rules not established).
 *
 * <p>A control is a candidate for a risk when its "information security properties" attribute
 * holds a property the risk loses ({@link Risk#lostProperties()}), no treatment in the input names
 * it (whichever risk that treatment belongs to) and no {@link Consideration} covers it for the
 * risk. Most Annex A controls preserve all three properties, so the candidates are ranked: each is
 * a {@link Suggestion} whose score is the sum of the points of its reasons
 * ({@link SuggestionBasis}):
 * <ul>
 *   <li>1 per property the control preserves that the risk loses, and 1 more when it preserves
 *       none but those;
 *   <li>3 per operational capability of the control that a word of the risk source suggests, or
 *       1 when only a word of the event does;
 *   <li>1 per cybersecurity concept of the control that a word of the risk source or event
 *       suggests;
 *   <li>2 when the control's Japanese or English title contains one of those words.
 * </ul>
 * The words of a capability or concept are its Japanese and English names and a short list of
 * everyday words ({@link #wordsSuggesting(VocabularyTerm)}), found in the text ignoring case. Ties
 * go in document order (5.2 before 5.10). {@link #suggestions(int)} gives the first
 * {@link #limit()} of a risk (5 unless set), {@link #allSuggestions(int)} all of them.
 *
 * <p>The result is a checklist for the assessor, not a verdict: a control that needs no treatment
 * of its own is recorded as considered ({@link #withConsidered(Iterable)}), with the reason, and
 * no longer comes back. {@link #missedControls()} is the unranked checklist over all risks.
 *
 * <p>Worked example: the canonical risk 2, staff awareness, gets the people controls first; once
 * 6.6 is recorded as considered, 6.5 takes its place in the first five.
 * <pre>{@code
 * import java.time.LocalDate;
 * import java.util.List;
 * import java.util.Locale;
 * import java.util.Map;
 * import org.isms4j.core.risk.Risk;
 *
 * Risk risk = Risk.newBuilder().number(2).assetNumbers(List.of(40)).riskSource("教育不足による社員の意識の低さ")
 *         .impactArea("全社").event("誤送信").lostProperties(SecurityProperty.CONFIDENTIALITY).build();
 * GapCheck check = GapCheck.of(List.of(risk), Map.of());
 * Suggestion first = check.suggestions(2).get(0);
 * System.out.println(first.controlId() + " " + first.score() + ": " + first.reasons(Locale.ENGLISH).get(1));
 * // prints: 6.3 7: operational capability 'human resource security', suggested by '教育', '意識', '社員' in the risk source
 * Suggestion second = check.suggestions(2).get(1);
 * check = check.withConsidered(List.of(Consideration.of(second, "就業規則に守秘義務を定めている", "ISMS事務局",
 *         LocalDate.of(2023, 9, 30))));
 * System.out.println(second.controlId() + " considered; now "
 *         + check.suggestions(2).stream().map(s -> s.controlId().toString()).toList());
 * // prints: 6.6 considered; now [6.3, 6.1, 6.2, 6.4, 6.5]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GapCheck {

    /** The number of suggestions per risk unless set otherwise: {@value}. */
    public static final int DEFAULT_LIMIT = 5;


    GapCheck() {}

    /**
     * Returns the risks, in number order.
     *
     * @return an unmodifiable list of risks with unique numbers, not null
     */
    public abstract List<Risk> risks();

    /**
     * Returns the Annex A controls some treatment names, in document order, such as 5.12 and 5.13;
     * the check never suggests them.
     *
     * @return an unmodifiable sorted set, not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<ControlId> namedControls();

    /**
     * Returns the considerations, in document order of their controls.
     *
     * @return an unmodifiable list, each for a risk of the check, no two covering the same
     *     control and risk; not null
     */
    public abstract List<Consideration> considerations();

    /**
     * Returns the number of suggestions per risk of {@link #suggestions(int)}.
     *
     * @return the limit, 1 - 93; {@value #DEFAULT_LIMIT} unless set
     */
    @Value.Default
    public int limit() {
        return DEFAULT_LIMIT;
    }

    /**
     * Obtains a gap check of risks against the controls their treatments name, with no
     * considerations and the default limit.
     *
     * @param risks the risks, with unique numbers, in any order; not null, without null elements
     * @param controlsByRisk risk number (1 or more) to the Annex A controls its treatment names,
     *     the input of {@link StatementOfApplicability#ofTreatments(Map)}; it may hold risks
     *     outside {@code risks}, whose controls count as named; not null, without null keys,
     *     values or elements
     * @return the check, not null
     * @throws IsmsException if two risks share a number or a risk number is below 1
     */
    public static GapCheck of(Collection<Risk> risks, Map<Integer, ? extends Collection<ControlId>> controlsByRisk) {
        Objects.requireNonNull(risks, "risks");
        Set<ControlId> named = Treatments.risksByControl(controlsByRisk).keySet();
        List<Risk> sorted = new ArrayList<>();
        for (Risk risk : risks) {
            sorted.add(Objects.requireNonNull(risk, "risks element"));
        }
        sorted.sort(Comparator.comparingInt(Risk::number));
        return ImmutableGapCheck.builder().risks(sorted).namedControls(named).build();
    }

    /**
     * Returns the controls a set of risks might need but no treatment names, in document order;
     * the same as {@code GapCheck.of(risks, controlsByRisk).missedControls()}.
     *
     * @param risks the risks, with unique numbers; not null, without null elements
     * @param controlsByRisk risk number (1 or more) to the Annex A controls its treatment names,
     *     as for {@link #of(Collection, Map)}; not null, without null keys, values or elements
     * @return an unmodifiable list, not null
     * @throws IsmsException if two risks share a number or a risk number is below 1
     */
    public static List<MissedControl> missedControls(Collection<Risk> risks,
            Map<Integer, ? extends Collection<ControlId>> controlsByRisk) {
        return of(risks, controlsByRisk).missedControls();
    }

    /**
     * Returns the words that suggest an operational capability or a cybersecurity concept: its
     * Japanese and English names, then everyday words, such as 教育, {@code training} for human
     * resource security.
     *
     * @param term an {@link OperationalCapability} or a {@link CybersecurityConcept}, not null
     * @return an unmodifiable, non-empty list, not null
     * @throws IsmsException if the term is neither
     */
    public static List<String> wordsSuggesting(VocabularyTerm term) {
        Objects.requireNonNull(term, "term");
        if (!(term instanceof OperationalCapability) && !(term instanceof CybersecurityConcept)) {
            throw new IsmsException("Invalid value for a suggesting term (valid values an operational capability or "
                    + "a cybersecurity concept): '" + term.code() + "' (" + term.getClass().getSimpleName() + ")");
        }
        return RiskWords.suggesting(term);
    }

    /**
     * Returns a copy with other considerations, which the check no longer suggests.
     *
     * @param considerations the considerations, in any order; not null, without null elements;
     *     copied
     * @return the copy, not null
     * @throws IsmsException if a consideration names a risk the check does not hold, or two cover
     *     the same control and risk (the same risk twice, or a risk and all risks)
     */
    public final GapCheck withConsidered(Iterable<Consideration> considerations) {
        return ImmutableGapCheck.builder().from(this).considerations(Considerations.of(considerations).list())
                .build();
    }

    /**
     * Returns a copy with another number of suggestions per risk.
     *
     * @param limit the limit, 1 - 93
     * @return the copy, {@code this} if unchanged
     * @throws IsmsException if the limit is outside 1 - 93
     */
    public abstract GapCheck withLimit(int limit);

    @Value.Check
    final void check() {
        Checks.inRange("limit", 1, AnnexA.all().size(), limit());
        Set<Integer> numbers = new HashSet<>();
        for (Risk risk : risks()) {
            if (!numbers.add(risk.number())) {
                throw new IsmsException(Checks.format("Duplicate risk number: %d", risk.number()));
            }
        }
        Considerations.of(considerations());
        for (Consideration consideration : considerations()) {
            if (!consideration.isForAllRisks() && !numbers.contains(consideration.riskNumber().getAsInt())) {
                throw new IsmsException(Checks.format("Invalid value for risk number of the consideration of control "
                        + "%s (must be one of the check's risks): %d", consideration.controlId(),
                        consideration.riskNumber().getAsInt()));
            }
        }
    }

    /**
     * Returns the first {@link #limit()} suggestions for a risk, best first.
     *
     * @param riskNumber the number of one of the check's risks
     * @return an unmodifiable list of at most {@code limit()} suggestions, not null
     * @throws IsmsException if the check holds no risk with that number
     */
    public final List<Suggestion> suggestions(int riskNumber) {
        List<Suggestion> all = allSuggestions(riskNumber);
        return all.subList(0, Math.min(limit(), all.size()));
    }

    /**
     * Returns every suggestion for a risk, best first: highest score, then document order.
     *
     * @param riskNumber the number of one of the check's risks
     * @return an unmodifiable list, not null
     * @throws IsmsException if the check holds no risk with that number
     */
    public final List<Suggestion> allSuggestions(int riskNumber) {
        Optional<Risk> risk = risks().stream().filter(r -> r.number() == riskNumber).findFirst();
        if (risk.isEmpty()) {
            throw new IsmsException(Checks.format("Invalid value for risk number (must be one of the check's risks): %d",
                    riskNumber));
        }
        RiskWords words = RiskWords.of(risk.get());
        List<Suggestion> suggestions = new ArrayList<>();
        for (Control control : AnnexA.all()) {
            if (isOpen(control.id(), riskNumber)) {
                Suggestion.of(risk.get(), words, control).ifPresent(suggestions::add);
            }
        }
        suggestions.sort(Suggestion.RANKING);
        return Collections.unmodifiableList(suggestions);
    }

    /**
     * Returns the first {@link #limit()} suggestions of every risk: the risks in number order,
     * the suggestions of each best first.
     *
     * @return an unmodifiable list, not null
     */
    public final List<Suggestion> suggestions() {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Risk risk : risks()) {
            suggestions.addAll(suggestions(risk.number()));
        }
        return Collections.unmodifiableList(suggestions);
    }

    /**
     * Returns the unranked checklist over all risks, in document order: each control that some
     * risk might need but no treatment names and no consideration covers, with those risks.
     *
     * @return an unmodifiable list, not null
     */
    public final List<MissedControl> missedControls() {
        List<MissedControl> missed = new ArrayList<>();
        for (Control control : AnnexA.all()) {
            SortedSet<Integer> riskNumbers = new TreeSet<>();
            Set<SecurityProperty> properties = EnumSet.noneOf(SecurityProperty.class);
            for (Risk risk : risks()) {
                if (!isOpen(control.id(), risk.number())) {
                    continue;
                }
                for (SecurityProperty lost : risk.lostProperties()) {
                    if (control.securityProperties().contains(lost)) {
                        riskNumbers.add(risk.number());
                        properties.add(lost);
                    }
                }
            }
            if (!riskNumbers.isEmpty()) {
                missed.add(ImmutableMissedControl.builder().controlId(control.id()).riskNumbers(riskNumbers)
                        .properties(properties).build());
            }
        }
        return Collections.unmodifiableList(missed);
    }

    /** Tells whether a control is neither named by a treatment nor considered for a risk. */
    private boolean isOpen(ControlId id, int riskNumber) {
        if (namedControls().contains(id)) {
            return false;
        }
        for (Consideration consideration : considerations()) {
            if (consideration.controlId().equals(id) && consideration.covers(riskNumber)) {
                return false;
            }
        }
        return true;
    }
}
