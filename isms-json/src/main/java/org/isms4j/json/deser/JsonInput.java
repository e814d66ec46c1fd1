package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.isms4j.core.Checks;
import org.isms4j.core.CiaScales;
import org.isms4j.core.IsmsException;
import org.isms4j.core.RiskModel;
import org.isms4j.json.IsmsJsonException;

/**
 * A strict cursor over a {@link JsonParser}: typed reads that name the JSON path of a bad value,
 * {@linkplain PropertyLoop property loops} that reject unknown, duplicate and missing properties,
 * each failure an {@link IsmsJsonException} at the path ({@link JsonFailures} translates the rest).
 *
 * <p>Not part of the API. A reader method starts with the parser on the first token of its value
 * and leaves it on the last one, as Jackson's deserializers do.
 */
public final class JsonInput {

    /** The most characters of a text quoted in a message. */
    static final int QUOTED_TEXT_LIMIT = 64;
    /** The longest text kept among a property's recent texts. */
    private static final int RECENT_TEXT_LIMIT = 64;

    private final JsonParser parser;
    private final boolean failOnUnknownProperties;
    private final CiaScales ratingScales;
    private final RiskModel model;

    /**
     * Creates a cursor.
     *
     * @param parser the parser, not null
     * @param failOnUnknownProperties whether an unknown property fails (else it is skipped)
     * @param ratingScales the scales ratings are checked against, or null for the widest 0 - 10
     * @param model the risk model of a register, or null if none was given
     */
    public JsonInput(JsonParser parser, boolean failOnUnknownProperties, CiaScales ratingScales, RiskModel model) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.failOnUnknownProperties = failOnUnknownProperties;
        this.ratingScales = ratingScales;
        this.model = model;
    }

    /** Returns the parser. */
    JsonParser parser() {
        return parser;
    }

    /** Returns whether an unknown property fails. */
    boolean failOnUnknownProperties() {
        return failOnUnknownProperties;
    }

    /** Returns the scales ratings are checked against, or null. */
    CiaScales ratingScales() {
        return ratingScales;
    }

    /**
     * Returns the model of a register.
     *
     * @return the model, or null
     */
    public RiskModel model() {
        return model;
    }

    /**
     * Returns the JSON path of the parser's current value, such as {@code $.risks[2].threat}.
     *
     * @return the path, not null
     */
    public String path() {
        return JsonFailures.path(parser.getParsingContext());
    }

    /**
     * Returns an exception at the current path.
     *
     * @param reason the reason, in the core's message shape
     * @return the exception
     */
    public IsmsJsonException error(String reason) {
        return new IsmsJsonException(path(), reason, null);
    }

    /**
     * Returns an exception at a property of the object the parser has just closed (or is in),
     * or at a property nested in it.
     *
     * @param reason the reason
     * @param properties the property, then the properties nested in it, such as
     *     {@code firstEvaluation}, {@code assetImportance}
     * @return the exception
     */
    IsmsJsonException errorAtProperty(String reason, String... properties) {
        return new IsmsJsonException(pathTo(properties), reason, null);
    }

    /**
     * Returns an exception at a property of the object the parser has just closed, or at a
     * property nested in it, for a failure of isms-core whose reason is said without the
     * context the path gives.
     *
     * @param reason the reason
     * @param cause the core's failure
     * @param properties the property, then the properties nested in it
     * @return the exception
     */
    IsmsJsonException errorAtProperty(String reason, IsmsException cause, String... properties) {
        return new IsmsJsonException(pathTo(properties), reason, cause);
    }

    /** The path of a property of the current object, or of one nested in it. */
    private String pathTo(String... properties) {
        StringBuilder path = new StringBuilder(path());
        for (String property : properties) {
            JsonFailures.appendName(path, property);
        }
        return path.toString();
    }

    /**
     * Returns an exception at an element of the array the parser has just closed, or at a
     * property nested in it.
     *
     * @param reason the reason
     * @param index the element's index
     * @param properties the properties nested in the element, such as {@code rating},
     *     {@code integrity}
     * @return the exception
     */
    IsmsJsonException errorAtElement(String reason, int index, String... properties) {
        StringBuilder path = new StringBuilder(path()).append('[').append(index).append(']');
        for (String property : properties) {
            JsonFailures.appendName(path, property);
        }
        return new IsmsJsonException(path.toString(), reason, null);
    }

    /**
     * Runs a core factory, turning its {@link IsmsException} into one at the current path.
     *
     * @param <T> the result
     * @param factory the factory
     * @return its result
     */
    public <T> T core(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IsmsJsonException e) {
            throw e;
        } catch (IsmsException e) {
            throw new IsmsJsonException(path(), e.getMessage(), e);
        }
    }

    /**
     * Turns an exception of a core factory into one at the current path, as {@link #core} does.
     *
     * @param e the exception
     * @return the exception to throw
     */
    IsmsJsonException at(IsmsException e) {
        return e instanceof IsmsJsonException ? (IsmsJsonException) e : new IsmsJsonException(path(), e.getMessage(), e);
    }

    /**
     * Returns the exception for a failure of isms-core at a property of the object the parser has
     * just closed, such as {@code $.risks[2].lostProperties} for a risk's rule on its lost
     * properties, keeping the core's exception as the cause.
     *
     * @param e the core's failure
     * @param properties the property, and the ones nested in it
     * @return the exception to throw
     */
    IsmsJsonException atProperty(IsmsException e, String... properties) {
        return errorAtProperty(e.getMessage(), e, properties);
    }


    /**
     * Moves to the next token.
     *
     * @return the token, or null at the end of input
     * @throws IOException if the parser fails
     */
    public JsonToken next() throws IOException {
        return parser.nextToken();
    }

    /**
     * Checks that the current token starts an object.
     *
     * @param what what the value is, for the message
     */
    void expectObject(String what) {
        expect(JsonToken.START_OBJECT, what, "object");
    }

    /**
     * Checks that the current token starts an array.
     *
     * @param what what the value is, for the message
     */
    void expectArray(String what) {
        expect(JsonToken.START_ARRAY, what, "array");
    }

    private void expect(JsonToken token, String what, String expected) {
        if (parser.currentToken() != token) {
            throw typeError(what, expected);
        }
    }

    /**
     * Returns the type error for the current token.
     *
     * @param what the value's name
     * @param expected the expected JSON type
     * @return the exception
     */
    IsmsJsonException typeError(String what, String expected) {
        return error(Checks.format("Invalid type for %s (expected %s): %s", what, expected, describeCurrent()));
    }

    private String describeCurrent() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "end of input";
        }
        try {
            switch (token) {
                case START_OBJECT:
                    return "object";
                case START_ARRAY:
                    return "array";
                case VALUE_STRING:
                    return "'" + JsonFailures.escape(parser.getText(), QUOTED_TEXT_LIMIT) + "'";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return JsonFailures.escape(parser.getText(), QUOTED_TEXT_LIMIT);
                default:
                    return token.asString() == null ? token.name() : token.asString();
            }
        } catch (IOException e) {
            return token.name();
        }
    }

    /**
     * Reads the current token as an int.
     *
     * @param what the property, for the message
     * @return the value
     * @throws IOException if the parser fails
     */
    int intValue(String what) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw typeError(what, "integer");
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw error(Checks.format("Invalid value for %s (valid values %d - %d): %s", what, Integer.MIN_VALUE,
                    Integer.MAX_VALUE, JsonFailures.escape(parser.getText(), QUOTED_TEXT_LIMIT)));
        }
        return parser.getIntValue();
    }

    /**
     * Reads the current token as an int in a range.
     *
     * @param what the property, for a type error
     * @param field the field named in a range error, as the core names it
     * @param min the lowest valid value
     * @param max the highest valid value
     * @return the value
     * @throws IOException if the parser fails
     */
    int intIn(String what, String field, int min, int max) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                && parser.getNumberType() != JsonParser.NumberType.INT) {
            throw error(Checks.format("Invalid value for %s (valid values %d - %d): %s", field, min, max,
                    JsonFailures.escape(parser.getText(), QUOTED_TEXT_LIMIT)));
        }
        int value = intValue(what);
        if (value < min || value > max) {
            throw error(Checks.outOfRange(field, min, max, value).getMessage());
        }
        return value;
    }

    /**
     * Reads the current token as a boolean, {@code true} or {@code false}.
     *
     * @param what the property, for the message
     * @return the value
     */
    boolean bool(String what) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw typeError(what, "boolean");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /**
     * Reads the current token as a string.
     *
     * @param what the property, for the message
     * @return the text, possibly empty
     * @throws IOException if the parser fails
     */
    String text(String what) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw typeError(what, "string");
        }
        return parser.getText();
    }

    /**
     * Tells whether the current token is a string.
     *
     * @return true on a string
     */
    boolean isString() {
        return parser.currentToken() == JsonToken.VALUE_STRING;
    }

    /**
     * Tells whether the current token, a string, is a text, comparing the parser's characters
     * without making a string of them.
     *
     * @param text the text
     * @return true if the string is the text
     * @throws IOException if the parser fails
     */
    boolean textIs(String text) throws IOException {
        int length = parser.getTextLength();
        if (length != text.length()) {
            return false;
        }
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the current token as a string, taking it from the recent texts of the property when it
     * is one of them, so that a value repeated from row to row, such as the impact area 外部, is
     * one string and not one per row.
     *
     * @param what the property, for the message
     * @param recent the recent texts of the property, most recent first, null after the last;
     *     updated
     * @return the text, possibly empty
     * @throws IOException if the parser fails
     */
    String text(String what, String[] recent) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw typeError(what, "string");
        }
        if (parser.getTextLength() > RECENT_TEXT_LIMIT) {
            return parser.getText();
        }
        int last = recent.length - 1;
        for (int i = 0; i < recent.length; i++) {
            String text = recent[i];
            if (text == null) {
                last = i;
                break;
            }
            if (textIs(text)) {
                return text;
            }
        }
        String text = parser.getText();
        System.arraycopy(recent, 0, recent, 1, last);
        recent[0] = text;
        return text;
    }

    /**
     * Reads the current token as a string that is not blank, taking it from the recent texts of
     * the property when it is one of them.
     *
     * @param what the property, for a type error
     * @param field the field named in a blank error, as the core names it
     * @param recent the recent texts of the property, updated
     * @return the text
     * @throws IOException if the parser fails
     * @see #text(String, String[])
     */
    String notBlank(String what, String field, String[] recent) throws IOException {
        return checkNotBlank(field, text(what, recent));
    }

    /**
     * Reads the current token as a string that is not blank.
     *
     * @param what the property, for a type error
     * @param field the field named in a blank error, as the core names it
     * @return the text
     * @throws IOException if the parser fails
     */
    String notBlank(String what, String field) throws IOException {
        return checkNotBlank(field, text(what));
    }

    private String checkNotBlank(String field, String text) {
        if (text.isBlank()) {
            throw error(Checks.format("Invalid value for %s (must not be blank): '%s'", field,
                    JsonFailures.escape(text, QUOTED_TEXT_LIMIT)));
        }
        return text;
    }

    /**
     * Reads the current token as a date in the form {@code yyyy-MM-dd}, such as
     * {@code 2023-10-02}.
     *
     * @param what the property, for the message
     * @return the date
     * @throws IOException if the parser fails
     */
    LocalDate date(String what) throws IOException {
        String text = text(what);
        LocalDate date = parseDate(text);
        if (date == null) {
            throw error(Checks.format("Invalid value for %s (a date yyyy-MM-dd): '%s'", what,
                    JsonFailures.escape(text, QUOTED_TEXT_LIMIT)));
        }
        return date;
    }

    /**
     * Parses a date in the form {@code yyyy-MM-dd} exactly: four-digit year, two-digit month and
     * day, a day that exists.
     *
     * @param text the text
     * @return the date, or null if the text is not such a date
     */
    private static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return null;
            }
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Starts reading the properties of the object the parser is on.
     *
     * @param <E> the properties
     * @param what the object, for a type error
     * @param properties its properties
     * @return the property loop
     */
    <E extends Enum<E>> PropertyLoop<E> properties(String what, PropertyNames<E> properties) {
        expectObject(what);
        return new PropertyLoop<>(this, properties);
    }

    /**
     * Starts reading the properties of the object the parser is on again with a loop of one
     * reader, so that a reader of many objects of one kind, such as a register's rows, allocates
     * one loop.
     *
     * @param <E> the properties
     * @param what the object, for a type error
     * @param loop the loop, from {@link #propertyLoop}, whose last object has been read
     * @return the loop, started again
     */
    <E extends Enum<E>> PropertyLoop<E> properties(String what, PropertyLoop<E> loop) {
        expectObject(what);
        loop.restart();
        return loop;
    }

    /**
     * Returns a property loop to be {@linkplain #properties(String, PropertyLoop) started} for
     * each object of one kind.
     *
     * @param <E> the properties
     * @param properties the properties of that kind
     * @return the loop
     */
    <E extends Enum<E>> PropertyLoop<E> propertyLoop(PropertyNames<E> properties) {
        return new PropertyLoop<>(this, properties);
    }

    /**
     * Reads a vocabulary term by its code.
     *
     * @param <T> the term
     * @param what the vocabulary, for a type error
     * @param ofCode the lookup of a code, throwing the core's exception for an unknown one
     * @return the term
     * @throws IOException if the parser fails
     */
    public <T> T term(String what, Function<String, T> ofCode) throws IOException {
        String code = text(what);
        return core(() -> ofCode.apply(code));
    }

    /**
     * Checks that nothing but whitespace follows the document.
     *
     * @throws IOException if the parser fails
     */
    public void expectEnd() throws IOException {
        JsonToken token = parser.nextToken();
        if (token != null) {
            throw new IsmsJsonException("$", "Trailing content after the document: " + describeCurrent(), null);
        }
    }


}
