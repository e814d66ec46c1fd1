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

    @Test
    void aWorkbookLargerThanTheLimitIsNotReadWhole() {
        RepeatingStream in = new RepeatingStream("PK\u0003\u0004", 'x', 1L << 30, "");
        assertThat(thrown(IsmsXlsxException.class, () -> JA.readAssetInventory(in)))
                .hasMessage("workbook: Read limit exceeded: a workbook of more than 67108864 bytes");
        assertThat(in.position()).isLessThanOrEqualTo(WorkbookGuard.MAX_WORKBOOK_BYTES + 1L);
    }
}
