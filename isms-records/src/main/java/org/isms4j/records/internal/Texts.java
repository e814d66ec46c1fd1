package org.isms4j.records.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;

/**
 * The checks of the records' text and lists, on top of isms-core's {@link Checks}, so that every
 * record words its messages alike.
 *
 * <p>Not part of the API: the package is not exported.
 */
public final class Texts {

    /** The longest echo of user text in a message. */
    static final int ECHO_LIMIT = 60;

    private Texts() {}

    /**
     * Returns user text as a message may echo it, {@linkplain Checks#echo(String, int) as every
     * isms4j message does}, cut after {@value #ECHO_LIMIT} characters.
     *
     * @param text the text, not null
     * @return the echo, not null
     */
    public static String echo(CharSequence text) {
        return Checks.echo(text.toString(), ECHO_LIMIT);
    }

    /**
     * Checks that a text is not null, not blank and not longer than
     * {@value Limits#MAX_TEXT_LENGTH} characters, echoing it escaped.
     *
     * @param field the field, such as {@code responsible person}
     * @param value the text
     * @return the text
     * @throws NullPointerException if the text is null
     * @throws IsmsException if the text is blank or too long
     */
    public static String notBlank(String field, String value) {
        Checks.text(field, value);
        if (value.isBlank()) {
            throw new IsmsException(Checks.format("Invalid value for %s (must not be blank): '%s'", field,
                    echo(value)));
        }
        return value;
    }

    /**
     * Checks that each text of a list is not blank, and that the list is one a table can write in
     * one cell: at most {@value Limits#MAX_LIST_SIZE} texts which, with a two-character separator
     * such as {@code "; "} between each, hold at most {@value Limits#MAX_TEXT_LENGTH} characters.
     *
     * @param field the field of one element, such as {@code action}
     * @param values the texts, not null
     * @return the texts
     * @throws IsmsException if one is blank, or the list too long:
     *     {@code Invalid value for action list (at most 8000 values, not 8001): [a, b, …]}
     */
    public static List<String> eachNotBlank(String field, List<String> values) {
        Checks.joined(field + " list", values, "; ");
        for (String value : values) {
            notBlank(field, value);
        }
        return values;
    }

    /**
     * Checks that a list has at least one element.
     *
     * @param record the record, such as {@code objective 1}
     * @param field what the list holds, such as {@code action}
     * @param values the list, not null
     * @throws IsmsException if the list is empty, as {@code Invalid objective 1: it has at least one action}
     */
    public static void notEmpty(String record, String field, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IsmsException(Checks.format("Invalid %s: it has at least one %s", record, field));
        }
    }

    /**
     * Checks that no two elements share a key; duplicates are rejected, never merged.
     *
     * @param <T> the element
     * @param record the record, such as {@code documented-information register}
     * @param field what the key is, such as {@code document number}
     * @param values the elements, not null
     * @param key the key of an element
     * @throws IsmsException if two elements share a key, as
     *     {@code Invalid documented-information register: duplicate document number 'A-01'}
     */
    public static <T> void unique(String record, String field, Collection<T> values, Function<T, ?> key) {
        Set<Object> seen = new HashSet<>();
        for (T value : values) {
            Object k = key.apply(value);
            if (!seen.add(k)) {
                throw new IsmsException(Checks.format("Invalid %s: duplicate %s '%s'", record, field,
                        echo(String.valueOf(k))));
            }
        }
    }
}
