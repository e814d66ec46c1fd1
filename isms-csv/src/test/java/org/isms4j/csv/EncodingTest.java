package org.isms4j.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isms4j.testkit.BadInput.thrown;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.isms4j.core.CiaRating;
import org.isms4j.core.IsmsException;
import org.isms4j.core.asset.Asset;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bytes of a table: strict decoding (nothing replaced, every bad sequence at its row and
 * column, with what to do), the encodings chosen by the option and by a byte order mark, and
 * writing that never changes a character.
 */
class EncodingTest {

    private static final IsmsCsv JA = IsmsCsv.japanese();
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final AssetInventory INVENTORY = Fixtures.quickApproachInventory();
    private static final String CSV = JA.writeAssetInventory(INVENTORY);

    /** The table's bytes with the UTF-8 of a text replaced by other bytes. */
    private static byte[] withBytes(String text, byte... replacement) {
        byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] target = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + target.length <= bytes.length; i++) {
            boolean match = true;
            for (int j = 0; j < target.length && match; j++) {
                match = bytes[i + j] == target[j];
            }
            if (match) {
                byte[] out = new byte[bytes.length - target.length + replacement.length];
                System.arraycopy(bytes, 0, out, 0, i);
                System.arraycopy(replacement, 0, out, i, replacement.length);
                System.arraycopy(bytes, i + target.length, out, i + replacement.length, bytes.length - i - target.length);
                return out;
            }
        }
        throw new AssertionError("not in the table: " + text);
    }

    private static IsmsCsvException readError(IsmsCsv csv, byte[] bytes) {
        return thrown(IsmsCsvException.class, () -> csv.readAssetInventory(new ByteArrayInputStream(bytes)));
    }

    static Stream<Arguments> notUtf8() {
        return Stream.of(
                Arguments.of("overlong '/'", new byte[] {(byte) 0xC0, (byte) 0xAF}, "0xc0"),
                Arguments.of("encoded surrogate U+D800", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "0xed"),
                Arguments.of("above U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, "0xf4"),
                Arguments.of("windows-31j 社", "社".getBytes(WINDOWS_31J), "0x8e"),
                Arguments.of("lone continuation byte", new byte[] {(byte) 0x80}, "0x80"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notUtf8")
    void read_textThatIsNotUtf8FailsAtItsRowAndColumnWithWhatToDo(String name, byte[] bad, String first) {
        IsmsCsvException e = readError(JA, withBytes("当社宛請求書", bad));
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).hasValue("情報資産名称");
        assertThat(e.cellIndex()).hasValue(2);
        assertThat(e.reason()).startsWith("Invalid UTF-8 text: the bytes " + first)
                .contains("are not UTF-8")
                .contains("withCharset(CsvCharset.WINDOWS_31J)")
                .contains("\"CSV UTF-8 (Comma delimited)\"");
        assertThat(e.getCause()).isInstanceOf(java.io.CharConversionException.class);
    }

    @Test
    void read_windows31jByTheNamedChoice() {
        byte[] bytes = CSV.getBytes(WINDOWS_31J);
        assertThat(readError(JA, bytes).location()).isEqualTo("row 1");
        IsmsCsv cp932 = JA.withCharset(CsvCharset.WINDOWS_31J);
        assertThat(cp932.charset()).isEqualTo(CsvCharset.WINDOWS_31J);
        assertThat(cp932.readAssetInventory(new ByteArrayInputStream(bytes))).isEqualTo(INVENTORY);
        int at = CSV.indexOf("当社宛請求書");
        java.io.ByteArrayOutputStream bad = new java.io.ByteArrayOutputStream();
        bad.writeBytes(CSV.substring(0, at).getBytes(WINDOWS_31J));
        bad.writeBytes(new byte[] {(byte) 0x85, (byte) 0x40});
        bad.writeBytes(CSV.substring(at).getBytes(WINDOWS_31J));
        IsmsCsvException e = readError(cp932, bad.toByteArray());
        assertThat(e.location()).isEqualTo("row 3, column 情報資産名称");
        assertThat(e.reason()).startsWith("Invalid windows-31j text: the bytes 0x85").contains("CsvCharset.UTF_8");
    }

    @Test
    void read_byteOrderMarkChoosesUtf8OrUtf16AndRefusesUtf32() {
        for (IsmsCsv csv : new IsmsCsv[] {JA, JA.withCharset(CsvCharset.WINDOWS_31J)}) {
            for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_16LE}) {
                byte[] bytes = ("\uFEFF" + CSV).getBytes(charset);
                assertThat(csv.readAssetInventory(new ByteArrayInputStream(bytes))).as(charset.name())
                        .isEqualTo(INVENTORY);
            }
            for (String utf32 : new String[] {"UTF-32BE", "UTF-32LE"}) {
                IsmsCsvException e = readError(csv, ("\uFEFF" + CSV).getBytes(Charset.forName(utf32)));
                assertThat(e).hasMessage("row 1: Unsupported encoding: the file starts with the byte order "
                        + "mark of UTF-32; save it as \"CSV UTF-8 (Comma delimited)\"");
            }
        }
        byte[] odd = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_16LE);
        byte[] cut = java.util.Arrays.copyOf(odd, odd.length - 1);
        assertThat(readError(JA, cut).reason()).startsWith("Invalid UTF-16 text: the bytes 0x0a at offset "
                + (cut.length - 1));
    }

    @Test
    void write_windows31jWritesItsBytesAndRefusesWhatItLacks(@TempDir Path dir) throws Exception {
        IsmsCsv cp932 = JA.withCharset(CsvCharset.WINDOWS_31J).withByteOrderMark();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cp932.writeAssetInventory(INVENTORY, out);
        assertThat(out.toByteArray()).isEqualTo(CSV.getBytes(WINDOWS_31J));
        AssetInventory dash = AssetInventory.of(Asset.of(1, "社員名簿 — 旧版", CiaRating.of(1, 1, 1)));
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        assertThatThrownBy(() -> cp932.writeAssetInventory(dash, none)).isInstanceOf(IsmsException.class)
                .hasMessage("Cannot write as CSV: row 2, column 情報資産名称 has a character windows-31j cannot encode: "
                        + "'社員名簿 — 旧版'");
        assertThat(none.size()).isZero();
        Path file = dir.resolve("dash.csv");
        assertThatThrownBy(() -> cp932.writeAssetInventory(dash, file)).isInstanceOf(IsmsException.class);
        assertThat(file).doesNotExist();
        assertThat(cp932.writeAssetInventory(dash)).contains("社員名簿 — 旧版");
    }

    @Test
    void write_anUnpairedSurrogateIsRefusedOnEveryPathNeverReplaced(@TempDir Path dir) {
        AssetInventory broken = AssetInventory.of(Asset.of(1, "社員\uD800名簿", CiaRating.of(1, 1, 1)));
        String message = "Cannot write as CSV: row 2, column 情報資産名称 has an unpaired surrogate \\ud800, which no "
                + "encoding can write: '社員\\ud800名簿'";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> JA.writeAssetInventory(broken, out)).hasMessage(message);
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> JA.writeAssetInventory(broken)).hasMessage(message);
        assertThatThrownBy(() -> JA.writeAssetInventory(broken, dir.resolve("x.csv"))).hasMessage(message);
        AssetInventory paired = AssetInventory.of(Asset.of(1, "社員\uD83D\uDE00名簿", CiaRating.of(1, 1, 1)));
        ByteArrayOutputStream ok = new ByteArrayOutputStream();
        JA.writeAssetInventory(paired, ok);
        assertThat(JA.readAssetInventory(new ByteArrayInputStream(ok.toByteArray()))).isEqualTo(paired);
    }

    @Test
    void read_textWithAnUnpairedSurrogateFailsAtItsCell() {
        IsmsCsvException e = thrown(IsmsCsvException.class,
                () -> JA.readAssetInventory(CSV.replace("当社宛請求書", "当社\uDC00請求書")));
        assertThat(e).hasMessage("row 3, column 情報資産名称: Invalid text: an unpaired surrogate \\udc00 at character 2");
    }
}
