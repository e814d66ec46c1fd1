package org.isms4j.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.isms4j.core.IsmsException;

/**
 * Fuzzing of what isms-annexa reads from outside: a licensee's control text file
 * ({@link ControlTextProvider#load}) and the ids of the 2022 and 2013 controls as users type them.
 * Whatever the input, a reader returns a value that holds its rules, or throws the documented
 * exception, {@link IsmsException} (for an id, {@link UnknownControlException}), with a message
 * that echoes the input short and on one line. Any other exception is a finding.
 *
 * <p>In a normal build the tests run in regression mode over the committed seed corpus in
 * {@code src/test/resources/org/isms4j/annexa/AnnexaReaderFuzzTestInputs/}. To fuzz one reader:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl isms-annexa test -Dtest=AnnexaReaderFuzzTest#loadControlTexts}.
 */
class AnnexaReaderFuzzTest {

    /** The longest message a failure may have, whatever the input's length. */
    private static final int MESSAGE_BOUND = 1000;

    private static void checkMessage(IsmsException e) {
        assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MESSAGE_BOUND).doesNotContain("\r", "\n", "\u0000");
    }

    @FuzzTest(maxDuration = "5m")
    void loadControlTexts(byte[] input) throws IOException {
        ControlTextProvider provider;
        try {
            provider = ControlTextProvider.load(new StringReader(new String(input, StandardCharsets.UTF_8)));
        } catch (IsmsException e) {
            checkMessage(e);
            return;
        }
        for (Control control : AnnexA.all()) {
            Optional<ControlText> text = provider.text(control.id());
            text.ifPresent(t -> assertThat(t.statement()).isNotBlank());
        }
    }

    @FuzzTest(maxDuration = "5m")
    void parseControlId(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            ControlId id = ControlId.parse(text);
            assertThat(ControlId.parse(id.toString())).isEqualTo(id);
            assertThat(AnnexA.get(id).id()).isEqualTo(id);
        } catch (UnknownControlException e) {
            checkMessage(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void parseIso2013ControlId(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            Iso2013ControlId id = Iso2013ControlId.parse(text);
            assertThat(Iso2013ControlId.parse(id.toString())).isEqualTo(id);
        } catch (UnknownControlException e) {
            checkMessage(e);
        }
    }
}
