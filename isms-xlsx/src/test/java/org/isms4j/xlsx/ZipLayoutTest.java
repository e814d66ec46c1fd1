package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isms4j.testkit.BadInput.thrown;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.isms4j.core.asset.AssetInventory;
import org.isms4j.testkit.Fixtures;
import org.isms4j.testkit.RepeatingStream;
import org.junit.jupiter.api.Test;

/**
 * Workbooks zipped as other programs zip them read back as the library wrote them (stored
 * entries, extra fields, comments, long names, a full entry table); broken zips fail with the
 * reason that names their fault.
 */
class ZipLayoutTest {

    private static final IsmsXlsx JA = IsmsXlsx.japanese();
    private static final AssetInventory INVENTORY = Fixtures.quickApproachInventory();
    private static final byte[] WORKBOOK = IsmsXlsxTest.inventory(JA, INVENTORY);

    private static AssetInventory read(byte[] workbook) {
        return JA.readAssetInventory(new ByteArrayInputStream(workbook));
    }

    private static String reason(byte[] workbook) {
        return thrown(IsmsXlsxException.class, () -> read(workbook)).reason();
    }

    @Test
    void storedEntries_readBackEqual_evenAStoredPartOfMoreThanAMegabyte() {
        Map<String, byte[]> parts = Zips.parts(WORKBOOK);
        byte[] image = new byte[3 << 20];
        new Random(3).nextBytes(image);
        parts.put("xl/media/image1.png", image);
        Zips.Options stored = new Zips.Options();
        stored.stored = true;
        assertThat(read(Zips.zip(parts, stored))).isEqualTo(INVENTORY);
    }

    @Test
    void extraFieldsEntryCommentsAndLongNames_readBackEqual() {
        Map<String, byte[]> parts = Zips.parts(WORKBOOK);
        parts.put("docProps/" + "x".repeat(300) + ".xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        Zips.Options options = new Zips.Options();
        // An extended-timestamp field (0x5455), as Info-ZIP writes in the local and central headers.
        options.extra = new byte[] {0x55, 0x54, 5, 0, 1, 0x10, 0x20, 0x30, 0x40};
        options.entryComment = "edited by hand";
        assertThat(read(Zips.zip(parts, options))).isEqualTo(INVENTORY);
    }

    @Test
    void theLongestZipComment_stillLetsTheCentralDirectoryBeFound() {
        Zips.Options options = new Zips.Options();
        options.zipComment = "c".repeat(0xFFFF);
        assertThat(read(Zips.zip(Zips.parts(WORKBOOK), options))).isEqualTo(INVENTORY);
    }

    @Test
    void aThousandEntries_areRead_aThousandAndOneAreRefused() {
        Map<String, byte[]> parts = Zips.parts(WORKBOOK);
        Map<String, byte[]> full = new LinkedHashMap<>(parts);
        for (int i = 0; full.size() < WorkbookGuard.MAX_ENTRIES; i++) {
            full.put("customXml/item" + i + ".xml", new byte[0]);
        }
        assertThat(read(Zips.zip(full, new Zips.Options()))).isEqualTo(INVENTORY);
        full.put("customXml/last.xml", new byte[0]);
        assertThat(reason(Zips.zip(full, new Zips.Options()))).isEqualTo("Read limit exceeded: 1001 zip entries, more "
                + "than 1000");
    }

    @Test
    void aWorkbookOfExactlyTheLimit_isReadAsAWorkbook_notRefusedForItsSize() {
        RepeatingStream in = new RepeatingStream("PK\u0003\u0004", 'x', WorkbookGuard.MAX_WORKBOOK_BYTES - 4, "");
        assertThat(thrown(IsmsXlsxException.class, () -> JA.readAssetInventory(in)).reason())
                .isEqualTo("Invalid workbook: a zip without its central directory");
    }

    @Test
    void brokenZips_failNamingTheirFault() {
        byte[] xls = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1}, 512);
        assertThat(reason(xls)).isEqualTo("Invalid workbook: an Excel 97-2003 .xls file; save it as an Excel workbook "
                + "(.xlsx)");
        assertThat(reason(Arrays.copyOf(WORKBOOK, 21))).isEqualTo("Invalid workbook: not an .xlsx file (a zip)");
        assertThat(reason(Arrays.copyOf(WORKBOOK, 22))).isEqualTo("Invalid workbook: a zip without its central "
                + "directory");
        assertThat(reason(Arrays.copyOf(WORKBOOK, WORKBOOK.length - 1))).isEqualTo("Invalid workbook: a zip without "
                + "its central directory");

        int end = WORKBOOK.length - 22;
        byte[] offsetPastTheEnd = WORKBOOK.clone();
        putInt32(offsetPastTheEnd, end + 16, WORKBOOK.length - 45);
        assertThat(reason(offsetPastTheEnd)).isEqualTo("Invalid workbook: a broken zip central directory");

        int central = int32(WORKBOOK, end + 16);
        String first = new String(WORKBOOK, central + 46, (WORKBOOK[central + 28] & 0xFF) | (WORKBOOK[central + 29] & 0xFF)
                << 8, StandardCharsets.UTF_8);
        byte[] badMethod = WORKBOOK.clone();
        badMethod[central + 10] = 12; // bzip2
        assertThat(reason(badMethod)).isEqualTo("Invalid workbook: zip entry " + first + " has compression method 12");

        byte[] badLocal = WORKBOOK.clone();
        putInt32(badLocal, central + 42, 1);
        assertThat(reason(badLocal)).isEqualTo("Invalid workbook: a broken zip entry " + first);

        byte[] zip64 = WORKBOOK.clone();
        putInt32(zip64, central + 24, -1);
        assertThat(reason(zip64)).isEqualTo("Read limit exceeded: a ZIP64 entry " + first);

        byte[] pastTheEnd = WORKBOOK.clone();
        putInt32(pastTheEnd, central + 20, WORKBOOK.length);
        assertThat(reason(pastTheEnd)).isEqualTo("Invalid workbook: a zip entry past the end of the file: "
                + first);
    }

    @Test
    void sharedStrings_ofNoString_makeEverySharedStringCellAnError() {
        byte[] none = Zips.rewrite(WORKBOOK, "xl/sharedStrings.xml", xml -> xml.replaceAll("(?s)<si>.*</si>", ""));
        assertThat(reason(none)).isEqualTo("Invalid workbook: a cell of part xl/worksheets/sheet1.xml names shared "
                + "string 11 of the 0 that xl/sharedStrings.xml holds");
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }

    private static void putInt32(byte[] b, int i, int value) {
        for (int k = 0; k < 4; k++) {
            b[i + k] = (byte) (value >>> (8 * k));
        }
    }
}
