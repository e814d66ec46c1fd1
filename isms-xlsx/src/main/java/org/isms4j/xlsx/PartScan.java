package org.isms4j.xlsx;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.isms4j.core.Checks;

/**
 * What one part of a workbook holds that fastexcel-reader would follow without a bound, read
 * before fastexcel-reader reads it: the shared strings a part has (its {@code si} elements), the
 * highest shared-string index a cell of type {@code s} names, and the shared-strings parts that
 * {@code [Content_Types].xml} declares. fastexcel-reader reads shared strings up to the index a
 * cell names and, past the last one, adds an empty string for every missing index, so that a
 * cell naming index 2,000,000,000 of a workbook of a few hundred bytes would fill the heap; and
 * it makes a row as wide as the column its cell reference names. {@link WorkbookGuard} compares
 * the indexes with the count of the shared-strings part the workbook declares; this scan itself
 * refuses a cell beyond column XFD or a row of more than 16,384 cells, Excel's limits.
 *
 * <p>The part is parsed as fastexcel-reader parses it, by the same parser (Aalto) with the same
 * settings (no document type, no external entity), and elements are matched by their local name
 * as it matches them, so that no cell it would follow is missed. A part that is not XML, or
 * stops being XML, is scanned up to that point: fastexcel-reader would fail there too.
 *
 * <p>Not part of the API. Instances are not thread-safe.
 */
final class PartScan {

    /** The columns of a sheet: {@value} (A to XFD), Excel's limit. */
    static final int MAX_COLUMNS = 16_384;

    private static final String SHARED_STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final XMLInputFactory FACTORY = factory();

    private final String part;
    private final String shown;
    private int sharedStrings;
    private long highestSharedIndex = -1;
    private final List<String> sharedStringsParts = new ArrayList<>(1);
    /** The text of the shared-string cell being read, one buffer for the part. */
    private final StringBuilder text = new StringBuilder();

    private PartScan(String part, String shown) {
        this.part = part;
        this.shown = shown;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /**
     * Scans a part.
     *
     * @param part the part's name in the zip
     * @param shown the name as messages echo it
     * @param in the part's inflated bytes; read as far as the part is XML, not closed
     * @return what the part holds
     * @throws IsmsXlsxException if a cell is beyond column XFD or a row has more than
     *     {@value #MAX_COLUMNS} cells
     */
    static PartScan of(String part, String shown, InputStream in) {
        PartScan scan = new PartScan(part, shown);
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            scan.read(xml);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof IsmsXlsxException) {
                throw (IsmsXlsxException) e;
            }
            // not XML from here on: fastexcel-reader, if it opens this part, fails here as well
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream is the guard's, drained by it
                }
            }
        }
        return scan;
    }

    private void read(XMLStreamReader xml) throws XMLStreamException {
        boolean sharedCell = false;
        int cellsInRow = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("c")) {
                    checkColumn(xml.getAttributeValue(null, "r"));
                    if (++cellsInRow > MAX_COLUMNS) {
                        throw fail(String.format(Locale.ROOT, "a row of more than %d cells", MAX_COLUMNS));
                    }
                    sharedCell |= "s".equals(xml.getAttributeValue(null, "t"));
                } else if (name.equals("v") && sharedCell) {
                    sharedCell = false;
                    index(xml);
                } else if (name.equals("row")) {
                    cellsInRow = 0;
                } else if (name.equals("si")) {
                    sharedStrings++;
                } else if (name.equals("Override")
                        && SHARED_STRINGS_TYPE.equals(xml.getAttributeValue(null, "ContentType"))) {
                    String declared = xml.getAttributeValue(null, "PartName");
                    if (declared != null) {
                        sharedStringsParts.add(declared);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("c")) {
                    sharedCell = false;
                } else if (name.equals("row")) {
                    cellsInRow = 0;
                }
            }
        }
    }

    /** Reads a shared-string cell's index as fastexcel-reader does: the element's text, whole, as an int. */
    private void index(XMLStreamReader xml) throws XMLStreamException {
        text.setLength(0);
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (text.length() + xml.getTextLength() > SheetRows.MAX_CELL_LENGTH) {
                    throw fail(String.format(Locale.ROOT, "a cell of more than %d characters",
                            SheetRows.MAX_CELL_LENGTH));
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0 && xml.getLocalName().equals("v")) {
                    break;
                }
                depth--;
            }
        }
        try {
            highestSharedIndex = Math.max(highestSharedIndex, Integer.parseInt(text.toString()));
        } catch (NumberFormatException e) {
            // not an index: fastexcel-reader fails on it
        }
    }

    /**
     * Checks a cell reference's column: its letters, before the first digit or the second
     * {@code $}, name at most column XFD. (fastexcel-reader sums them in an {@code int} that more
     * than six letters overflow, and makes the row as wide as the sum.)
     */
    private void checkColumn(String reference) {
        if (reference == null) {
            return;
        }
        int column = 0;
        for (int i = reference.startsWith("$") ? 1 : 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c == '$' || c >= '0' && c <= '9') {
                break;
            }
            char letter = (char) (c | 0x20);
            if (letter < 'a' || letter > 'z') {
                return; // fastexcel-reader refuses the reference itself
            }
            column = column * 26 + letter - 'a' + 1;
            if (column > MAX_COLUMNS) {
                throw fail("a cell beyond column XFD: '" + Checks.echo(reference) + "'");
            }
        }
    }

    private IsmsXlsxException fail(String what) {
        return new IsmsXlsxException(null, null, "Read limit exceeded: part " + shown + " has " + what, null);
    }

    /** Returns the part's name. */
    String part() {
        return part;
    }

    /** Returns how many shared strings ({@code si} elements) the part holds. */
    int sharedStrings() {
        return sharedStrings;
    }

    /** Returns the highest shared-string index a cell names, or -1 if none. */
    long highestSharedIndex() {
        return highestSharedIndex;
    }

    /** Returns the shared-strings parts the part declares, if it is {@code [Content_Types].xml}. */
    List<String> sharedStringsParts() {
        return sharedStringsParts;
    }
}
