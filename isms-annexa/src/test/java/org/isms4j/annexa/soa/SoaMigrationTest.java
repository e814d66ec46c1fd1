package org.isms4j.annexa.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.isms4j.annexa.Iso2013Control;
import org.isms4j.annexa.Iso2013ControlId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SoaMigrationTest {

    static Iso2013ControlId old(String id) {
        return Iso2013ControlId.parse(id);
    }

    static ControlId id(String id) {
        return ControlId.parse(id);
    }

    @Test
    void carries_agreeingDecision() {
        Decision classified = Decision.applicable("分類基準あり", ReasonCode.BEST_PRACTICE)
                .withStatus(ImplementationStatus.IMPLEMENTED).withDocuments("A-02 情報セキュリティ方針").withRiskNumbers(3);
        SoaMigration migration = SoaMigration.of(Map.of(old("A.8.2.1"), classified));
        assertThat(migration.draft().find(id("5.12"))).contains(classified);
        assertThat(migration.sources(id("5.12"))).containsExactly(Map.entry(old("A.8.2.1"), classified));
        assertThat(migration.conflicts()).isEmpty();
        assertThat(migration.draft().decisions()).hasSize(1);
        assertThat(migration.draft().undecided()).hasSize(92);
    }

    @Test
    void merges_agreeingSources() {
        Decision policy = Decision.applicable("方針は必須", ReasonCode.BEST_PRACTICE)
                .withStatus(ImplementationStatus.IMPLEMENTED).withDocuments("A-02 情報セキュリティ方針").withRiskNumbers(1);
        Decision review = Decision.applicable("年次レビュー", ReasonCode.LEGAL_OR_REGULATORY)
                .withStatus(ImplementationStatus.IMPLEMENTED).withDocuments("A-02 情報セキュリティ方針", "D-01 レビュー記録")
                .withEvidence("D-01 2024").withRiskNumbers(2);
        SoaMigration migration = SoaMigration.of(Map.of(old("A.5.1.1"), policy, old("A.5.1.2"), review));
        Decision merged = migration.draft().find(id("5.1")).orElseThrow();
        assertThat(merged.status()).contains(ImplementationStatus.IMPLEMENTED);
        assertThat(merged.reason()).isEqualTo("方針は必須\n年次レビュー");
        assertThat(merged.reasonCodes()).containsExactly(ReasonCode.LEGAL_OR_REGULATORY, ReasonCode.BEST_PRACTICE);
        assertThat(merged.documents()).containsExactly("A-02 情報セキュリティ方針", "D-01 レビュー記録");
        assertThat(merged.evidence()).containsExactly("D-01 2024");
        assertThat(merged.riskNumbers()).containsExactly(1, 2);
    }

    @Test
    void conflict_whenSourcesDisagree() {
        Decision applicable = Decision.applicable("x").withStatus(ImplementationStatus.IMPLEMENTED);
        Decision excluded = Decision.excluded("y");
        SoaMigration migration = SoaMigration.of(Map.of(old("A.8.3.1"), applicable, old("A.11.2.5"), excluded));
        assertThat(migration.draft().find(id("7.10"))).isEmpty();
        assertThat(migration.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.controlId()).isEqualTo(id("7.10"));
            assertThat(conflict.decisions()).containsExactly(Map.entry(old("A.8.3.1"), applicable),
                    Map.entry(old("A.11.2.5"), excluded));
            assertThat(conflict.message()).isEqualTo(
                    "Control 7.10 has disagreeing 2013 decisions: A.8.3.1 applicable (implemented), A.11.2.5 excluded");
            assertThat(conflict).hasToString(conflict.message());
        });
        // A.11.2.5 alone continues into 7.10 only; A.8.3.1 too. Nothing else is drafted.
        assertThat(migration.draft().decisions()).isEmpty();
    }

    @Test
    void conflict_whenStatusesDisagree() {
        SoaMigration migration = SoaMigration.of(Map.of(
                old("A.8.3.1"), Decision.applicable("x").withStatus(ImplementationStatus.IMPLEMENTED),
                old("A.8.3.2"), Decision.applicable("x").withStatus(ImplementationStatus.NOT_IMPLEMENTED)));
        assertThat(migration.conflicts()).extracting(MigrationConflict::controlId).containsExactly(id("7.10"));
    }

    @Test
    void oneSourceFeedsTwoControls() {
        Decision review = Decision.applicable("技術的レビュー", ReasonCode.BEST_PRACTICE);
        SoaMigration migration = SoaMigration.of(Map.of(old("A.18.2.3"), review));
        assertThat(migration.draft().find(id("5.36"))).contains(review);
        assertThat(migration.draft().find(id("8.8"))).contains(review);
    }

    @Test
    void newAndUncoveredControls() {
        SoaMigration migration = SoaMigration.of(Map.of(old("A.8.2.1"), Decision.applicable("x")));
        assertThat(migration.newControls()).hasSize(11)
                .allMatch(c -> migration.draft().find(c).isEmpty() && migration.sources(c).isEmpty());
        assertThat(migration.uncovered()).hasSize(93 - 11 - 1).doesNotContain(id("5.12"));
        assertThat(migration.draft().undecided()).hasSize(92);
        assertThat(SoaMigration.of(Map.of()).uncovered()).hasSize(82);
    }

    @Test
    void nulls_namedParameters() {
        assertThatThrownBy(() -> SoaMigration.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("iso2013Decisions");
        assertThatThrownBy(() -> SoaMigration.of(Map.of()).sources(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("id");
    }

    /** Decisions drawn from a small space, so that sources often agree and sometimes conflict. */
    static Gen<SortedMap<Iso2013ControlId, Decision>> iso2013Soas() {
        List<Iso2013ControlId> ids = AnnexA.all2013().stream().map(Iso2013Control::id).toList();
        Gen<Optional<Decision>> maybe = integers().between(0, 5).zip(SoaGenerators.decisions(), (roll, decision) -> {
            switch (roll) {
                case 0:
                    return Optional.<Decision>empty();
                case 1:
                    return Optional.of(decision);
                default:
                    return Optional.of(decision.withApplicability(Applicability.APPLICABLE)
                            .withStatus(ImplementationStatus.IMPLEMENTED));
            }
        });
        return lists().of(maybe).ofSize(ids.size()).map(decisions -> {
            SortedMap<Iso2013ControlId, Decision> soa = new TreeMap<>();
            for (int i = 0; i < ids.size(); i++) {
                int index = i;
                decisions.get(i).ifPresent(d -> soa.put(ids.get(index), d));
            }
            return soa;
        });
    }

    @Test
    void migration_losesNoDecision() {
        int[] seen = new int[2];
        qt().withExamples(300).forAll(iso2013Soas()).checkAssert(decisions -> {
            SoaMigration migration = SoaMigration.of(decisions);
            for (Map.Entry<Iso2013ControlId, Decision> entry : decisions.entrySet()) {
                Decision source = entry.getValue();
                for (ControlId target : AnnexA.get2013(entry.getKey()).iso2022()) {
                    Optional<Decision> carried = migration.draft().find(target);
                    Optional<MigrationConflict> conflict = migration.conflicts().stream()
                            .filter(c -> c.controlId().equals(target)).findFirst();
                    assertThat(carried.isPresent()).as("carried or in conflict, not both: %s", target)
                            .isNotEqualTo(conflict.isPresent());
                    assertThat(migration.sources(target)).containsEntry(entry.getKey(), source);
                    if (conflict.isPresent()) {
                        seen[1]++;
                        assertThat(conflict.get().decisions()).containsEntry(entry.getKey(), source);
                    } else {
                        seen[0]++;
                        Decision decision = carried.get();
                        assertThat(decision.applicability()).isEqualTo(source.applicability());
                        assertThat(decision.status()).isEqualTo(source.status());
                        assertThat(decision.reasonCodes()).containsAll(source.reasonCodes());
                        assertThat(decision.riskNumbers()).containsAll(source.riskNumbers());
                        assertThat(decision.documents()).containsAll(source.documents());
                        assertThat(decision.evidence()).containsAll(source.evidence());
                        if (!source.reason().isBlank()) {
                            assertThat(Arrays.asList(decision.reason().split("\n"))).contains(source.reason());
                        }
                    }
                }
            }
        });
        assertThat(seen[0]).as("carried decisions").isPositive();
        assertThat(seen[1]).as("decisions in conflicts").isPositive();
    }

    @Test
    void migration_accountsForEveryControlOnce() {
        qt().withExamples(200).forAll(iso2013Soas()).checkAssert(decisions -> {
            SoaMigration migration = SoaMigration.of(decisions);
            Set<ControlId> accounted = new HashSet<>();
            accounted.addAll(migration.draft().decisions().keySet());
            for (MigrationConflict conflict : migration.conflicts()) {
                assertThat(accounted.add(conflict.controlId())).isTrue();
                assertThat(conflict.decisions()).hasSizeGreaterThan(1);
            }
            for (ControlId id : migration.newControls()) {
                assertThat(accounted.add(id)).isTrue();
            }
            for (ControlId id : migration.uncovered()) {
                assertThat(accounted.add(id)).isTrue();
                assertThat(migration.sources(id)).isEmpty();
            }
            assertThat(accounted).hasSize(93);
            for (Control control : AnnexA.all()) {
                assertThat(migration.sources(control.id()).isEmpty())
                        .isEqualTo(migration.newControls().contains(control.id())
                                || migration.uncovered().contains(control.id()));
            }
        });
    }
}
