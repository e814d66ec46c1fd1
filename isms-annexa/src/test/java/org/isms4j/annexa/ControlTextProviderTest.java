package org.isms4j.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.isms4j.core.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A licensee's text: the catalogue works without it and shows it when given. */
class ControlTextProviderTest {

    /** A licensee's own provider, as an organisation would write over its document store. */
    static final class LicenseeProvider implements ControlTextProvider {
        @Override
        public Optional<ControlText> text(ControlId id) {
            return id.theme() == Theme.PEOPLE
                    ? Optional.of(ControlText.of("Licensed statement of " + id, "Our guidance for " + id))
                    : Optional.empty();
        }
    }

    @Test
    void catalogue_worksWithoutText() {
        assertThat(AnnexA.all()).allMatch(c -> c.text().isEmpty());
        assertThat(AnnexA.withText(ControlTextProvider.none()).all()).isEqualTo(AnnexA.all());
        assertThat(AnnexA.catalogue()).hasToString("ControlCatalogue[93 controls, 0 with text]");
    }

    @Test
    void withText_showsLicenseeText() {
        ControlCatalogue licensed = AnnexA.withText(new LicenseeProvider());
        Control screening = licensed.get("6.1");
        assertThat(screening.text()).map(ControlText::statement).contains("Licensed statement of 6.1");
        assertThat(screening.text()).map(ControlText::guidance).contains("Our guidance for 6.1");
        assertThat(screening.text().orElseThrow().hasGuidance()).isTrue();
        assertThat(licensed.get("5.1").text()).isEmpty();
        assertThat(licensed.byTheme(Theme.PEOPLE)).allMatch(c -> c.text().isPresent());
        assertThat(licensed).hasToString("ControlCatalogue[93 controls, 8 with text]");
        // The shipped catalogue is unchanged.
        assertThat(AnnexA.get("6.1").text()).isEmpty();
        // Everything but the text is the catalogue's.
        assertThat(screening.englishTitle()).isEqualTo(AnnexA.get("6.1").englishTitle());
        assertThat(licensed.query(ControlType.PREVENTIVE)).hasSameSizeAs(AnnexA.query(ControlType.PREVENTIVE));
        assertThat(licensed.find("6.1")).contains(screening);
        assertThat(licensed.contains("6.1")).isTrue();
        assertThat(licensed.newIn2022()).extracting(Control::id).isEqualTo(
                AnnexA.newIn2022().stream().map(Control::id).toList());
    }

    @Test
    void withText_replacesEarlierText() {
        ControlCatalogue licensed = AnnexA.withText(new LicenseeProvider());
        assertThat(licensed.withText(ControlTextProvider.none()).all()).isEqualTo(AnnexA.all());
    }

    @Test
    void withText_providerReturningNull() {
        assertThatThrownBy(() -> AnnexA.withText(id -> null)).isInstanceOf(NullPointerException.class)
                .hasMessage("provider returned null for 5.1");
        assertThatThrownBy(() -> AnnexA.withText(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("provider");
    }

    @Test
    void of_map() {
        ControlTextProvider provider = ControlTextProvider.of(Map.of(ControlId.parse("5.12"), ControlText.of("S")));
        assertThat(provider.text(ControlId.parse("5.12"))).contains(ControlText.of("S", ""));
        assertThat(provider.text(ControlId.parse("5.13"))).isEmpty();
        assertThat(AnnexA.withText(provider).get("5.12").text().orElseThrow().hasGuidance()).isFalse();
    }

    @Test
    void load_licenseeProperties() throws IOException {
        String file = "# our licensed copy\n"
                + "5.12.statement=Licensed statement of 5.12\n"
                + "A.5.12.guidance=情報は分類すること（社内手引）\n"
                + "5.13.statement=Licensed statement of 5.13\n";
        ControlCatalogue licensed = AnnexA.withText(ControlTextProvider.load(new StringReader(file)));
        assertThat(licensed.get("5.12").text()).contains(ControlText.of("Licensed statement of 5.12",
                "情報は分類すること（社内手引）"));
        assertThat(licensed.get("5.13").text()).contains(ControlText.of("Licensed statement of 5.13"));
        assertThat(licensed.get("5.14").text()).isEmpty();
    }

    @Test
    void load_javadocExample(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("annexa-text.properties");
        Files.writeString(file, "5.12.statement=Our licensed statement of 5.12\n", StandardCharsets.ISO_8859_1);
        ControlCatalogue licensed;
        try (Reader reader = Files.newBufferedReader(file)) {
            licensed = AnnexA.withText(ControlTextProvider.load(reader));
        }
        assertThat(licensed.get("5.12").text().map(ControlText::statement)).contains("Our licensed statement of 5.12");
    }

    @Test
    void load_badFiles() {
        assertThatThrownBy(() -> ControlTextProvider.load(new StringReader("5.99.statement=x")))
                .isInstanceOf(UnknownControlException.class).hasMessageStartingWith("Unknown Annex A control: '5.99'");
        assertThatThrownBy(() -> ControlTextProvider.load(new StringReader("5.12.title=x")))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid control text key (valid keys <id>.statement, <id>.guidance): '5.12.title'");
        assertThatThrownBy(() -> ControlTextProvider.load(new StringReader("statement=x")))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid control text key (valid keys <id>.statement, <id>.guidance): 'statement'");
        assertThatThrownBy(() -> ControlTextProvider.load(new StringReader("5.12.guidance=x")))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid control text for 5.12: guidance without a statement");
        assertThatThrownBy(() -> ControlTextProvider.load(new StringReader("5.12.statement=")))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for statement (must not be blank): ''");
        assertThatThrownBy(() -> ControlTextProvider.load((Reader) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("reader");
    }

    @Test
    void load_malformedUnicodeEscape() {
        assertThatThrownBy(() -> ControlTextProvider.load(new StringReader("5.12.statement=\\uZZZZ")))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Invalid control text file: a \\u escape is not followed by four hex digits");
    }

    @Test
    void load_repeatedKey() {
        assertThatThrownBy(() -> ControlTextProvider.load(new StringReader("5.12.statement=a\n5.12.statement=b\n")))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate control text key: '5.12.statement'");
    }

    @Test
    void load_twoSpellingsOfOneControl() {
        assertThatThrownBy(() -> ControlTextProvider.load(
                new StringReader("A.5.12.statement=a\n5.12.statement=b\n5.12.guidance=g\n")))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate control text key: '5.12.statement' and 'A.5.12.statement' both give the "
                        + "statement of 5.12");
        assertThatThrownBy(() -> ControlTextProvider.load(
                new StringReader("5.12.statement=a\nA.5.12.guidance=g\n5.12.guidance=h\n")))
                .isInstanceOf(IsmsException.class)
                .hasMessage("Duplicate control text key: '5.12.guidance' and 'A.5.12.guidance' both give the "
                        + "guidance of 5.12");
    }

    @Test
    void controlText_validates() {
        assertThat(ControlText.of("S", "G")).isEqualTo(ControlText.of("S", "G")).isNotEqualTo(ControlText.of("S"));
        assertThatThrownBy(() -> ControlText.of(" ")).isInstanceOf(IsmsException.class);
        assertThatThrownBy(() -> ControlText.of(null)).isInstanceOf(NullPointerException.class).hasMessage("statement");
        assertThatThrownBy(() -> ControlText.of("S", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("guidance");
    }
}
