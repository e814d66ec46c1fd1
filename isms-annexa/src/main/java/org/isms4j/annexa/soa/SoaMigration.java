package org.isms4j.annexa.soa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013ControlId;

/**
 * The migration of a Statement of Applicability written against ISO/IEC 27001:2013 (2013 ids such
 * as A.8.2.1) to a draft over the 2022 catalogue, such as A.8.2.1 applicable and implemented
 * carried to 5.12.
 *
 * <p>Each 2022 control looks at the decisions on the 2013 controls it continues (its
 * {@link #sources(ControlId) sources}, through the 115-pair correspondence):
 * <ul>
 *   <li>sources that agree (same applicability, same implementation status) are carried over as
 *       one decision: their reasons joined one per line (duplicates once), reason codes, risk
 *       numbers, documents and evidence merged;
 *   <li>sources that disagree make a {@link MigrationConflict}, and the control stays undecided;
 *   <li>a control with no decided source stays undecided: the 11 {@link #newControls() new
 *       controls}, which continue nothing, and the {@link #uncovered() uncovered} ones whose
 *       predecessors the old SoA did not decide.
 * </ul>
 * No 2013 decision is silently dropped: every one is carried into each 2022 control that continues
 * it, or shown in that control's conflict.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SoaMigration {

    SoaMigration() {}

    /**
     * Returns the decisions of the 2013-based SoA, in 2013 document order.
     *
     * @return an unmodifiable sorted map, not null
     */
    @Value.Parameter
    @Value.NaturalOrder
    public abstract SortedMap<Iso2013ControlId, Decision> iso2013Decisions();

    /**
     * Migrates a 2013-based SoA.
     *
     * @param iso2013Decisions the decisions by 2013 control, such as A.8.2.1 applicable; not null,
     *     without null keys or values; copied
     * @return the migration, not null
     */
    public static SoaMigration of(Map<? extends Iso2013ControlId, ? extends Decision> iso2013Decisions) {
        Objects.requireNonNull(iso2013Decisions, "iso2013Decisions");
        return ImmutableSoaMigration.of(iso2013Decisions);
    }

    @Value.Lazy
    Outcome outcome() {
        Map<ControlId, Decision> carried = new TreeMap<>();
        List<MigrationConflict> conflicts = new ArrayList<>();
        List<ControlId> uncovered = new ArrayList<>();
        for (Control control : AnnexA.all()) {
            SortedMap<Iso2013ControlId, Decision> sources = sources(control.id());
            if (sources.isEmpty()) {
                if (!control.isNewIn2022()) {
                    uncovered.add(control.id());
                }
            } else if (agree(sources.values())) {
                carried.put(control.id(), merge(sources.values()));
            } else {
                conflicts.add(ImmutableMigrationConflict.builder().controlId(control.id()).decisions(sources).build());
            }
        }
        return new Outcome(StatementOfApplicability.of(carried), Collections.unmodifiableList(conflicts),
                Collections.unmodifiableList(uncovered));
    }

    /**
     * Returns the 2022 draft: the decisions carried over; conflicting, new and uncovered controls
     * are undecided.
     *
     * @return the draft, not null
     */
    public final StatementOfApplicability draft() {
        return outcome().draft;
    }

    /**
     * Returns the controls whose 2013 sources disagree, in document order.
     *
     * @return an unmodifiable list, not null
     */
    public final List<MigrationConflict> conflicts() {
        return outcome().conflicts;
    }

    /**
     * Returns the 11 controls new in 2022, which continue no 2013 control and so must be decided
     * afresh: 5.7, 5.23, 5.30, 7.4, 8.9, 8.10, 8.11, 8.12, 8.16, 8.23 and 8.28.
     *
     * @return an unmodifiable list, not null
     */
    public final List<ControlId> newControls() {
        List<ControlId> ids = new ArrayList<>(11);
        for (Control control : AnnexA.newIn2022()) {
            ids.add(control.id());
        }
        return Collections.unmodifiableList(ids);
    }

    /**
     * Returns the controls that continue 2013 controls none of which the old SoA decided, in
     * document order.
     *
     * @return an unmodifiable list, not null
     */
    public final List<ControlId> uncovered() {
        return outcome().uncovered;
    }

    /**
     * Returns the 2013 decisions on the predecessors of a 2022 control, such as A.8.2.1's for
     * 5.12.
     *
     * @param id the 2022 control, not null
     * @return an unmodifiable sorted map, empty if none of its predecessors was decided, not null
     */
    public final SortedMap<Iso2013ControlId, Decision> sources(ControlId id) {
        SortedMap<Iso2013ControlId, Decision> sources = new TreeMap<>();
        for (Iso2013ControlId old : AnnexA.get(Objects.requireNonNull(id, "id")).iso2013()) {
            Decision decision = iso2013Decisions().get(old);
            if (decision != null) {
                sources.put(old, decision);
            }
        }
        return Collections.unmodifiableSortedMap(sources);
    }

    private static boolean agree(Iterable<Decision> decisions) {
        Decision first = null;
        for (Decision decision : decisions) {
            if (first == null) {
                first = decision;
            } else if (decision.applicability() != first.applicability() || !decision.status().equals(first.status())) {
                return false;
            }
        }
        return true;
    }

    private static Decision merge(Iterable<Decision> decisions) {
        Decision first = null;
        Set<String> reasons = new LinkedHashSet<>();
        Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
        SortedSet<Integer> risks = new TreeSet<>();
        Set<String> documents = new LinkedHashSet<>();
        Set<String> evidence = new LinkedHashSet<>();
        for (Decision decision : decisions) {
            if (first == null) {
                first = decision;
            }
            if (!decision.reason().isBlank()) {
                reasons.add(decision.reason());
            }
            codes.addAll(decision.reasonCodes());
            risks.addAll(decision.riskNumbers());
            documents.addAll(decision.documents());
            evidence.addAll(decision.evidence());
        }
        Objects.requireNonNull(first, "decisions");
        return ImmutableDecision.builder().applicability(first.applicability()).status(first.status())
                .reason(String.join("\n", reasons)).reasonCodes(codes).riskNumbers(risks).documents(documents)
                .evidence(evidence).build();
    }

    /** What a migration gives, computed once. */
    static final class Outcome {
        final StatementOfApplicability draft;
        final List<MigrationConflict> conflicts;
        final List<ControlId> uncovered;

        Outcome(StatementOfApplicability draft, List<MigrationConflict> conflicts, List<ControlId> uncovered) {
            this.draft = draft;
            this.conflicts = conflicts;
            this.uncovered = uncovered;
        }
    }
}
