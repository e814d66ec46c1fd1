package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.core.selfassessment.AnswerSheet;
import org.isms4j.json.Formats;

/**
 * The writer of the answer sheet document 回答: the question set named by id and version, who
 * answered, and the answers in order of question number.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class AnswerSheetWriter {

    private AnswerSheetWriter() {}

    /**
     * Writes the answer sheet document.
     *
     * @param out the generator
     * @param sheet the sheet
     * @throws IOException if the generator fails
     */
    public static void answerSheet(JsonGenerator out, AnswerSheet sheet) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.ANSWER_SHEET);
        QuestionSetWriter.questionSetRef(out, sheet.questionSet());
        out.writeStringField("respondent", sheet.respondent());
        out.writeStringField("department", sheet.department());
        PropertyWriter.date(out, "answered", sheet.answered());
        QuestionSetWriter.answers(out, sheet.answers());
        out.writeEndObject();
    }
}
