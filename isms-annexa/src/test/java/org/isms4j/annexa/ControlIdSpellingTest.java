package org.isms4j.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.core.treatment.TreatmentControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spellings of an Annex A id are read alike everywhere: isms-annexa's {@link ControlId} and
 * isms-core's {@link TreatmentControl} accept the same texts and write the same canonical id.
 */
class ControlIdSpellingTest {

    /** The spellings of one id in use, such as {@code A.8.24}, {@code A 8.24} and {@code 8.24}. */
    private static final List<String> SPELLINGS = List.of("%s", "A.%s", "A %s", "a.%s", "a %s", " %s ", "\t%s\n",
            "\u3000A.%s\u3000", " A %s");

    static Stream<Arguments> everyControlInEverySpelling() {
        return AnnexA.all().stream().map(Control::id)
                .flatMap(id -> SPELLINGS.stream().map(spelling -> Arguments.of(id, String.format(spelling, id))));
    }

    @ParameterizedTest(name = "''{1}''")
    @MethodSource("everyControlInEverySpelling")
    void everySpelling_readsAsTheControl_writtenCanonically(ControlId id, String text) {
        assertThat(ControlId.parse(text)).isSameAs(id);
        assertThat(TreatmentControl.canonical(text)).isEqualTo(id.toString());
        assertThat(TreatmentControl.of("管理策", text).annexA()).hasValue(id.toString());
        assertThat(TreatmentControl.of("管理策", text)).isEqualTo(TreatmentControl.of("管理策", id.toString()));
    }

    @Test
    void everyControlInEverySpelling_coversThe93Controls() {
        assertThat(everyControlInEverySpelling()).hasSize(93 * SPELLINGS.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "A", "A.", "A5.12", "A-5.12", "A..5.12", "A  5.12", "AA.5.12", "5,12", "5.",
        ".12", "05.12", "5.0", "5.012", "5.123", "5.12.", "5. 12", "5 .12", "B.5.12", "5.12a", "５.12", "A.5.1.2"})
    void malformedSpellings_areRejectedByBoth(String text) {
        assertThatThrownBy(() -> ControlId.parse(text)).isInstanceOf(UnknownControlException.class);
        assertThatThrownBy(() -> TreatmentControl.canonical(text)).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for Annex A control (a theme 5 - 8 and a number, such as 5.12): '%s'", text);
    }

    @Test
    void everyShortText_isReadByBothOrNeither_andAlike_butTheCatalogueKnowsWhichIdsExist() {
        char[] alphabet = {'A', 'a', '.', ' ', '\u3000', '0', '1', '3', '5', '8', '9'};
        List<String> texts = new ArrayList<>(List.of(""));
        for (int from = 0, length = 1; length <= 5; length++) {
            int to = texts.size();
            for (int i = from; i < to; i++) {
                for (char c : alphabet) {
                    texts.add(texts.get(i) + c);
                }
            }
            from = to;
        }
        int read = 0;
        for (String text : texts) {
            String canonical;
            try {
                canonical = TreatmentControl.canonical(text);
            } catch (IsmsException e) {
                canonical = null;
            }
            ControlId id;
            try {
                id = ControlId.parse(text);
            } catch (UnknownControlException e) {
                id = null;
            }
            if (id != null) {
                read++;
                assertThat(canonical).as("'%s'", text).isEqualTo(id.toString());
            } else if (canonical != null) {
                // Well spelled, but not one of the 93: 5.38 - 5.99, 6.9 - 6.99, 7.15 - 7.99, 8.35 - 8.99.
                String spelled = canonical;
                assertThat(AnnexA.all()).extracting(c -> c.id().toString()).as("'%s'", text).doesNotContain(spelled);
                assertThatThrownBy(() -> ControlId.parse(spelled)).isInstanceOf(UnknownControlException.class);
            }
        }
        assertThat(read).isGreaterThan(100);
    }

    @Test
    void iso2013Ids_takeTheSamePrefixesAndWhitespace() {
        Iso2013ControlId id = Iso2013ControlId.parse("A.8.2.1");
        for (String spelling : SPELLINGS) {
            assertThat(Iso2013ControlId.parse(String.format(spelling, "8.2.1"))).isSameAs(id);
        }
        assertThat(id).hasToString("A.8.2.1");
    }
}
