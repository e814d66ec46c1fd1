package org.isms4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isms4j.core.AcceptanceCriteria;
import org.isms4j.core.AcceptanceThreshold;
import org.isms4j.core.Priority;
import org.isms4j.report.internal.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The colours of priorities: distinct, and readable under their text at 4.5:1 or more. */
class PaletteTest {

    private static AcceptanceCriteria criteria(int thresholds) {
        List<AcceptanceThreshold> list = new ArrayList<>();
        for (int t = 0; t < thresholds; t++) {
            list.add(AcceptanceThreshold.of(100 - t * 9, "対応" + t, "treat " + t));
        }
        return AcceptanceCriteria.of(list, "受容範囲", "acceptable");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
    void fill_everyPriorityDistinctAndReadable(int thresholds) {
        AcceptanceCriteria criteria = criteria(thresholds);
        List<Priority> priorities = new ArrayList<>(criteria.priorities());
        priorities.add(criteria.acceptable());
        Set<String> fills = new HashSet<>();
        for (Priority priority : priorities) {
            String fill = Palette.fill(priority, criteria);
            assertThat(fill).matches("#[0-9a-f]{6}");
            assertThat(Palette.contrast(fill, Palette.TEXT)).as("contrast of %s on %s", Palette.TEXT, fill)
                    .isGreaterThanOrEqualTo(4.5);
            fills.add(fill);
        }
        assertThat(fills).as("one colour per priority").hasSize(priorities.size());
    }

    @Test
    void fill_standardCriteriaRunFromRedToYellowWithGreenForAcceptable() {
        AcceptanceCriteria criteria = AcceptanceCriteria.standard();
        assertThat(criteria.priorities()).extracting(p -> Palette.fill(p, criteria))
                .containsExactly("#f49a9a", "#f4c39a", "#f4ec9a");
        assertThat(Palette.fill(criteria.acceptable(), criteria)).isEqualTo("#9af4a9");
    }

    @Test
    void contrast_isThatOfWcag() {
        assertThat(Palette.contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(Palette.contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
        assertThat(Palette.contrast("#767676", "#ffffff")).isBetween(4.54, 4.55);
    }
}
