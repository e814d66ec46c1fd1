package org.isms4j.json.deser;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The properties of one JSON object kind, named by the constants of an enum in their written
 * order: a constant's JSON name is its name in camel case ({@code ROW_AXIS} is {@code rowAxis}),
 * so that a reader dispatches on the constant, never on a position in a list.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 *
 * @param <E> the properties
 */
final class PropertyNames<E extends Enum<E>> {

    private final E[] constants;
    private final String[] names;
    /** The names quoted and encoded once, for the parser's match of a name in written order. */
    private final SerializableString[] serialized;
    private final Map<String, E> byName = new HashMap<>();
    /** The bits of the required properties, computed once: a loop checks them per object. */
    private final long required;
    private final String list;

    private PropertyNames(Class<E> type, Set<E> optional) {
        this.constants = type.getEnumConstants();
        if (constants.length > Long.SIZE) {
            throw new IllegalArgumentException("At most 64 properties: " + type.getName());
        }
        this.names = new String[constants.length];
        this.serialized = new SerializableString[constants.length];
        for (E constant : constants) {
            // Interned as the parser interns the names it decodes: a lookup then compares identities.
            String name = camelCase(constant.name()).intern();
            names[constant.ordinal()] = name;
            serialized[constant.ordinal()] = new SerializedString(name);
            byName.put(name, constant);
        }
        EnumSet<E> required = EnumSet.allOf(type);
        required.removeAll(optional);
        this.required = bits(required);
        this.list = String.join(", ", names);
    }

    /**
     * Returns the properties of an enum, each required.
     *
     * @param <E> the properties
     * @param type the enum, of at most 64 constants
     * @return the names
     */
    static <E extends Enum<E>> PropertyNames<E> of(Class<E> type) {
        return new PropertyNames<>(type, Set.of());
    }

    /**
     * Returns the properties of an enum, each required but the optional ones.
     *
     * @param <E> the properties
     * @param type the enum, of at most 64 constants
     * @param optional the properties that may be absent
     * @return the names
     */
    static <E extends Enum<E>> PropertyNames<E> of(Class<E> type, Set<E> optional) {
        return new PropertyNames<>(type, optional);
    }

    private static String camelCase(String constant) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return name.toString();
    }

    /**
     * Returns the property of a JSON name.
     *
     * @param name the name
     * @return the property, or null if the name is unknown
     */
    E byName(String name) {
        return byName.get(name);
    }

    /**
     * Returns the JSON name of a property, such as {@code rowAxis}.
     *
     * @param property the property
     * @return the name
     */
    String name(E property) {
        return names[property.ordinal()];
    }

    /** Returns the property at an index of the written order. */
    E at(int index) {
        return constants[index];
    }

    /** Returns the constants in written order: the array itself, which the caller does not change. */
    E[] constants() {
        return constants;
    }

    /** Returns the names encoded for the parser in written order: the array itself, not to be changed. */
    SerializableString[] serializedNames() {
        return serialized;
    }

    /** Returns the required properties' bits, one per index of the written order. */
    long required() {
        return required;
    }

    /**
     * Returns the bits of some properties, one per index of the written order.
     *
     * @param properties the properties
     * @return the bits
     */
    long bits(Set<E> properties) {
        long bits = 0;
        for (E property : properties) {
            bits |= 1L << property.ordinal();
        }
        return bits;
    }

    /** Returns the names, comma-separated, for a message. */
    String list() {
        return list;
    }
}
