package org.isms4j.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isms4j.testkit.BadInput.thrown;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The scan of a part, on its own: the cell references, row widths and shared-string indexes it
 * finds as fastexcel-reader would read them, and the limits at their edges.
 */
class PartScanTest {

    private static final String PART = "xl/worksheets/sheet1.xml";

    private static PartScan scan(String sheetData) {
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheetData + "</sheetData></worksheet>";
        return PartScan.of(PART, PART, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refused(String sheetData) {
        return thrown(IsmsXlsxException.class, () -> scan(sheetData)).reason();
    }

    private static String cell(String reference) {
        return "<row r=\"1\"><c r=\"" + reference + "\"><v>1</v></c></row>";
    }

    @Test
    void columns_upToXfdPass_pastItFail() {
        for (String reference : new String[] {"A1", "Z1", "AA1", "ABC1", "XFD1", "$XFD$1", "xfd1", "XFD", "A$XFE1",
            "$A$XFE", "A0XFE", "A9XFE"}) {
            assertThat(scan(cell(reference)).highestSharedIndex()).as(reference).isEqualTo(-1);
        }
        assertThat(refused(cell("XFE1"))).isEqualTo("Read limit exceeded: part " + PART + " has a cell beyond column "
                + "XFD: 'XFE1'");
        assertThat(refused(cell("$XFE$1"))).contains("beyond column XFD");
        // A reference with no row does not end the scan: the next cell is still checked.
        assertThat(refused(cell("A") + cell("XFE2"))).contains("'XFE2'");
    }

    @Test
    void aRowOfExactlyExcelsColumns_passes_oneMoreFails() {
        String full = "<row r=\"1\">" + "<c/>".repeat(PartScan.MAX_COLUMNS) + "</row>";
        scan(full + full);
        assertThat(refused("<row r=\"1\">" + "<c/>".repeat(PartScan.MAX_COLUMNS + 1) + "</row>"))
                .isEqualTo("Read limit exceeded: part " + PART + " has a row of more than 16384 cells");
    }

    @Test
    void sharedStringIndexes_areTheValuesOfSharedStringCellsOnly() {
        assertThat(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c><c r=\"B1\"><v>999</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>3</v></c></row>").highestSharedIndex()).isEqualTo(7);
        // A shared-string cell without a value: the next cell's number is not an index.
        assertThat(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"/><c r=\"B1\"><v>999</v></c></row>").highestSharedIndex())
                .isEqualTo(-1);
        // The value's whole text, through an element inside it, and no further.
        assertThat(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v><x>99</x></v></c><c r=\"B1\" t=\"str\"><v>7</v></c>"
                + "</row>").highestSharedIndex()).isEqualTo(99);
    }

    @Test
    void aSharedStringIndex_ofTheLongestCell_isRead_aLongerOneFails() {
        String longest = "0".repeat(SheetRows.MAX_CELL_LENGTH - 2) + "12";
        assertThat(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + longest + "</v></c></row>").highestSharedIndex())
                .isEqualTo(12);
        assertThat(refused("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0" + longest + "</v></c></row>"))
                .isEqualTo("Read limit exceeded: part " + PART + " has a cell of more than 100000 characters");
    }
}
