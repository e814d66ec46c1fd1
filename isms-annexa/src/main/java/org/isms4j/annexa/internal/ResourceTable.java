package org.isms4j.annexa.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A reader of the catalogue's resources: UTF-8 text, one record a line, fields separated by tabs,
 * {@code #} comment lines and blank lines skipped. Every field but a record's last is ASCII (the
 * reader takes them as such); the last may hold any text, such as a Japanese title.
 *
 * <p>The resources live beside this class: {@code controls-2022.tsv} (the 93 controls) and
 * {@code controls-2013.tsv} (the 114 controls of 2013). Their header comments document the
 * columns. Reading takes the whole resource in one read and splits the bytes by hand: no
 * regular expression, no reflection, nothing that bootstraps {@code invokedynamic}, so that the
 * first access of the catalogue stays within a few milliseconds.
 *
 * <p>A missing or malformed resource is a packaging bug, not bad user input: it throws
 * {@link IllegalStateException}. Not part of the API: this package is not exported.
 */
public final class ResourceTable {

    private static final String PACKAGE = "org/isms4j/annexa/internal/";

    private ResourceTable() {}

    /**
     * Reads a resource of this package into records.
     *
     * @param name the resource name, such as {@code controls-2022.tsv}
     * @param fields the number of fields every record has
     * @return the records in file order, each an array of {@code fields} non-empty fields
     * @throws IllegalStateException if the resource is missing, unreadable or a line has another
     *     number of fields or an empty field
     */
    public static List<String[]> read(String name, int fields) {
        byte[] bytes = bytes(name);
        // A cold JVM runs this in the interpreter, where every byte a loop of ours visits counts.
        // So the bytes are viewed as Latin-1 text, in which a char index is a byte offset, and
        // String.indexOf finds the tabs and newlines (tab and newline never occur inside a UTF-8
        // sequence). The fields before the last are ASCII, so the Latin-1 text of a field is its
        // text; only the last field, which holds the Japanese title, is decoded as UTF-8.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String[]> records = new ArrayList<>(128);
        int lineNumber = 0;
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            if (end == start || text.charAt(start) == '#') {
                continue;
            }
            String[] record = new String[fields];
            int from = start;
            for (int field = 0; field < fields; field++) {
                int to = text.indexOf('\t', from);
                if (to < 0 || to > end) {
                    to = end;
                }
                if (to == from || (to == end) != (field == fields - 1)) {
                    throw malformed(name, lineNumber, fields);
                }
                record[field] = field < fields - 1 ? text.substring(from, to)
                        : new String(bytes, from, to - from, StandardCharsets.UTF_8);
                from = to + 1;
            }
            records.add(record);
        }
        return records;
    }

    /**
     * The bytes of a resource of this package. On the class path, {@link Class#getResourceAsStream}
     * opens a {@code jar:} URL connection, and its first use loads a dozen JDK classes that nothing
     * else in a cold JVM has loaded: 2 - 5 ms, measured here, of the catalogue's first access. When
     * this class was loaded from a plain jar file, the entry is read from that file instead (the
     * JDK shares the open file with the class loader). Everywhere else (a directory, a nested jar,
     * a named module, whose reads take no URL) the class's own lookup is used.
     */
    private static byte[] bytes(String name) {
        byte[] fromJar = fromJarFile(name);
        if (fromJar != null) {
            return fromJar;
        }
        try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(new StringBuilder("Missing resource ").append(name).toString());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(new StringBuilder("Unreadable resource ").append(name).toString(), e);
        }
    }

    /** The entry read from the jar file this class came from, or null when that is not possible. */
    static byte[] fromJarFile(String name) {
        if (ResourceTable.class.getModule().isNamed()) {
            return null;
        }
        try {
            CodeSource source = ResourceTable.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location == null || !location.getProtocol().equals("file") || !location.getPath().endsWith(".jar")) {
                return null;
            }
            try (ZipFile jar = new ZipFile(new File(location.toURI()))) {
                ZipEntry entry = jar.getEntry(PACKAGE.concat(name));
                if (entry == null) {
                    return null;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    return in.readAllBytes();
                }
            }
        } catch (Exception e) { // IOException, URISyntaxException, SecurityException, ...
            return null; // the class's own lookup tries again, and reports what it finds
        }
    }

    private static IllegalStateException malformed(String name, int lineNumber, int fields) {
        return new IllegalStateException(new StringBuilder("Malformed resource ").append(name).append(", line ")
                .append(lineNumber).append(": expected ").append(fields).append(" non-empty tab-separated fields")
                .toString());
    }

    /**
     * Splits a text at a separator into exactly {@code count} non-empty parts.
     *
     * @param text the text
     * @param separator the separator
     * @param count the number of parts expected
     * @return the parts, or null if there are more or fewer, or one is empty
     */
    public static String[] split(String text, char separator, int count) {
        String[] parts = new String[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int end = i == count - 1 ? text.length() : text.indexOf(separator, start);
            if (end < 0 || end == start) {
                return null;
            }
            parts[i] = text.substring(start, end);
            start = end + 1;
        }
        return parts[count - 1].indexOf(separator) < 0 ? parts : null;
    }

    /**
     * Splits a comma-separated list; a single {@code -} is the empty list.
     *
     * @param text the list, not empty
     * @return the elements, each non-empty, or null if an element is empty
     */
    public static String[] list(String text) {
        if (text.equals("-")) {
            return new String[0];
        }
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        return split(text, ',', count);
    }
}
