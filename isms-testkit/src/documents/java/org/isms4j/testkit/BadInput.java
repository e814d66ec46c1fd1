package org.isms4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Bad input made from good: a valid document or table with one snippet replaced, and what its reader throws. */
public final class BadInput {

    private BadInput() {}

    /**
     * Replaces the one occurrence of a text, failing if it is not there exactly once.
     *
     * @param document the valid document or table
     * @param text the snippet, present exactly once
     * @param replacement what takes its place
     * @return the document with the snippet replaced
     */
    public static String replaceOnce(String document, String text, String replacement) {
        int at = document.indexOf(text);
        assertThat(at).as("'%s' in the document", text).isNotNegative();
        assertThat(document.indexOf(text, at + 1)).as("a second '%s'", text).isNegative();
        return document.substring(0, at) + replacement + document.substring(at + text.length());
    }

    /**
     * Runs a read that must throw an exception of the given type, and returns it.
     *
     * @param type the exception's type
     * @param read the read
     * @return the exception, not null
     */
    public static <E extends Throwable> E thrown(Class<E> type, ThrowingCallable read) {
        E thrown = catchThrowableOfType(type, read);
        assertThat(thrown).as("the %s the read throws", type.getSimpleName()).isNotNull();
        return thrown;
    }
}
