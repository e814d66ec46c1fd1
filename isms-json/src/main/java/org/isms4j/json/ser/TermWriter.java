package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.core.Priority;
import org.isms4j.core.Score;
import org.isms4j.core.TermNames;

/**
 * The writer of the named values of the risk model and of a score: a priority with its Japanese
 * and English names, the names of a vocabulary term and a score as recorded.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class TermWriter {

    private TermWriter() {}

    /**
     * Writes a priority, {@code {"rank": 2, "japanese": "今期中に対応", "english": "..."}}.
     *
     * @param out the generator
     * @param priority the priority
     * @throws IOException if the generator fails
     */
    public static void priority(JsonGenerator out, Priority priority) throws IOException {
        out.writeStartObject();
        out.writeNumberField("rank", priority.rank());
        out.writeStringField("japanese", priority.names().japanese());
        out.writeStringField("english", priority.names().english());
        out.writeEndObject();
    }

    /**
     * Writes the names of a vocabulary term.
     *
     * @param out the generator
     * @param names the names
     * @throws IOException if the generator fails
     */
    public static void termNames(JsonGenerator out, TermNames names) throws IOException {
        out.writeStartObject();
        out.writeStringField("code", names.code());
        out.writeStringField("japanese", names.japanese());
        out.writeStringField("english", names.english());
        out.writeEndObject();
    }

    /**
     * Writes a score.
     *
     * @param out the generator
     * @param score the score
     * @throws IOException if the generator fails
     */
    public static void score(JsonGenerator out, Score score) throws IOException {
        out.writeStartObject();
        out.writeNumberField("importance", score.importance());
        out.writeNumberField("likelihood", score.likelihood());
        out.writeNumberField("level", score.level());
        out.writeFieldName("priority");
        priority(out, score.priority());
        out.writeEndObject();
    }
}
