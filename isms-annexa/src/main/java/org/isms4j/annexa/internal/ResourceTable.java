package org.isms4j.annexa.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader of the catalogue's resources: UTF-8 text, one record a line, fields separated by tabs,
 * {@code #} comment lines and blank lines skipped.
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
        byte[] bytes;
        try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(new StringBuilder("Missing resource ").append(name).toString());
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Split the bytes, not decoded text: tab and newline never occur inside a UTF-8 sequence.
        // Only fields with non-ASCII bytes (the Japanese titles) pay for UTF-8 decoding; a cold
        // JVM runs this in the interpreter, where every byte visited counts.
        List<String[]> records = new ArrayList<>(128);
        int lineNumber = 0;
        for (int start = 0, end; start < bytes.length; start = end + 1) {
            end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNumber++;
            if (end == start || bytes[start] == '#') {
                continue;
            }
            String[] record = new String[fields];
            int field = 0;
            int from = start;
            boolean ascii = true;
            for (int i = start; i <= end; i++) {
                byte b = i < end ? bytes[i] : (byte) '\t';
                if (b == '\t') {
                    if (field == fields || i == from) {
                        throw malformed(name, lineNumber, fields);
                    }
                    record[field++] = new String(bytes, from, i - from,
                            ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
                    from = i + 1;
                    ascii = true;
                } else if (b < 0) {
                    ascii = false;
                }
            }
            if (field != fields) {
                throw malformed(name, lineNumber, fields);
            }
            records.add(record);
        }
        return records;
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
