package org.isms4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isms4j.testkit.BadInput.thrown;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.isms4j.core.RiskModel;
import org.isms4j.core.register.RiskRegister;
import org.isms4j.json.deser.StrictUtf8Input;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bytes are read as UTF-8 only, strictly (RFC 8259 section 8.1), by every byte reader of the
 * strict facade: each sequence that is not well-formed UTF-8 fails in a property name, in a string
 * value and at the start of the document, with its byte offset and the reason, through a stream, a
 * file and the streaming register reader; UTF-16 and UTF-32 fail; a UTF-8 byte order mark is
 * skipped. Jackson's own decoding accepts the overlong forms and the code points above U+10FFFF
 * (checked below), so these tests fail without the check.
 */
class Utf8ReadingTest {

    private static final IsmsJson JSON = IsmsJson.strict();
    private static final String MODEL = JSON.writeRiskModel(RiskModel.standard());
    private static final RiskRegister REGISTER = Fixtures.canonicalRegister();
    private static final String REGISTER_TEXT = JSON.writeRiskRegister(REGISTER);
    private static final String SUFFIX = "; a JSON document is read as UTF-8 only (RFC 8259)";

    @TempDir
    static Path dir;

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A document with bytes put in at a character offset of its text, and the byte offset there. */
    private record Spliced(byte[] document, int offset) {
        static Spliced of(String text, int at, byte[] sequence) {
            byte[] before = utf8(text.substring(0, at));
            return new Spliced(join(before, sequence, utf8(text.substring(at))), before.length);
        }
    }

