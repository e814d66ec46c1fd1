package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isms4j.testkit.BadInput.thrown;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.isms4j.testkit.Fixtures;
import org.isms4j.testkit.RepeatingStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile workbooks fail quickly and in bounded memory: a zip bomb, a huge shared-strings part,
 * a billion laughs, a file too large; each with the one documented exception.
 */
class ReadLimitsTest {

    private static final IsmsXlsx JA = IsmsXlsx.japanese();

    /** A workbook the library wrote, with one part's content replaced by a writer's. */
    private static byte[] replacing(String name, PartWriter content) throws IOException {
        byte[] workbook = IsmsXlsxTest.inventory(JA, Fixtures.quickApproachInventory());
        Path file = Files.createTempFile("isms4j", ".xlsx");
        try {
            Files.write(file, workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipFile zip = new ZipFile(file.toFile()); ZipOutputStream rezip = new ZipOutputStream(out)) {
                boolean found = false;
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                    ZipEntry entry = e.nextElement();
                    rezip.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals(name)) {
                        content.write(rezip);
                        found = true;
                    } else {
                        rezip.write(zip.getInputStream(entry).readAllBytes());
                    }
                    rezip.closeEntry();
                }
                if (!found) {
                    rezip.putNextEntry(new ZipEntry(name));
                    content.write(rezip);
                    rezip.closeEntry();
                }
            }
            return out.toByteArray();
        } finally {
            Files.delete(file);
        }
    }

    @FunctionalInterface
    private interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private static IsmsXlsxException readError(byte[] workbook) {
        return thrown(IsmsXlsxException.class, () -> JA.readAssetInventory(new ByteArrayInputStream(workbook)));
    }

    @Test
    void zipBomb_aGigabyteSheetFailsWithinItsFirstMegabyte() throws IOException {
        byte[] bomb = replacing("xl/worksheets/sheet1.xml", out -> {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                out.write(zeros);
            }
        });
        assertThat(bomb.length).isLessThan(4 << 20);
        long start = System.nanoTime();
        IsmsXlsxException e = readError(bomb);
        assertThat(e).hasMessage("workbook: Read limit exceeded: part xl/worksheets/sheet1.xml inflates more than 100 "
                + "times its size (a zip bomb)");
        assertThat(e.sheet()).isEmpty();
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void sharedStrings_largerThanTheirLimitFail() throws IOException {
        Random random = new Random(17);
        byte[] huge = replacing("xl/sharedStrings.xml", out -> {
            byte[] line = new byte[1 << 16];
            for (int i = 0; i < ((int) WorkbookGuard.MAX_SHARED_STRINGS_BYTES >> 16) + 1; i++) {
                for (int j = 0; j < line.length; j++) {
                    line[j] = (byte) ('a' + random.nextInt(26));
                }
                out.write(line);
            }
        });
        assertThat(readError(huge)).hasMessage("workbook: Read limit exceeded: part xl/sharedStrings.xml inflates to "
                + "more than 67108864 bytes");
    }

    @Test
    void billionLaughs_theDocumentTypeIsRefused() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        xml.append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
        byte[] laughs = replacing("xl/worksheets/sheet1.xml", out -> out.write(xml.toString()
                .getBytes(StandardCharsets.UTF_8)));
        long start = System.nanoTime();
        IsmsXlsxException e = readError(laughs);
        assertThat(e.location()).startsWith("資産目録");
        assertThat(e.reason()).startsWith("Malformed workbook: ");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    /** A part of the inventory workbook the library writes, as text. */
    private static String part(String name) throws IOException {
        byte[] workbook = IsmsXlsxTest.inventory(JA, Fixtures.quickApproachInventory());
        Path file = Files.createTempFile("isms4j", ".xlsx");
        try {
            Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                if (entry != null) {
                    return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
        throw new AssertionError("no part " + name);
    }

    /** The inventory workbook with one string of its sheet replaced. */
    private static byte[] sheetReplacing(String target, String replacement) throws IOException {
        String sheet = part("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains(target);
        return replacing("xl/worksheets/sheet1.xml", out -> out.write(sheet.replace(target, replacement)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sharedStringIndex_pastTheLastSharedString_failsBeforeTheParserFillsTheHeapToReachIt() throws IOException {
        // The heading row's twelve cells are shared strings 0 - 11 of xl/sharedStrings.xml.
        String last = "<c r=\"L1\" s=\"1\" t=\"s\"><v>11</v></c>";
        assertThat(JA.readAssetInventory(new ByteArrayInputStream(sheetReplacing(last, last))))
                .isEqualTo(Fixtures.quickApproachInventory());
        for (String index : new String[] {"12", "2000000000", "2147483647", "0000000000012"}) {
            IsmsXlsxException e = readError(sheetReplacing(last, last.replace(">11<", ">" + index + "<")));
            assertThat(e).hasMessage("workbook: Invalid workbook: a cell of part xl/worksheets/sheet1.xml names shared "
                    + "string " + Long.parseLong(index) + " of the 12 that xl/sharedStrings.xml holds");
        }
        // As the parser reads them: the index in CDATA, and a cell of a namespace prefix.
        assertThat(readError(sheetReplacing(last, last.replace(">11<", "><![CDATA[99999999]]><"))).reason())
                .contains("names shared string 99999999 of the 12");
        assertThat(readError(sheetReplacing(last, "<x:c xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\" r=\"L1\" t=\"s\"><x:v>99999999</x:v></x:c>")).reason())
                .contains("names shared string 99999999 of the 12");
    }

    @Test
    void sharedStrings_declaredTwice_areRefused() throws IOException {
        String types = part("[Content_Types].xml");
        String declaration = "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sharedStrings+xml\"/>";
        assertThat(types).contains(declaration);
        byte[] twice = replacing("[Content_Types].xml", out -> out.write(types.replace(declaration, declaration
                + declaration.replace("sharedStrings.xml", "sharedStrings2.xml")).getBytes(StandardCharsets.UTF_8)));
        assertThat(readError(twice)).hasMessage("workbook: Invalid workbook: [Content_Types].xml declares 2 "
                + "shared-strings parts");
    }

    @Test
    void cellReference_beyondColumnXfd_failsBeforeTheParserMakesARowThatWide() throws IOException {
        String first = "<c r=\"A2\"";
        for (String reference : new String[] {"XFE2", "ZZZZZZ2", "$xfe$2", "AAAAAAAAAAAAAAAAAAAA2"}) {
            assertThat(readError(sheetReplacing(first, "<c r=\"" + reference + "\""))).hasMessage("workbook: Read "
                    + "limit exceeded: part xl/worksheets/sheet1.xml has a cell beyond column XFD: '" + reference + "'");
        }
    }

    @Test
    void row_ofMoreCellsThanExcelHasColumns_fails() throws IOException {
        IsmsXlsxException e = readError(sheetReplacing("<row r=\"2\">", "<row r=\"2\">" + "<c/>".repeat(
                PartScan.MAX_COLUMNS + 1)));
        assertThat(e).hasMessage("workbook: Read limit exceeded: part xl/worksheets/sheet1.xml has a row of more than "
                + "16384 cells");
    }

    @Test
    void zipEntries_ofOneNameIgnoringCase_areRefused() throws IOException {
        byte[] workbook = replacing("XL/styles.xml", out -> out.write(part("xl/styles.xml")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(readError(workbook)).hasMessage("workbook: Invalid workbook: two zip entries named 'XL/styles.xml'");
    }

    @Test
    void aWorkbookLargerThanTheLimitIsNotReadWhole() {
        RepeatingStream in = new RepeatingStream("PK\u0003\u0004", 'x', 1L << 30, "");
        assertThat(thrown(IsmsXlsxException.class, () -> JA.readAssetInventory(in)))
                .hasMessage("workbook: Read limit exceeded: a workbook of more than 67108864 bytes");
        assertThat(in.position()).isLessThanOrEqualTo(WorkbookGuard.MAX_WORKBOOK_BYTES + 1L);
    }
}
