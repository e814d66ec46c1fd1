package org.isms4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;

class ChecksTest {

    /** Every code point of Unicode, alone and beside whitespace: the shortcut agrees with the JDK. */
    @Test
    void isBlankAgreesWithStringIsBlankForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String one = new String(Character.toChars(cp));
            for (String text : new String[] {one, " " + one, one + "\u3000", "\t" + one + "\u2029"}) {
                if (Checks.isBlank(text) != text.isBlank()) {
                    throw new AssertionError(String.format("isBlank disagrees for U+%04X in '%s'", cp, text));
                }
            }
        }
        // Lone surrogates, which no code point above gives alone.
        for (char c = Character.MIN_SURROGATE; c < Character.MAX_SURROGATE; c++) {
            String text = " " + c;
            assertThat(Checks.isBlank(text)).as("U+%04X", (int) c).isEqualTo(text.isBlank());
        }
        assertThat(Checks.isBlank("")).isTrue();
    }

    @Test
    void notBlankNamesTheFieldAndTheValue() {
        assertThat(Checks.notBlank("japanese", "組織的管理策")).isEqualTo("組織的管理策");
        assertThatThrownBy(() -> Checks.notBlank("japanese", "\u3000 "))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for japanese (must not be blank): '\u3000 '");
        assertThatThrownBy(() -> Checks.notBlank("english", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("english");
    }
}
