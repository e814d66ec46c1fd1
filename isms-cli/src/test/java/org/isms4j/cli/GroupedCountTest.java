package org.isms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The counts of the command's lines, grouped by hand as NumberFormat groups them in both languages. */
class GroupedCountTest {

    @Test
    void grouped_isWhatNumberFormatWritesInEnglishAndJapanese() {
        long[] counts = {0, 7, 999, 1_000, 12_345, 200_000, 1_000_000, 1_234_567_890L, -1_500, Long.MAX_VALUE,
            Long.MIN_VALUE};
        for (long count : counts) {
            assertThat(IsmsCli.grouped(count)).as("%d", count)
                    .isEqualTo(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count))
                    .isEqualTo(NumberFormat.getIntegerInstance(Locale.JAPANESE).format(count));
        }
    }
}
