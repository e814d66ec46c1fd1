package org.isms4j.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.isms4j.core.Checks;

/**
 * The checks a workbook passes before it is parsed, so that a hostile file is rejected quickly
 * and in bounded memory: the file is read up to a limit; it must be a zip (an .xlsx), not an
 * Excel 97-2003 .xls; and every entry its central directory lists, the entries the parser opens,
 * is inflated once here, counting, until a limit: the entries' number, each part's size (shared
 * strings smaller), their sum, and the ratio of a part's inflated to its compressed size, which
 * a zip bomb exceeds within its first megabyte. Entries that overlap (the "better zip bomb") are
 * each counted, so the sum bounds them too; two entries of one name (ignoring case) are refused.
 * As it is inflated each part is scanned ({@link PartScan}) for what fastexcel-reader would
 * follow without a bound: a cell that names a shared string past the last of the declared
 * shared-strings part, a cell beyond column XFD, a row of more than 16,384 cells.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class WorkbookGuard {

    /** The largest workbook file read, in bytes: {@value} (64 MiB). */
    static final int MAX_WORKBOOK_BYTES = 64 << 20;
    /** The largest inflated part, such as a sheet, in bytes: {@value} (256 MiB). */
    static final long MAX_PART_BYTES = 256L << 20;
    /** The largest inflated shared-strings part, in bytes: {@value} (64 MiB). */
    static final long MAX_SHARED_STRINGS_BYTES = 64L << 20;
    /** The largest sum of the inflated parts, in bytes: {@value} (512 MiB). */
    static final long MAX_TOTAL_BYTES = 512L << 20;
    /** The most entries: {@value}. */
    static final int MAX_ENTRIES = 1_000;
    /** The highest ratio of inflated to compressed size, checked once a part passes 1 MiB. */
    static final int MAX_RATIO = 100;

    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;

    private WorkbookGuard() {}

    /**
     * Reads a workbook's bytes, up to {@link #MAX_WORKBOOK_BYTES}.
     *
     * @param in the stream; not closed
     * @return the bytes
     * @throws IsmsXlsxException if the stream holds more
     * @throws IOException if the stream fails
     */
    static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_WORKBOOK_BYTES + 1);
        if (bytes.length > MAX_WORKBOOK_BYTES) {
            throw fail(String.format(Locale.ROOT, "Read limit exceeded: a workbook of more than %d bytes",
                    MAX_WORKBOOK_BYTES));
        }
        return bytes;
    }

    private static IsmsXlsxException fail(String reason) {
        return new IsmsXlsxException(null, null, reason, null);
    }

    /**
     * Checks a workbook's zip.
     *
     * @param zip the workbook's bytes
     * @throws IsmsXlsxException if it is not a zip, or a limit is exceeded
     */
    static void check(byte[] zip) {
        if (zip.length >= 8 && (zip[0] & 0xFF) == 0xD0 && (zip[1] & 0xFF) == 0xCF && (zip[2] & 0xFF) == 0x11) {
            throw fail("Invalid workbook: an Excel 97-2003 .xls file; save it as an Excel workbook (.xlsx)");
        }
        if (zip.length < 22 || int32(zip, 0) != LOCAL) {
            throw fail("Invalid workbook: not an .xlsx file (a zip)");
        }
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
            if (int32(zip, i) == EOCD) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw fail("Invalid workbook: a zip without its central directory");
        }
        int entries = int16(zip, end + 10);
        long offset = int32(zip, end + 16) & 0xFFFFFFFFL;
        if (entries > MAX_ENTRIES) {
            throw fail(String.format(Locale.ROOT, "Read limit exceeded: %d zip entries, more than %d", entries,
                    MAX_ENTRIES));
        }
        long total = 0;
        Set<String> names = new HashSet<>();
        List<PartScan> scans = new ArrayList<>();
        Inflater inflater = new Inflater(true);
        try {
            for (int e = 0; e < entries; e++) {
                if (offset < 0 || offset + 46 > zip.length || int32(zip, (int) offset) != CENTRAL) {
                    throw fail("Invalid workbook: a broken zip central directory");
                }
                int at = (int) offset;
                int method = int16(zip, at + 10);
                long compressed = int32(zip, at + 20) & 0xFFFFFFFFL;
                long size = int32(zip, at + 24) & 0xFFFFFFFFL;
                int nameLength = int16(zip, at + 28);
                int extraLength = int16(zip, at + 30);
                int commentLength = int16(zip, at + 32);
                long local = int32(zip, at + 42) & 0xFFFFFFFFL;
                if (at + 46L + nameLength > zip.length) {
                    throw fail("Invalid workbook: a broken zip central directory");
                }
                String name = new String(zip, at + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
                String shown = Checks.echo(name);
                offset = at + 46L + nameLength + extraLength + commentLength;
                if (compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL || local == 0xFFFFFFFFL) {
                    throw fail("Read limit exceeded: a ZIP64 entry " + shown);
                }
                if (local + 30 > zip.length || int32(zip, (int) local) != LOCAL) {
                    throw fail("Invalid workbook: a broken zip entry " + shown);
                }
                long data = local + 30 + int16(zip, (int) local + 26) + int16(zip, (int) local + 28);
                if (data + compressed > zip.length) {
                    throw fail("Invalid workbook: a zip entry past the end of the file: " + shown);
                }
                long limit = name.toLowerCase(Locale.ROOT).contains("sharedstrings") ? MAX_SHARED_STRINGS_BYTES
                        : MAX_PART_BYTES;
                if (method != 0 && method != 8) {
                    throw fail("Invalid workbook: zip entry " + shown + " has compression method " + method);
                }
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    throw fail("Invalid workbook: two zip entries named '" + shown + "'");
                }
                PartStream part = new PartStream(inflater, zip, (int) data, (int) compressed, method == 8, limit, shown);
                scans.add(PartScan.of(name, shown, part));
                total += part.drain();
                if (total > MAX_TOTAL_BYTES) {
                    throw fail(String.format(Locale.ROOT, "Read limit exceeded: the parts inflate to more than %d "
                            + "bytes", MAX_TOTAL_BYTES));
                }
            }
        } finally {
            inflater.end();
        }
        checkSharedStrings(scans);
    }

    /**
     * Checks that no cell names a shared string the workbook's shared-strings part does not hold:
     * the part that {@code [Content_Types].xml} declares, found as fastexcel-reader finds it (its
     * name, else its name ignoring case).
     */
    private static void checkSharedStrings(List<PartScan> scans) {
        List<String> declared = new ArrayList<>(1);
        for (PartScan scan : scans) {
            if (scan.part().equalsIgnoreCase("[Content_Types].xml")) {
                declared.addAll(scan.sharedStringsParts());
            }
        }
        if (declared.isEmpty()) {
            return; // no shared strings: fastexcel-reader reads every shared-string cell as empty
        }
        if (declared.stream().distinct().count() > 1) {
            throw fail("Invalid workbook: [Content_Types].xml declares " + declared.size() + " shared-strings parts");
        }
        String name = declared.get(0).startsWith("/") ? declared.get(0).substring(1) : declared.get(0);
        int count = -1;
        for (PartScan scan : scans) {
            if (scan.part().equalsIgnoreCase(name)) {
                count = scan.sharedStrings();
            }
        }
        if (count < 0) {
            return; // declared but absent: fastexcel-reader reads every shared-string cell as empty
        }
        for (PartScan scan : scans) {
            if (scan.highestSharedIndex() >= count) {
                throw fail(String.format(Locale.ROOT, "Invalid workbook: a cell of part %s names shared string %d "
                        + "of the %d that %s holds", Checks.echo(scan.part()), scan.highestSharedIndex(), count,
                        Checks.echo(name)));
            }
        }
    }

    /**
     * A zip entry's data, inflated as it is read, counted, and failing when the part passes its
     * limit or inflates more than {@link #MAX_RATIO} times its compressed size (checked once it
     * passes 1 MiB): a zip bomb fails within its first megabyte.
     */
    private static final class PartStream extends InputStream {

        private final Inflater inflater;
        private final byte[] zip;
        private final int data;
        private final int length;
        private final boolean deflated;
        private final long limit;
        private final String name;
        private final byte[] one = new byte[1];
        private long count;

        PartStream(Inflater inflater, byte[] zip, int data, int length, boolean deflated, long limit, String name) {
            this.inflater = inflater;
            this.zip = zip;
            this.data = data;
            this.length = length;
            this.deflated = deflated;
            this.limit = limit;
            this.name = name;
            if (deflated) {
                inflater.reset();
                inflater.setInput(zip, data, length);
            }
        }

        @Override
        public int read() {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int max) {
            int n;
            if (!deflated) {
                n = (int) Math.min(max, length - count);
                System.arraycopy(zip, data + (int) count, into, offset, Math.max(0, n));
            } else {
                n = inflate(into, offset, max);
            }
            if (n <= 0) {
                return -1;
            }
            count += n;
            if (count > limit) {
                throw fail(String.format(Locale.ROOT, "Read limit exceeded: part %s inflates to more than %d bytes",
                        name, limit));
            }
            if (deflated && count > (1 << 20) && count > (long) MAX_RATIO * Math.max(1, inflater.getBytesRead())) {
                throw fail(String.format(Locale.ROOT, "Read limit exceeded: part %s inflates more than %d times "
                        + "its size (a zip bomb)", name, MAX_RATIO));
            }
            return n;
        }

        private int inflate(byte[] into, int offset, int max) {
            try {
                while (!inflater.finished()) {
                    int n = inflater.inflate(into, offset, max);
                    if (n > 0) {
                        return n;
                    }
                    if (inflater.needsInput() || inflater.needsDictionary()) {
                        return -1;
                    }
                }
                return -1;
            } catch (DataFormatException e) {
                throw new IsmsXlsxException(null, null, "Invalid workbook: zip entry " + name
                        + " is not deflated data", e);
            }
        }

        /** Reads what the scan left, and returns the part's inflated size. */
        long drain() {
            byte[] sink = new byte[64 << 10];
            while (read(sink, 0, sink.length) > 0) {
                // counting
            }
            return count;
        }
    }

    private static int int16(byte[] b, int i) {
        return i + 2 > b.length ? -1 : (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int i) {
        return i < 0 || i + 4 > b.length ? 0 : (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16
                | (b[i + 3] & 0xFF) << 24;
    }
}
