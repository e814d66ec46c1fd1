package org.isms4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    @Test
    void notBlankEscapesControlCharactersAndCutsLongValuesShort() {
        assertThatThrownBy(() -> Checks.notBlank("version", "\t\n"))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for version (must not be blank): '\\u0009\\u000a'");
        assertThatThrownBy(() -> Checks.notBlank("version", " ".repeat(65)))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for version (must not be blank): '" + " ".repeat(64) + "…'");
    }

    @Test
    void echoKeepsPrintableTextAndEscapesEveryControlCharacter() {
        assertThat(Checks.echo("組織的管理策 A.5.1")).isEqualTo("組織的管理策 A.5.1");
        assertThat(Checks.echo("x".repeat(64))).isEqualTo("x".repeat(64));
        assertThat(Checks.echo("x".repeat(65))).isEqualTo("x".repeat(64) + "…");
        for (char c = 0; c < 0xa0; c++) {
            String expected = c < ' ' || (c >= 0x7f && c <= 0x9f)
                    ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c)
                    : c == '\\' ? "\\\\" : String.valueOf(c);
            assertThat(Checks.echo(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }

    @Test
    void echo_forgesNoLogLine() {
        assertThat(Checks.echo("5.12\r\nINFO forged log line")).isEqualTo("5.12\\u000d\\u000aINFO forged log line");
        assertThat(Checks.echo("a\u2028b\u2029c\u0000")).isEqualTo("a\\u2028b\\u2029c\\u0000");
        assertThat(Checks.echo("a\\u000ab")).isEqualTo("a\\\\u000ab");
    }

    @Test
    void echo_escapesLoneSurrogatesAndKeepsPairs() {
        assertThat(Checks.echo("社員\uD800名簿")).isEqualTo("社員\\ud800名簿");
        assertThat(Checks.echo("\uDC00x")).isEqualTo("\\udc00x");
        assertThat(Checks.echo("x\uD800")).isEqualTo("x\\ud800");
        assertThat(Checks.echo("😀")).isEqualTo("😀");
        // A pair across the cut is cut whole, never split into a lone surrogate.
        assertThat(Checks.echo("x".repeat(63) + "😀")).isEqualTo("x".repeat(63) + "…");
        assertThat(Checks.echo("x".repeat(62) + "😀")).isEqualTo("x".repeat(62) + "😀");
    }

    @Test
    void echo_isBoundedForAnyLength() {
        String hostile = "\u0000".repeat(1_000_000);
        assertThat(Checks.echo(hostile)).hasSize(64 * 6 + 1);
        assertThat(Checks.quote("5.12")).isEqualTo("'5.12'");
        assertThat(Checks.echo("abc", 0)).isEqualTo("…");
        assertThatThrownBy(() -> Checks.echo("abc", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void distinct_refusesRepeatsAndNulls() {
        assertThat(Checks.distinct("codes", "code", List.of("a", "b"))).containsExactly("a", "b");
        assertThatThrownBy(() -> Checks.distinct("codes", "reason code", List.of("a", "a")))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate reason code: 'a'");
        assertThatThrownBy(() -> Checks.distinct("numbers", "risk number", List.of(5, 5)))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate risk number: 5");
        assertThatThrownBy(() -> Checks.distinct("codes", "code", java.util.Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("codes element");
        assertThatThrownBy(() -> Checks.distinct("codes", "code", null))
                .isInstanceOf(NullPointerException.class).hasMessage("codes");
        assertThat(Checks.duplicate("lost property", SecurityProperty.INTEGRITY))
                .hasMessage("Duplicate lost property: 'integrity'");
    }

    @Test
    void inRangeAndTheExceptionsWordTheFieldTheRuleAndTheValue() {
        assertThat(Checks.inRange("confidentiality", 1, 3, 3)).isEqualTo(3);
        assertThatThrownBy(() -> Checks.inRange("confidentiality", 1, 3, 4))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for confidentiality (valid values 1 - 3): 4");
        assertThat(Checks.missing("risk source", "riskSource"))
                .hasMessage("Missing value for risk source (required, set with riskSource)");
        assertThat(Checks.unknown("treatment option", "keep", "reduce, avoid"))
                .hasMessage("Unknown treatment option: 'keep' (valid values reduce, avoid)");
    }
}
