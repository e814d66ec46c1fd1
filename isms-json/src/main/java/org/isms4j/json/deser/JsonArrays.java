package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.isms4j.core.Checks;
import org.isms4j.core.Limits;
import org.isms4j.core.VocabularyTerm;

/**
 * The arrays of the documents: texts (a plan row's tasks, an SoA decision's documents), unique
 * numbers (risk numbers) and unique vocabulary terms (treatment options, reason codes), each of at
 * most {@value #MAX_LIST_LENGTH} items.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
final class JsonArrays {

    /**
     * The most items an array may hold: the core's most entries of a record's list
     * ({@link Limits#MAX_ENTRIES}), more than any list of a value holds ({@link Limits#MAX_LIST_SIZE}).
     */
    static final int MAX_LIST_LENGTH = Limits.MAX_ENTRIES;

    private JsonArrays() {}

    /**
     * Reads an array of texts, each not blank.
     *
     * @param in the input
     * @param what the property, for a type error
     * @param field the field an item is, as the core names it, such as {@code task}
     * @return the texts in the order given
     * @throws IOException if the parser fails
     */
    static List<String> texts(JsonInput in, String what, String field) throws IOException {
        in.expectArray(what);
        List<String> texts = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            checkLength(in, what, texts.size());
            texts.add(in.notBlank(field, field));
        }
        return texts;
    }

    /**
     * Reads an array of unique numbers 1 or more, such as risk numbers.
     *
     * @param in the input
     * @param what the property, for a type error
     * @param field the field an item is, such as {@code risk number}
     * @return the numbers, ascending
     * @throws IOException if the parser fails
     */
    static TreeSet<Integer> numbers(JsonInput in, String what, String field) throws IOException {
        in.expectArray(what);
        TreeSet<Integer> numbers = new TreeSet<>();
        while (in.next() != JsonToken.END_ARRAY) {
            checkLength(in, what, numbers.size());
            int number = in.intIn(field, field, 1, Integer.MAX_VALUE);
            if (!numbers.add(number)) {
                throw in.error(Checks.format("Duplicate %s: %d", field, number));
            }
        }
        return numbers;
    }

    /**
     * Reads an array of unique vocabulary codes.
     *
     * @param <E> the vocabulary
     * @param in the input
     * @param what the property, for a type error
     * @param type the vocabulary's class
     * @param vocabulary the vocabulary's name, such as {@code treatment option}
     * @param ofCode the lookup of a code
     * @return the terms
     * @throws IOException if the parser fails
     */
    static <E extends Enum<E> & VocabularyTerm> EnumSet<E> terms(JsonInput in, String what, Class<E> type,
            String vocabulary, Function<String, E> ofCode) throws IOException {
        in.expectArray(what);
        EnumSet<E> terms = EnumSet.noneOf(type);
        while (in.next() != JsonToken.END_ARRAY) {
            E term = in.term(vocabulary, ofCode);
            if (!terms.add(term)) {
                throw in.error(Checks.format("Duplicate %s: '%s'", vocabulary, term.code()));
            }
        }
        return terms;
    }

    /**
     * Reads an array of values of one kind, such as a context's issues, in the order given.
     *
     * @param <T> the values
     * @param in the input
     * @param what the property, for a type error
     * @param reader the reader of one value
     * @return the values
     * @throws IOException if the parser fails
     */
    static <T> List<T> values(JsonInput in, String what, ValueReader<T> reader) throws IOException {
        in.expectArray(what);
        List<T> values = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            checkLength(in, what, values.size());
            values.add(reader.read(in));
        }
        return values;
    }

    /**
     * Fails if an array already holds its most items.
     *
     * @param in the input
     * @param what the property, for the message
     * @param size the items read so far
     */
    static void checkLength(JsonInput in, String what, int size) {
        if (size == MAX_LIST_LENGTH) {
            throw in.error(Checks.format("Invalid %s: at most %d items", what, MAX_LIST_LENGTH));
        }
    }
}
