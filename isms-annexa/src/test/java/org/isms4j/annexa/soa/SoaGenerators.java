package org.isms4j.annexa.soa;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isms4j.annexa.AnnexA;
import org.isms4j.annexa.Control;
import org.isms4j.annexa.ControlId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of SoA decisions, shared by the property tests of this package. */
final class SoaGenerators {

    static final List<ControlId> IDS = AnnexA.all().stream().map(Control::id).toList();

    private static final List<String> REASONS = List.of("", " ", "顧客との契約で要求される", "no in-house development");
    private static final List<String> DOCUMENTS = List.of("A-02 情報セキュリティ方針", "情報セキュリティ手順書5.1.1",
            "C-03 アクセス管理手順");

    private SoaGenerators() {}

    static Gen<Applicability> applicability() {
        return Generate.enumValues(Applicability.class);
    }

    static Gen<Optional<ImplementationStatus>> status() {
        return integers().between(0, 3).map(i -> i == 0 ? Optional.<ImplementationStatus>empty()
                : Optional.of(ImplementationStatus.values()[i - 1]));
    }

    static Gen<String> reason() {
        return Generate.pick(REASONS);
    }

    static Gen<Set<ReasonCode>> reasonCodes() {
        return integers().between(0, (1 << ReasonCode.values().length) - 1).map(bits -> {
            Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
            for (ReasonCode code : ReasonCode.values()) {
                if ((bits & 1 << code.ordinal()) != 0) {
                    codes.add(code);
                }
            }
            return codes;
        });
    }

    static Gen<List<Integer>> riskNumbers() {
        return lists().of(integers().between(1, 12)).ofSizeBetween(0, 3)
                .map(numbers -> List.copyOf(new java.util.LinkedHashSet<>(numbers)));
    }

    static Gen<List<String>> documents() {
        return lists().of(Generate.pick(DOCUMENTS)).ofSizeBetween(0, 2);
    }

    /** Any decision, consistent or not. */
    static Gen<Decision> decisions() {
        Gen<Decision> core = applicability().zip(status(), reason(), reasonCodes(),
                (applicability, status, reason, codes) -> Decision.of(applicability).withStatus(status)
                        .withReason(reason).withReasonCodes(codes));
        return core.zip(riskNumbers(), documents(), documents(),
                (decision, risks, documents, evidence) -> decision.withRiskNumbers(risks).withDocuments(documents)
                        .withEvidence(evidence));
    }

    /** A decision that keeps every rule: a reason, and no status when excluded. */
    static Gen<Decision> consistentDecisions() {
        return decisions().map(decision -> {
            Decision result = decision;
            if (!result.hasReason()) {
                result = result.withReasonCodes(ReasonCode.BEST_PRACTICE);
            }
            return result.isExcluded() ? result.withStatus(Optional.empty()) : result;
        });
    }

    /** For each of the 93 controls, a decision or none (undecided), in document order. */
    static Gen<List<Optional<Decision>>> anySoa() {
        Gen<Optional<Decision>> maybe = integers().between(0, 9).zip(decisions(),
                (roll, decision) -> roll == 0 ? Optional.<Decision>empty() : Optional.of(decision));
        return lists().of(maybe).ofSize(IDS.size());
    }

    /**
     * A complete SoA with up to three corruptions: a decision removed, a reason cleared, or a
     * decision turned excluded while keeping a status. A corruption may happen to change nothing.
     */
    static Gen<List<Optional<Decision>>> nearlyCompleteSoa() {
        Gen<List<Decision>> complete = lists().of(consistentDecisions()).ofSize(IDS.size());
        Gen<List<int[]>> corruptions = lists().of(integers().between(0, IDS.size() - 1)
                .zip(integers().between(0, 2), (index, kind) -> new int[] {index, kind})).ofSizeBetween(0, 3);
        return complete.zip(corruptions, (decisions, changes) -> {
            List<Optional<Decision>> soa = new ArrayList<>();
            for (Decision decision : decisions) {
                soa.add(Optional.of(decision));
            }
            for (int[] change : changes) {
                Optional<Decision> decision = soa.get(change[0]);
                if (change[1] == 0 || decision.isEmpty()) {
                    soa.set(change[0], Optional.empty());
                } else if (change[1] == 1) {
                    soa.set(change[0], Optional.of(decision.get().withReason("").withReasonCodes(List.of())));
                } else {
                    soa.set(change[0], Optional.of(decision.get().withApplicability(Applicability.EXCLUDED)
                            .withStatus(ImplementationStatus.IMPLEMENTED)));
                }
            }
            return soa;
        });
    }

    static StatementOfApplicability toSoa(List<Optional<Decision>> decisions) {
        StatementOfApplicability soa = StatementOfApplicability.empty();
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).isPresent()) {
                soa = soa.with(IDS.get(i), decisions.get(i).get());
            }
        }
        return soa;
    }
}
