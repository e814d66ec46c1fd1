package org.isms4j.annexa.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * columns. Reading uses a plain {@link BufferedReader} and splits by hand: no regular expression,
 * no reflection, nothing that bootstraps {@code invokedynamic}, so that the first access of the
 * catalogue stays within a few milliseconds.
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
        InputStream in = ResourceTable.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(new StringBuilder("Missing resource ").append(name).toString());
        }
        List<String[]> records = new ArrayList<>(128);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 32768)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] record = split(line, '\t', fields);
                if (record == null) {
                    throw new IllegalStateException(new StringBuilder("Malformed resource ").append(name)
                            .append(", line ").append(lineNumber).append(": expected ").append(fields)
                            .append(" non-empty tab-separated fields").toString());
                }
                records.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
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
