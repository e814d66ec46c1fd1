package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.core.selfassessment.PartScore;
import org.isms4j.core.selfassessment.SelfAssessmentResult;
import org.isms4j.json.Formats;

/**
 * The writer of the self-assessment result document 診断結果: the question set named by id and
 * version, the answers, then the total, the maxima, the percentage of the applicable maximum
 * (when it has one), the part subtotals, and the questions answered 分からない, below target and
 * not applicable, in order of part and number.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class SelfAssessmentResultWriter {

    private SelfAssessmentResultWriter() {}

    /**
     * Writes the result document.
     *
     * @param out the generator
     * @param result the result
     * @throws IOException if the generator fails
     */
    public static void result(JsonGenerator out, SelfAssessmentResult result) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.SELF_ASSESSMENT_RESULT);
        QuestionSetWriter.questionSetRef(out, result.questionSet());
        QuestionSetWriter.answers(out, result.answers());
        out.writeNumberField("total", result.total());
        out.writeNumberField("maximum", result.maximum());
        out.writeNumberField("applicableMaximum", result.applicableMaximum());
        if (result.percentOfApplicableMaximum().isPresent()) {
            out.writeNumberField("percentOfApplicableMaximum", result.percentOfApplicableMaximum().get());
        }
        out.writeArrayFieldStart("parts");
        for (PartScore part : result.parts()) {
            out.writeStartObject();
            out.writeNumberField("number", part.part().number());
            out.writeNumberField("total", part.total());
            out.writeNumberField("maximum", part.maximum());
            out.writeNumberField("applicableMaximum", part.applicableMaximum());
            out.writeEndObject();
        }
        out.writeEndArray();
        QuestionSetWriter.numbers(out, "unknown", result.unknown());
        QuestionSetWriter.numbers(out, "belowTarget", result.belowTarget());
        QuestionSetWriter.numbers(out, "notApplicable", result.notApplicable());
        out.writeEndObject();
    }
}
