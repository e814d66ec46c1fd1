package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.isms4j.core.VocabularyTerm;
import org.isms4j.json.Formats;

/**
 * The shapes of property every document writes: the {@code format} and {@code formatVersion}
 * header, optional texts left out when empty, dates, and arrays of numbers, texts and codes in
 * their natural order.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class PropertyWriter {

    private PropertyWriter() {}

    /** Writes the {@code format} and {@code formatVersion} that open a document. */
    static void header(JsonGenerator out, String format) throws IOException {
        out.writeStringField("format", format);
        out.writeNumberField("formatVersion", Formats.VERSION);
    }

    /** Writes a text property, encoded once, unless the text is empty. */
    static void optional(JsonGenerator out, SerializableString name, String text) throws IOException {
        if (!text.isEmpty()) {
            out.writeFieldName(name);
            out.writeString(text);
        }
    }

    /** Writes a text property unless the text is empty. */
    static void optional(JsonGenerator out, String name, String text) throws IOException {
        if (!text.isEmpty()) {
            out.writeStringField(name, text);
        }
    }

    /** Writes a date property, {@code "2023-10-02"}. */
    static void date(JsonGenerator out, String name, LocalDate date) throws IOException {
        out.writeStringField(name, date.toString());
    }

    /** Writes the codes of some terms of a vocabulary in the vocabulary's order. */
    static <E extends VocabularyTerm> void codes(JsonGenerator out, String name, E[] order,
            Collection<E> terms) throws IOException {
        out.writeArrayFieldStart(name);
        for (E term : order) {
            if (terms.contains(term)) {
                out.writeString(term.code());
            }
        }
        out.writeEndArray();
    }

    /** Writes an array of numbers in the collection's order. */
    static void numbers(JsonGenerator out, String name, Collection<Integer> numbers) throws IOException {
        out.writeArrayFieldStart(name);
        for (int number : numbers) {
            out.writeNumber(number);
        }
        out.writeEndArray();
    }

    /** Writes an array of texts in their order, unless there are none. */
    static void texts(JsonGenerator out, String name, List<String> texts) throws IOException {
        if (!texts.isEmpty()) {
            out.writeArrayFieldStart(name);
            for (String text : texts) {
                out.writeString(text);
            }
            out.writeEndArray();
        }
    }

    /** Writes an array of texts in their order, empty or not. */
    static void textList(JsonGenerator out, String name, List<String> texts) throws IOException {
        out.writeArrayFieldStart(name);
        for (String text : texts) {
            out.writeString(text);
        }
        out.writeEndArray();
    }
}
