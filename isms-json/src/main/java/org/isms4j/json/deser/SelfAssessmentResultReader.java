package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.isms4j.core.Checks;
import org.isms4j.core.selfassessment.PartScore;
import org.isms4j.core.selfassessment.QuestionSet;
import org.isms4j.core.selfassessment.ScoredAnswer;
import org.isms4j.core.selfassessment.SelfAssessmentResult;
import org.isms4j.json.Formats;

/**
 * The reader of the self-assessment result document 診断結果: the question set, the answers, and
 * the figures the core derives from them (the total, the maxima, the part subtotals, the
 * 分からない answers, the questions below target and those not applicable), each checked against
 * the core's own figures so that a document whose figures were edited is rejected.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class SelfAssessmentResultReader {

    private SelfAssessmentResultReader() {}

    private enum ResultProperty {
        FORMAT, FORMAT_VERSION, QUESTION_SET, ANSWERS, TOTAL, MAXIMUM, APPLICABLE_MAXIMUM,
        PERCENT_OF_APPLICABLE_MAXIMUM, PARTS, UNKNOWN, BELOW_TARGET, NOT_APPLICABLE
    }

    private static final PropertyNames<ResultProperty> RESULT = PropertyNames.of(ResultProperty.class,
            EnumSet.of(ResultProperty.PERCENT_OF_APPLICABLE_MAXIMUM));

    /**
     * Reads the result document.
     *
     * @param in the input
     * @param sets the sets a result may be of, not empty
     * @return the result
     * @throws IOException if the parser fails
     */
    public static SelfAssessmentResult result(JsonInput in, List<QuestionSet> sets) throws IOException {
        PropertyLoop<ResultProperty> p = in.properties("self-assessment result document", RESULT);
        QuestionSet set = null;
        SelfAssessmentResult result = null;
        for (ResultProperty f; (f = p.next()) != null;) {
            if (f.compareTo(ResultProperty.ANSWERS) > 0 && result == null) {
                throw in.error(Checks.format("Missing property: 'answers' (it comes before '%s')", p.name(f)));
            }
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.SELF_ASSESSMENT_RESULT);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case QUESTION_SET -> set = AnswerSheetReader.questionSetRef(in, sets);
                case ANSWERS -> {
                    AnswerSheetReader.requireBefore(in, p, ResultProperty.ANSWERS);
                    QuestionSet s = set;
                    var answers = AnswerSheetReader.answers(in, s);
                    result = in.core(() -> SelfAssessmentResult.ofCodes(s, answers));
                }
                case TOTAL -> expect(in, "total", result.total());
                case MAXIMUM -> expect(in, "maximum", result.maximum());
                case APPLICABLE_MAXIMUM -> expect(in, "applicableMaximum", result.applicableMaximum());
                case PERCENT_OF_APPLICABLE_MAXIMUM -> percent(in, result.percentOfApplicableMaximum());
                case PARTS -> parts(in, result.parts());
                case UNKNOWN -> expect(in, "unknown", result.unknown());
                case BELOW_TARGET -> expect(in, "belowTarget", result.belowTarget());
                case NOT_APPLICABLE -> expect(in, "notApplicable", result.notApplicable());
            }
        }
        p.requireAll();
        if (result.percentOfApplicableMaximum().isPresent() && !p.has(ResultProperty.PERCENT_OF_APPLICABLE_MAXIMUM)) {
            throw in.error("Missing property: 'percentOfApplicableMaximum'");
        }
        return result;
    }

    private static void expect(JsonInput in, String what, int expected) throws IOException {
        int value = in.intValue(what);
        if (value != expected) {
            throw in.error(Checks.format("Invalid value for %s (the answers score %d): %d", what, expected, value));
        }
    }

    private static void percent(JsonInput in, Optional<BigDecimal> expected) throws IOException {
        JsonToken token = in.parser().currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw in.typeError("percentOfApplicableMaximum", "number");
        }
        BigDecimal value = in.parser().getDecimalValue();
        if (expected.isEmpty()) {
            throw in.error(Checks.format(
                    "Invalid value for percentOfApplicableMaximum (none: the applicable maximum is not positive): %s",
                    JsonFailures.escape(in.parser().getText(), JsonInput.QUOTED_TEXT_LIMIT)));
        }
        if (value.compareTo(expected.get()) != 0) {
            throw in.error(Checks.format("Invalid value for percentOfApplicableMaximum (the answers score %s): %s",
                    expected.get().toPlainString(), JsonFailures.escape(in.parser().getText(),
                            JsonInput.QUOTED_TEXT_LIMIT)));
        }
    }

    private static void expect(JsonInput in, String what, List<ScoredAnswer> expected) throws IOException {
        in.expectArray(what);
        List<Integer> numbers = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            JsonArrays.checkLength(in, what, numbers.size());
            numbers.add(in.intValue("question number"));
        }
        List<Integer> given = expected.stream().map(ScoredAnswer::number).toList();
        if (!numbers.equals(given)) {
            throw in.error(Checks.format("Invalid value for %s (the answers give %s): %s", what, given,
                    JsonFailures.escape(numbers.toString(), JsonInput.QUOTED_TEXT_LIMIT)));
        }
    }

    private enum PartProperty { NUMBER, TOTAL, MAXIMUM, APPLICABLE_MAXIMUM }

    private static final PropertyNames<PartProperty> PART = PropertyNames.of(PartProperty.class);

    private static void parts(JsonInput in, List<PartScore> expected) throws IOException {
        in.expectArray("parts");
        PropertyLoop<PartProperty> p = in.propertyLoop(PART);
        int index = 0;
        while (in.next() != JsonToken.END_ARRAY) {
            if (index == expected.size()) {
                throw in.error(Checks.format("Invalid parts: the question set has %d", expected.size()));
            }
            PartScore part = expected.get(index++);
            in.properties("part", p);
            for (PartProperty f; (f = p.next()) != null;) {
                switch (f) {
                    case NUMBER -> expect(in, "number", part.part().number());
                    case TOTAL -> expect(in, "total", part.total());
                    case MAXIMUM -> expect(in, "maximum", part.maximum());
                    case APPLICABLE_MAXIMUM -> expect(in, "applicableMaximum", part.applicableMaximum());
                }
            }
            p.requireAll();
        }
        if (index != expected.size()) {
            throw in.error(Checks.format("Invalid parts: the question set has %d, not %d", expected.size(), index));
        }
    }
}
