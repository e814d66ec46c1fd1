package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.json.IsmsJsonException;

/**
 * Where a failure of reading is and what it says: the JSON path of a parsing context, such as
 * {@code $.risks[2].threat}, echoed text escaped and cut short for a one-line message, and the
 * translation of every failure (the core's, Jackson's, a read limit's) into the one documented
 * {@link IsmsJsonException}.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class JsonFailures {

    private JsonFailures() {}

    /**
     * Returns the JSON path of a parsing context.
     *
     * @param context the context, may be null
     * @return the path, such as {@code $.risks[2].threat}
     */
    public static String path(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(c);
        }
        StringBuilder path = new StringBuilder("$");
        for (int i = chain.size() - 1; i >= 0; i--) {
            JsonStreamContext c = chain.get(i);
            if (c.inArray()) {
                if (c.hasCurrentIndex()) {
                    path.append('[').append(c.getCurrentIndex()).append(']');
                }
            } else if (c.getCurrentName() != null) {
                appendName(path, c.getCurrentName());
            }
        }
        return path.toString();
    }

    static void appendName(StringBuilder path, String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            path.append('.').append(name);
        } else {
            path.append("['").append(escape(name, name.length()).replace("'", "\\'")).append("']");
        }
    }

    /**
     * Returns text fit for a one-line message: control characters escaped, cut after a limit.
     *
     * @param text the text
     * @param limit the most characters kept
     * @return the text
     */
    public static String escape(String text, int limit) {
        return Checks.echo(text, limit);
    }

    /**
     * Translates a failure of reading into the one documented exception.
     *
     * @param parser the parser that was reading, for the path; may be null
     * @param failure the failure
     * @return the exception to throw
     * @throws UncheckedIOException if the failure is an I/O error of the source, not of its bytes
     */
    public static IsmsJsonException translate(JsonParser parser, Throwable failure) {
        String path = parser == null ? "$" : path(parser.getParsingContext());
        if (failure instanceof IsmsJsonException) {
            return (IsmsJsonException) failure;
        }
        if (failure instanceof IsmsException) {
            return new IsmsJsonException(path, failure.getMessage(), failure);
        }
        if (failure instanceof StrictUtf8Input.NotUtf8Exception) {
            return new IsmsJsonException(path, ((JsonProcessingException) failure).getOriginalMessage(), failure);
        }
        if (failure instanceof StreamConstraintsException) {
            return new IsmsJsonException(path,
                    "Read limit exceeded: " + ((JsonProcessingException) failure).getOriginalMessage(), failure);
        }
        if (failure instanceof JsonProcessingException) {
            JsonProcessingException e = (JsonProcessingException) failure;
            String message = Objects.toString(e.getOriginalMessage(), e.getClass().getSimpleName());
            if (e instanceof JsonParseException && message.startsWith("Duplicate field '")) {
                return new IsmsJsonException(path, "Duplicate property: '"
                        + message.substring("Duplicate field '".length()), failure);
            }
            String where = e.getLocation() == null ? ""
                    : Checks.format(" (line %d, column %d)", e.getLocation().getLineNr(),
                            e.getLocation().getColumnNr());
            return new IsmsJsonException(path, "Malformed JSON" + where + ": " + escape(message, 200), failure);
        }
        if (failure instanceof CharConversionException) {
            return new IsmsJsonException(path, "Malformed JSON: " + escape(String.valueOf(failure.getMessage()), 200),
                    failure);
        }
        if (failure instanceof IOException) {
            throw new UncheckedIOException((IOException) failure);
        }
        if (failure instanceof RuntimeException) {
            return new IsmsJsonException(path, "Invalid document: " + failure, failure);
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        return new IsmsJsonException(path, "Invalid document: " + failure, failure);
    }

    /**
     * Returns the context a value read through a mapper starts in, for
     * {@link #forMapper}: the value's own object or array, or null for a scalar, whose place is
     * Jackson's to name.
     *
     * @param parser the parser, on the value's first token
     * @return the context, or null
     */
    static JsonStreamContext valueContext(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? parser.getParsingContext() : null;
    }

    /**
     * Returns the failure of a module deserializer as a Jackson exception, so that code catching
     * {@code JsonProcessingException} (such as a web framework answering 400) sees it: its message
     * is the failure's, its cause the {@link IsmsJsonException}, and its path Jackson's, continued
     * into the value down to the property that failed, such as {@code RatingScale["max"]}.
     *
     * @param parser the parser that was reading
     * @param start the context of the value, from {@link #valueContext}, or null
     * @param type the type of the value
     * @param failure the failure
     * @return the exception to throw
     */
    static JsonMappingException forMapper(JsonParser parser, JsonStreamContext start, Class<?> type,
            IsmsJsonException failure) {
        JsonMappingException mapping = JsonMappingException.from(parser, failure.getMessage(), failure);
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); start != null && c != null; c = c.getParent()) {
            chain.add(c);
            if (c == start) {
                // Innermost first: each reference goes before the ones already there.
                for (JsonStreamContext inner : chain) {
                    Object from = inner == start ? type : null;
                    if (inner.inArray() && inner.hasCurrentIndex()) {
                        mapping.prependPath(new JsonMappingException.Reference(from, inner.getCurrentIndex()));
                    } else if (inner.inObject() && inner.getCurrentName() != null) {
                        mapping.prependPath(new JsonMappingException.Reference(from, inner.getCurrentName()));
                    }
                }
                break;
            }
        }
        return mapping;
    }
}
