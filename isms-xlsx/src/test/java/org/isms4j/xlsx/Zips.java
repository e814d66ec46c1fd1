package org.isms4j.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Workbooks taken apart and zipped again as other programs zip them: the tests' zip surgery. */
final class Zips {

    private Zips() {}

    /** A workbook's parts, by name, in the zip's order. */
    static Map<String, byte[]> parts(byte[] workbook) {
        try {
            Path file = Files.createTempFile("isms4j", ".xlsx");
            try {
                Files.write(file, workbook);
                Map<String, byte[]> parts = new LinkedHashMap<>();
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                        ZipEntry entry = e.nextElement();
                        parts.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                    }
                }
                return parts;
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the parts are zipped. */
    static final class Options {
        boolean stored;
        byte[] extra;
        String entryComment;
        String zipComment;
    }

    /** Zips parts, deflated unless stored, with the options' extra fields and comments. */
    static byte[] zip(Map<String, byte[]> parts, Options options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (options.zipComment != null) {
                zip.setComment(options.zipComment);
            }
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                if (options.stored) {
                    CRC32 crc = new CRC32();
                    crc.update(part.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(part.getValue().length);
                    entry.setCompressedSize(part.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                if (options.extra != null) {
                    entry.setExtra(options.extra);
                }
                if (options.entryComment != null) {
                    entry.setComment(options.entryComment);
                }
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A workbook with one part's text changed, zipped again. */
    static byte[] rewrite(byte[] workbook, String name, UnaryOperator<String> change) {
        Map<String, byte[]> parts = parts(workbook);
        byte[] part = parts.get(name);
        if (part == null) {
            throw new AssertionError("no part " + name + " in " + parts.keySet());
        }
        String text = new String(part, StandardCharsets.UTF_8);
        String changed = change.apply(text);
        if (changed.equals(text)) {
            throw new AssertionError("the change left " + name + " as it was");
        }
        parts.put(name, changed.getBytes(StandardCharsets.UTF_8));
        return zip(parts, new Options());
    }

    /** A part's text. */
    static String text(byte[] workbook, String name) {
        byte[] part = parts(workbook).get(name);
        if (part == null) {
            throw new AssertionError("no part " + name);
        }
        return new String(part, StandardCharsets.UTF_8);
    }
}
