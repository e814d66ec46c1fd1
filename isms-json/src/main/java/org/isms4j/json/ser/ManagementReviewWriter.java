package org.isms4j.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isms4j.json.Formats;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.review.ReviewInput;
import org.isms4j.records.review.ReviewOutput;

/**
 * The writer of the management review document マネジメントレビュー報告書.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class ManagementReviewWriter {

    private ManagementReviewWriter() {}

    /**
     * Writes the management review document: the date, the attendees, the inputs reported keyed
     * by code in the order of 9.3.2 and the outputs decided in the order of 9.3.3, each object
     * left out when empty.
     *
     * @param out the generator
     * @param review the review
     * @throws IOException if the generator fails
     */
    public static void managementReview(JsonGenerator out, ManagementReview review) throws IOException {
        out.writeStartObject();
        PropertyWriter.header(out, Formats.MANAGEMENT_REVIEW);
        PropertyWriter.date(out, "date", review.date());
        PropertyWriter.texts(out, "attendees", review.attendees());
        if (!review.inputs().isEmpty()) {
            out.writeObjectFieldStart("inputs");
            for (ReviewInput input : ReviewInput.values()) {
                if (review.inputs().containsKey(input)) {
                    out.writeStringField(input.code(), review.inputs().get(input));
                }
            }
            out.writeEndObject();
        }
        if (!review.outputs().isEmpty()) {
            out.writeObjectFieldStart("outputs");
            for (ReviewOutput output : ReviewOutput.values()) {
                if (review.outputs().containsKey(output)) {
                    out.writeStringField(output.code(), review.outputs().get(output));
                }
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }
}
