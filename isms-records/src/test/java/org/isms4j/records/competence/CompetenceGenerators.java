package org.isms4j.records.competence;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isms4j.records.leadership.IsmsRole;
import org.quicktheories.core.Gen;

/** QuickTheories generators of competence records, shared by the property tests of this package. */
final class CompetenceGenerators {

    static final ImprovementPlan PLAN = ImprovementPlan.of(LocalDate.of(2023, 9, 29), "ISMS構築作業を通して獲得");
    static final LocalDate CONFIRMED = LocalDate.of(2023, 10, 6);

    private CompetenceGenerators() {}

    /**
     * An item's shape as one number: rating 1 - 5, then whether it has a plan, then a re-rating
     * 0 (none) or 1 - 5 (only with a plan).
     */
    static Gen<int[]> itemShape() {
        return integers().between(1, 5).zip(integers().between(0, 1), integers().between(0, 5),
                (rating, plan, reRating) -> new int[] {rating, plan, plan == 1 ? reRating : 0});
    }

    static CompetenceItem item(int number, int[] shape) {
        return CompetenceItem.ofRecord(number, "必要条件" + number, CompetenceRating.of(shape[0]),
                shape[1] == 1 ? Optional.of(PLAN) : Optional.empty(),
                shape[2] > 0 ? Optional.of(CompetenceRating.of(shape[2])) : Optional.empty(),
                shape[2] > 0 ? Optional.of(CONFIRMED) : Optional.empty());
    }

    static Gen<CompetenceRecord> records() {
        return lists().of(itemShape()).ofSizeBetween(1, 6).map(CompetenceGenerators::record);
    }

    /** Records whose every item has an improvement plan: A or B. */
    static Gen<CompetenceRecord> plannedRecords() {
        return lists().of(itemShape().map(s -> new int[] {s[0], 1, s[2]})).ofSizeBetween(1, 6)
                .map(CompetenceGenerators::record);
    }

    static CompetenceRecord record(List<int[]> shapes) {
        List<CompetenceItem> items = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            items.add(item(i + 1, shapes.get(i)));
        }
        return CompetenceRecord.of(IsmsRole.DEPARTMENT_HEAD, "中村 誠", items);
    }
}
