package org.isms4j.core.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TreatmentControl#annexANumbers}: the one reading of an Annex A id's spellings. */
class AnnexANumbersTest {

    @Test
    void everyNumberOfEveryLengthInEverySpelling_isPackedEightBitsEach_theFirstHighest() {
        for (int first = 0; first <= 99; first++) {
            for (int second = 0; second <= 99; second++) {
                for (String prefix : new String[] {"", "A.", "a.", "A ", "a ", "\u3000A.", " "}) {
                    String two = prefix + first + "." + second;
                    assertThat(TreatmentControl.annexANumbers(two, 2)).as(two).isEqualTo((long) first << 8 | second);
                    String three = two + ".7 \t";
                    assertThat(TreatmentControl.annexANumbers(three, 3)).as(three)
                            .isEqualTo((long) first << 16 | second << 8 | 7);
                    assertThat(TreatmentControl.annexANumbers(two, 3)).as(two).isEqualTo(-1);
                    assertThat(TreatmentControl.annexANumbers(three, 2)).as(three).isEqualTo(-1);
                }
            }
        }
        assertThat(TreatmentControl.annexANumbers("A.8.2.1", 3)).isEqualTo(8 << 16 | 2 << 8 | 1);
        assertThat(TreatmentControl.annexANumbers("1.2.3.4.5.6.7", 7)).isEqualTo(0x01020304050607L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "A", "A.", "A5.12", "A-5.12", "A..5.12", "A  5.12", "AA.5.12", "5,12", "5.",
        ".12", "05.12", "5.00", "5.012", "5.123", "5.12.", "5. 12", "5 .12", "B.5.12", "5.12a", "５.12"})
    void otherShapes_giveMinusOne_andNoException(String text) {
        assertThat(TreatmentControl.annexANumbers(text, 2)).isEqualTo(-1);
    }

    @Test
    void partsOutside1To7_andNullText_areRejected() {
        assertThatThrownBy(() -> TreatmentControl.annexANumbers("5", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parts must be 1 - 7: 0");
        assertThatThrownBy(() -> TreatmentControl.annexANumbers("5", 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parts must be 1 - 7: 8");
        assertThatThrownBy(() -> TreatmentControl.annexANumbers(null, 2)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }
}
