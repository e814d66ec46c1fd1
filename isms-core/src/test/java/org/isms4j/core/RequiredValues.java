package org.isms4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The required values of a builder, for its tests: each value's name in the message, the builder
 * method that sets it and a valid value, so that a test can leave out one at a time.
 *
 * @param <B> the builder
 */
public final class RequiredValues<B> {

    private record Value<B>(String field, String setter, UnaryOperator<B> set) {}

    private final Supplier<B> newBuilder;
    private final List<Value<B>> values = new ArrayList<>();

    private RequiredValues(Supplier<B> newBuilder) {
        this.newBuilder = newBuilder;
    }

    /**
     * Starts the list of a builder's required values.
     *
     * @param <B> the builder
     * @param newBuilder makes a new, empty builder
     * @return the empty list
     */
    public static <B> RequiredValues<B> of(Supplier<B> newBuilder) {
        return new RequiredValues<>(newBuilder);
    }

    /**
     * Adds a required value.
     *
     * @param field its name in the message, such as {@code risk source}
     * @param setter the builder method, such as {@code riskSource}
     * @param set sets a valid value
     * @return this list
     */
    public RequiredValues<B> and(String field, String setter, UnaryOperator<B> set) {
        values.add(new Value<>(field, setter, set));
        return this;
    }

    /**
     * Returns a builder with every required value set but one.
     *
     * @param setter the method of the value left out, or {@code ""} to set them all
     * @return the builder
     */
    public B allBut(String setter) {
        B builder = newBuilder.get();
        for (Value<B> value : values) {
            if (!value.setter().equals(setter)) {
                builder = value.set().apply(builder);
            }
        }
        return builder;
    }

    /**
     * Returns the field name and the setter of each value, as test arguments.
     *
     * @return the arguments
     */
    public Stream<Arguments> arguments() {
        return values.stream().map(v -> Arguments.of(v.field(), v.setter()));
    }
}
