package org.isms4j.annexa;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;

/**
 * A source of a licensee's control statements and guidance, keyed by control id, such as the
 * organisation's own file of the ISO/IEC 27001:2022 statements it holds a licence for.
 *
 * <p>isms4j ships no statement text. An organisation that holds a licence attaches its own,
 * explicitly: {@code AnnexA.withText(provider)} returns a {@link ControlCatalogue} whose controls
 * carry the text. Implement this interface over any store, or use {@link #of(Map)} or
 * {@link #load(Reader)}. The catalogue asks a provider once per control, when the catalogue with
 * text is made; a provider should be immutable, but need not be thread-safe.
 *
 * <p>Example, with the licensee's properties file {@code 5.12.statement=...}:
 * <pre>{@code
 * import java.io.Reader;
 * import java.io.StringReader;
 *
 * ControlCatalogue licensed;
 * try (Reader reader = new StringReader("5.12.statement=Our statement for 5.12\n")) {
 *     licensed = AnnexA.withText(ControlTextProvider.load(reader));
 * }
 * System.out.println(licensed.get("5.12").text().map(ControlText::statement).orElse("none") + " / "
 *         + AnnexA.get("5.12").text().isPresent());
 * // prints: Our statement for 5.12 / false
 * }</pre>
 */
@FunctionalInterface
public interface ControlTextProvider {

    /**
     * Returns the text of a control, if this provider has it.
     *
     * @param id the control, not null
     * @return the text, or empty; never null
     */
    Optional<ControlText> text(ControlId id);

    /**
     * Returns a provider without any text: the catalogue as shipped.
     *
     * @return the provider, not null
     */
    static ControlTextProvider none() {
        return id -> {
            Objects.requireNonNull(id, "id");
            return Optional.empty();
        };
    }

    /**
     * Returns a provider of the texts of a map.
     *
     * @param texts the texts by control, not null, without null keys or values; copied
     * @return the provider, not null
     */
    static ControlTextProvider of(Map<ControlId, ControlText> texts) {
        Map<ControlId, ControlText> copy = Map.copyOf(Objects.requireNonNull(texts, "texts"));
        return id -> Optional.ofNullable(copy.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Reads a provider from a licensee's properties file (the format of
     * {@link Properties#load(Reader)}), with keys {@code <id>.statement} and
     * {@code <id>.guidance}, such as {@code 5.12.statement} or {@code A.5.12.guidance}. Every
     * control with guidance needs a statement; controls need not all be present.
     *
     * @param reader the reader, not null; read to its end and not closed
     * @return the provider, not null
     * @throws IOException if the reader fails
     * @throws UnknownControlException if a key names no control, such as {@code 5.99.statement}
     * @throws IsmsException if a key ends in neither {@code .statement} nor {@code .guidance}, a
     *     key is repeated ({@code Duplicate control text key: '5.12.statement'}), two keys name the
     *     same text of one control (such as {@code A.5.12.statement} and {@code 5.12.statement}), a
     *     <code>&#92;u</code> escape is malformed, a statement is blank, or a control has guidance but no
     *     statement
     */
    static ControlTextProvider load(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    throw Checks.duplicate("control text key", key);
                }
                return super.put(key, value);
            }
        };
        try {
            properties.load(reader);
        } catch (IllegalArgumentException e) {
            // Properties.load's only IllegalArgumentException: "Malformed \\uxxxx encoding."
            throw new IsmsException("Invalid control text file: a \\u escape is not followed by four hex digits", e);
        }
        Map<ControlId, String> statements = new HashMap<>();
        Map<ControlId, String> guidance = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
            int dot = key.lastIndexOf('.');
            String field = dot < 0 ? "" : key.substring(dot + 1);
            Map<ControlId, String> target;
            if (field.equals("statement")) {
                target = statements;
            } else if (field.equals("guidance")) {
                target = guidance;
            } else {
                throw new IsmsException(Checks.format(
                        "Invalid control text key (valid keys <id>.statement, <id>.guidance): %s", Checks.quote(key)));
            }
            ControlId id = ControlId.parse(key.substring(0, dot));
            String first = keys.putIfAbsent(id + "." + field, key);
            if (first != null) {
                throw new IsmsException(Checks.format("Duplicate control text key: %s and %s both give the %s of %s",
                        Checks.quote(first), Checks.quote(key), field, id));
            }
            target.put(id, properties.getProperty(key));
        }
        Map<ControlId, ControlText> texts = new HashMap<>();
        for (Map.Entry<ControlId, String> entry : statements.entrySet()) {
            texts.put(entry.getKey(), ControlText.of(entry.getValue(), guidance.getOrDefault(entry.getKey(), "")));
        }
        for (ControlId id : guidance.keySet()) {
            if (!statements.containsKey(id)) {
                throw new IsmsException(Checks.format(
                        "Invalid control text for %s: guidance without a statement", id));
            }
        }
        return of(texts);
    }
}
