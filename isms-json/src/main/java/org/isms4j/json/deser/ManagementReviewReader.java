package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.json.Formats;
import org.isms4j.records.review.ManagementReview;
import org.isms4j.records.review.ReviewInput;
import org.isms4j.records.review.ReviewOutput;

/**
 * The reader of the management review document マネジメントレビュー報告書: the date, the attendees,
 * the inputs of 9.3.2 keyed by their codes ({@code "a"} to {@code "g"}, {@code "d1"} to
 * {@code "d4"}) and the outputs of 9.3.3 keyed by theirs ({@code "improvement"},
 * {@code "changes"}). A review missing inputs or outputs is read as recorded, incomplete.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class ManagementReviewReader {

    private ManagementReviewReader() {}

    private enum ReviewProperty { FORMAT, FORMAT_VERSION, DATE, ATTENDEES, INPUTS, OUTPUTS }

    private static final PropertyNames<ReviewProperty> REVIEW = PropertyNames.of(ReviewProperty.class,
            EnumSet.of(ReviewProperty.INPUTS, ReviewProperty.OUTPUTS));

    /**
     * Reads the management review document.
     *
     * @param in the input
     * @return the review
     * @throws IOException if the parser fails
     */
    public static ManagementReview managementReview(JsonInput in) throws IOException {
        PropertyLoop<ReviewProperty> p = in.properties("management review document", REVIEW);
        LocalDate date = null;
        List<String> attendees = null;
        Map<String, String> inputs = Map.of();
        Map<String, String> outputs = Map.of();
        for (ReviewProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.MANAGEMENT_REVIEW);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case DATE -> date = in.date("date");
                case ATTENDEES -> attendees = JsonArrays.texts(in, "attendees", "attendee");
                case INPUTS -> inputs = texts(in, "inputs", ReviewInput::ofCode);
                case OUTPUTS -> outputs = texts(in, "outputs", ReviewOutput::ofCode);
            }
        }
        p.requireAll();
        LocalDate d = date;
        List<String> a = attendees;
        ManagementReview review = in.core(() -> ManagementReview.of(d, a));
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            review = record(in, "inputs", input.getKey(), review,
                    r -> r.withInput(ReviewInput.ofCode(input.getKey()), input.getValue()));
        }
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            review = record(in, "outputs", output.getKey(), review,
                    r -> r.withOutput(ReviewOutput.ofCode(output.getKey()), output.getValue()));
        }
        return review;
    }

    /** Records an input or output, turning the core's refusal into one at its property. */
    private static ManagementReview record(JsonInput in, String what, String code, ManagementReview review,
            UnaryOperator<ManagementReview> recorder) {
        try {
            return recorder.apply(review);
        } catch (IsmsException e) {
            throw in.errorAtProperty(e.getMessage(), what, code);
        }
    }

    /** Reads an object of texts keyed by the codes of a vocabulary, each code checked and once. */
    private static Map<String, String> texts(JsonInput in, String what, Function<String, ?> ofCode)
            throws IOException {
        in.expectObject(what);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key; (key = in.parser().nextFieldName()) != null;) {
            String code = key;
            in.core(() -> ofCode.apply(code));
            if (texts.containsKey(key)) {
                throw in.error(Checks.format("Duplicate property: '%s'", JsonFailures.escape(key,
                        JsonInput.QUOTED_TEXT_LIMIT)));
            }
            in.next();
            texts.put(key, in.text(key));
        }
        if (in.parser().currentToken() != JsonToken.END_OBJECT) {
            throw in.typeError(what, "object");
        }
        return texts;
    }
}
