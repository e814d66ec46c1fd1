package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Set;
import org.isms4j.core.Checks;

/**
 * A loop over the properties of one object that rejects unknown and duplicate properties as they
 * come and missing ones at the end, handing the reader each property as its enum constant.
 *
 * <p>Objects of one kind usually give their properties in one order, so the loop first asks the
 * parser whether the next name is the one that followed the last property read the last time it
 * came (at first, the next in written order): the parser compares the name's bytes in its buffer
 * without decoding it. Any other name is decoded and looked up. A reader of many objects of one
 * kind, such as a register's rows, {@linkplain JsonInput#properties(String, PropertyLoop) starts}
 * one loop again for each, so that the order it learns from one row serves the next.
 *
 * <p>Not part of the API. This class is not thread-safe.
 *
 * @param <E> the properties
 */
final class PropertyLoop<E extends Enum<E>> {

    private final JsonInput in;
    private final PropertyNames<E> names;
    /** The names' constants and encoded names, in written order, held here for the hot loop. */
    private final E[] constants;
    private final SerializableString[] serialized;
    private long seen;
    /**
     * The index of the property expected after each property, and at {@link #end} the first's:
     * the one that followed it last time, or {@link #end} where the object ended.
     */
    private final int[] successor;
    /** The index of the property read last, or the last index before the first. */
    private int last;
    /** The index of {@link #successor} that stands for the start and the end of the object. */
    private final int end;

    PropertyLoop(JsonInput in, PropertyNames<E> names) {
        this.in = in;
        this.names = names;
        this.constants = names.constants();
        this.serialized = names.serializedNames();
        this.end = constants.length;
        this.successor = new int[end + 1];
        for (int i = 0; i < end; i++) {
            successor[i] = i + 1;
        }
        successor[end] = 0;
        this.last = end;
    }

    /** Forgets the properties seen, for the next object; keeps the order learnt. */
    void restart() {
        seen = 0;
        last = end;
    }

    /**
     * Moves to the next known property's value.
     *
     * @return the property, or null at the end of the object
     * @throws IOException if the parser fails
     */
    E next() throws IOException {
        JsonParser parser = in.parser();
        while (true) {
            E property;
            int expected = successor[last];
            if (expected < end && parser.nextFieldName(serialized[expected])) {
                property = constants[expected];
            } else {
                String name;
                if (expected < end) {
                    if (parser.currentToken() != JsonToken.FIELD_NAME) {
                        successor[last] = end;
                        return null;
                    }
                    name = parser.currentName();
                } else {
                    name = parser.nextFieldName();
                    if (name == null) {
                        return null;
                    }
                }
                property = names.byName(name);
                if (property == null) {
                    if (in.failOnUnknownProperties()) {
                        throw in.error(Checks.unknown("property", JsonFailures.escape(name, JsonInput.QUOTED_TEXT_LIMIT),
                                names.list()).getMessage());
                    }
                    parser.nextToken();
                    parser.skipChildren();
                    continue;
                }
            }
            int index = property.ordinal();
            long bit = 1L << index;
            if ((seen & bit) != 0) {
                throw in.error(Checks.format("Duplicate property: '%s'", names.name(property)));
            }
            seen |= bit;
            successor[last] = index;
            last = index;
            parser.nextToken();
            return property;
        }
    }

    /**
     * Tells whether a property was present.
     *
     * @param property the property
     * @return true if it was read
     */
    boolean has(E property) {
        return (seen & (1L << property.ordinal())) != 0;
    }

    /**
     * Checks that every required property was present; call at the end of the object.
     */
    void requireAll() {
        require(names.required());
    }

    /**
     * Checks that some properties were present, such as those a kind of object needs.
     *
     * @param properties the properties
     */
    void requireAll(Set<E> properties) {
        require(names.bits(properties));
    }

    /**
     * Returns the first required property missing so far, among those before a property.
     *
     * @param before the property
     * @return the missing property, or null
     */
    E missingBefore(E before) {
        long missing = names.required() & ((1L << before.ordinal()) - 1) & ~seen;
        return missing == 0 ? null : names.at(Long.numberOfTrailingZeros(missing));
    }

    /**
     * Returns the JSON name of a property.
     *
     * @param property the property
     * @return the name
     */
    String name(E property) {
        return names.name(property);
    }

    private void require(long mask) {
        long missing = mask & ~seen;
        if (missing != 0) {
            throw in.error(Checks.format("Missing property: '%s'", names.name(names.at(Long.numberOfTrailingZeros(missing)))));
        }
    }
}