    /** A stream that hands out at most some bytes per read, as a network stream may. */
    private static InputStream chunked(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, chunk));
            }
        };
    }

    private static String hex(byte[] sequence) {
        StringBuilder hex = new StringBuilder();
        for (byte b : sequence) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02x", b & 0xFF));
        }
        return hex.toString();
    }

    /**
     * The sequences and others that are not UTF-8: the bytes, what the message shows of
     * them (up to the byte that decides, however the stream splits them) and the reason.
     */
    static Stream<Arguments> notUtf8() {
        return Stream.of(
                Arguments.of("C0 AF (overlong /)", bytes(0xC0, 0xAF), "0xc0 begins an overlong encoding"),
                Arguments.of("E0 80 AF (overlong /)", bytes(0xE0, 0x80, 0xAF), "0xe0 0x80 begins an overlong encoding"),
                Arguments.of("F0 80 80 AF (overlong /)", bytes(0xF0, 0x80, 0x80, 0xAF),
                        "0xf0 0x80 begins an overlong encoding"),
                Arguments.of("ED A0 80 (surrogate U+D800)", bytes(0xED, 0xA0, 0x80),
                        "0xed 0xa0 begins an encoded surrogate (U+D800 - U+DFFF)"),
                Arguments.of("ED BF BF (surrogate U+DFFF)", bytes(0xED, 0xBF, 0xBF),
                        "0xed 0xbf begins an encoded surrogate (U+D800 - U+DFFF)"),
                Arguments.of("F4 90 80 80 (U+110000)", bytes(0xF4, 0x90, 0x80, 0x80),
                        "0xf4 0x90 begins a code point above U+10FFFF"),
                Arguments.of("F5 80 80 80", bytes(0xF5, 0x80, 0x80, 0x80), "0xf5 begins a code point above U+10FFFF"),
                Arguments.of("80 (no leading byte)", bytes(0x80), "0x80 is a continuation byte without a leading byte"),
                Arguments.of("E3 41 (cut short)", bytes(0xE3, 0x41), "0xe3 0x41 is a sequence cut short"),
                Arguments.of("F8", bytes(0xF8, 0x88, 0x80, 0x80, 0x80), "0xf8 is a byte UTF-8 never uses"));
    }

    static Stream<Arguments> places() {
        return notUtf8().flatMap(a -> Stream.of("name", "value", "start").map(place -> Arguments.of(a.get()[0],
                a.get()[1], a.get()[2], place)));
    }

    private static Spliced spliced(byte[] sequence, String place) {
        return switch (place) {
            // In the name "version", after "ver".
            case "name" -> Spliced.of(MODEL, MODEL.indexOf("\"version\"") + 4, sequence);
            // In the value "isms4j-standard", after "isms4j".
            case "value" -> Spliced.of(MODEL, MODEL.indexOf("isms4j-standard") + 6, sequence);
            default -> Spliced.of(MODEL, 0, sequence);
        };
    }

    @ParameterizedTest(name = "{0} in a {3}")
    @MethodSource("places")
    void readRiskModel_failsOnBytesThatAreNotUtf8_withTheirOffset(String label, byte[] sequence, String reason,
            String place, @TempDir Path files) throws IOException {
        Spliced document = spliced(sequence, place);
        String expected = "Invalid UTF-8 at byte offset " + document.offset() + ": " + reason + SUFFIX;
        // The path the parser has reached: in a name, the property before it, as for malformed JSON.
        String path = place.equals("start") ? "$" : "$.id";
        Path file = files.resolve("model.json");
        Files.write(file, document.document());
        for (IsmsJsonException e : new IsmsJsonException[] {
            thrown(IsmsJsonException.class, () -> JSON.readRiskModel(new ByteArrayInputStream(document.document()))),
            thrown(IsmsJsonException.class, () -> JSON.readRiskModel(chunked(document.document(), 1))),
            thrown(IsmsJsonException.class, () -> JSON.readRiskModel(file)),
            thrown(IsmsJsonException.class, () -> JSON.read(JsonDocument.RISK_MODEL, file))}) {
            assertThat(e.reason()).isEqualTo(expected);
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.getCause()).isInstanceOf(StrictUtf8Input.NotUtf8Exception.class);
            assertThat(((StrictUtf8Input.NotUtf8Exception) e.getCause()).offset()).isEqualTo(document.offset());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notUtf8")
    void riskRegisterReader_failsOnBytesThatAreNotUtf8_inARowItReaches(String label, byte[] sequence,
            String reason) {
        // In the third risk's event, after the rows before it were read.
        int at = REGISTER_TEXT.indexOf("\"情報の紛失・盗難\"") + 1;
        Spliced document = Spliced.of(REGISTER_TEXT, at, sequence);
        try (RiskRegisterReader reader = JSON.riskRegisterReader(new ByteArrayInputStream(document.document()),
                REGISTER.model())) {
            assertThat(reader.next()).isEqualTo(REGISTER.risks().get(0));
            assertThat(reader.next()).isEqualTo(REGISTER.risks().get(1));
            assertThatThrownBy(reader::next).isInstanceOf(IsmsJsonException.class)
                    .hasMessage("$.risks[2].event: Invalid UTF-8 at byte offset " + document.offset() + ": " + reason
                            + SUFFIX);
        }
    }

    /** What the check stands in for: Jackson alone reads these bytes, as text they do not encode. */
    @Test
    void jacksonAlone_acceptsOverlongFormsAndCodePointsAboveU10ffff() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper plain = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(plain.readTree(join(utf8("{\"a\": \"x"), bytes(0xC0, 0xAF), utf8("y\"}"))).get("a").asText())
                .isEqualTo("x/y");
        assertThat(plain.readTree(join(utf8("{\"a"), bytes(0xC0, 0xAF), utf8("b\": 1}"))).has("a/b")).isTrue();
        assertThat(plain.readTree(join(utf8("{\"a\": \"x"), bytes(0xF4, 0x90, 0x80, 0x80), utf8("\"}"))).get("a")
                .asText()).isEqualTo("x\udc00\udc00");
        assertThat(plain.readTree("{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE)).get("a").asInt()).isEqualTo(1);
    }

    static Stream<Arguments> otherEncodings() {
        Charset utf32be = Charset.forName("UTF-32BE");
        Charset utf32le = Charset.forName("UTF-32LE");
        return Stream.of(
                Arguments.of("UTF-16BE", MODEL.getBytes(StandardCharsets.UTF_16BE), 0, "0x00",
                        "is a zero byte among the first four, as UTF-16 and UTF-32 text has"),
                Arguments.of("UTF-16LE", MODEL.getBytes(StandardCharsets.UTF_16LE), 1, "0x00",
                        "is a zero byte among the first four, as UTF-16 and UTF-32 text has"),
                Arguments.of("UTF-16BE with its byte order mark", join(bytes(0xFE, 0xFF),
                        MODEL.getBytes(StandardCharsets.UTF_16BE)), 0, "0xfe 0xff",
                        "is the byte order mark of UTF-16 (big-endian)"),
                Arguments.of("UTF-16LE with its byte order mark", join(bytes(0xFF, 0xFE),
                        MODEL.getBytes(StandardCharsets.UTF_16LE)), 0, "0xff 0xfe",
                        "is the byte order mark of UTF-16 (little-endian)"),
                Arguments.of("UTF-32BE", MODEL.getBytes(utf32be), 0, "0x00",
                        "is a zero byte among the first four, as UTF-16 and UTF-32 text has"),
                Arguments.of("UTF-32LE", MODEL.getBytes(utf32le), 1, "0x00",
                        "is a zero byte among the first four, as UTF-16 and UTF-32 text has"),
                Arguments.of("UTF-32BE with its byte order mark", join(bytes(0, 0, 0xFE, 0xFF),
                        MODEL.getBytes(utf32be)), 0, "0x00 0x00 0xfe 0xff", "is the byte order mark of UTF-32 (big-endian)"),
                Arguments.of("UTF-32LE with its byte order mark", join(bytes(0xFF, 0xFE, 0, 0),
                        MODEL.getBytes(utf32le)), 0, "0xff 0xfe 0x00 0x00",
                        "is the byte order mark of UTF-32 (little-endian)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherEncodings")
    void readRiskModel_failsOnUtf16AndUtf32(String label, byte[] document, int offset, String shown, String reason) {
        IsmsJsonException e = thrown(IsmsJsonException.class,
                () -> JSON.readRiskModel(new ByteArrayInputStream(document)));
        assertThat(e).hasMessage("$: Invalid UTF-8 at byte offset " + offset + ": " + shown + " " + reason + SUFFIX);
        assertThat(thrown(IsmsJsonException.class, () -> JSON.readRiskModel(chunked(document, 1)))).hasMessage(
                e.getMessage());
    }

    @Test
    void readers_skipAUtf8ByteOrderMarkAtTheStart_andNowhereElse() throws IOException {
        byte[] marked = join(bytes(0xEF, 0xBB, 0xBF), utf8(REGISTER_TEXT));
        assertThat(JSON.readRiskRegister(new ByteArrayInputStream(marked), REGISTER.model())).isEqualTo(REGISTER);
        Path file = dir.resolve("marked.json");
        Files.write(file, marked);
        assertThat(JSON.readRiskRegister(file, REGISTER.model())).isEqualTo(REGISTER);
        try (RiskRegisterReader reader = JSON.riskRegisterReader(new ByteArrayInputStream(marked), REGISTER.model())) {
            assertThat(reader.next()).isEqualTo(REGISTER.risks().get(0));
        }
        assertThat(JSON.writeRiskRegister(REGISTER)).doesNotStartWith("\uFEFF");
        // A second mark is a character, U+FEFF, where JSON allows none.
        byte[] twice = join(bytes(0xEF, 0xBB, 0xBF), marked);
        assertThat(thrown(IsmsJsonException.class, () -> JSON.readRiskRegister(new ByteArrayInputStream(twice),
                REGISTER.model())).reason()).startsWith("Malformed JSON (line 1, column ");
    }

    @Test
    void readers_readValidUtf8HoweverTheStreamSplitsIt() {
        byte[] document = utf8(REGISTER_TEXT.replace("外部", "外部😀é"));
        RiskRegister expected = JSON.readRiskRegister(new String(document, StandardCharsets.UTF_8), REGISTER.model());
        for (int chunk : new int[] {1, 2, 3, 5, 7, 8, 9, 4096}) {
            assertThat(JSON.readRiskRegister(chunked(document, chunk), REGISTER.model())).as("chunks of %d", chunk)
                    .isEqualTo(expected);
        }
    }

    @Test
    void readers_failAtTheEndOfInputInsideASequence() {
        byte[] cut = join(utf8("{\"format\": \"社"), Arrays.copyOf(utf8("員"), 2));
        assertThat(thrown(IsmsJsonException.class, () -> JSON.readRiskModel(new ByteArrayInputStream(cut))))
                .hasMessage("$.format: Invalid UTF-8 at byte offset 15: 0xe5 0x93 is a sequence cut short by the end "
                        + "of the input" + SUFFIX);
    }

    @Test
    void objectMapper_checksTheBytesItReads() throws IOException {
        byte[] overlong = join(utf8("{\"a\": \"x"), bytes(0xC0, 0xAF), utf8("\"}"));
        assertThatThrownBy(() -> JSON.objectMapper().readValue(overlong, Map.class))
                .isInstanceOf(JsonParseException.class)
                .hasMessageStartingWith("Invalid UTF-8 at byte offset 8: 0xc0 begins an overlong encoding" + SUFFIX);
        assertThatThrownBy(() -> JSON.objectMapper().readValue(new ByteArrayInputStream(overlong), Map.class))
                .isInstanceOf(JsonParseException.class).hasMessageStartingWith("Invalid UTF-8 at byte offset 8");
        // A DataInput is read byte by byte; the default document limit rules it out, so without it.
        IsmsJson unlimited = JSON.withReadConstraints(StreamReadConstraints.builder().build());
        assertThatThrownBy(() -> unlimited.objectMapper().readValue((java.io.DataInput) new DataInputStream(
                new ByteArrayInputStream(overlong)), Map.class)).isInstanceOf(JsonParseException.class)
                .hasMessageStartingWith("Invalid UTF-8 at byte offset 8: 0xc0 begins an overlong encoding" + SUFFIX);
        assertThat(JSON.objectMapper().readTree(utf8("{\"a\": \"é\"}")).get("a").asText()).isEqualTo("é");
    }

    /**
     * The check agrees with the JDK's strict UTF-8 decoder on random bytes (their first four not
     * zero, which the check refuses as UTF-16 or UTF-32): it accepts what the decoder decodes, and
     * otherwise fails at the offset where the decoder finds the malformed input, whatever the
     * stream's chunks.
     */
    @Test
    void check_agreesWithTheJdksStrictDecoder() {
        int[] interesting = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xAF, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
            0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF};
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            byte[] bytes = new byte[4 + random.nextInt(120)];
            Arrays.fill(bytes, 0, 4, (byte) 'x');
            for (int i = 4; i < bytes.length; i++) {
                int kind = random.nextInt(8);
                if (kind == 0) {
                    // A run of ASCII, which the check skips by words.
                    for (int end = Math.min(bytes.length, i + random.nextInt(48)); i < end; i++) {
                        bytes[i] = 'a';
                    }
                    i--;
                } else if (kind == 1 && i + 3 <= bytes.length) {
                    // A well-formed character of kana or kanji.
                    byte[] kana = utf8("あ漢ー");
                    int at = 3 * random.nextInt(3);
                    System.arraycopy(kana, at, bytes, i, 3);
                    i += 2;
                } else {
                    bytes[i] = (byte) (kind == 2 ? 'a' : interesting[random.nextInt(interesting.length)]);
                }
            }
            long expected = jdkMalformedOffset(bytes);
            long actual = checkedOffset(bytes, 1 + random.nextInt(random.nextBoolean() ? 9 : 80));
            assertThat(actual).as("%s", hex(bytes)).isEqualTo(expected);
        });
    }

    /** The offset of the first malformed input by the JDK's strict decoder, or -1. */
    private static long jdkMalformedOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        assertThat(result.isUnderflow()).isTrue();
        return -1;
    }

    /** The offset the check fails at reading all the bytes in chunks, or -1. */
    private static long checkedOffset(byte[] bytes, int chunk) {
        try (InputStream in = new StrictUtf8Input(chunked(bytes, chunk))) {
            byte[] buffer = new byte[256];
            while (in.read(buffer, 0, buffer.length) >= 0) {
                // Read to the end.
            }
            return -1;
        } catch (StrictUtf8Input.NotUtf8Exception e) {
            return e.offset();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
