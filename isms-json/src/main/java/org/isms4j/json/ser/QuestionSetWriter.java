package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.isms4j.core.selfassessment.Answer;
import org.isms4j.core.selfassessment.AnswerScale;
import org.isms4j.core.selfassessment.LocalizedText;
import org.isms4j.core.selfassessment.NotApplicable;
import org.isms4j.core.selfassessment.Question;
import org.isms4j.core.selfassessment.QuestionPart;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.TargetRole;
import org.isms4j.json.Formats;

/**
 * The writer of the question set document 診断項目: its answer scale, its treatment of "not
 * applicable", its parts and questions; empty parts of a question left out.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class QuestionSetWriter {

    private QuestionSetWriter() {}

    /**
     * Writes the question set document.
     *
     * @param out the generator
     * @param set the set
     * @throws IOException if the generator fails
     */
    public static void questionSet(JsonGenerator out, QuestionSet set) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.QUESTION_SET);
        out.writeStringField("id", set.id());
        out.writeStringField("version", set.version());
        localizedText(out, "title", set.title());
        answerScale(out, set.scale());
        if (set.notApplicable().isPresent()) {
            NotApplicable treatment = set.notApplicable().get();
            out.writeObjectFieldStart("notApplicable");
            out.writeStringField("kind", treatment.isExcludedFromMaximum() ? Formats.EXCLUDED_FROM_MAXIMUM
                    : Formats.SCORED_AS);
            if (treatment.scoredAs().isPresent()) {
                out.writeStringField("answer", treatment.scoredAs().get());
            }
            out.writeEndObject();
        }
        out.writeArrayFieldStart("parts");
        for (QuestionPart part : set.parts()) {
            out.writeStartObject();
            out.writeNumberField("number", part.number());
            localizedText(out, "title", part.title());
            if (part.scale().isPresent()) {
                answerScale(out, part.scale().get());
            }
            out.writeArrayFieldStart("questions");
            for (Question question : part.questions()) {
                question(out, question);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void localizedText(JsonGenerator out, String name, LocalizedText text) throws IOException {
        out.writeObjectFieldStart(name);
        if (text.japanese().isPresent()) {
            out.writeStringField("japanese", text.japanese().get());
        }
        if (text.english().isPresent()) {
            out.writeStringField("english", text.english().get());
        }
        out.writeEndObject();
    }

    private static void answerScale(JsonGenerator out, AnswerScale scale) throws IOException {
        out.writeObjectFieldStart("scale");
        out.writeArrayFieldStart("answers");
        for (Answer answer : scale.answers()) {
            out.writeStartObject();
            out.writeStringField("code", answer.code());
            out.writeStringField("japanese", answer.names().japanese());
            out.writeStringField("english", answer.names().english());
            out.writeNumberField("points", answer.points());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (scale.unknownCode().isPresent()) {
            out.writeStringField("unknown", scale.unknownCode().get());
        }
        out.writeEndObject();
    }

    private static void question(JsonGenerator out, Question question) throws IOException {
        out.writeStartObject();
        out.writeNumberField("number", question.number());
        localizedText(out, "text", question.text());
        if (question.category().isPresent()) {
            out.writeStringField("category", question.category().get());
        }
        if (!question.targetRoles().isEmpty()) {
            PropertyWriter.codes(out, "targetRoles", TargetRole.values(), question.targetRoles());
        }
        PropertyWriter.texts(out, "annexA", question.annexA());
        PropertyWriter.texts(out, "measures", question.measures());
        out.writeEndObject();
    }

    /** For the writers of the documents that name a set: {@code {"id": "...", "version": "1"}}. */
    static void questionSetRef(JsonGenerator out, QuestionSet set) throws IOException {
        out.writeObjectFieldStart("questionSet");
        out.writeStringField("id", set.id());
        out.writeStringField("version", set.version());
        out.writeEndObject();
    }

    /** For the writers of the sheet and the result: the answers in order of question number. */
    static void answers(JsonGenerator out, java.util.SortedMap<Integer, Answer> answers) throws IOException {
        out.writeArrayFieldStart("answers");
        for (var entry : answers.entrySet()) {
            out.writeStartObject();
            out.writeNumberField("question", entry.getKey());
            out.writeStringField("answer", entry.getValue().code());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    static void numbers(JsonGenerator out, String name, List<org.isms4j.core.selfassessment.ScoredAnswer> answers)
            throws IOException {
        out.writeArrayFieldStart(name);
        for (var answer : answers) {
            out.writeNumber(answer.number());
        }
        out.writeEndArray();
    }
}
