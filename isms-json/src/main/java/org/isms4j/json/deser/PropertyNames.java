package org.isms4j.json.deser;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.HashMap;
import java.util.Map;

/**
 * The properties of one JSON object kind, in their written order, with the required ones marked.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
final class PropertyNames {

    private final String[] names;
    /** The names quoted and encoded once, for the parser's match of a name in written order. */
    private final SerializableString[] serialized;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final long required;
    private final String list;

    private PropertyNames(String[] names, long required) {
        this.names = names.clone();
        this.serialized = new SerializableString[names.length];
        for (int i = 0; i < names.length; i++) {
            indexes.put(names[i], i);
            serialized[i] = new SerializedString(names[i]);
        }
        this.required = required;
        this.list = String.join(", ", names);
    }

    /**
     * Returns property names, each required unless it ends with {@code ?}.
     *
     * @param names the names, at most 64
     * @return the names
     */
    static PropertyNames of(String... names) {
        String[] plain = new String[names.length];
        long required = 0;
        for (int i = 0; i < names.length; i++) {
            if (names[i].endsWith("?")) {
                plain[i] = names[i].substring(0, names[i].length() - 1);
            } else {
                plain[i] = names[i];
                required |= 1L << i;
            }
        }
        return new PropertyNames(plain, required);
    }

    int indexOf(String name) {
        Integer index = indexes.get(name);
        return index == null ? -1 : index;
    }

    String name(int index) {
        return names[index];
    }

    SerializableString serialized(int index) {
        return serialized[index];
    }

    int size() {
        return names.length;
    }

    long required() {
        return required;
    }

    String list() {
        return list;
    }
}
